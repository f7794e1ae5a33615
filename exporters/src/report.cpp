#include "ppsnet/output/report.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/output/csv.hpp"
#include "ppsnet/query/impact_table.hpp"
#include "ppsnet/query/text_format.hpp"

namespace ppsnet::output {
namespace {

using query::fixed;
using query::thousands;

// Text from the data inside Markdown (table cells, headings): Markdown's special characters are backslash-escaped
// (CommonMark: any ASCII punctuation may be), so a name is shown as written, never as emphasis, a link or HTML;
// line breaks become spaces (a table row is one line).
std::string cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '&': case '~':
        out += '\\';
        out += c;
        break;
      case '\n': case '\r': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

std::string where(const model::PartnerGraph& g, model::NodeId v) {
  const model::Location& loc = g.is_initiative(v) ? g.initiative(v).location : g.organisation(v).location;
  std::string s;
  if (loc.corop != 0)
    if (const auto* c = geo::find_corop(loc.corop)) s = std::string(c->name);
  if (s.empty() && loc.province != 0)
    if (const auto* p = geo::find_province(loc.province)) s = std::string(p->name);
  if (!loc.country.empty() && loc.country != "NL") s += (s.empty() ? "" : ", ") + loc.country;
  if (s.empty() && loc.country == "NL") s = "NL";
  return s.empty() ? "–" : s;
}

std::string kind_or_type(const model::PartnerGraph& g, model::NodeId v) {
  return std::string(g.is_initiative(v) ? model::to_string(g.initiative(v).kind)
                                        : model::to_string(g.organisation(v).type));
}

std::vector<model::NodeId> top_by(const model::PartnerGraph& g, const std::vector<double>& score, bool initiatives,
                                  std::size_t k) {
  std::vector<model::NodeId> ids;
  for (model::NodeId v = 0; v < g.num_nodes(); ++v)
    if (g.is_initiative(v) == initiatives) ids.push_back(v);
  std::stable_sort(ids.begin(), ids.end(), [&](model::NodeId a, model::NodeId b) { return score[a] > score[b]; });
  if (ids.size() > k) ids.resize(k);
  return ids;
}

void central_table(std::ostream& out, const model::PartnerGraph& g, const query::AnalysisResult& r, bool initiatives) {
  const char* count_name = initiatives ? "partners" : "initiatives";
  out << "| # | name | " << (initiatives ? "kind" : "type") << " | location | " << count_name
      << " | betweenness (bipartite-normalised) | raw betweenness |\n|---|---|---|---|---:|---:|---:|\n";
  std::size_t rank = 0;
  for (model::NodeId v : top_by(g, r.betweenness, initiatives, 20)) {
    out << "| " << ++rank << " | " << cell(g.label(v)) << " | " << kind_or_type(g, v) << " | " << cell(where(g, v))
        << " | " << g.graph().degree(v) << " | " << fixed(r.bipartite_betweenness[v], 4) << " | "
        << fixed(r.betweenness[v], 1) << " |\n";
  }
}

// A query::Table as a Markdown table (text columns only), with its title as a heading and its note below.
// At most `max_rows` rows; the rest are counted and left to impact.json.
void markdown_table(std::ostream& out, const query::Table& t, std::size_t max_rows) {
  out << "### " << t.title << "\n\n";
  std::vector<std::size_t> cols;
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c].in_text) cols.push_back(c);
  out << "|";
  for (std::size_t c : cols) out << " " << cell(t.columns[c].title) << " |";
  out << "\n|";
  for (std::size_t c : cols) {
    const bool text = !t.rows.empty() && t.rows[0][c].kind == query::TableCell::Kind::text;
    out << (text ? "---|" : "---:|");
  }
  out << "\n";
  for (std::size_t r = 0; r < t.rows.size() && r < max_rows; ++r) {
    out << "|";
    for (std::size_t c : cols) out << " " << cell(query::format_cell_text(t.rows[r][c], t.columns[c].decimals)) << " |";
    out << "\n";
  }
  if (t.rows.size() > max_rows)
    out << "\n" << t.rows.size() - max_rows << " more rows in `impact.json` (table `" << t.name << "`).\n";
  if (!t.note.empty()) out << "\n_" << t.note << "_\n";
  out << "\n";
}

}  // namespace

void write_report_md(std::ostream& out, const model::PartnerGraph& g, const query::AnalysisResult& r,
                     const ReportContext& ctx) {
  const auto& s = r.summary;
  out << "# Partnership network report\n\n";
  out << "Dataset: `" << ctx.dataset << "`";
  if (!ctx.source_description.empty()) out << " (" << ctx.source_description << ")";
  out << ".\n\n";
  if (ctx.generated)
    out << "> **Synthetic example data.** The built-in dataset is generated to resemble the Katapult network "
           "(its size, regional spread and the 2019 impact figures). The hogescholen and universities are real "
           "names, but every link between them and the initiatives is invented: nothing in this report is a "
           "finding about real organisations.\n\n";
  if (s.initiatives + s.organisations == 0)
    out << "> **The dataset is empty**: no initiatives or organisations were read. Check the input files "
           "(`diagnostics.txt` lists what was rejected).\n\n";
  out << "This report describes who works with whom: **" << thousands(s.initiatives) << " initiatives** and **"
      << thousands(s.organisations) << " organisations**, linked by " << thousands(s.edges)
      << " partnerships. Each link means: this organisation takes part in this initiative.\n\n";

  out << "## In numbers\n\n| what | count |\n|---|---:|\n";
  out << "| initiatives | " << thousands(s.initiatives) << " |\n";
  for (int k = 0; k < model::kNumInitiativeKinds; ++k)
    if (s.initiatives_by_kind[static_cast<std::size_t>(k)] > 0)
      out << "| · " << model::to_string(static_cast<model::InitiativeKind>(k)) << " | "
          << thousands(s.initiatives_by_kind[static_cast<std::size_t>(k)]) << " |\n";
  out << "| organisations | " << thousands(s.organisations) << " |\n";
  for (int t = 0; t < model::kNumOrganisationTypes; ++t)
    if (s.organisations_by_type[static_cast<std::size_t>(t)] > 0)
      out << "| · " << model::to_string(static_cast<model::OrganisationType>(t)) << " | "
          << thousands(s.organisations_by_type[static_cast<std::size_t>(t)]) << " |\n";
  out << "| participations (rows) | " << thousands(s.participations) << " |\n";
  out << "| distinct initiative–organisation links | " << thousands(s.edges) << " |\n";
  out << "| initiative–initiative links (an organisation that stands for an initiative takes part in another) | "
      << thousands(s.initiative_links) << " |\n";
  out << "| connected components | " << thousands(s.components) << " |\n";
  out << "| nodes in the largest component | " << thousands(s.largest_component) << " ("
      << (s.initiatives + s.organisations > 0
              ? fixed(100.0 * static_cast<double>(s.largest_component) / static_cast<double>(s.initiatives + s.organisations), 1)
              : std::string("0"))
      << "%) |\n";
  out << "| density (links / (initiatives × organisations)) | " << (s.density ? fixed(*s.density, 6) : "–") << " |\n\n";

  out << "Average number of partner organisations per initiative (distinct organisations taking part, the lead "
         "included):\n\n| kind | initiatives | mean partners | most partners |\n|---|---:|---:|---:|\n";
  for (int k = 0; k < model::kNumInitiativeKinds; ++k) {
    const auto ku = static_cast<std::size_t>(k);
    if (!s.mean_partners_by_kind[ku]) continue;
    out << "| " << model::to_string(static_cast<model::InitiativeKind>(k)) << " | " << thousands(s.initiatives_by_kind[ku])
        << " | " << fixed(*s.mean_partners_by_kind[ku], 1) << " | " << s.max_partners_by_kind[ku] << " |\n";
  }
  out << "\n";

  out << "## Data quality\n\n";
  if (ctx.generated) {
    out << "The data was generated, not read from files, so there were no input rows to check.\n\n";
  } else {
  out << "Rows read: " << thousands(ctx.rows_read) << "; kept: " << thousands(ctx.rows_kept)
      << "; rejected: " << thousands(ctx.rows_rejected) << "; organisations merged (same KvK/BRIN/PIC or alias): "
      << thousands(ctx.organisations_merged) << ". Problems found: " << query::count_of(ctx.errors, "error", "errors") << ", "
      << query::count_of(ctx.warnings, "warning", "warnings");
  if (ctx.errors + ctx.warnings > 0) out << " — each is listed in `diagnostics.txt` (file:line:column, what is wrong, how to fix it)";
  if (ctx.rows_rejected > 0) out << "; rejected rows are in `rejects.csv`";
  out << ".\n\n";
  if (!ctx.first_problems.empty()) {
    out << (ctx.first_problems.size() < ctx.errors + ctx.warnings ? "The first problems:\n\n" : "The problems:\n\n");
    for (const auto& p : ctx.first_problems) out << "- " << cell(p) << "\n";
    out << "\n";
  }
  }

  out << "## The network\n\n![network diagram](" << ctx.picture << ")\n\n" << r.diagram.caption
      << " Boxes are initiatives, ellipses organisations; colours show the kind or type (legend in the picture); "
         "a larger node lies more often between others; a thicker line means the organisation is listed more than "
         "once in that initiative (several years or roles). "
         "The interactive data is in `graph.json`; `network.dot` can be opened in Graphviz tools.";
  if (!ctx.viewer.empty())
    out << " Open [" << ctx.viewer << "](" << ctx.viewer
        << ") in a web browser to search, filter and click through the network (works offline).";
  out << "\n\n";
  for (const auto& p : ctx.pictures)
    out << "### " << cell(p.heading) << "\n\n![" << cell(p.heading) << "](" << p.file << ")\n\n" << cell(p.caption)
        << "\n\n";

  out << "## Most central organisations\n\nRanked by betweenness centrality: how often an organisation lies on the "
         "shortest paths between others — organisations that connect otherwise separate parts of the network "
         "(brokers). How to read the two numbers: the *bipartite-normalised* value is a share of the most that is "
         "possible in a network of this size (0 = never in between, 1 = the maximum), so 0.10 means a tenth of that "
         "maximum; the *raw* value counts pairs of nodes (one pair split over several shortest paths counts in "
         "part) and is only for comparing nodes within this report.\n\n";
  central_table(out, g, r, false);
  out << "\n## Most central initiatives\n\n";
  central_table(out, g, r, true);

  const auto& cs = r.communities.communities;
  out << "\n## Communities\n\n";
  out << "Initiatives that share many partners form a community. Found "
      << query::count_of(cs.size(), "community", "communities") << " among the initiatives";
  if (r.modularity_defined) out << " (modularity " << fixed(r.modularity, 3) << ")";
  else out << " (modularity undefined: no two initiatives share a partner)";
  const auto singles = static_cast<std::size_t>(
      std::count_if(cs.begin(), cs.end(), [](const query::CommunitySummary& c) { return c.initiatives == 1; }));
  if (singles > 0)
    out << "; " << thousands(singles) << (singles == 1 ? " of them is a single initiative" : " of them are single initiatives")
        << " (an initiative that shares few or no partners with others forms a community of its own, as in NetworkX "
           "and igraph)";
  out << ". Organisations are placed in the community of most of their initiatives. Modularity (between −0.5 and "
         "1) says how much more the initiatives share partners within their communities than expected by chance; "
         "above 0.3 is a clear community structure. A community's name is its most frequent sector and province, "
         "each shown only when at least 40% of its initiatives have it; otherwise it is named after the "
         "organisation that takes part in most of its initiatives. Communities that would get the same name are told "
         "apart by one more attribute (sector, province, kind, hub organisation or main initiative) or, failing that, "
         "by a number.";
  if (r.skipped_connectors > 0)
    out << " " << r.skipped_connectors << " organisations that join more than " << r.options.max_connector_degree
        << " initiatives were not used to link initiatives.";
  out << "\n\n| # | community | initiatives | organisations | main initiatives | hub organisations |\n|---|---|---:|---:|---|---|\n";
  std::size_t shown = 0;
  for (const auto& c : cs) {
    if (++shown > 15) break;
    auto names = [&](const std::vector<model::NodeId>& v) {
      std::string t;
      for (std::size_t i = 0; i < v.size() && i < 3; ++i) t += (i ? "; " : "") + g.label(v[i]);
      return cell(t);
    };
    out << "| " << c.id + 1 << " | " << cell(c.label) << " | " << c.initiatives << " | " << c.organisations << " | "
        << names(c.top_initiatives) << " | " << names(c.hub_organisations) << " |\n";
  }
  if (cs.size() > 15) out << "\n" << cs.size() - 15 << " smaller communities are listed in `communities.csv`.\n";

  if (!r.impact.empty()) {
    out << "\n## Impact figures\n\n"
           "The figures of Katapult's impact measurement, computed from the network itself: which education levels "
           "work together, how regional the partnerships are, and who takes part most. Definitions: docs/metrics.md; "
           "all rows of every table are in `impact.json`.\n\n";
    // The report shows the tables a Katapult analyst reads; impact.json has them all.
    const std::vector<std::pair<std::string_view, std::size_t>> shown{
        {"levels_by_kind", 10},          {"institution_pairs", 10},        {"reach_by_province", 13},
        {"reach_mean_by_province", 13},  {"reach_by_country", 15},         {"partners_per_initiative", 10},
        {"involvement_mbo_hogeschool", 10}, {"involvement_all_university", 5}, {"involvement_all_hogeschool", 5},
        {"involvement_all_mbo-school", 5},  {"involvement_all_company", 5},  {"mixing_summary", 10},
        {"mbo_hbo_brokers", 10}};
    for (const auto& [name, rows] : shown) {
      const auto* t = query::find_table(r.impact, name);
      if (!t || t->rows.empty()) continue;
      // Country reach only says something when initiatives have different home countries.
      if (name == "reach_by_country" && t->rows.size() <= 2) continue;
      for (const auto& [table, file] : ctx.charts)
        if (table == name) out << "![" << t->title << "](" << file << ")\n\n";
      markdown_table(out, *t, rows);
    }
  }

  out << "\n## How this was computed\n\n";
  out << "- **Graph**: a bipartite graph; one node per initiative and per organisation, one link per "
         "initiative–organisation pair (repeated participations of the same pair count once; an initiative's lead "
         "organisation counts as a participant).\n";
  out << "- **Components**: connected components of that graph (isolated nodes are components of one).\n";
  out << "- **Betweenness**: exact, Brandes' algorithm (2001), unweighted, each pair of nodes counted once "
         "(NetworkX `betweenness_centrality(normalized=False)`); the bipartite-normalised value divides by the "
         "maximum possible in a bipartite graph of this size (Borgatti & Halgin 2011; NetworkX "
         "`bipartite.betweenness_centrality`).\n";
  out << "- **Communities**: Leiden (Traag, Waltman & van Eck 2019) maximising modularity (resolution "
      << fixed(r.options.resolution, 2) << ", seed " << r.options.seed << ", " << r.options.leiden_starts
      << " start(s)) on the initiative projection: two initiatives are linked with weight Σ 1/(d−1) over "
         "the organisations d they share (Newman 2001), so a partner shared with few others counts more.\n";
  out << "- **Density**: links / (initiatives × organisations) (NetworkX `bipartite.density`).\n";
  out << "- Same data and seed give the same report, byte for byte. Details: docs/algorithms.md.\n";

  if (!ctx.files.empty()) {
    out << "\n## Files in this folder\n\n";
    for (const auto& f : ctx.files) {
      const auto dash = f.find(" — ");
      if (dash == std::string::npos) out << "- `" << f << "`\n";
      else out << "- `" << f.substr(0, dash) << "`" << f.substr(dash) << "\n";
    }
  }
}

void write_summary_json(std::ostream& os, const model::PartnerGraph& g, const query::AnalysisResult& r,
                        const ReportContext& ctx) {
  (void)g;
  const auto& s = r.summary;
  rapidjson::OStreamWrapper wrapper(os);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(wrapper);
  w.SetIndent(' ', 2);
  auto u = [&](const char* key, std::size_t v) {
    w.Key(key);
    w.Uint64(v);
  };
  auto optd = [&](const char* key, const std::optional<double>& v) {
    w.Key(key);
    if (v && std::isfinite(*v)) w.Double(*v);
    else w.Null();
  };
  w.StartObject();
  w.Key("dataset");
  w.String(ctx.dataset);
  u("initiatives", s.initiatives);
  u("organisations", s.organisations);
  u("participations", s.participations);
  u("edges", s.edges);
  u("initiative_links", s.initiative_links);
  w.Key("components");
  w.StartObject();
  u("count", s.components);
  u("largest", s.largest_component);
  u("isolated_nodes", s.isolated_nodes);
  w.EndObject();
  optd("density", s.density);
  w.Key("initiatives_by_kind");
  w.StartObject();
  for (int k = 0; k < model::kNumInitiativeKinds; ++k)
    u(std::string(model::to_string(static_cast<model::InitiativeKind>(k))).c_str(), s.initiatives_by_kind[static_cast<std::size_t>(k)]);
  w.EndObject();
  w.Key("organisations_by_type");
  w.StartObject();
  for (int t = 0; t < model::kNumOrganisationTypes; ++t)
    u(std::string(model::to_string(static_cast<model::OrganisationType>(t))).c_str(),
      s.organisations_by_type[static_cast<std::size_t>(t)]);
  w.EndObject();
  w.Key("average_partners_by_kind");
  w.StartObject();
  for (int k = 0; k < model::kNumInitiativeKinds; ++k)
    optd(std::string(model::to_string(static_cast<model::InitiativeKind>(k))).c_str(),
         s.mean_partners_by_kind[static_cast<std::size_t>(k)]);
  w.EndObject();
  optd("average_partners", s.mean_partners);
  w.Key("communities");
  w.StartObject();
  u("count", r.communities.communities.size());
  optd("modularity", r.modularity_defined ? std::optional<double>(r.modularity) : std::nullopt);
  w.Key("method");
  w.String("leiden-modularity on the initiative projection (Newman collaboration weights)");
  w.Key("seed");
  w.Uint64(r.options.seed);
  w.EndObject();
  w.Key("import");
  w.StartObject();
  u("rows_read", ctx.rows_read);
  u("rows_kept", ctx.rows_kept);
  u("rows_rejected", ctx.rows_rejected);
  u("organisations_merged", ctx.organisations_merged);
  u("errors", ctx.errors);
  u("warnings", ctx.warnings);
  w.EndObject();
  w.EndObject();
  os << '\n';
}

void write_communities_csv(std::ostream& out, const model::PartnerGraph& g, const query::AnalysisResult& r) {
  const std::vector<std::string> header{"id", "label", "side", "kind_or_type", "community", "community_label", "basis"};
  write_csv_row(out, header);
  const auto& nc = r.communities.node_community;
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) {
    if (nc[v] < 0) continue;
    const auto& c = r.communities.communities[static_cast<std::size_t>(nc[v])];
    const std::vector<std::string> row{g.external_id(v), g.label(v), g.is_initiative(v) ? "initiative" : "organisation",
                                       kind_or_type(g, v), std::to_string(nc[v] + 1), c.label,
                                       g.is_initiative(v) ? "leiden" : "majority of its initiatives"};
    write_csv_row(out, row);
  }
}

}  // namespace ppsnet::output
