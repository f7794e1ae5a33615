#pragma once
// The analyze report folder's documents: report.md (for people), summary.json (for scripts),
// communities.csv. They serialise an AnalysisResult; nothing is computed here.
#include <ostream>
#include <string>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/analysis.hpp"

namespace ppsnet::output {

/// What the report says about where the data came from.
struct ReportContext {
  std::string dataset;              ///< as the user named it, e.g. "builtin:katapult" or a path
  std::string source_description;   ///< e.g. "CORDIS Horizon 2020 participation table"
  std::size_t rows_read = 0, rows_kept = 0, rows_rejected = 0, organisations_merged = 0;
  std::size_t errors = 0, warnings = 0;
  /// The first few problems found in the input, formatted (Diagnostic::format()), listed in the report.
  std::vector<std::string> first_problems;
  std::vector<std::string> files;   ///< files written next to the report, for the "Files" section
  std::string picture = "network.svg";
  bool generated = false;           ///< the data was generated (builtin:), not read from files
  /// Charts written next to the report: (impact table name, file); shown above that table.
  std::vector<std::pair<std::string, std::string>> charts;
  /// Partial views drawn next to the whole-network picture: (heading, file, caption), shown after it in order.
  struct Picture {
    std::string heading, file, caption;
  };
  std::vector<Picture> pictures;
  /// The interactive viewer's file in the report folder ("" = none written).
  std::string viewer;
};

/// report.md: counts, data quality, the picture, top-20 central organisations and initiatives, communities
/// with their main members, and how every number was computed. Deterministic (no dates).
void write_report_md(std::ostream& out, const model::PartnerGraph& g, const query::AnalysisResult& r,
                     const ReportContext& ctx);

/// summary.json with keys: initiatives, organisations, participations, edges, initiative_links,
/// components {count, largest, isolated_nodes}, density (null when undefined), initiatives_by_kind {...},
/// organisations_by_type {...}, average_partners_by_kind {...} (null when no initiative of that kind),
/// communities {count, modularity (null when undefined), method}, import {rows_read, rows_kept, rows_rejected,
/// organisations_merged, errors, warnings}, dataset.
void write_summary_json(std::ostream& out, const model::PartnerGraph& g, const query::AnalysisResult& r,
                        const ReportContext& ctx);

/// communities.csv: id,label,side,kind_or_type,community,community_label,basis — one row per node that has a
/// community (basis "leiden" for initiatives, "majority of its initiatives" for organisations).
void write_communities_csv(std::ostream& out, const model::PartnerGraph& g, const query::AnalysisResult& r);

}  // namespace ppsnet::output
