#pragma once
// Helpers that build plans for tests: dates by ISO text and entries with the fields a test cares about.

#include "core/model.hpp"

#include <doctest/doctest.h>

#include <string>

namespace stride::test {

inline Date day(const char* iso) {
    const auto d = Date::parse(iso);
    REQUIRE_MESSAGE(d.has_value(), iso);
    return *d;
}

inline LocalTime at(int hour, int minute = 0) { return *LocalTime::from_hm(hour, minute); }

inline Run run(Date date, int minutes, int before, int during, int after, int next_morning, int at_48h = kNotRecorded) {
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

// A plan whose readiness checklist passes on `date` (the runner may start running).
Plan ready_plan(Date date);

// A plan holding one entry of every kind with every field set away from its default, so round trips
// and equality cover every field.
Plan full_plan();

} // namespace stride::test
