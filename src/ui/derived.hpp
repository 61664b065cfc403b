#pragma once
// What the screens show that is derived from the plan: the suggestion, the readiness checklist, the
// history's chart series and its entry list. Each walks the plan's history (after years, thousands of
// entries) while the plan changes only through actions, so they are computed once per plan revision and
// day (AppStatus::plan_revision and today) and kept in UiState between frames instead of every frame.

#include "ui/app_ui.hpp"

#include "core/rules/progression.hpp"
#include "core/rules/readiness.hpp"
#include "core/rules/summaries.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace stride::ui {

struct Frame;

// today_screen.cpp: a next-morning (or 24/48-hour) question still open today.
struct PendingQuestion {
    enum class Kind {
        run_next_morning, // pain the morning after a run (0-10)
        run_comparison,   // no baseline: was that morning worse than usual? (yes / no)
        jog_24h,
        jog_48h,
    };
    Kind kind = Kind::run_next_morning;
    std::string question;
    Run run;                       // run_next_morning, run_comparison: the run asked about
    ReadinessTest jog;             // jog_24h, jog_48h: the test jog asked about
    Action answer(int pain) const; // the edit that records the answer (comparison: 1 yes, 0 no)
};
// The questions open today, newest first: runs of the last kRecentQuestionDays days (older ones are pointed
// out by a warning instead) and the latest test jog.
inline constexpr int kRecentQuestionDays = 14;
std::vector<PendingQuestion> pending_questions(const Plan& plan, Date today);

struct HistorySeries {
    std::vector<PainPoint> pain;
    std::vector<WeekTotal> weeks;
    std::vector<LevelPoint> levels;
    std::vector<MorningPoint> mornings;
    std::vector<SymmetryPoint> symmetry;
    std::vector<ScorePoint> visa;
    std::vector<FlareUp> flares;
};

// One row of the history list: the entry's date and how to draw it (it refers into the plan, which stays
// the same while the revision does).
struct ListedEntry {
    Date date;
    std::function<void(Frame&)> draw;
};

struct Derived {
    const Plan* plan = nullptr; // the plan and revision it was derived from
    std::uint64_t revision = 0;
    Date today;
    Suggestion suggestion;
    Readiness readiness;
    std::vector<PendingQuestion> questions; // Today's open questions, newest first (today_screen.cpp)
    std::optional<HistorySeries> series;    // on first use (history_series)
    std::optional<std::vector<ListedEntry>> entries; // on first use, by the history screen: newest first
};

// This frame's derived data: the one kept in `state` while the plan, its revision and the day are the
// same, else computed afresh (the suggestion and readiness at once, the rest when first asked for).
Derived& derived(UiState& state, const Plan& plan, const AppStatus& status);

const HistorySeries& history_series(Derived& derived);

} // namespace stride::ui
