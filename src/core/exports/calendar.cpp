#include "core/exports/calendar.hpp"

#include "core/rules/levels.hpp"
#include "core/words/text.hpp"

#include <cstdio>

namespace stride {
namespace {

// TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n.
std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c != '\r') {
            out += c;
        }
    }
    return out;
}

// One content line, folded so no line exceeds 75 octets (3.1): a fold is CRLF and one space, and never
// falls inside a UTF-8 sequence.
void line(std::string& out, const std::string& content) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < content.size(); ++i) {
        const auto byte = static_cast<unsigned char>(content[i]);
        const bool starts_character = (byte & 0xC0) != 0x80;
        if (starts_character) {
            std::size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
            if (width + length > 75) {
                out += "\r\n ";
                width = 1;
            }
        }
        out += content[i];
        ++width;
    }
    out += "\r\n";
}

std::string local_stamp(Date date, LocalTime time) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT%02d%02d00", date.year(), date.month(), date.day(),
                  time.minutes() / 60, time.minutes() % 60);
    return buffer;
}

std::string utc_stamp(std::int64_t seconds) {
    std::int64_t days = seconds / 86400, rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const Date date = Date::from_days(static_cast<std::int32_t>(days));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT%02d%02d%02dZ", date.year(), date.month(), date.day(),
                  static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                  static_cast<int>(rest % 60));
    return buffer;
}

std::string link_to(const std::string& app_url) {
    return app_url + kAnswerFragment;
}

} // namespace

Reminder next_morning_reminder(const Run& run, LocalTime at, const std::string& app_url) {
    Reminder r;
    r.date = run.date + 1;
    r.time = at;
    r.uid = "next-morning-" + std::to_string(run.id) + "@stride-back";
    r.title = "Stride Back: how does your hamstring feel this morning?";
    r.description = "Your run of " + day_text(run.date) + " (" + describe_run(run.minutes, run.run_walk) +
                    ") is judged by how the tendon feels the next morning. Open Stride Back and tap how much "
                    "pain you have at rest, 0 to 10: your next run waits for it.\n" +
                    link_to(app_url);
    r.link = link_to(app_url);
    return r;
}

Reminder test_jog_reminder(const ReadinessTest& jog, int hours, LocalTime at, const std::string& app_url) {
    Reminder r;
    r.date = jog.date + hours / 24;
    r.time = at;
    r.uid = "test-jog-" + std::to_string(hours) + "h-" + std::to_string(jog.id) + "@stride-back";
    r.title = "Stride Back: your test jog, " + std::to_string(hours) + " hours later";
    r.description = "How much pain do you have now, about " + std::to_string(hours) +
                    " hours after your test jog of " + day_text(jog.date) +
                    "? Open Stride Back and tap it, 0 to 10.\n" + link_to(app_url);
    r.link = link_to(app_url);
    return r;
}

std::string reminder_ics(const Reminder& reminder, std::int64_t now_unix_seconds) {
    std::string out;
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Stride Back//Next-morning reminder//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + escaped(reminder.uid));
    line(out, "DTSTAMP:" + utc_stamp(now_unix_seconds));
    line(out, "DTSTART:" + local_stamp(reminder.date, reminder.time));
    line(out, "DURATION:PT10M");
    line(out, "SUMMARY:" + escaped(reminder.title));
    line(out, "DESCRIPTION:" + escaped(reminder.description));
    line(out, "URL:" + reminder.link); // a URI value: not TEXT-escaped
    line(out, "BEGIN:VALARM");
    line(out, "ACTION:DISPLAY");
    line(out, "DESCRIPTION:" + escaped(reminder.title));
    line(out, "TRIGGER:PT0M");
    line(out, "END:VALARM");
    line(out, "END:VEVENT");
    line(out, "END:VCALENDAR");
    return out;
}

std::string reminder_file_name(const Reminder& reminder) {
    return "stride-back-reminder-" + reminder.date.iso() + ".ics";
}

} // namespace stride
