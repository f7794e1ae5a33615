// Tests of load_dataset's dispatch and messages; the expected counts are those of the fixtures' own tests
// (v1_test.cpp, json_dataset_test.cpp, long_csv_test.cpp), where they are derived by hand.
#include "ppsnet/import/dataset.hpp"

#include <gtest/gtest.h>

namespace ppsnet::import {
namespace {

const std::string kData = std::string(PPSNET_TEST_DATA_DIR) + "/importers/";

std::string message_of(const std::string& spec, const ImportOptions& o = {}) {
  try {
    load_dataset(spec, o);
  } catch (const model::InvalidInput& e) {
    return e.what();
  }
  return "(no exception)";
}

TEST(LoadDataset, DispatchesOnSpec) {
  EXPECT_EQ(load_dataset(kData + "v1_basic", {}).graph.num_initiatives(), 3u);
  EXPECT_EQ(load_dataset(kData + "v1_small.json", {}).graph.num_initiatives(), 1u);
  ImportOptions o;
  o.mapping_file = kData + "long/mapping.txt";
  EXPECT_EQ(load_dataset("long:" + kData + "long/data.csv", o).graph.num_initiatives(), 2u);
}

TEST(LoadDataset, ClearMessagesForUnreadableSpecs) {
  const std::string none = message_of("/nonexistent/ppsnet-data");
  EXPECT_NE(none.find("no such file or folder"), std::string::npos) << none;
  EXPECT_NE(none.find("cordis:PATH"), std::string::npos) << none;
  const std::string csv = message_of(kData + "long/data.csv");
  EXPECT_NE(csv.find("long:"), std::string::npos) << csv;
  EXPECT_NE(csv.find("cordis:"), std::string::npos) << csv;
  EXPECT_NE(message_of("cordis:/nonexistent/x.csv").find("no such file"), std::string::npos);
  EXPECT_NE(message_of("long:").find("no path after"), std::string::npos);
  EXPECT_NE(message_of("long:" + kData + "long").find("not a file"), std::string::npos);
  EXPECT_NE(message_of(kData + "long/mapping.txt").find("not a dataset"), std::string::npos);
  EXPECT_NE(message_of(kData + "long").find("lacks initiatives.csv, organisations.csv, participations.csv"),
            std::string::npos);
}

}  // namespace
}  // namespace ppsnet::import

namespace ppsnet::import {
namespace {

TEST(LoadDataset, MappingFileForAFormOtherThanLongIsRefused) {
  // A mapping names columns of a long CSV; a folder, a .json file or a CORDIS table would silently ignore it.
  ImportOptions o;
  o.mapping_file = kData + "long/mapping.txt";
  for (const std::string& spec : {kData + "v1_basic", kData + "v1_small.json"}) {
    const std::string m = message_of(spec, o);
    EXPECT_EQ(m.rfind(o.mapping_file + ": error[mapping-error]: a column mapping file (--mapping) only applies to "
                                       "long:PATH datasets",
                      0),
              0u)
        << m;
    EXPECT_NE(m.find(spec), std::string::npos) << m;
    EXPECT_NE(m.find("remove --mapping"), std::string::npos) << m;
  }
  const std::string cordis = message_of("cordis:" + kData + "long/data.csv", o);
  EXPECT_NE(cordis.find("is a CORDIS table"), std::string::npos) << cordis;
  // Without the mapping the same datasets load.
  EXPECT_EQ(load_dataset(kData + "v1_basic", {}).graph.num_initiatives(), 3u);
}

}  // namespace
}  // namespace ppsnet::import
