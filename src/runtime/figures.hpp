#pragma once
// What the screens show that is derived from the plan: the suggestion, the readiness checklist, the open
// questions of the morning, the history's chart series and its entry list. Each walks the plan's history
// (after years, thousands of entries) while the plan changes only through actions, so the runtime computes
// them once per plan revision and day (Timeline::revision() and the clock's today), not every frame: the
// suggestion and the checklist at once, the series and the list when a screen first asks for them.

#include "core/model/model.hpp"
#include "core/rules/adherence.hpp"
#include "core/rules/progression.hpp"
#include "core/rules/readiness.hpp"
#include "core/rules/summaries.hpp"
#include "core/rules/questions.hpp"

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace stride::runtime {

struct HistorySeries {
    std::vector<PainPoint> pain;
    std::vector<WeekTotal> weeks;
    std::vector<LevelPoint> levels;
    std::vector<MorningPoint> mornings;
    std::vector<SymmetryPoint> symmetry;
    std::vector<ScorePoint> visa;
    std::vector<FlareUp> flares;
};

// One entry of the plan, of any kind (it points into the plan, which stays the same while the revision does).
using EntryRef = std::variant<const Run*, const StrengthSession*, const DailyCheck*, const Aggravator*,
                              const ReadinessTest*, const PhysioEntry*>;

struct ListedEntry {
    Date date;
    EntryRef entry;
};

class Figures {
  public:
    // `plan` must stay unchanged while this is read: the runtime makes new Figures when it changes.
    Figures(const Plan& plan, std::uint64_t revision, Date today);

    std::uint64_t revision() const { return revision_; }
    Date today() const { return today_; }
    const Suggestion& suggestion() const { return suggestion_; }
    const Readiness& readiness() const { return readiness_; }
    // Today's open questions, newest first (questions.hpp): the morning card asks the first.
    const std::vector<PendingQuestion>& questions() const { return questions_; }
    // Computed on first use (the history screen and the desktop's Today), then kept.
    const HistorySeries& series() const;
    // The last kAdherenceWeeks weeks of adherence, this week last; on first use, then kept.
    static constexpr int kAdherenceWeeks = 4;
    const std::vector<WeekAdherence>& adherence() const;
    // Every entry, newest first (entries of a day in the plan's order of kinds); on first use, then kept.
    const std::vector<ListedEntry>& entries() const;

  private:
    const Plan& plan_;
    std::uint64_t revision_;
    Date today_;
    Suggestion suggestion_;
    Readiness readiness_;
    std::vector<PendingQuestion> questions_;
    mutable std::optional<HistorySeries> series_; // a cache: computing it changes nothing one can see
    mutable std::optional<std::vector<ListedEntry>> entries_;
    mutable std::optional<std::vector<WeekAdherence>> adherence_;
};

} // namespace stride::runtime
