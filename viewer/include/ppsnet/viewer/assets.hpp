#pragma once
// The viewer's files, embedded into the binary at build time by viewer/cmake/embed.cmake (generated
// viewer_assets.cpp in the build folder). With -DPPSNET_VIEWER=OFF, `available` is false and every text is empty.
#include <string_view>

namespace ppsnet::viewer {

struct Assets {
  bool available = false;        ///< false when the build was configured with PPSNET_VIEWER=OFF
  std::string_view template_html;  ///< viewer/src/template.html
  std::string_view css;            ///< viewer/src/viewer.css
  std::string_view viewer_js;      ///< viewer/src/viewer.js
  std::string_view cytoscape_js;   ///< viewer/node_modules/cytoscape/dist/cytoscape.min.js
};

/// The embedded files (static storage; never throws).
const Assets& assets();

}  // namespace ppsnet::viewer
