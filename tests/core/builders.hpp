#pragma once
// Helpers that build plans for tests: dates by ISO text and entries with the fields a test cares about.

#include "core/changes/actions.hpp"
#include "core/model/model.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

namespace stride::test {

// Throws rather than REQUIREs: tests also use it to initialise file-scope constants before doctest runs.
inline Date day(const char* iso) {
    const auto d = Date::parse(iso);
    if (!d) throw std::invalid_argument(std::string("not a date: ") + iso);
    return *d;
}

inline LocalTime at(int hour, int minute = 0) {
    return *LocalTime::from_hm(hour, minute);
}

inline Run run(Date date, int minutes, int before, int during, int after, int next_morning,
               int at_48h = kNotRecorded) {
    Run r;
    r.date = date;
    r.time = at(17);
    r.minutes = minutes;
    r.pain_before = before;
    r.pain_during = during;
    r.pain_after = after;
    r.pain_next_morning = next_morning;
    r.pain_48h = at_48h;
    return r;
}

// Adds an entry through apply(), as the app would, and returns its id.
template <class Entry> EntryId add(Plan& plan, Entry entry);

// A plan whose readiness checklist passes on `date` (the runner may start running).
Plan ready_plan(Date date);

// Years of training ending on `last_day` (entry lists built directly, in date order, with apply()'s ids):
// a morning check every day, runs on Mon/Wed/Fri/Sun at the level's minutes and strength on Tue/Thu/Sat,
// with amber and red runs and painful mornings scattered through it by a fixed sequence, so the level
// engine goes up, holds and steps back. The last run is answered; `weeks` whole weeks in all.
Plan long_history(Date last_day, int weeks);

// A plan holding one entry of every kind with every field set away from its default, so round trips
// and equality cover every field.
Plan full_plan();
// full_plan() as release 1 could write it: the fields later class versions added keep their defaults.
Plan full_plan_release_1();

// The bytes of tests/fixtures/`name` (fails the test when it cannot be read).
std::string read_fixture(const char* name);

template <class Entry> EntryId add(Plan& plan, Entry entry) {
    auto result = stride::apply(plan, AddEntry<Entry>{std::move(entry)});
    REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error().message));
    plan = std::move(result).value();
    return (EntryId{plan.ids.origin} << 32) | (plan.ids.next - 1);
}

inline StrengthSession strength_session(Date date, LocalTime time) {
    StrengthSession s;
    s.date = date;
    s.time = time;
    s.exercises = {{"Prone hamstring curl", 3, 10, 20, ""}};
    return s;
}

inline DailyCheck morning(Date date, int rest_pain, int task_pain = kNotRecorded) {
    DailyCheck c;
    c.date = date;
    c.pain_at_rest = rest_pain;
    c.task_pain = task_pain;
    return c;
}

} // namespace stride::test
