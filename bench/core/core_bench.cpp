// bench_core: times the core work that grows with the history, compiled to WebAssembly with the app's
// toolchain and flags and run in the same Chromium (bench/run.mjs). The functions are pure functions of the
// plan, so timing them here measures what the app spends on them without instrumenting the app.
//
// The page copies a stored record (bench/history output) into bench_core_buffer(size), then calls
// bench_core_run(size, "YYYY-MM-DD", repeats), which returns JSON with the median milliseconds of:
//   load        decode_record (checksum) + plan_from_json: what start-up does with the newest generation
//   suggestion  suggest_next_run(plan, today): what the Today screen shows
//   summaries   the history screen's series (weekly minutes, pain, mornings, levels, flare-ups)
//   export      plan_to_json: the backup file (also the payload of every save)
//   save_encode the CPU part of one save, before IndexedDB: one more run than the stored whole plan, as a
//               delta against it (diff_plans + delta_to_json + encode_record), as PlanSync writes it
//   save_whole  plan_to_json + encode_record: the occasional save that writes the whole plan again
//   csv, report the CSV and physio report exports, when this build has them
// and planBytes: wasm heap taken by one loaded plan (malloc'd bytes), which the undo history multiplies;
// runs and entries (runs, strength sessions and morning checks) count what was timed.
//
// Built natively too (stride-bench-core RECORD YYYY-MM-DD [REPEATS]) as a reference and for profiling.

#include "core/changes/plan_delta.hpp"
#include "core/plan_file/plan_file.hpp"
#include "core/rules/progression.hpp"
#include "core/rules/summaries.hpp"
#include "storage/record.hpp"

#if __has_include("core/exports/csv.hpp")
#include "core/exports/csv.hpp"
#define BENCH_HAS_CSV 1
#endif
#if __has_include("core/exports/report.hpp")
#include "core/exports/report.hpp"
#define BENCH_HAS_REPORT 1
#endif

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#else
#include <fstream>
#include <iostream>
#include <iterator>
#define EMSCRIPTEN_KEEPALIVE
#endif

namespace {

using namespace stride;

std::string input;  // the record bytes the page copies in
std::string output; // the last report, kept alive for the page to read

double now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::size_t heap_in_use() {
#ifdef __EMSCRIPTEN__
    return mallinfo().uordblks;
#else
    return mallinfo2().uordblks; // glibc's mallinfo() is deprecated (its fields overflow past 2 GiB)
#endif
}

// Median milliseconds of `repeats` calls of `work`.
template <class Work> double median_ms(int repeats, Work&& work) {
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        const double start = now_ms();
        work();
        times.push_back(now_ms() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Keeps the optimiser from dropping work whose result is otherwise unused.
volatile std::size_t sink = 0;

std::string run(std::size_t size, const char* today_iso, int repeats) {
    std::ostringstream json;
    const auto today = Date::parse(today_iso ? today_iso : "");
    const auto decoded = storage::decode_record(std::string_view(input.data(), size));
    if (!today || !std::holds_alternative<storage::Record>(decoded))
        return "{\"error\":\"bad record or date\"}";
    const std::string& payload = std::get<storage::Record>(decoded).payload;

    const std::size_t before = heap_in_use();
    auto loaded = plan_from_json(payload);
    if (!loaded) return "{\"error\":\"the plan does not load: " + loaded.error().message + "\"}";
    const Plan plan = std::move(loaded).value();
    const std::size_t plan_bytes = heap_in_use() - before;
    Plan with_run = plan; // what the runner's next save changes: one more run, the day after the last
    if (!with_run.runs.empty()) {
        Run next = with_run.runs.back();
        next.id = (EntryId{with_run.ids.origin} << 32) | with_run.ids.next++; // as the app numbers entries
        next.date = next.date + 1;
        with_run.runs.push_back(next);
    }

    json << "{\"planBytes\":" << plan_bytes << ",\"jsonBytes\":" << payload.size()
         << ",\"runs\":" << plan.runs.size()
         << ",\"entries\":" << plan.runs.size() + plan.strength_sessions.size() + plan.daily_checks.size()
         << ",\"load\":"
         << median_ms(repeats,
                      [&] {
                          const auto record = storage::decode_record(std::string_view(input.data(), size));
                          sink =
                              plan_from_json(std::get<storage::Record>(record).payload).value().runs.size();
                      })
         << ",\"suggestion\":"
         << median_ms(repeats, [&] { sink = suggest_next_run(plan, *today).headline.size(); })
         << ",\"summaries\":"
         << median_ms(repeats,
                      [&] {
                          sink = weekly_minutes(plan, *today).size() + pain_trend(plan, *today).size() +
                                 morning_trend(plan, *today).size() + level_trend(plan, *today).size() +
                                 flare_ups(plan, *today).size();
                      })
         << ",\"export\":" << median_ms(repeats, [&] { sink = plan_to_json(plan).size(); })
         << ",\"save_encode\":"
         << median_ms(repeats,
                      [&] {
                          storage::Record record;
                          record.generation = 2;
                          record.base = 1;
                          record.payload = delta_to_json(diff_plans(plan, with_run).value());
                          sink = storage::encode_record(record).size();
                      })
         << ",\"save_whole\":" << median_ms(repeats, [&] {
                storage::Record record;
                record.generation = 2;
                record.payload = plan_to_json(plan);
                sink = storage::encode_record(record).size();
            });
#ifdef BENCH_HAS_CSV
    json << ",\"csv\":" << median_ms(repeats, [&] { sink = log_to_csv(plan).size(); });
#endif
#ifdef BENCH_HAS_REPORT
    json << ",\"report\":" << median_ms(repeats, [&] { sink = report_html(plan, *today).size(); });
#endif
    json << "}";
    return json.str();
}

} // namespace

extern "C" {
// Room for `size` bytes of record; the page writes them at the returned address.
EMSCRIPTEN_KEEPALIVE char* bench_core_buffer(int size) {
    input.assign(static_cast<std::size_t>(std::max(size, 0)), '\0');
    return input.data();
}

EMSCRIPTEN_KEEPALIVE const char* bench_core_run(int size, const char* today_iso, int repeats) {
    output = run(static_cast<std::size_t>(size), today_iso, std::max(repeats, 1));
    return output.c_str();
}
}

#ifdef __EMSCRIPTEN__
int main() {
    return 0; // the runtime stays alive for the page's calls
}
#else
int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: stride-bench-core RECORD YYYY-MM-DD [REPEATS]\n";
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::copy(bytes.begin(), bytes.end(), bench_core_buffer(static_cast<int>(bytes.size())));
    std::cout << bench_core_run(static_cast<int>(bytes.size()), argv[2], argc > 3 ? std::atoi(argv[3]) : 9)
              << "\n";
    return 0;
}
#endif
