// write_dataset_v1 on a hand-built graph: exact bytes written out by hand from the format rules in
// ppsnet/output/dataset_v1.hpp (RFC 4180 quoting, CRnn, CBS province names, '|' sectors, extra columns).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/output/dataset_v1.hpp"

namespace {

using namespace ppsnet;

/// A path in the temporary folder, unique per test process (several build trees may run the suite at once).
std::filesystem::path tmp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

model::PartnerGraph tiny_graph() {
  model::Diagnostics d;
  model::GraphBuilder b(d);
  model::Initiative i1;
  i1.id = "i1";
  i1.name = "Lab \"Noord\", Groningen";
  i1.kind = model::InitiativeKind::mbo;
  i1.lead_organisation_id = "o1";
  i1.location = {"Groningen", 3, 20, "NL"};
  i1.sectors = {"Energie", "ICT"};
  i1.start_year = 2017;
  i1.extra = {{"students", "120"}, {"id", "x"}};
  b.add_initiative(i1);
  model::Initiative i2;
  i2.id = "i2";
  i2.name = "Tweede";
  i2.kind = model::InitiativeKind::coe;
  i2.extra = {{"teachers", "4"}};
  b.add_initiative(i2);

  model::Organisation o1;
  o1.id = "o1";
  o1.name = "ROC Groningen";
  o1.type = model::OrganisationType::mbo_school;
  o1.location = {"Groningen", 3, 20, "NL"};
  b.add_organisation(o1);
  model::Organisation c;
  c.id = "0123";
  c.name = "De Vries Solar B.V.";
  c.type = model::OrganisationType::company;
  c.location = {"Nuenen, Gerwen en Nederwetten", 36, 30, "NL"};
  c.kvk = "01234567";
  c.sectors = {"Energie"};
  c.extra = {{"size_class", "small"}};
  b.add_organisation(c);
  model::Organisation coe;
  coe.id = "coe-x";
  coe.name = "CoE X";
  coe.type = model::OrganisationType::coe;
  coe.initiative_id = "i2";
  b.add_organisation(coe);

  b.add_participation({"i1", "o1", model::Role::lead, 2017, std::nullopt});
  b.add_participation({"i1", "0123", model::Role::partner, 2018, 12500.0});
  b.add_participation({"i2", "0123", model::Role::cofunder, std::nullopt, 0.5});
  b.add_participation({"i1", "coe-x", model::Role::partner, 2019, std::nullopt});
  EXPECT_EQ(d.error_count(), 0u);
  return b.build();
}

TEST(DatasetV1, WritesTheThreeFilesByteForByte) {
  const auto dir = tmp_path("ppsnet_dataset_v1_test") / "nested";
  std::filesystem::remove_all(dir.parent_path());
  output::write_dataset_v1(tiny_graph(), dir.string());

  // initiatives: 10 fixed columns, then extras in first-seen order: students, id (clashes -> extra_id),
  // teachers. The name has a comma and quotes: quoted, quotes doubled. i2 has no location/year: empty fields.
  EXPECT_EQ(slurp(dir / "initiatives.csv"),
            "id,name,kind,lead_organisation_id,municipality,corop,province,country,sectors,start_year,students,"
            "extra_id,teachers\n"
            "i1,\"Lab \"\"Noord\"\", Groningen\",mbo,o1,Groningen,CR03,Groningen,NL,Energie|ICT,2017,120,x,\n"
            "i2,Tweede,coe,,,,,,,,,,4\n");
  // organisations: corop 36 -> CR36, province 30 -> "Noord-Brabant"; the KvK keeps its leading zero; the
  // municipality with a comma is quoted; one extra column size_class.
  EXPECT_EQ(slurp(dir / "organisations.csv"),
            "id,name,type,municipality,corop,province,country,kvk,brin,pic,initiative_id,sectors,size_class\n"
            "o1,ROC Groningen,mbo-school,Groningen,CR03,Groningen,NL,,,,,,\n"
            "0123,De Vries Solar B.V.,company,\"Nuenen, Gerwen en Nederwetten\",CR36,Noord-Brabant,NL,01234567,,,,"
            "Energie,small\n"
            "coe-x,CoE X,coe,,,,,,,,i2,,\n");
  // participations in the graph's order (GraphBuilder: by initiative, then organisation, then input order:
  // i1-o1, i1-0123, i1-coe-x, i2-0123); roles in text form, missing year empty, 12500.0 -> "12500", 0.5 -> "0.5".
  EXPECT_EQ(slurp(dir / "participations.csv"),
            "initiative_id,organisation_id,role,year,contribution_eur\n"
            "i1,o1,lead,2017,\n"
            "i1,0123,partner,2018,12500\n"
            "i1,coe-x,partner,2019,\n"
            "i2,0123,cofunder,,0.5\n");
  std::filesystem::remove_all(dir.parent_path());
}

TEST(DatasetV1, UnwritableFolderThrows) {
  const auto file = tmp_path("ppsnet_dataset_v1_not_a_folder");
  std::ofstream(file) << "x";
  EXPECT_THROW(output::write_dataset_v1(tiny_graph(), (file / "sub").string()), output::DatasetWriteError);
  std::filesystem::remove(file);
}

}  // namespace
