# Installation: `cmake --install build --prefix P` installs the ppsnet command, the C++ libraries and their
# public headers, a CMake package (find_package(ppsnet) -> targets ppsnet::engine, ppsnet::importers,
# ppsnet::queries, ppsnet::exporters and the umbrella ppsnet::ppsnet) and a pkg-config file (ppsnet.pc).
# `cpack -G DEB` (run in the build folder) makes a Debian package of the same. docs/library.md.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(PPSNET_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/ppsnet)

set_target_properties(ppsnet_engine PROPERTIES EXPORT_NAME engine)
set_target_properties(ppsnet_importers PROPERTIES EXPORT_NAME importers)
set_target_properties(ppsnet_queries PROPERTIES EXPORT_NAME queries)
set_target_properties(ppsnet_exporters PROPERTIES EXPORT_NAME exporters)
set_target_properties(ppsnet_viewer_assets PROPERTIES EXPORT_NAME viewer_assets)
add_library(ppsnet_all INTERFACE)
set_target_properties(ppsnet_all PROPERTIES EXPORT_NAME ppsnet)
target_link_libraries(ppsnet_all INTERFACE ppsnet_engine ppsnet_importers ppsnet_queries ppsnet_exporters)

install(TARGETS ppsnet_engine ppsnet_importers ppsnet_queries ppsnet_exporters ppsnet_viewer_assets ppsnet_all
        EXPORT ppsnetTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS ppsnet RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
foreach(layer engine importers queries exporters viewer)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/${layer}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
          FILES_MATCHING PATTERN "*.hpp")
endforeach()
install(EXPORT ppsnetTargets NAMESPACE ppsnet:: DESTINATION ${PPSNET_INSTALL_CMAKEDIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/ppsnetConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/ppsnetConfig.cmake
                              INSTALL_DESTINATION ${PPSNET_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/ppsnetConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/ppsnetConfig.cmake ${PROJECT_BINARY_DIR}/ppsnetConfigVersion.cmake
        DESTINATION ${PPSNET_INSTALL_CMAKEDIR})
configure_file(${PROJECT_SOURCE_DIR}/cmake/ppsnet.pc.in ${PROJECT_BINARY_DIR}/ppsnet.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/ppsnet.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# Debian package (cpack -G DEB in the build folder).
set(CPACK_PACKAGE_NAME ppsnet)
set(CPACK_PACKAGE_VENDOR "ppsnet developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "network analysis of partnership ecosystems (PPS, CoE, research projects)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "ppsnet developers")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# Run-time libraries of the command, and the -dev packages a program linking the static libraries needs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libigraph-dev (>= 0.10), libgraphviz-dev, libcmark-gfm-dev, libcmark-gfm-extensions-dev, rapidjson-dev, libboost-graph-dev, pkg-config")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
