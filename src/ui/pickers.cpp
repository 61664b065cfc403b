// Days and times chosen with a thumb, never typed: "Today" / "Yesterday" / a calendar for a day, hours and
// quarter hours for a time. Each choice is a probe item ("Date of the run: Yesterday", "Start time, hour:
// 17"), so tests tap them as a person does.

#include "ui/probe.hpp"
#include "ui/widgets.hpp"

#include "core/words/text.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace stride::ui {
namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kWeekdays[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

Date first_of_month(Date d) {
    return *Date::from_ymd(d.year(), d.month(), 1);
}

Date month_after(Date first, int months) {
    int index = first.year() * 12 + (first.month() - 1) + months;
    return Date::from_ymd(index / 12, index % 12 + 1, 1).value_or(first);
}

std::string short_day(Date d) {
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::to_string(d.day()) + " " + kMonths[d.month() - 1];
}

// Seven equal columns across the row.
float column_width() {
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    return (ImGui::GetContentRegionAvail().x - spacing * 6) / 7;
}

// The month grid: week rows Monday to Sunday; days after today are shown but cannot be chosen when `past`.
bool calendar(const std::string& group, FieldText& field, Date& value, Date today, bool past) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float width = column_width();
    bool changed = false;
    const Date month = field.month;
    if (choice(group.c_str(), "earlier month", false, width, -1, 0.0f, "\xE2\x86\x90")) // ←
        field.month = month_after(month, -1);
    ImGui::SameLine(0.0f, spacing);
    const std::string title =
        std::string(kMonthNames[month.month() - 1]) + " " + std::to_string(month.year());
    const float title_width = width * 5 + spacing * 4;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(title_width, ImGui::GetFrameHeight()));
    const ImVec2 size = ImGui::CalcTextSize(title.c_str());
    ImGui::GetWindowDrawList()->AddText(
        ImVec2(at.x + (title_width - size.x) * 0.5f, at.y + (ImGui::GetFrameHeight() - size.y) * 0.5f),
        ImGui::GetColorU32(ImGuiCol_Text), title.c_str());
    describe_last_text(group + ", month shown: " + title);
    ImGui::SameLine(0.0f, spacing);
    const bool later_allowed = !past || month_after(month, 1) <= today;
    ImGui::BeginDisabled(!later_allowed);
    if (choice(group.c_str(), "later month", false, width, -1, 0.0f, "\xE2\x86\x92")) // →
        field.month = month_after(month, 1);
    ImGui::EndDisabled();
    for (int i = 0; i < 7; ++i) {
        if (i) ImGui::SameLine(0.0f, spacing);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
        const ImVec2 s = ImGui::CalcTextSize(kWeekdays[i]);
        ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + (width - s.x) * 0.5f, p.y),
                                            ImGui::GetColorU32(ImGuiCol_TextDisabled), kWeekdays[i]);
    }
    const Date first = month;
    const Date next = month_after(month, 1);
    int column = first.weekday();
    if (column > 0) {
        ImGui::Dummy(ImVec2(width * column + spacing * (column - 1), ImGui::GetFrameHeight()));
        ImGui::SameLine(0.0f, spacing);
    }
    for (Date d = first; d < next; d = d + 1) {
        const std::string option = short_day(d);
        const std::string number = std::to_string(d.day());
        ImGui::BeginDisabled(past && d > today);
        if (choice(group.c_str(), option.c_str(), d == value, width, -1, 0.0f, number.c_str())) {
            value = d;
            changed = true;
        }
        ImGui::EndDisabled();
        column = (column + 1) % 7;
        if (column != 0 && d + 1 < next) ImGui::SameLine(0.0f, spacing);
    }
    return changed;
}

} // namespace

bool Form::day(const char* label, Date& value, Date today, bool past) {
    ImGui::PushID(label);
    paragraph(label);
    FieldText& field = buffers_[ImGui::GetID("##day")];
    const bool quick_today = value == today, quick_yesterday = past && value == today - 1;
    if (!field.open && !quick_today && !quick_yesterday) field.open = true; // an older day shows its month
    if (field.month == Date{}) field.month = first_of_month(value);
    bool changed = false;
    // The quick choices: the days a runner logs most.
    std::vector<const char*> options = {"Today"};
    if (past) options.push_back("Yesterday");
    options.push_back("Another day");
    int selected = field.open ? static_cast<int>(options.size()) - 1 : quick_yesterday ? 1 : 0;
    if (choice_row(label, options, selected, 96.0f)) {
        const std::string picked = options[static_cast<std::size_t>(selected)];
        field.open = picked == "Another day";
        if (picked == "Today") value = today;
        if (picked == "Yesterday") value = today - 1;
        if (field.open) field.month = first_of_month(value);
        changed = !field.open;
    }
    if (field.open) changed = calendar(label, field, value, today, past) || changed;
    muted_text(day_text(value) + (past && value > today ? ": after today" : ""));
    if (past && value > today) {
        error_text("That day has not come yet: choose today or a day before.");
        ++problems_;
    }
    ImGui::PopID();
    return changed;
}

bool Form::clock(const char* label, LocalTime& value, bool optional, LocalTime suggestion) {
    ImGui::PushID(label);
    FieldText& field = buffers_[ImGui::GetID("##clock")];
    bool changed = false;
    if (!optional) {
        // A time that always has a value (a reminder's): said in words, the clock opened on request.
        paragraph(std::string(label) + " " + value.text());
        if (choice(label, field.open ? "Keep this time" : "Change the time", false, -1.0f))
            field.open = !field.open;
        if (!field.open) {
            ImGui::PopID();
            return false;
        }
    } else {
        paragraph(label);
        if (value.known()) field.open = true;
    }
    const std::string same = suggestion.known() ? "Same as last time, " + suggestion.text() : "";
    std::vector<const char*> options;
    if (optional) options.push_back("No time");
    options.push_back("Pick a time");
    if (!same.empty() && value != suggestion) options.push_back(same.c_str());
    int selected = field.open ? (optional ? 1 : 0) : 0;
    if ((optional || options.size() > 1) && choice_row(label, options, selected, 110.0f)) {
        const std::string picked = options[static_cast<std::size_t>(selected)];
        if (picked == "No time") {
            field.open = false;
            value = LocalTime::unknown();
        } else if (picked == same) {
            value = suggestion;
            field.open = true;
        } else {
            field.open = true;
        }
        changed = true;
    }
    if (field.open) {
        const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
        const int per_row = ImGui::GetContentRegionAvail().x >= 12 * 48.0f ? 12 : 6;
        const float width =
            (ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(per_row - 1)) / per_row;
        const std::string hours = std::string(label) + ", hour";
        const int hour = value.known() ? value.minutes() / 60 : -1;
        const int minute = value.known() ? value.minutes() % 60 : 0;
        for (int h = 0; h < 24; ++h) {
            if (h % per_row != 0) ImGui::SameLine(0.0f, spacing);
            char text[4];
            std::snprintf(text, sizeof text, "%02d", h);
            if (choice(hours.c_str(), text, h == hour, width)) {
                value = *LocalTime::from_hm(h, minute);
                changed = true;
            }
        }
        // Quarter hours, and the time's own minutes when it came from elsewhere (an imported 07:10).
        std::vector<int> minutes = {0, 15, 30, 45};
        if (std::find(minutes.begin(), minutes.end(), minute) == minutes.end()) minutes.push_back(minute);
        std::sort(minutes.begin(), minutes.end());
        const std::string group = std::string(label) + ", minutes";
        const float minute_width = (ImGui::GetContentRegionAvail().x - spacing * (minutes.size() - 1)) /
                                   static_cast<float>(minutes.size());
        for (std::size_t i = 0; i < minutes.size(); ++i) {
            if (i) ImGui::SameLine(0.0f, spacing);
            char text[4];
            std::snprintf(text, sizeof text, ":%02d", minutes[i]);
            ImGui::BeginDisabled(hour < 0);
            if (choice(group.c_str(), text, hour >= 0 && minutes[i] == minute, minute_width)) {
                value = *LocalTime::from_hm(hour, minutes[i]);
                changed = true;
            }
            ImGui::EndDisabled();
        }
        muted_text(value.known() ? value.text() : "Tap the hour, then the minutes.");
    }
    ImGui::PopID();
    return changed;
}

} // namespace stride::ui
