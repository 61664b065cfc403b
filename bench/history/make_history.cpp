// make_history: writes a realistic training history of a given length for the benchmarks (bench/run.mjs).
//
// usage: stride-bench-history --years N (0: two weeks, a new runner) --last-day YYYY-MM-DD --out DIR [--name
// NAME]
//
// The history follows docs/benchmarks.md: a readiness checklist that passes, a prescription, then every
// day a morning check, four runs a week (Mon, Wed, Fri, Sun evening) and three strength sessions (Tue,
// Thu, Sat). Runs progress from run-walk to continuous and settle around the goal; about one run in
// twenty is amber and one in a hundred and fifty red (none in the last four weeks), with the usual
// next-morning answers. The sequence is fixed (seeded), so every machine measures the same plan. Up to 150
// years: 137 years (ending in 2150, as dates start in 1900) is the 100,000-entry history of the core
// timings' growth row.
//
// Writes DIR/NAME.json (the plan file, stride::plan_to_json) and DIR/NAME.record (that JSON wrapped as
// stored generation 1, the bytes web/storage.js keeps in IndexedDB), after checking the JSON loads again
// with stride::plan_from_json. Prints one JSON line with the entry counts and sizes.

#include "core/model/model.hpp"
#include "core/plan_file/plan_file.hpp"
#include "storage/record.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

namespace {

using namespace stride;

struct Options {
    int years = 1;
    Date last_day;
    std::string out = ".";
    std::string name;
};

[[noreturn]] void usage(const std::string& problem) {
    std::cerr << "stride-bench-history: " << problem
              << "\nusage: stride-bench-history --years N --last-day YYYY-MM-DD --out DIR [--name NAME]\n";
    std::exit(2);
}

Options parse(int argc, char** argv) {
    Options options;
    bool have_day = false;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--years") {
            options.years = std::atoi(value.c_str());
        } else if (flag == "--last-day") {
            const auto day = Date::parse(value);
            if (!day) usage("--last-day must be YYYY-MM-DD");
            options.last_day = *day;
            have_day = true;
        } else if (flag == "--out") {
            options.out = value;
        } else if (flag == "--name") {
            options.name = value;
        } else {
            usage("unknown option " + flag);
        }
    }
    if (argc % 2 == 0 || !have_day || options.years < 0 || options.years > 150) usage("bad arguments");
    if (options.name.empty())
        options.name = options.years == 0 ? "history-2w" : "history-" + std::to_string(options.years) + "y";
    return options;
}

class Builder {
  public:
    explicit Builder(Plan& plan) : plan_(plan) {}

    // Ids as apply() assigns them: origin * 2^32 + sequence.
    EntryId next_id() { return (EntryId{plan_.ids.origin} << 32) | plan_.ids.next++; }

    void readiness(Date date, ReadinessItem item, int pain, double left = 0, double right = 0,
                   int minutes = 0) {
        ReadinessTest test;
        test.id = next_id();
        test.date = date;
        test.item = item;
        test.pain = pain;
        test.left = left;
        test.right = right;
        test.minutes = minutes;
        if (item == ReadinessItem::test_jog) test.pain_24h = test.pain_48h = 0;
        plan_.readiness_tests.push_back(test);
    }

  private:
    Plan& plan_;
};

Plan make(const Options& options, std::mt19937& random) {
    Plan plan = make_plan(424242);
    plan.profile = {"Benchmark Runner", Side::left};
    plan.goal = {30, 0};
    Builder build(plan);

    // Whole weeks, Monday to Sunday, ending on the last day's week.
    const int days = options.years == 0 ? 14 : options.years * 365;
    const Date first = (options.last_day - (days - 1)).week_start();
    const Date ready = first - 7;

    build.readiness(ready, ReadinessItem::rest_pain, 0);
    build.readiness(ready, ReadinessItem::drop_lunge, 0);
    build.readiness(ready, ReadinessItem::hamstring_curl, kNotRecorded, 30, 28);
    build.readiness(ready - 3, ReadinessItem::test_jog, 1, 0, 0, 5);

    plan.prescription.set = true;
    plan.prescription.from = first;
    plan.prescription.level_minutes = 10;
    plan.prescription.run_walk = {4, 1};
    plan.prescription.strength_programme = {{"Prone hamstring curl", 3, 10, 15, ""},
                                            {"Single-leg bridge", 3, 12, 0, ""},
                                            {"Romanian deadlift", 3, 8, 30, ""}};
    plan.prescription.note = "Flat and easy until the goal is reached.";

    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> low(0, 1);
    int level = 10;
    int run_count = 0;
    for (Date day = first; day <= options.last_day; day = day + 1) {
        DailyCheck check;
        check.id = build.next_id();
        check.date = day;
        check.pain_at_rest = percent(random) < 5 ? 1 : 0; // a settled tendon: pain at rest is rare
        check.task_pain = low(random);
        check.task = "three single-leg bridges";
        if (percent(random) < 10) check.note = "A little stiff after sitting at work.";
        plan.daily_checks.push_back(check);

        const int weekday = day.weekday();
        if (weekday == 0 || weekday == 2 || weekday == 4 || weekday == 6) {
            ++run_count;
            Run run;
            run.id = build.next_id();
            run.date = day;
            run.time = *LocalTime::from_hm(17, 30);
            // The last four weeks are calm, so Today shows a run to do rather than a flare-up to manage.
            const bool calm = day > options.last_day - 28;
            const bool red = !calm && run_count % 150 == 0, amber = !calm && !red && run_count % 20 == 0;
            if (level < 30 && !amber && !red && run_count % 2 == 0) level += 2;
            if (red) level = std::max(10, level - 6);
            run.minutes = level < 30 ? level : 28 + percent(random) % 25;
            run.run_walk = level < 20 ? RunWalk{4, 1} : RunWalk{};
            run.distance_km = run.minutes / 6.2;
            run.pain_before = 0;
            run.pain_during = red ? 6 : amber ? 3 : low(random);
            run.pain_after = red ? 5 : amber ? 2 : low(random);
            // The last run's next-morning answer is not in yet: the app then asks for it on Today.
            const bool answered = day < options.last_day - 1;
            run.pain_next_morning = !answered ? kNotRecorded : red ? 5 : amber ? 2 : low(random);
            run.pain_48h = !answered ? kNotRecorded : red ? 3 : 0;
            run.surface = weekday == 6 ? Surface::trail : Surface::road;
            run.effort = 3 + percent(random) % 4;
            if (percent(random) < 15) run.note = "Easy loop in the park, legs felt fresh.";
            plan.runs.push_back(run);
        } else {
            StrengthSession session;
            session.id = build.next_id();
            session.date = day;
            session.time = *LocalTime::from_hm(18, 0);
            session.exercises = plan.prescription.strength_programme;
            const double progress = std::min(30.0, (day - first) / 28 * 1.0);
            session.exercises[0].load_kg += progress;
            session.exercises[2].load_kg += progress;
            session.pain_during = low(random);
            if (percent(random) < 10) session.note = "Added a set of calf raises.";
            plan.strength_sessions.push_back(session);
        }
    }
    return plan;
}

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) usage("cannot write " + path);
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    std::mt19937 random(20240607u + static_cast<unsigned>(options.years));
    const Plan plan = make(options, random);
    const std::string json = plan_to_json(plan);
    // A history the app would refuse would measure nothing: check it loads the way the app loads it.
    const auto loaded = plan_from_json(json);
    if (!loaded) {
        std::cerr << "stride-bench-history: the generated plan does not load: " << loaded.error().field
                  << ": " << loaded.error().message << "\n";
        return 1;
    }
    storage::Record record;
    record.generation = 1;
    record.saved_at_ms = 1751241600000; // 2025-06-30, fixed so the bytes are the same on every run
    record.writer = "bench";
    record.payload = json;
    const std::string bytes = storage::encode_record(record);
    const std::string base = options.out + "/" + options.name;
    write_file(base + ".json", json);
    write_file(base + ".record", bytes);

    std::cout << "{\"name\":\"" << options.name << "\",\"years\":" << options.years
              << ",\"runs\":" << plan.runs.size()
              << ",\"strength_sessions\":" << plan.strength_sessions.size()
              << ",\"daily_checks\":" << plan.daily_checks.size() << ",\"json_bytes\":" << json.size()
              << ",\"record_bytes\":" << bytes.size() << "}\n";
    return 0;
}
