#include "runtime/figures.hpp"

#include <algorithm>

namespace stride::runtime {

Figures::Figures(const Plan& plan, std::uint64_t revision, Date today)
    : plan_(plan), revision_(revision), today_(today), suggestion_(suggest_next_run(plan, today)),
      readiness_(check_readiness(plan, today)), questions_(pending_questions(plan, today)) {}

const HistorySeries& Figures::series() const {
    if (!series_)
        series_ = HistorySeries{pain_trend(plan_, today_),        weekly_minutes(plan_, today_),
                                level_trend(plan_, today_),       morning_trend(plan_, today_),
                                strength_symmetry(plan_, today_), visa_h_trend(plan_, today_),
                                flare_ups(plan_, today_)};
    return *series_;
}

const std::vector<WeekAdherence>& Figures::adherence() const {
    if (!adherence_) adherence_ = weekly_adherence(plan_, today_, kAdherenceWeeks);
    return *adherence_;
}

const std::vector<ListedEntry>& Figures::entries() const {
    if (!entries_) {
        std::vector<ListedEntry> listed;
        for_each_entry_kind([&](auto kind) {
            using Entry = decltype(kind);
            for (const Entry& e : stride::entries<Entry>(plan_))
                listed.push_back({e.date, EntryRef{&e}});
        });
        std::stable_sort(listed.begin(), listed.end(),
                         [](const ListedEntry& a, const ListedEntry& b) { return a.date > b.date; });
        entries_ = std::move(listed);
    }
    return *entries_;
}

} // namespace stride::runtime
