// Calendar dates and clock times.

#include "builders.hpp"

#include "core/words/text.hpp"

using namespace stride;
using namespace stride::test;

TEST_CASE("ISO dates parse strictly and format back") {
    CHECK(Date::parse("2024-02-29").has_value());
    CHECK_FALSE(Date::parse("2023-02-29").has_value());
    CHECK_FALSE(Date::parse("1900-02-29").has_value());
    CHECK(Date::parse("2000-02-29").has_value());
    CHECK_FALSE(Date::parse("2024-04-31").has_value());
    CHECK_FALSE(Date::parse("2024-4-01").has_value());
    CHECK_FALSE(Date::parse("2024-04-01 ").has_value());
    CHECK_FALSE(Date::parse("+024-04-01").has_value());
    CHECK_FALSE(Date::parse("1899-12-31").has_value());
    CHECK_FALSE(Date::parse("2201-01-01").has_value());
    CHECK(day("1970-01-01").days_since_epoch() == 0);
    CHECK(day("2024-03-01") - day("2024-02-28") == 2);
    CHECK((day("2023-12-31") + 1).iso() == "2024-01-01");
    CHECK(day("1969-12-31").days_since_epoch() == -1);
    CHECK(day("2024-06-06").weekday() == 3); // a Thursday
    CHECK(day("2024-06-06").week_start().iso() == "2024-06-03");
    CHECK(day("2024-06-03").week_start().iso() == "2024-06-03");
    CHECK(day("2024-06-09").week_start().iso() == "2024-06-03");
    CHECK(day_text(day("2024-06-06")) == "Thu 6 Jun 2024");
}

TEST_CASE("clock times parse, and spacing arithmetic crosses midnight") {
    CHECK(LocalTime::parse("")->known() == false);
    CHECK(LocalTime::parse("07:05")->minutes() == 7 * 60 + 5);
    CHECK_FALSE(LocalTime::parse("24:00").has_value());
    CHECK_FALSE(LocalTime::parse("7:05").has_value());
    CHECK(at(18).text() == "18:00");
    const auto [d, t] = moment_after(day("2024-06-01"), at(18), 48 * 60);
    CHECK(d == day("2024-06-03"));
    CHECK(t == at(18));
    const auto [d2, t2] = moment_after(day("2024-06-01"), at(23, 30), 60);
    CHECK(d2 == day("2024-06-02"));
    CHECK(t2 == at(0, 30));
    CHECK(decimal_text(11.3) == "11.3");
    CHECK(decimal_text(5.0) == "5");
    CHECK(decimal_text(42.195) == "42.2");
}
