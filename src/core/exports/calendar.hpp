#pragma once
// A reminder for the answer the next run waits for, as an iCalendar event (RFC 5545) the runner adds to
// their own calendar: no server, no notification permission. The event is at the local time the runner
// chose (a "floating" time: 08:00 wherever the phone is), rings when it starts, and its link opens the app
// on the question (kAnswerFragment, read by the app at start-up).

#include "core/model/model.hpp"

#include <cstdint>
#include <string>

namespace stride {

// The URL fragment that opens the app on Today's open question ("https://.../#answer").
inline constexpr const char* kAnswerFragment = "#answer";

struct Reminder {
    Date date;
    LocalTime time;          // known: the runner chose it
    std::string uid;         // stable per question, so adding it twice updates the one event
    std::string title;       // SUMMARY
    std::string description; // DESCRIPTION (plain text, may hold line breaks)
    std::string link;        // URL: the app with kAnswerFragment
};

// The next-morning question of `run`, on the day after it at `at`; `app_url` is the app's address without
// a fragment.
Reminder next_morning_reminder(const Run& run, LocalTime at, const std::string& app_url);
// The 24- or 48-hour question after a test jog (`hours` is 24 or 48).
Reminder test_jog_reminder(const ReadinessTest& jog, int hours, LocalTime at, const std::string& app_url);

// The .ics file: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character), text escaped.
// `now_unix_seconds` is the DTSTAMP (when the file was made, UTC).
std::string reminder_ics(const Reminder& reminder, std::int64_t now_unix_seconds);

// "stride-back-reminder-2025-03-04.ics"
std::string reminder_file_name(const Reminder& reminder);

} // namespace stride
