// The next-morning reminder as an iCalendar event (RFC 5545), read back by an independent small parser.

#include "builders.hpp"

#include "core/exports/calendar.hpp"

#include <map>
#include <vector>

using namespace stride;
using namespace stride::test;

namespace {

struct Component {
    std::string name;
    std::multimap<std::string, std::string> properties; // name (parameters dropped) -> value, unescaped
    std::vector<Component> children;
};

// Unfolds the content lines, checks every physical line ends in CRLF and holds at most 75 octets, and
// builds the BEGIN/END tree; FAILs the test on anything RFC 5545 does not allow.
Component parse_ics(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto end = text.find("\r\n", at);
        REQUIRE_MESSAGE(end != std::string::npos, "every line ends in CRLF");
        const std::string physical = text.substr(at, end - at);
        CHECK_MESSAGE(physical.size() <= 75, physical);
        CHECK(physical.find('\n') == std::string::npos);
        if (!physical.empty() && physical[0] == ' ') {
            REQUIRE(!lines.empty());
            lines.back() += physical.substr(1);
        } else {
            lines.push_back(physical);
        }
        at = end + 2;
    }
    std::vector<Component> stack(1);
    for (const std::string& l : lines) {
        const auto colon = l.find(':');
        REQUIRE_MESSAGE(colon != std::string::npos, l);
        std::string name = l.substr(0, colon);
        name = name.substr(0, name.find(';'));
        std::string value;
        for (std::size_t i = colon + 1; i < l.size(); ++i) {
            if (l[i] == '\\' && i + 1 < l.size()) {
                const char next = l[++i];
                value += next == 'n' || next == 'N' ? '\n' : next;
            } else {
                value += l[i];
            }
        }
        if (name == "BEGIN") {
            stack.push_back({value, {}, {}});
        } else if (name == "END") {
            REQUIRE(stack.size() > 1);
            REQUIRE(stack.back().name == value);
            Component done = stack.back();
            stack.pop_back();
            stack.back().children.push_back(done);
        } else {
            stack.back().properties.emplace(name, value);
        }
    }
    REQUIRE(stack.size() == 1);
    REQUIRE(stack[0].children.size() == 1);
    return stack[0].children[0];
}

std::string one(const Component& c, const std::string& name) {
    REQUIRE_MESSAGE(c.properties.count(name) == 1, name);
    return c.properties.find(name)->second;
}

} // namespace

TEST_CASE("the next-morning reminder is one valid event at the chosen local time, linking to the question") {
    Run run;
    run.id = (EntryId{77} << 32) | 5;
    run.date = day("2025-03-04");
    run.minutes = 20;
    const Reminder r = next_morning_reminder(run, at(7, 30), "https://example.org/stride/");
    // 2025-03-04 21:15:09 UTC
    const Component calendar = parse_ics(reminder_ics(r, 1741122909));
    CHECK(calendar.name == "VCALENDAR");
    CHECK(one(calendar, "VERSION") == "2.0");
    CHECK_FALSE(one(calendar, "PRODID").empty());
    REQUIRE(calendar.children.size() == 1);
    const Component& event = calendar.children[0];
    CHECK(event.name == "VEVENT");
    CHECK(one(event, "DTSTART") == "20250305T073000"); // the morning after, floating local time
    CHECK(one(event, "DTSTAMP") == "20250304T211509Z");
    CHECK(one(event, "UID") == std::to_string(run.id).insert(0, "next-morning-") + "@stride-back");
    CHECK(one(event, "DURATION") == "PT10M");
    CHECK(one(event, "URL") == "https://example.org/stride/#answer");
    CHECK(one(event, "SUMMARY") == "Stride Back: how does your hamstring feel this morning?");
    CHECK(one(event, "DESCRIPTION").find("Tue 4 Mar 2025 (20 minutes)") != std::string::npos);
    CHECK(one(event, "DESCRIPTION").find("https://example.org/stride/#answer") != std::string::npos);
    REQUIRE(event.children.size() == 1);
    CHECK(event.children[0].name == "VALARM");
    CHECK(one(event.children[0], "ACTION") == "DISPLAY");
    CHECK(one(event.children[0], "TRIGGER") == "PT0M");
    CHECK(reminder_file_name(r) == "stride-back-reminder-2025-03-05.ics");
}

TEST_CASE("reminder text is escaped and folded without splitting a character") {
    Reminder r;
    r.date = day("2025-12-31");
    r.time = at(23, 59);
    r.uid = "x@stride-back";
    r.title = "Comma, semicolon; backslash \\ and ümlauts ✓ " + std::string(80, 'x');
    r.description = "two\nlines";
    r.link = "http://127.0.0.1:8000/?a=1,2#answer";
    const std::string ics = reminder_ics(r, 0);
    const Component event = parse_ics(ics).children.at(0);
    CHECK(one(event, "SUMMARY") == r.title);
    CHECK(one(event, "DESCRIPTION") == "two\nlines");
    CHECK(one(event, "URL") == r.link);
    CHECK(one(event, "DTSTAMP") == "19700101T000000Z");
    CHECK(one(event, "DTSTART") == "20251231T235900");
    // Folds fall between characters: every folded piece is valid UTF-8 on its own.
    for (std::size_t at = ics.find("\r\n "); at != std::string::npos; at = ics.find("\r\n ", at + 1))
        CHECK((static_cast<unsigned char>(ics[at + 3]) & 0xC0) != 0x80);
}

TEST_CASE("test jog reminders are for 24 and 48 hours after the jog") {
    ReadinessTest jog;
    jog.id = 9;
    jog.item = ReadinessItem::test_jog;
    jog.date = day("2025-03-03");
    const Component e24 =
        parse_ics(reminder_ics(test_jog_reminder(jog, 24, at(18), "https://a/"), 0)).children.at(0);
    const Component e48 =
        parse_ics(reminder_ics(test_jog_reminder(jog, 48, at(18), "https://a/"), 0)).children.at(0);
    CHECK(one(e24, "DTSTART") == "20250304T180000");
    CHECK(one(e48, "DTSTART") == "20250305T180000");
    CHECK(one(e24, "UID") != one(e48, "UID"));
    CHECK(one(e48, "SUMMARY").find("48 hours later") != std::string::npos);
}
