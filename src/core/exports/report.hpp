#pragma once
// The physio report: one self-contained HTML document (inline styles and SVG charts, no scripts, no
// external resources) that opens in any browser and prints to one or two A4 pages. All text that came from
// a person (names, notes) is escaped, so a file with markup in a note can never run anything.
//
// Sections: who and when, status and next step, readiness checklist, pain chart with zones and each run's
// verdict (colour and shape, red runs labelled) and the latest runs in words, weekly minutes with the cap
// where it applied, week by week (runs and strength sessions against the plan, worst run pain and red runs,
// the morning checks), the morning-check trend, provocation tests over time, VISA-H trend, strength
// symmetry, flare-ups, race check, settings in force. Distances in the runner's unit.
// Long histories are cut to the recent part (kReportRuns runs, kReportWeeks weeks, ...); the CSV export
// has everything.

#include "core/model/date.hpp"
#include "core/model/model.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace stride {

inline constexpr std::size_t kReportRuns = 24;        // latest runs in the pain chart
inline constexpr std::size_t kReportRunRows = 8;      // latest runs in the table under it
inline constexpr std::size_t kReportWeeks = 12;       // latest weeks in the weekly-minutes chart
inline constexpr std::size_t kReportScores = 8;       // latest VISA-H scores
inline constexpr std::size_t kReportSymmetry = 4;     // latest strength tests
inline constexpr std::size_t kReportFlareUps = 3;     // latest red runs listed
inline constexpr int kReportAdherenceWeeks = 6;       // latest weeks in the week-by-week table
inline constexpr std::size_t kReportMornings = 28;    // latest morning checks in their chart
inline constexpr std::size_t kReportProvocations = 6; // latest provocation tests

std::string report_html(const Plan& plan, Date today);

// Text for HTML element content and attribute values: & < > " ' replaced by character references.
std::string html_escape(std::string_view text);

} // namespace stride
