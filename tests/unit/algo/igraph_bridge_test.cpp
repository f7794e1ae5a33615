// White-box test of the igraph bridge's error handling: igraph's default handler would abort the process.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "../../../engine/src/igraph_bridge/bridge.hpp"  // private engine header (white-box test)
#include "ppsnet/algo/errors.hpp"

using namespace ppsnet::algo;

TEST(IgraphBridge, ErrorsBecomeExceptions) {
  const std::vector<std::int64_t> odd{0, 1, 2};
  EXPECT_THROW(igraph_bridge::validate_edge_list(3, odd), AlgorithmError);
  const std::vector<std::int64_t> negative{0, -1};
  try {
    igraph_bridge::validate_edge_list(3, negative);
    FAIL() << "expected AlgorithmError";
  } catch (const AlgorithmError& e) {
    EXPECT_NE(std::string(e.what()).find("igraph"), std::string::npos);
  }
  // igraph still works after errors
  const std::vector<std::int64_t> ok{0, 1, 1, 2};
  EXPECT_NO_THROW(igraph_bridge::validate_edge_list(3, ok));
}

TEST(IgraphBridge, RelabelByFirstOccurrence) {
  const std::vector<int> m{7, 3, 7, 9, 3};
  EXPECT_EQ(igraph_bridge::relabel_by_first_occurrence(m), (std::vector<int>{0, 1, 0, 2, 1}));
}
