// The history charts, drawn with ImGui's draw lists: pain during / after / next morning over the green,
// amber and red zones with each run's verdict on its pain-during point (tick, diamond, cross, open ring),
// weekly minutes against the weekly cap where it applied, the level, pain at rest and the daily test (each
// over its own zones), strength symmetry and VISA-H. Each series has its own marker shape and the zones are
// labelled in words, so colour is never the only carrier of meaning. A tap (or click) on a chart picks the
// nearest point and shows its values.
//
// [SECTION] chart    one generic chart: bands, bars with a cap, lines with markers, touch
// [SECTION] charts   the history charts built from the core's summaries

#include "ui/screens.hpp"

#include "ui/probe.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/rules/summaries.hpp"
#include "core/words/text.hpp"
#include "core/words/verdict_words.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace stride::ui {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] chart
// ---------------------------------------------------------------------------------------------------------

enum class Marker { circle, square, triangle, tick, diamond, cross, ring };

// A run's verdict as a marker: shape and colour both say it (a tick, a diamond, a cross, an open ring).
Marker verdict_marker(Zone zone) {
    switch (zone) {
    case Zone::green:
        return Marker::tick;
    case Zone::amber:
        return Marker::diamond;
    case Zone::red:
        return Marker::cross;
    case Zone::waiting:
        break;
    }
    return Marker::ring;
}

unsigned int verdict_colour(Zone zone) {
    return zone == Zone::waiting ? colours().muted : colours().zone[zone_colour(zone)];
}

// Which of two verdicts a merged point keeps: red over amber over waiting over green.
int severity(Zone zone) {
    switch (zone) {
    case Zone::red:
        return 3;
    case Zone::amber:
        return 2;
    case Zone::waiting:
        return 1;
    case Zone::green:
        break;
    }
    return 0;
}

struct Band {
    float from, to;
    unsigned int tint;
    std::string label;
};

struct Series {
    const char* name;
    std::vector<float> values; // NAN where the point has no value
    Marker marker;
    unsigned int colour;
    std::vector<Zone> verdicts; // when given, each point's marker shows its verdict instead
};

struct ChartData {
    const char* title;
    std::vector<Date> x;
    float y_max = 10;
    std::vector<Band> bands;
    std::vector<float> bars; // weekly minutes
    std::vector<float> cap;  // a cap per bar, NAN when none
    std::vector<Series> lines;
    std::function<std::string(std::size_t)> describe; // the touched point in words
    const char* unit = "entries";                     // what one point is, for merged points ("runs")
    bool low_is_worse = false; // merged points keep the lowest value instead of the highest (strength)
};

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string short_day(Date d) {
    return std::to_string(d.day()) + " " + kMonths[d.month() - 1];
}

void marker(ImDrawList* draw, ImVec2 at, Marker shape, unsigned int colour, float size) {
    switch (shape) {
    case Marker::circle:
        draw->AddCircleFilled(at, size, colour);
        break;
    case Marker::square:
        draw->AddRectFilled(ImVec2(at.x - size, at.y - size), ImVec2(at.x + size, at.y + size), colour);
        break;
    case Marker::triangle:
        draw->AddTriangleFilled(ImVec2(at.x, at.y - size * 1.2f),
                                ImVec2(at.x - size * 1.1f, at.y + size * 0.9f),
                                ImVec2(at.x + size * 1.1f, at.y + size * 0.9f), colour);
        break;
    case Marker::tick: {
        const ImVec2 points[] = {ImVec2(at.x - size, at.y), ImVec2(at.x - size * 0.3f, at.y + size * 0.8f),
                                 ImVec2(at.x + size, at.y - size * 0.9f)};
        draw->AddPolyline(points, 3, colour, 0, std::max(2.0f, size * 0.55f));
        break;
    }
    case Marker::diamond:
        draw->AddQuadFilled(ImVec2(at.x, at.y - size * 1.25f), ImVec2(at.x + size * 1.25f, at.y),
                            ImVec2(at.x, at.y + size * 1.25f), ImVec2(at.x - size * 1.25f, at.y), colour);
        break;
    case Marker::cross: {
        const float t = std::max(2.0f, size * 0.55f);
        draw->AddLine(ImVec2(at.x - size, at.y - size), ImVec2(at.x + size, at.y + size), colour, t);
        draw->AddLine(ImVec2(at.x - size, at.y + size), ImVec2(at.x + size, at.y - size), colour, t);
        break;
    }
    case Marker::ring:
        draw->AddCircle(at, size, colour, 0, std::max(1.5f, size * 0.4f));
        break;
    }
}

void legend(const ChartData& d) {
    const Colours& c = colours();
    const float size = ImGui::GetFontSize();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    bool first = true;
    // Entries flow along the row and wrap when the next one would not fit after the last.
    const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const auto entry = [&](const std::function<void(ImVec2)>& icon, const char* name) {
        const float width = size * 1.2f + ImGui::CalcTextSize(name).x;
        if (!first && ImGui::GetItemRectMax().x + 14.0f + width <= right_edge) ImGui::SameLine(0.0f, 14.0f);
        first = false;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        icon(ImVec2(at.x + size * 0.4f, at.y + size * 0.55f));
        ImGui::Dummy(ImVec2(size * 1.0f, size));
        ImGui::SameLine(0.0f, 2.0f);
        ImGui::TextUnformatted(name);
    };
    const bool any_cap = std::any_of(d.cap.begin(), d.cap.end(), [](float v) { return !std::isnan(v); });
    if (!d.bars.empty()) {
        entry(
            [&](ImVec2 at) {
                draw->AddRectFilled(ImVec2(at.x - 5, at.y - 6), ImVec2(at.x + 5, at.y + 6), c.accent);
            },
            "Minutes run");
        if (any_cap)
            entry(
                [&](ImVec2 at) {
                    draw->AddLine(ImVec2(at.x - 7, at.y), ImVec2(at.x + 7, at.y), c.ink, 3.0f);
                },
                "Weekly cap");
    }
    for (const Series& s : d.lines) {
        if (s.verdicts.empty()) {
            entry([&](ImVec2 at) { marker(draw, at, s.marker, s.colour, 5.0f); }, s.name);
            continue;
        }
        entry(
            [&](ImVec2 at) { draw->AddLine(ImVec2(at.x - 7, at.y), ImVec2(at.x + 7, at.y), s.colour, 2.0f); },
            s.name);
        for (Zone zone : {Zone::green, Zone::amber, Zone::red, Zone::waiting})
            entry([&](ImVec2 at) { marker(draw, at, verdict_marker(zone), verdict_colour(zone), 5.0f); },
                  zone == Zone::waiting ? "waiting" : zone_words(zone));
    }
}

// True when `value` is worse than `than` (NAN: no value yet, so anything is worse).
bool worse(float value, float than, bool low_is_worse) {
    return std::isnan(than) || (low_is_worse ? value < than : value > than);
}

// The worst of the values that are not NAN, NAN when there are none.
float worst(const std::vector<float>& values, std::size_t from, std::size_t to, bool low_is_worse) {
    float top = NAN;
    for (std::size_t i = from; i < to && i < values.size(); ++i)
        if (!std::isnan(values[i]) && worse(values[i], top, low_is_worse)) top = values[i];
    return top;
}

// Years of points do not fit a phone's width: beyond `most` points, neighbouring points are merged into
// one showing the worst of each series (the highest pain, so a flare-up never disappears; the lowest
// strength), and a tap on it tells the worst point of the group in words with the dates it covers.
ChartData merged(const ChartData& d, std::size_t most) {
    const std::size_t n = d.x.size(), group = (n + most - 1) / most;
    const bool low = d.low_is_worse;
    ChartData out{d.title, {}, d.y_max, d.bands, {}, {}, {}, {}, d.unit, low};
    for (const Series& s : d.lines)
        out.lines.push_back({s.name, {}, s.marker, s.colour, {}});
    std::vector<std::size_t> picked; // per merged point, the original point with the worst value
    for (std::size_t from = 0; from < n; from += group) {
        const std::size_t to = std::min(n, from + group);
        out.x.push_back(d.x[from]);
        if (!d.bars.empty()) out.bars.push_back(worst(d.bars, from, to, low));
        if (!d.cap.empty()) out.cap.push_back(worst(d.cap, from, to, low));
        for (std::size_t l = 0; l < d.lines.size(); ++l) {
            out.lines[l].values.push_back(worst(d.lines[l].values, from, to, low));
            if (d.lines[l].verdicts.empty()) continue;
            Zone kept = Zone::green; // a red run in the group stays red
            for (std::size_t i = from; i < to; ++i)
                if (severity(d.lines[l].verdicts[i]) > severity(kept)) kept = d.lines[l].verdicts[i];
            out.lines[l].verdicts.push_back(kept);
        }
        std::size_t pick = from;
        float pick_value = NAN;
        for (std::size_t i = from; i < to; ++i) {
            float value = i < d.bars.size() ? d.bars[i] : NAN;
            for (const Series& s : d.lines)
                if (!std::isnan(s.values[i]) && worse(s.values[i], value, low)) value = s.values[i];
            if (!std::isnan(value) && worse(value, pick_value, low)) {
                pick_value = value;
                pick = i;
            }
        }
        picked.push_back(pick);
    }
    out.describe = [&d, picked, group, n, low](std::size_t i) {
        const std::size_t first = i * group, last = std::min(n, first + group) - 1;
        if (first == last) return d.describe(first);
        return day_words(d.x[first]) + " to " + day_words(d.x[last]) + ", " +
               std::to_string(last - first + 1) + " " + d.unit +
               (low ? "; the lowest: " : "; the highest: ") + d.describe(picked[i]);
    };
    return out;
}

void chart(Frame& f, const ChartData& all) {
    const Colours& c = colours();
    heading(all.title, f.look.fonts.section);
    if (all.x.empty()) {
        muted_text("Nothing to show yet.");
        return;
    }
    const float height = f.wide ? 200.0f : 170.0f;
    // Room for the axis labels on the left and the zones' words on the right ("amber 3-5").
    float right = 16.0f;
    for (const Band& band : all.bands)
        right = std::max(right, ImGui::CalcTextSize(band.label.c_str()).x + 12.0f);
    const float left = 34.0f, bottom = 22.0f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    // At least 4 CSS pixels per point: closer, points are not told apart by eye or finger.
    const auto most = static_cast<std::size_t>(std::max(1.0f, (width - left - right) / 4.0f));
    const ChartData reduced = all.x.size() > most ? merged(all, most) : ChartData{};
    const ChartData& d = all.x.size() > most ? reduced : all;
    int& touched = f.state.touched.try_emplace(d.title, -1).first->second;
    if (touched >= static_cast<int>(d.x.size())) touched = -1;
    ImGui::InvisibleButton(d.title, ImVec2(width, height));
    const ImVec2 plot_min(origin.x + left, origin.y + 6.0f);
    const ImVec2 plot_max(origin.x + width - right, origin.y + height - bottom);
    const float step = (plot_max.x - plot_min.x) / static_cast<float>(d.x.size());
    if (ImGui::IsItemClicked()) {
        const float at = (ImGui::GetIO().MousePos.x - plot_min.x) / step;
        touched = std::clamp(static_cast<int>(at), 0, static_cast<int>(d.x.size()) - 1);
    }
    const std::string touched_words = touched >= 0 ? d.describe(static_cast<std::size_t>(touched)) : "";
    report_last_item(d.title, "chart", touched_words);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto y_of = [&](float v) {
        return plot_max.y - (plot_max.y - plot_min.y) * std::clamp(v / d.y_max, 0.0f, 1.0f);
    };
    const auto x_of = [&](std::size_t i) { return plot_min.x + step * (static_cast<float>(i) + 0.5f); };
    for (const Band& band : d.bands) {
        draw->AddRectFilled(ImVec2(plot_min.x, y_of(band.to)), ImVec2(plot_max.x, y_of(band.from)),
                            band.tint);
        // The pale tints are hardly told apart: a line marks where one zone ends (3:1 against both).
        if (band.to < d.y_max)
            draw->AddLine(ImVec2(plot_min.x, y_of(band.to)), ImVec2(plot_max.x, y_of(band.to)), c.muted,
                          1.5f);
        draw->AddText(
            ImVec2(plot_max.x + 6.0f, (y_of(band.to) + y_of(band.from)) * 0.5f - ImGui::GetFontSize() * 0.5f),
            c.ink, band.label.c_str());
    }
    // Gridlines and their values at 0, half and the top.
    for (float v : {0.0f, d.y_max * 0.5f, d.y_max}) {
        draw->AddLine(ImVec2(plot_min.x, y_of(v)), ImVec2(plot_max.x, y_of(v)), c.border, 1.0f);
        char label[16];
        std::snprintf(label, sizeof label, "%g", std::round(v));
        const float w = ImGui::CalcTextSize(label).x;
        draw->AddText(ImVec2(plot_min.x - w - 6.0f, y_of(v) - ImGui::GetFontSize() * 0.5f), c.muted, label);
    }
    if (touched >= 0) {
        const float x = x_of(static_cast<std::size_t>(touched));
        draw->AddLine(ImVec2(x, plot_min.y), ImVec2(x, plot_max.y), c.muted, 2.0f);
    }
    for (std::size_t i = 0; i < d.bars.size(); ++i) {
        const float half = std::clamp(step * 0.3f, 2.0f, 18.0f); // one week must not look like a wall
        draw->AddRectFilled(ImVec2(x_of(i) - half, y_of(d.bars[i])), ImVec2(x_of(i) + half, y_of(0)),
                            c.accent, 2.0f);
        if (i < d.cap.size() && !std::isnan(d.cap[i]))
            draw->AddLine(ImVec2(x_of(i) - half - 3, y_of(d.cap[i])),
                          ImVec2(x_of(i) + half + 3, y_of(d.cap[i])), c.ink, 3.0f);
    }
    const float marker_size = std::clamp(step * 0.25f, 3.0f, 5.5f);
    for (const Series& s : d.lines) {
        ImVec2 previous;
        bool has_previous = false;
        for (std::size_t i = 0; i < s.values.size(); ++i) {
            if (std::isnan(s.values[i])) {
                has_previous = false;
                continue;
            }
            const ImVec2 at(x_of(i), y_of(s.values[i]));
            if (has_previous) draw->AddLine(previous, at, s.colour, 2.0f);
            previous = at;
            has_previous = true;
        }
        for (std::size_t i = 0; i < s.values.size(); ++i) {
            if (std::isnan(s.values[i])) continue;
            const ImVec2 at(x_of(i), y_of(s.values[i]));
            if (s.verdicts.empty())
                marker(draw, at, s.marker, s.colour, marker_size);
            else
                marker(draw, at, verdict_marker(s.verdicts[i]), verdict_colour(s.verdicts[i]),
                       marker_size * 1.15f);
        }
    }
    // Dates under the axis: first, last and one in the middle, never overlapping.
    const std::size_t n = d.x.size();
    std::vector<std::size_t> ticks = {0};
    if (n > 2) ticks.push_back(n / 2);
    if (n > 1) ticks.push_back(n - 1);
    float next_free = plot_min.x - left;
    for (std::size_t i : ticks) {
        const std::string label = short_day(d.x[i]);
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        const float x = std::clamp(x_of(i) - w * 0.5f, origin.x, origin.x + width - w);
        if (x < next_free) continue;
        draw->AddText(ImVec2(x, plot_max.y + 4.0f), c.muted, label.c_str());
        next_free = x + w + 8.0f;
    }
    legend(d);
    if (touched >= 0)
        paragraph(touched_words);
    else
        muted_text("Tap the chart to see a value.");
    gap(10.0f);
}

float or_nan(int value) {
    return value == kNotRecorded ? NAN : static_cast<float>(value);
}

std::string pain_words(int value) {
    return value == kNotRecorded ? "not recorded" : std::to_string(value) + "/10";
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] charts
// ---------------------------------------------------------------------------------------------------------

// The zones of a pain scale as chart bands, labelled in words ("green 0-2"); empty zones are left out.
std::vector<Band> pain_bands(const PainScale& scale) {
    const Colours& c = colours();
    std::vector<Band> bands;
    float from = 0.0f;
    for (Zone zone : {Zone::green, Zone::amber, Zone::red}) {
        const float to = zone == Zone::green   ? scale.green_max + 0.5f
                         : zone == Zone::amber ? scale.amber_max + 0.5f
                                               : 10.0f;
        if (to <= from) continue;
        bands.push_back({from, std::min(to, 10.0f), c.zone_tint[zone_colour(zone)],
                         std::string(zone_words(zone)) + " " + zone_range(scale, zone)});
        from = to;
    }
    return bands;
}

void pain_chart(Frame& f) {
    const Colours& c = colours();
    const auto& points = f.figures.series().pain;
    ChartData d{"Pain with each run",
                {},
                10.0f,
                pain_bands(pain_scale(f.plan.settings, PainKind::run)),
                {},
                {},
                {},
                {}};
    Series during{"During, marked by verdict:", {}, Marker::circle, c.ink, {}};
    Series after{"Right after", {}, Marker::square, c.accent, {}};
    Series morning{"Next morning", {}, Marker::triangle, c.zone[1], {}};
    for (const PainPoint& p : points) {
        d.x.push_back(p.date);
        during.values.push_back(static_cast<float>(p.during));
        during.verdicts.push_back(p.zone);
        after.values.push_back(or_nan(p.after));
        morning.values.push_back(or_nan(p.next_morning));
    }
    d.lines = {during, after, morning};
    d.describe = [&points](std::size_t i) {
        const PainPoint& p = points[i];
        return day_words(p.date) + ", " + std::to_string(p.minutes) + " minutes: during " +
               pain_words(p.during) + ", right after " + pain_words(p.after) + ", next morning " +
               pain_words(p.next_morning) + " (" + zone_words(p.zone) + ").";
    };
    d.unit = "runs";
    chart(f, d);
}

void weekly_chart(Frame& f) {
    const auto& weeks = f.figures.series().weeks;
    ChartData d{"Running minutes each week", {}, 10.0f, {}, {}, {}, {}, {}};
    for (const WeekTotal& w : weeks) {
        d.x.push_back(w.week_start);
        d.bars.push_back(static_cast<float>(w.minutes));
        d.cap.push_back(w.cap_minutes > 0 ? static_cast<float>(w.cap_minutes) : NAN);
        d.y_max = std::max(
            {d.y_max, static_cast<float>(w.minutes) * 1.2f, static_cast<float>(w.cap_minutes) * 1.1f});
    }
    d.y_max = std::ceil(d.y_max / 10.0f) * 10.0f;
    d.describe = [&weeks](std::size_t i) {
        const WeekTotal& w = weeks[i];
        std::string s = "Week of " + day_words(w.week_start) + ": " + std::to_string(w.minutes) +
                        " minutes in " + std::to_string(w.runs) + (w.runs == 1 ? " run" : " runs");
        s += w.cap_minutes > 0 ? ", cap " + std::to_string(w.cap_minutes) + " minutes." : ", no cap yet.";
        return s;
    };
    d.unit = "weeks";
    chart(f, d);
}

void level_chart(Frame& f) {
    const Colours& c = colours();
    const auto& levels = f.figures.series().levels;
    ChartData d{"Level (minutes of one run)", {}, 10.0f, {}, {}, {}, {}, {}};
    Series level{"Level after the run", {}, Marker::circle, c.accent, {}};
    for (const LevelPoint& p : levels) {
        d.x.push_back(p.date);
        level.values.push_back(static_cast<float>(p.minutes));
        d.y_max = std::max(d.y_max, static_cast<float>(p.minutes) * 1.25f);
    }
    d.y_max = std::ceil(d.y_max / 5.0f) * 5.0f;
    d.lines = {level};
    d.describe = [&levels](std::size_t i) {
        const LevelPoint& p = levels[i];
        return day_words(p.date) + ": level " + describe_run(p.minutes, p.run_walk) + " (" +
               enum_name(p.change) + ").";
    };
    d.unit = "runs";
    chart(f, d);
}

// Pain at rest and the daily test have their own limits, so each has its own chart and bands.
void morning_charts(Frame& f) {
    const Colours& c = colours();
    const auto& mornings = f.figures.series().mornings;
    if (mornings.empty()) return;
    ChartData rest{"Pain at rest each morning",
                   {},
                   10.0f,
                   pain_bands(pain_scale(f.plan.settings, PainKind::rest)),
                   {},
                   {},
                   {},
                   {}};
    ChartData task{"Daily test each morning",
                   {},
                   10.0f,
                   pain_bands(pain_scale(f.plan.settings, PainKind::task)),
                   {},
                   {},
                   {},
                   {}};
    Series at_rest{"Pain at rest", {}, Marker::circle, c.ink, {}};
    Series test{"Daily test", {}, Marker::square, c.accent, {}};
    bool any_task = false;
    for (const MorningPoint& p : mornings) {
        rest.x.push_back(p.date);
        task.x.push_back(p.date);
        at_rest.values.push_back(static_cast<float>(p.pain_at_rest));
        test.values.push_back(or_nan(p.task_pain));
        any_task = any_task || p.task_pain != kNotRecorded;
    }
    rest.lines = {at_rest};
    task.lines = {test};
    rest.describe = [&mornings](std::size_t i) {
        return day_words(mornings[i].date) + ": pain at rest " + pain_words(mornings[i].pain_at_rest) + ".";
    };
    task.describe = [&mornings](std::size_t i) {
        return day_words(mornings[i].date) + ": daily test " + pain_words(mornings[i].task_pain) + ".";
    };
    rest.unit = task.unit = "mornings";
    chart(f, rest);
    if (any_task) chart(f, task);
}

void symmetry_chart(Frame& f) {
    const Colours& c = colours();
    const auto& points = f.figures.series().symmetry;
    if (points.empty()) return;
    const float min = static_cast<float>(f.plan.settings.symmetry_min_percent);
    ChartData d{"Strength: weaker leg as % of the stronger",
                {},
                100.0f,
                {{min, 100.0f, c.zone_tint[0], std::string("equal")}},
                {},
                {},
                {},
                {}};
    Series curl{"Hamstring curl", {}, Marker::circle, c.ink, {}};
    Series bridge{"Single-leg bridge", {}, Marker::square, c.accent, {}};
    for (const SymmetryPoint& p : points) {
        d.x.push_back(p.date);
        const bool is_curl = p.test == ReadinessItem::hamstring_curl;
        curl.values.push_back(is_curl ? static_cast<float>(p.percent) : NAN);
        bridge.values.push_back(is_curl ? NAN : static_cast<float>(p.percent));
    }
    d.lines = {curl, bridge};
    d.describe = [&points](std::size_t i) {
        const SymmetryPoint& p = points[i];
        return day_words(p.date) + ": " + (p.test == ReadinessItem::hamstring_curl ? "curl" : "bridge") +
               " left " + decimal_text(p.left) + ", right " + decimal_text(p.right) + ": " +
               std::to_string(p.percent) + "%.";
    };
    d.unit = "tests";
    d.low_is_worse = true;
    chart(f, d);
}

void visa_chart(Frame& f) {
    const Colours& c = colours();
    const auto& scores = f.figures.series().visa;
    if (scores.empty()) return;
    ChartData d{"VISA-H score (100 = no symptoms)", {}, 100.0f, {}, {}, {}, {}, {}};
    Series score{"VISA-H", {}, Marker::circle, c.accent, {}};
    for (const ScorePoint& p : scores) {
        d.x.push_back(p.date);
        score.values.push_back(static_cast<float>(p.score));
    }
    d.lines = {score};
    d.describe = [&scores](std::size_t i) {
        return day_words(scores[i].date) + ": VISA-H " + std::to_string(scores[i].score) + ".";
    };
    d.unit = "scores";
    d.low_is_worse = true;
    chart(f, d);
}

} // namespace

void draw_history_charts(Frame& f) {
    if (f.state.screen == Screen::today) heading("Progress", f.look.fonts.heading);
    if (f.plan.runs.empty())
        muted_text("Charts of pain, weekly minutes and level appear once you log runs.");
    else {
        pain_chart(f);
        weekly_chart(f);
        level_chart(f);
    }
    morning_charts(f);
    symmetry_chart(f);
    visa_chart(f);
}

} // namespace stride::ui
