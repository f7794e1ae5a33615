#pragma once
// GraphBuilder: the one way to make a PartnerGraph. Importers feed it records with their source location;
// it resolves ids, merges organisations that are the same, and reports every problem as a Diagnostic.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::model {

/// Where a record came from, for diagnostics.
struct SourceRef {
  std::string file;
  std::size_t line = 0;
  /// 1-based columns of a participation's initiative and organisation ids (0 = unknown), with the names shown
  /// in diagnostics (e.g. the mapped column of a long CSV).
  std::size_t initiative_column = 0, organisation_column = 0;
  std::string initiative_column_name = "initiative_id", organisation_column_name = "organisation_id";
};

/// A participation as read from input: by external ids.
struct ParticipationRecord {
  std::string initiative_id;
  std::string organisation_id;
  Role role = Role::partner;
  std::optional<int> year;
  std::optional<double> contribution_eur;
};

/// What the builder did, for the import summary.
struct BuildSummary {
  std::size_t initiatives_added = 0, initiatives_rejected = 0;
  std::size_t organisations_added = 0, organisations_merged = 0, organisations_rejected = 0;
  std::size_t participations_added = 0, participations_rejected = 0, participations_folded = 0;
  std::size_t leads_added = 0;  ///< participations created from initiative.lead_organisation_id
};

class GraphBuilder {
 public:
  explicit GraphBuilder(Diagnostics& diagnostics) : diag_(diagnostics) {}

  /// Adds an initiative. Rejected (error duplicate_id / missing_value) when the id is empty or already used.
  bool add_initiative(Initiative initiative, const SourceRef& where = {});

  /// Adds an organisation, or merges it into an existing one (warning merged_organisation) when its KvK,
  /// BRIN or PIC matches, or when its id or name is an alias of an existing organisation (add_alias).
  /// On merge, the existing record keeps its values and takes over fields it lacks; the new id becomes an alias.
  /// Rejected (duplicate_id) when the id is used already by an organisation with different identifiers.
  bool add_organisation(Organisation organisation, const SourceRef& where = {});

  /// Declares that `alias` (an organisation id or a name, compared case- and space-insensitively) is the
  /// organisation with id `canonical_id`. Declare aliases before adding organisations; the order of the
  /// organisations does not matter (records added before their canonical one are merged in build()). An alias
  /// whose canonical id is never added gets a warning (unknown-organisation) in build().
  void add_alias(std::string_view alias, std::string_view canonical_id);

  /// Adds a participation. Rejected (unknown_initiative / unknown_organisation) when an id does not resolve.
  /// A second participation of the same pair is kept and folded into the same edge (no diagnostic when it
  /// differs in year or role; warning duplicate_participation when it is identical).
  bool add_participation(const ParticipationRecord& p, const SourceRef& where = {});

  /// Records that the importer rejected the input row of initiative `id` (at `where`, because of `reason`, a short
  /// text such as `initiative kind "unicorn" is not recognised`). Adds nothing to the graph: a participation or a
  /// lead that names `id` is then reported (unknown_initiative / unknown_organisation) as referring to that rejected
  /// row, with its file:line and reason, instead of as "not defined". The first rejection of an id is kept; an id
  /// that is (or later becomes) a defined initiative is unaffected. Empty ids are ignored. O(1) amortised.
  void note_rejected_initiative(std::string_view id, const SourceRef& where, std::string_view reason);
  /// The same for an organisation row.
  void note_rejected_organisation(std::string_view id, const SourceRef& where, std::string_view reason);

  /// Lookups while building (ids and aliases).
  std::optional<std::size_t> initiative_index(std::string_view id) const;
  std::optional<std::size_t> organisation_index(std::string_view id) const;
  std::size_t num_initiatives() const { return initiatives_.size(); }
  std::size_t num_organisations() const { return organisations_.size(); }
  Organisation& organisation_at(std::size_t i) { return organisations_[i]; }
  Initiative& initiative_at(std::size_t i) { return initiatives_[i]; }

  /// Freezes: adds lead participations (an initiative's lead_organisation_id counts as a participant with
  /// role lead when it is not listed already), resolves initiative links, builds the adjacency.
  /// The builder is empty afterwards. O(n + p log p).
  PartnerGraph build();

  const BuildSummary& summary() const { return summary_; }

  /// Lower-cases ASCII, trims and collapses whitespace. Used to compare alias names.
  static std::string normalise_name(std::string_view s);

 private:
  struct PendingParticipation {
    std::size_t initiative;
    std::size_t organisation;
    Participation p;
    std::uint32_t file = 0;  // index into files_ (0 = unknown)
    std::size_t line = 0;
  };
  std::uint32_t file_index(const std::string& file);
  std::vector<std::string> files_{""};
  struct RejectedRecord {
    std::string file;
    std::size_t line = 0;
    std::string reason;
  };
  /// "the row at FILE:LINE was rejected (REASON)", or "" when `id` was never rejected.
  static std::string rejected_note(const std::unordered_map<std::string, RejectedRecord>& rejected,
                                   std::string_view id);
  std::unordered_map<std::string, RejectedRecord> rejected_initiatives_, rejected_organisations_;
  void merge_into(std::size_t target, Organisation&& from, const SourceRef& where, std::string_view reason);
  /// Merges organisations named by an alias whose canonical record came later; warns about aliases whose
  /// canonical id does not exist. Renumbers organisations and participations. O(n + p).
  void resolve_late_aliases();

  Diagnostics& diag_;
  BuildSummary summary_;
  std::vector<Initiative> initiatives_;
  std::vector<std::pair<std::uint32_t, std::size_t>> initiative_sources_;  // (files_ index, line) per initiative
  std::vector<Organisation> organisations_;
  std::vector<PendingParticipation> participations_;
  std::unordered_map<std::string, std::size_t> initiative_ids_;
  std::unordered_map<std::string, std::size_t> organisation_ids_;  // id or alias id -> index
  std::unordered_map<std::string, std::size_t> by_kvk_, by_brin_, by_pic_;
  std::unordered_map<std::string, std::string> aliases_;           // normalised alias -> canonical id
  std::unordered_map<std::string, std::size_t> by_name_alias_;     // normalised name -> index (via alias)
};

}  // namespace ppsnet::model
