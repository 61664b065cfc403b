// [SECTION] text       escaping and small formatting helpers
// [SECTION] charts     inline SVG: pain with zones, weekly minutes with the cap, VISA-H
// [SECTION] sections   one function per part of the report
// [SECTION] document   the page: print styles and the order of the sections
#include "core/exports/report.hpp"

#include "core/plan_file/plan_file.hpp"
#include "core/rules/adherence.hpp"
#include "core/rules/progression.hpp"
#include "core/rules/race_check.hpp"
#include "core/rules/readiness.hpp"
#include "core/rules/summaries.hpp"
#include "core/rules/unlocks.hpp"
#include "core/rules/week_pain.hpp"
#include "core/words/adherence_words.hpp"
#include "core/words/text.hpp"
#include "core/words/verdict_words.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <sstream>
#include <vector>

namespace stride {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] text
// ---------------------------------------------------------------------------------------------------------

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

namespace {

std::string esc(std::string_view text) {
    return html_escape(text);
}

// SVG coordinates with one decimal: enough for a printed chart, short enough to keep the file small.
std::string coord(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

// "6 Jun": chart labels, where the year is in the table or heading nearby.
std::string short_day(Date date) {
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::to_string(date.day()) + " " + kMonths[date.month() - 1];
}

const char* side_words(Side side) {
    switch (side) {
    case Side::left:
        return "left";
    case Side::right:
        return "right";
    case Side::both:
        return "both sides";
    case Side::not_set:
        break;
    }
    return "not set";
}

// The latest `count` items of an oldest-first series.
template <class T> std::vector<T> latest(const std::vector<T>& all, std::size_t count) {
    return {all.end() - static_cast<std::ptrdiff_t>(std::min(count, all.size())), all.end()};
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] charts
// ---------------------------------------------------------------------------------------------------------

// Colours pass 4.5:1 on white for text; zones are always labelled in words too (never colour alone).
constexpr const char* kInk = "#1b1f20";
constexpr const char* kMuted = "#5a6266";
constexpr const char* kGreenBand = "#e3f1e4";
constexpr const char* kAmberBand = "#fbefd5";
constexpr const char* kRedBand = "#f8dcdc";
constexpr const char* kGreenText = "#256b2e";
constexpr const char* kAmberText = "#7a5300";
constexpr const char* kRedText = "#a12a2a";
constexpr const char* kBar = "#1f6f78";

// A plot area inside an SVG of width x height, with room on the left for the axis, on the right for zone
// labels and below for dates. Sizes are in the SVG's own units; the page scales the SVG to its column, so a
// chart for a half-width column gets a narrower width to keep its text the same printed size.
struct Plot {
    static constexpr double kLeft = 34, kTop = 16, kBottom = 20;
    double width;
    double height;
    double right; // room right of the plot
    double max_value;
    std::size_t slots; // points or bars along x

    double inner_width() const { return width - kLeft - right; }
    double y(double value) const { return kTop + (height - kTop - kBottom) * (1 - value / max_value); }
    // The centre of slot i.
    double x(std::size_t i) const { return kLeft + inner_width() * (static_cast<double>(i) + 0.5) / slots; }
    double slot_width() const { return inner_width() / slots; }
};
constexpr double kFullWidth = 680, kHalfWidth = 330, kLabelRoom = 84;

std::string svg_open(const Plot& plot, const std::string& label) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + coord(plot.width) + " " +
           coord(plot.height) + "\" role=\"img\" aria-label=\"" + esc(label) + "\">";
}

std::string text_at(double x, double y, const std::string& words, const char* anchor = "start",
                    const char* colour = kMuted) {
    return "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" +
           colour + "\">" + esc(words) + "</text>";
}

std::string line(double x1, double y1, double x2, double y2, const char* colour, const char* extra = "") {
    return "<line x1=\"" + coord(x1) + "\" y1=\"" + coord(y1) + "\" x2=\"" + coord(x2) + "\" y2=\"" +
           coord(y2) + "\" stroke=\"" + colour + "\" " + extra + "/>";
}

// Horizontal grid lines with their values on the left.
template <class Number> std::string y_axis(const Plot& plot, const std::vector<Number>& ticks) {
    std::string out;
    for (Number t : ticks) {
        out += line(Plot::kLeft, plot.y(t), plot.width - plot.right, plot.y(t), "#d5d9db",
                    "stroke-width=\"0.6\"");
        out += text_at(Plot::kLeft - 5, plot.y(t) + 3.5, std::to_string(t), "end");
    }
    return out;
}

// Dates under at most six evenly spread slots (always the first and the last).
template <class Point>
std::string x_dates(const Plot& plot, const std::vector<Point>& points, Date Point::*date) {
    std::string out;
    const std::size_t n = points.size(), labels = std::min<std::size_t>(n, 6);
    std::size_t last_index = n;
    for (std::size_t k = 0; k < labels; ++k) {
        const std::size_t i = labels == 1 ? 0 : k * (n - 1) / (labels - 1);
        if (i == last_index) continue;
        last_index = i;
        out += text_at(plot.x(i), plot.height - 5, short_day(points[i].*date), "middle");
    }
    return out;
}

// Marker shapes tell series apart in black-and-white print (none: the line only, the points drawn apart).
enum class Marker { none, circle, square, triangle };

// One series: a line through the recorded values and a marker at each.
std::string series(const Plot& plot, const std::vector<int>& values, const char* dash, Marker marker) {
    std::string path, marks;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] == kNotRecorded) continue;
        const double x = plot.x(i), y = plot.y(values[i]);
        path += (path.empty() ? "M" : " L") + coord(x) + " " + coord(y);
        if (marker == Marker::none) continue;
        if (marker == Marker::circle)
            marks +=
                "<circle cx=\"" + coord(x) + "\" cy=\"" + coord(y) + "\" r=\"2.6\" fill=\"" + kInk + "\"/>";
        else if (marker == Marker::square)
            marks += "<rect x=\"" + coord(x - 2.4) + "\" y=\"" + coord(y - 2.4) +
                     "\" width=\"4.8\" height=\"4.8\" fill=\"#ffffff\" stroke=\"" + kInk + "\"/>";
        else
            marks += "<path d=\"M" + coord(x) + " " + coord(y - 3.2) + " L" + coord(x + 3.2) + " " +
                     coord(y + 2.4) + " L" + coord(x - 3.2) + " " + coord(y + 2.4) + " Z\" fill=\"" + kMuted +
                     "\"/>";
    }
    if (path.empty()) return "";
    return "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + kInk + "\" stroke-width=\"1.2\" " + dash +
           "/>" + marks;
}

std::string legend_item(double x, double y, const char* marker_svg, const std::string& words) {
    return "<g transform=\"translate(" + coord(x) + " " + coord(y) + ")\">" + marker_svg +
           text_at(9, 3.5, words) + "</g>";
}

const char* zone_ink(Zone zone) {
    switch (zone) {
    case Zone::green:
        return kGreenText;
    case Zone::amber:
        return kAmberText;
    case Zone::red:
        return kRedText;
    case Zone::waiting:
        break;
    }
    return kMuted;
}

// A run's verdict at (x, y), by colour and by shape so it survives black-and-white print: a tick for green,
// a diamond for amber, a cross for red, an open ring while waiting. The title says it in words.
std::string verdict_mark(double x, double y, Zone zone, const std::string& words) {
    const char* ink = zone_ink(zone);
    std::string shape;
    switch (zone) {
    case Zone::green:
        shape = "<path d=\"M" + coord(x - 3.4) + " " + coord(y) + " L" + coord(x - 1) + " " + coord(y + 2.6) +
                " L" + coord(x + 3.6) + " " + coord(y - 3) + "\" fill=\"none\" stroke=\"" + ink +
                "\" stroke-width=\"1.8\"/>";
        break;
    case Zone::amber:
        shape = "<path d=\"M" + coord(x) + " " + coord(y - 3.6) + " L" + coord(x + 3.6) + " " + coord(y) +
                " L" + coord(x) + " " + coord(y + 3.6) + " L" + coord(x - 3.6) + " " + coord(y) +
                " Z\" fill=\"" + ink + "\"/>";
        break;
    case Zone::red:
        shape = line(x - 3, y - 3, x + 3, y + 3, ink, "stroke-width=\"2\"") +
                line(x - 3, y + 3, x + 3, y - 3, ink, "stroke-width=\"2\"");
        break;
    case Zone::waiting:
        shape = "<circle cx=\"" + coord(x) + "\" cy=\"" + coord(y) +
                "\" r=\"2.8\" fill=\"#ffffff\" stroke=\"" + ink + "\" stroke-width=\"1.2\"/>";
        break;
    }
    return "<g class=\"verdict " + std::string(enum_name(zone)) + "\"><title>" + esc(words) + "</title>" +
           shape + "</g>";
}

// The green, amber and red bands of a pain scale behind a 0-10 plot, each labelled on the right with its
// zone and its pains in words ("amber 3-5"), so the bands read without colour.
std::string zone_bands(const Plot& plot, const PainScale& scale) {
    const double green_top = scale.green_max + 0.5, amber_top = scale.amber_max + 0.5;
    const double right = plot.width - plot.right;
    auto band = [&](double from, double to, const char* fill, const char* ink, Zone zone) {
        if (to <= from) return std::string();
        const double top = plot.y(std::min(to, 10.0)), bottom = plot.y(from);
        return "<rect x=\"" + coord(Plot::kLeft) + "\" y=\"" + coord(top) + "\" width=\"" +
               coord(plot.inner_width()) + "\" height=\"" + coord(bottom - top) + "\" fill=\"" + fill +
               "\"/>" +
               text_at(right + 6, (top + bottom) / 2 + 3.5,
                       std::string(zone_words(zone)) + " " + zone_range(scale, zone), "start", ink);
    };
    return band(0, green_top, kGreenBand, kGreenText, Zone::green) +
           band(green_top, amber_top, kAmberBand, kAmberText, Zone::amber) +
           band(amber_top, 10, kRedBand, kRedText, Zone::red);
}

std::string pain_chart(const Plan& plan, Date today) {
    const auto points = latest(pain_trend(plan, today), kReportRuns);
    if (points.empty()) return "<p class=\"none\">No runs logged yet.</p>";
    const Plot plot{kFullWidth, 132, kLabelRoom, 10, points.size()};
    std::vector<int> during, after, morning;
    for (const PainPoint& p : points) {
        during.push_back(p.during);
        after.push_back(p.after);
        morning.push_back(p.next_morning);
    }
    std::string out =
        svg_open(plot, "Pain during, after and the next morning for the latest runs, each run's "
                       "verdict marked on its pain during");
    out += zone_bands(plot, pain_scale(plan.settings, PainKind::run));
    out += y_axis(plot, std::vector<int>{0, 2, 4, 6, 8, 10});
    out += series(plot, during, "", Marker::none);
    out += series(plot, after, "stroke-dasharray=\"4 3\"", Marker::square);
    out += series(plot, morning, "stroke-dasharray=\"1.5 2.5\"", Marker::triangle);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = plot.x(i), y = plot.y(points[i].during);
        out += verdict_mark(x, y, points[i].zone,
                            day_text(points[i].date) + ": " + zone_words(points[i].zone) + ", pain during " +
                                pain_text(points[i].during));
        // A red run is also labelled in words beside its cross (below it near the top, clear of the legend).
        if (points[i].zone == Zone::red)
            out +=
                text_at(x, points[i].during >= 8 ? y + 12 : y - 6, zone_words(Zone::red), "middle", kRedText);
    }
    out += x_dates(plot, points, &PainPoint::date);
    out += legend_item(Plot::kLeft, 7,
                       "<line x1=\"-5\" y1=\"0\" x2=\"5\" y2=\"0\" stroke=\"#1b1f20\" stroke-width=\"1.2\"/>",
                       "during, by verdict:");
    double x = Plot::kLeft + 100; // after "during, by verdict:" at the legend's 9px type
    for (Zone zone : {Zone::green, Zone::amber, Zone::red, Zone::waiting}) {
        out += verdict_mark(x, 7, zone, zone_words(zone)) +
               text_at(x + 6, 10.5, zone == Zone::waiting ? "waiting" : zone_words(zone));
        x += zone == Zone::waiting ? 52 : 44;
    }
    out += legend_item(
        x + 8, 7,
        "<rect x=\"-2.4\" y=\"-2.4\" width=\"4.8\" height=\"4.8\" fill=\"#fff\" stroke=\"#1b1f20\"/>",
        "right after");
    out +=
        legend_item(x + 88, 7, "<path d=\"M0 -3.2 L3.2 2.4 L-3.2 2.4 Z\" fill=\"#5a6266\"/>", "next morning");
    return out + "</svg>";
}

// The latest runs with their pains and verdict in words (the chart says it by colour and shape).
std::string runs_table(const Plan& plan, Date today) {
    const auto points = latest(pain_trend(plan, today), kReportRunRows);
    if (points.empty()) return "";
    const auto shown = [](int pain) {
        return pain == kNotRecorded ? std::string("&ndash;") : std::to_string(pain);
    };
    std::string out = "<table class=\"runs\"><thead><tr><th>Date</th><th>Run</th><th>Pain before / during / "
                      "after / next morning (0-10; &ndash; not recorded)</th><th>Verdict</th></tr></thead>";
    for (auto it = points.rbegin(); it != points.rend(); ++it) {
        const auto run =
            std::find_if(plan.runs.begin(), plan.runs.end(), [&](const Run& r) { return r.id == it->run; });
        std::string what = std::to_string(it->minutes) + " min";
        if (run != plan.runs.end() && run->distance_km > 0)
            what += ", " + distance_text(run->distance_km, plan.profile.distance_unit);
        out += "<tr class=\"run\"><td class=\"nowrap\">" + esc(day_text(it->date)) +
               "</td><td class=\"nowrap\">" + esc(what) + "</td><td>" + shown(it->before) + " / " +
               shown(it->during) + " / " + shown(it->after) + " / " + shown(it->next_morning) +
               "</td><td class=\"" + enum_name(it->zone) + "\">" + zone_words(it->zone) + "</td></tr>";
    }
    return out + "</table>";
}

// Round a chart's top up to a tidy number so its grid lines fall on readable values.
std::int64_t tidy_max(std::int64_t value, std::int64_t step) {
    return std::max(step, (value + step - 1) / step * step);
}
constexpr std::int64_t kMaxGridLines = 10;

// 100 -> 200 -> 500 -> 1000 -> 2000 ...
std::int64_t next_tidy_step(std::int64_t step) {
    std::int64_t power = 1;
    while (power * 10 <= step)
        power *= 10;
    const std::int64_t lead = step / power;
    return (lead == 1 ? 2 : lead == 2 ? 5 : 10) * power;
}

std::string weekly_chart(const Plan& plan, Date today) {
    const auto weeks = latest(weekly_minutes(plan, today), kReportWeeks);
    if (weeks.empty()) return "<p class=\"none\">No runs logged yet.</p>";
    std::int64_t top = 0;
    for (const WeekTotal& w : weeks)
        top = std::max({top, w.minutes, w.cap_minutes});
    // 20, 50 or 100 minutes apart for real weeks; a hostile file's weeks of millions of minutes still get at
    // most kMaxGridLines lines (1, 2, 5 x 10^n apart), so the report's size does not grow with the minutes.
    std::int64_t step = top > 200 ? 100 : top > 80 ? 50 : 20;
    while (tidy_max(top, step) / step > kMaxGridLines)
        step = next_tidy_step(step);
    const Plot plot{kHalfWidth, 112, 8, static_cast<double>(tidy_max(top, step)), weeks.size()};
    std::string out = svg_open(plot, "Minutes run per week, with the weekly cap");
    std::vector<std::int64_t> ticks;
    for (std::int64_t t = 0; t <= tidy_max(top, step); t += step)
        ticks.push_back(t);
    out += y_axis(plot, ticks);
    bool any_cap = false;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        const WeekTotal& w = weeks[i];
        const double bar = std::min(plot.slot_width() * 0.6, 36.0), x = plot.x(i);
        if (w.minutes > 0)
            out += "<rect x=\"" + coord(x - bar / 2) + "\" y=\"" + coord(plot.y(w.minutes)) + "\" width=\"" +
                   coord(bar) + "\" height=\"" + coord(plot.y(0) - plot.y(w.minutes)) + "\" fill=\"" + kBar +
                   "\"/>";
        // The minutes above the bar, or above the cap's line where it runs just over the bar (it would cross
        // the figure).
        const double bar_top = plot.y(w.minutes), cap = plot.y(static_cast<double>(w.cap_minutes));
        if (w.minutes > 0)
            out += text_at(
                x, (w.cap_minutes > 0 && bar_top - cap >= 0 && bar_top - cap < 11 ? cap : bar_top) - 3,
                std::to_string(w.minutes), "middle", kInk);
        if (w.cap_minutes > 0) {
            any_cap = true;
            out += line(x - bar / 2 - 3, plot.y(w.cap_minutes), x + bar / 2 + 3, plot.y(w.cap_minutes),
                        kRedText, "stroke-width=\"1.6\" stroke-dasharray=\"3 2\"");
        }
    }
    out += x_dates(plot, weeks, &WeekTotal::week_start);
    if (any_cap)
        out += "<g transform=\"translate(" + coord(plot.width - plot.right - 62) + " 7)\">" +
               line(0, 0, 14, 0, kRedText, "stroke-width=\"1.6\" stroke-dasharray=\"3 2\"") +
               text_at(18, 3.5, "weekly cap", "start", kRedText) + "</g>";
    out += text_at(Plot::kLeft, 10, "minutes per week (from Monday)");
    return out + "</svg>";
}

std::string visa_chart(const std::vector<ScorePoint>& scores) {
    const Plot plot{kHalfWidth, 112, 10, 100, scores.size()};
    std::string out = svg_open(plot, "VISA-H scores over time");
    out += y_axis(plot, std::vector<int>{0, 50, 100});
    std::vector<int> values;
    for (const ScorePoint& s : scores)
        values.push_back(s.score);
    out += series(plot, values, "", Marker::circle);
    for (std::size_t i = 0; i < scores.size(); ++i)
        out +=
            text_at(plot.x(i), plot.y(scores[i].score) - 6, std::to_string(scores[i].score), "middle", kInk);
    out += x_dates(plot, scores, &ScorePoint::date);
    out += text_at(Plot::kLeft, 10, "VISA-H, 0-100 (100 = no symptoms)");
    return out + "</svg>";
}

// The latest morning checks: pain at rest over its zones, and the daily test where it was done.
std::string morning_chart(const std::vector<MorningPoint>& mornings, const PainScale& rest) {
    const Plot plot{kHalfWidth, 112, 62, 10, mornings.size()};
    std::string out = svg_open(plot, "Pain at rest and the daily test at each morning check");
    out += zone_bands(plot, rest);
    out += y_axis(plot, std::vector<int>{0, 5, 10});
    std::vector<int> at_rest, task;
    for (const MorningPoint& m : mornings) {
        at_rest.push_back(m.pain_at_rest);
        task.push_back(m.task_pain);
    }
    out += series(plot, at_rest, "", Marker::circle);
    out += series(plot, task, "stroke-dasharray=\"4 3\"", Marker::square);
    out += x_dates(plot, mornings, &MorningPoint::date);
    out += legend_item(Plot::kLeft, 7, "<circle cx=\"0\" cy=\"0\" r=\"2.6\" fill=\"#1b1f20\"/>",
                       "at rest (bands: its zones)");
    out += legend_item(
        Plot::kLeft + 136, 7,
        "<rect x=\"-2.4\" y=\"-2.4\" width=\"4.8\" height=\"4.8\" fill=\"#fff\" stroke=\"#1b1f20\"/>",
        "daily test");
    return out + "</svg>";
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] sections
// ---------------------------------------------------------------------------------------------------------

const char* status_class(const ChecklistResult& item) {
    return item.status == ItemStatus::pass      ? (item.caution ? "amber" : "green")
           : item.status == ItemStatus::not_yet ? "red"
                                                : "muted";
}

void header(std::ostream& out, const Plan& plan, Date today) {
    out << "<header><h1>Stride Back report"
        << (plan.profile.name.empty() ? "" : " for " + esc(plan.profile.name)) << "</h1>";
    out << "<p class=\"meta\">" << esc(day_text(today))
        << " &middot; affected side: " << side_words(plan.profile.affected_side)
        << " &middot; target run: " << plan.goal.target_minutes << " minutes";
    if (plan.goal.target_km > 0)
        out << " or " << esc(distance_text(plan.goal.target_km, plan.profile.distance_unit));
    out << "</p><p class=\"note\">Made by the runner's Stride Back app from their own log. It is guidance, "
           "not diagnosis: the physiotherapist's judgement decides.</p></header>";
}

void status_section(std::ostream& out, const Plan& plan, Date today) {
    const Suggestion s = suggest_next_run(plan, today);
    const LevelState level = current_level(plan, today);
    const Unlocks unlocks = check_unlocks(plan, today);
    out << "<section><h2>Status and next step</h2><p class=\"headline\">" << esc(s.headline) << "</p>";
    out << "<p><b>Why:</b> " << esc(s.rule.text) << " <span class=\"src\">(" << esc(s.rule.source)
        << ")</span></p>";
    out << "<table class=\"facts\"><tr><th>Current level</th><td>"
        << esc(describe_run(level.minutes, level.run_walk)) << "</td></tr>";
    if (s.kind != SuggestionKind::not_ready && s.kind != SuggestionKind::see_physio)
        out << "<tr><th>Next run</th><td>" << esc(describe_run(s.run.minutes, s.run.run_walk)) << ", from "
            << esc(day_text(s.run.earliest)) << "</td></tr>";
    out << "<tr><th>Hills and speed work</th><td>"
        << (unlocks.hills || unlocks.speed_work ? "allowed" : "not yet") << ": " << esc(unlocks.rule.text)
        << "</td></tr>";
    if (plan.prescription.set) {
        out << "<tr><th>Prescription</th><td>from " << esc(day_text(plan.prescription.from)) << ": "
            << esc(describe_run(plan.prescription.level_minutes, plan.prescription.run_walk));
        if (!plan.prescription.note.empty()) out << "<br>Note: " << esc(plan.prescription.note);
        out << "</td></tr>";
    }
    out << "</table>";
    if (!s.warnings.empty()) {
        out << "<ul class=\"warnings\">";
        for (const Advice& a : s.warnings)
            out << "<li>" << esc(a.rule.text) << "</li>";
        out << "</ul>";
    }
    out << "</section>";
}

void readiness_section(std::ostream& out, const Plan& plan, Date today) {
    const Readiness r = check_readiness(plan, today);
    out << "<section><h2>Readiness checklist: " << (r.ready ? "ready to run" : "not ready yet") << "</h2>";
    out << "<table><tr><th>Test</th><th>Result</th><th>Detail</th><th>Date</th></tr>";
    for (const ChecklistResult& item : r.items) {
        out << "<tr><td>" << esc(item.label) << (item.required ? "" : " (optional)") << "</td><td class=\""
            << status_class(item) << "\">" << status_words(item) << "</td><td>" << esc(item.detail)
            << "</td><td class=\"nowrap\">" << (item.tested_on ? esc(day_text(*item.tested_on)) : "")
            << "</td></tr>";
    }
    out << "</table>";
    if (!r.ready && !r.next_step.empty()) out << "<p><b>Next:</b> " << esc(r.next_step) << "</p>";
    out << "</section>";
}

void pain_section(std::ostream& out, const Plan& plan, Date today) {
    out << "<section><h2>Pain with each run (latest " << kReportRuns << ")</h2>" << pain_chart(plan, today)
        << runs_table(plan, today) << "</section>";
}

// The load beside the mornings after it: weekly minutes and the morning-check trend.
void minutes_and_mornings_section(std::ostream& out, const Plan& plan, Date today) {
    out << "<div class=\"pair\"><section><h2>Weekly minutes (latest " << kReportWeeks << " weeks)</h2>"
        << weekly_chart(plan, today) << "</section>";
    out << "<section><h2>Morning checks (latest " << kReportMornings << ")</h2>";
    const auto mornings = latest(morning_trend(plan, today), kReportMornings);
    if (mornings.empty())
        out << "<p class=\"none\">No morning checks logged.</p>";
    else
        out << morning_chart(mornings, pain_scale(plan.settings, PainKind::rest));
    out << "</section></div>";
}

// The provocation tests over time beside the VISA-H trend: how the tendon answers load, as tested.
void tests_and_visa_section(std::ostream& out, const Plan& plan, Date today) {
    out << "<div class=\"pair\"><section><h2>Provocation tests over time</h2>";
    const auto tests = latest(provocation_trend(plan, today), kReportProvocations);
    if (tests.empty()) {
        out << "<p class=\"none\">No drop lunge or physio provocation test recorded.</p>";
    } else {
        out << "<table class=\"tests\"><tr><th>Date</th><th>Test</th><th>Result</th></tr>";
        for (auto it = tests.rbegin(); it != tests.rend(); ++it) {
            out << "<tr class=\"test\"><td class=\"nowrap\">" << esc(day_text(it->date)) << "</td><td>"
                << provocation_test_words(it->test) << "</td><td>"
                << esc(provocation_result_words(it->result));
            if (it->test == ProvocationTest::drop_lunge)
                out << ": <span class=\"" << status_class(it->drop_lunge) << "\">"
                    << status_words(it->drop_lunge) << "</span>";
            out << "</td></tr>";
        }
        out << "</table>";
    }
    out << "</section><section><h2>VISA-H</h2>";
    const auto scores = latest(visa_h_trend(plan, today), kReportScores);
    if (scores.empty())
        out << "<p class=\"none\">Not recorded.</p>";
    else
        out << visa_chart(scores);
    out << "</section></div>";
}

void symmetry_section(std::ostream& out, const Plan& plan, Date today) {
    out << "<section><h2>Strength symmetry</h2>";
    const auto tests = latest(strength_symmetry(plan, today), kReportSymmetry);
    if (tests.empty()) {
        out << "<p class=\"none\">Not tested.</p>";
    } else {
        out << "<table><tr><th>Date</th><th>Test</th><th>Left</th><th>Right</th><th>Weaker as % of "
               "stronger</th></tr>";
        for (const SymmetryPoint& p : tests) {
            const bool curl = p.test == ReadinessItem::hamstring_curl;
            const char* unit = curl ? " kg" : " reps";
            out << "<tr><td class=\"nowrap\">" << esc(day_text(p.date)) << "</td><td>"
                << (curl ? "Hamstring curl" : "Single-leg bridge") << "</td><td>" << esc(decimal_text(p.left))
                << unit << "</td><td>" << esc(decimal_text(p.right)) << unit << "</td><td class=\""
                << (p.percent >= plan.settings.symmetry_min_percent ? "green" : "red") << "\">" << p.percent
                << "%</td></tr>";
        }
        out << "</table><p class=\"src\">Target: weaker side at least " << plan.settings.symmetry_min_percent
            << "% of the stronger.</p>";
    }
    out << "</section>";
}

// Week by week, what was done against the plan (runs: count, minutes and the minutes their level asked
// for; strength sessions against the sessions a week asked for) beside the week's pain: the worst pain
// during a run and the red runs, and the morning checks (pain at rest, average and highest; the daily test).
void weekly_section(std::ostream& out, const Plan& plan, Date today) {
    const std::vector<WeekAdherence> done = weekly_adherence(plan, today, kReportAdherenceWeeks);
    const std::vector<WeekPain> pain = weekly_pain(plan, today, kReportAdherenceWeeks);
    const auto totals = latest(weekly_minutes(plan, today), kReportAdherenceWeeks);
    out << "<section><h2>Week by week: done against the plan, and pain (latest " << kReportAdherenceWeeks
        << " weeks)</h2>";
    const auto& programme = plan.prescription.strength_programme;
    if (programme.empty()) {
        out << "<p class=\"none\">No strength programme prescribed.</p>";
    } else {
        out << "<p><b>Strength programme</b>, "
            << esc(count_words(static_cast<std::size_t>(plan.settings.strength_sessions_per_week), "session"))
            << " a week: ";
        for (std::size_t i = 0; i < programme.size(); ++i)
            out << (i ? "; " : "") << esc(exercise_text(programme[i]))
                << (programme[i].note.empty() ? "" : " (" + esc(programme[i].note) + ")");
        out << ".</p>";
    }
    // Weeks before the first entry of any kind are left out: nothing was logged yet, nothing fell short.
    std::optional<Date> first;
    for_each_entry_kind([&](auto kind) {
        const auto& list = entries<decltype(kind)>(plan);
        if (!list.empty() && (!first || list.front().date < *first)) first = list.front().date;
    });
    const auto shown = [](int value) {
        return value == kNotRecorded ? std::string("&ndash;") : std::to_string(value);
    };
    std::ostringstream rows;
    for (std::size_t k = done.size(); k-- > 0;) {
        const WeekAdherence& w = done[k];
        if (!first || w.week_start + 6 < *first) continue;
        const WeekPain& p = pain[k];
        const auto total = std::find_if(totals.begin(), totals.end(),
                                        [&](const WeekTotal& t) { return t.week_start == w.week_start; });
        const int red = total == totals.end() ? 0 : total->red;
        const bool short_of = !w.partial && w.strength_sessions < w.strength_planned;
        rows << "<tr class=\"week\"><td class=\"nowrap\">" << esc(day_text(w.week_start))
             << (w.partial ? "<br>so far" : "") << "</td><td>" << esc(runs_week_words(w))
             << "</td><td class=\"strength" << (short_of ? " amber" : "") << "\">"
             << esc(strength_week_physio_words(w)) << "</td><td>" << shown(p.worst_run_pain)
             << (red > 0 ? "; <b class=\"red\">" +
                               esc(count_words(static_cast<std::size_t>(red), "red run")) + "</b>"
                         : std::string())
             << "</td><td class=\"nowrap\">";
        if (p.mornings == 0)
            rows << "&ndash;";
        else
            rows << esc(count_words(static_cast<std::size_t>(p.mornings), "check")) << ": "
                 << esc(decimal_text(p.rest_average)) << " / " << p.rest_highest;
        rows << "</td><td>" << shown(p.task_highest) << "</td></tr>";
    }
    if (rows.str().empty())
        out << "<p class=\"none\">Nothing logged yet.</p>";
    else
        out << "<table class=\"weeks\"><thead><tr><th>Week of</th><th>Runs (planned: what their "
               "levels asked)</th><th>Strength sessions</th><th>Worst run pain</th><th>Mornings: at rest, "
               "average / highest</th><th>Daily test: highest</th></tr></thead>"
            << rows.str() << "</table>";
    out << "</section>";
}

void flare_up_section(std::ostream& out, const Plan& plan, Date today) {
    const auto all = flare_ups(plan, today);
    out << "<section><h2>Flare-ups (red runs): " << all.size() << "</h2>";
    if (all.empty()) {
        out << "<p class=\"none\">None.</p></section>";
        return;
    }
    out << "<ul>";
    const auto shown = latest(all, kReportFlareUps);
    for (auto it = shown.rbegin(); it != shown.rend(); ++it) {
        out << "<li><b>" << esc(day_text(it->date)) << (it->big ? ", big flare" : "") << ":</b> "
            << esc(it->rule.text);
        const auto run =
            std::find_if(plan.runs.begin(), plan.runs.end(), [&](const Run& r) { return r.id == it->run; });
        if (run != plan.runs.end() && !run->note.empty())
            out << " <i>Runner's note: " << esc(run->note) << "</i>";
        out << "</li>";
    }
    out << "</ul>";
    if (all.size() > shown.size())
        out << "<p class=\"src\">" << all.size() - shown.size() << " earlier not shown.</p>";
    out << "</section>";
}

void race_section(std::ostream& out, const Plan& plan, Date today) {
    if (!plan.race.planned) return;
    const RaceCheck race = check_race(plan, today);
    out << "<section><h2>Race: " << esc(plan.race.name) << ", " << esc(day_text(plan.race.date)) << ", "
        << esc(distance_text(plan.race.distance_km, plan.profile.distance_unit)) << "</h2><p class=\""
        << (race.fits ? "green" : "red") << "\">" << esc(race.message) << "</p></section>";
}

void settings_section(std::ostream& out, const Plan& plan) {
    out << "<section><h2>Settings in force</h2>";
    for (PainKind kind : {PainKind::run, PainKind::rest, PainKind::task}) {
        out << "<p>"
            << (kind == PainKind::run    ? "Pain with a run"
                : kind == PainKind::rest ? "Pain at rest"
                                         : "Daily test")
            << ": ";
        const auto lines = zone_legend(pain_scale(plan.settings, kind));
        for (std::size_t i = 0; i < lines.size(); ++i)
            out << (i ? "; " : "") << esc(lines[i]);
        out << ".</p>";
    }
    std::ostringstream changed;
    for (const SettingInfo& info : setting_table()) {
        const int value = plan.settings.*(info.field);
        if (value == default_setting(info.id)) continue;
        changed << "<tr><td>" << esc(info.label) << "</td><td><b>" << value << "</b> " << esc(info.unit)
                << "</td><td>" << default_setting(info.id) << " " << esc(info.unit) << "</td></tr>";
    }
    if (changed.str().empty())
        out << "<p>Every setting is at its default (each rule and its source: \"How the advice works\" in "
               "the "
               "app).</p>";
    else
        out << "<table><tr><th>Changed from the default</th><th>Now</th><th>Default</th></tr>"
            << changed.str() << "</table><p class=\"src\">Every other setting is at its default.</p>";
    out << "</section>";
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] document
// ---------------------------------------------------------------------------------------------------------

// Print first: A4 with 12 mm margins, small type. A long section may go on over a page break, but a chart,
// a table row, a paragraph or a pair of half-width sections never splits, a heading never ends a page, and
// a table's header comes again on the next page, so page 1 is not left half empty.
constexpr const char* kStyle = R"(
@page { size: A4; margin: 10mm 12mm; }
* { box-sizing: border-box; }
html { background: #fff; }
body { font: 8.5pt/1.28 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1b1f20;
       max-width: 186mm; margin: 0 auto; padding: 0; }
@media screen { body { padding: 16px; } }
h1 { font-size: 15pt; margin: 0 0 1mm; }
h2 { font-size: 10.5pt; margin: 2.6mm 0 1mm; padding-bottom: 0.5mm; border-bottom: 1px solid #c9cfd1; }
p { margin: 0.8mm 0; }
h2 { break-after: avoid; }
svg, tr, p, li, .pair { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.4mm 1.5mm 0.4mm 0; border-bottom: 1px solid #e4e7e8; }
th { font-weight: 600; }
td.nowrap, td.green, td.amber, td.red, td.muted { white-space: nowrap; }
table.facts th { width: 34mm; }
table.weeks { table-layout: fixed; }
table.weeks th:nth-child(1) { width: 31mm; } table.weeks th:nth-child(2) { width: 50mm; }
table.weeks th:nth-child(4) { width: 21mm; } table.weeks th:nth-child(5) { width: 28mm; }
table.weeks th:nth-child(6) { width: 15mm; }
table.weeks td.strength { white-space: normal; }
table.runs td.green, table.runs td.amber, table.runs td.red { font-weight: 600; }
ul { margin: 0.8mm 0; padding-left: 5mm; }
svg { display: block; width: 100%; height: auto; font-size: 9px; font-family: inherit; }
.meta { color: #5a6266; }
.note, .src, .none { color: #5a6266; }
.headline { font-size: 10.5pt; font-weight: 600; }
.warnings li { color: #7a5300; }
.green { color: #256b2e; } .amber { color: #7a5300; } .red { color: #a12a2a; } .muted { color: #5a6266; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
footer { margin-top: 3mm; color: #5a6266; font-size: 8pt; }
)";

} // namespace

std::string report_html(const Plan& plan, Date today) {
    std::ostringstream out;
    out << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           // The report runs nothing and loads nothing: say so to any browser that opens it.
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
           "'unsafe-inline'; "
           "img-src data:\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>Stride Back report" << (plan.profile.name.empty() ? "" : " for " + esc(plan.profile.name))
        << ", " << today.iso() << "</title><style>" << kStyle << "</style></head><body>";
    header(out, plan, today);
    status_section(out, plan, today);
    readiness_section(out, plan, today);
    minutes_and_mornings_section(out, plan, today);
    pain_section(out, plan, today);
    weekly_section(out, plan, today);
    tests_and_visa_section(out, plan, today);
    out << "<div class=\"pair\">";
    symmetry_section(out, plan, today);
    flare_up_section(out, plan, today);
    out << "</div>";
    race_section(out, plan, today);
    settings_section(out, plan);
    out << "<footer>Stride Back plan file version " << kPlanSchemaVersion
        << ". The full log is in the CSV export and the plan file.</footer></body></html>\n";
    return out.str();
}

} // namespace stride
