// The write-ahead journal: its JSON format (and a journal written by the first release that had one), the
// writer that keeps it in step with saves, and recovery at start-up. The whole app's use of it, through
// real tabs of a fake browser, is in tests/runtime/journal_tests.cpp.
#include "storage/journal.hpp"
#include "storage/journal_writer.hpp"
#include "storage/record.hpp"
#include "storage/recovery.hpp"
#include "test_records.hpp"

#include "core/changes/replay.hpp"
#include "core/plan_file/plan_file.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <map>

using namespace stride;
using namespace stride::storage;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "no fixture " << path);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// localStorage for one tab's journals, refusing writes on demand.
struct Journals final : JournalStore {
    std::string tab = "tab-a";
    std::map<std::string, std::string> stored;
    bool refuse = false;
    int writes = 0;
    bool write_journal(const std::string& text) override {
        if (refuse) return false;
        ++writes;
        stored[tab] = text;
        return true;
    }
    void remove_journal(const std::string& tab_id) override { stored.erase(tab_id); }
    std::vector<std::string> stored_journals() override {
        std::vector<std::string> all;
        for (const auto& entry : stored)
            all.push_back(entry.second);
        return all;
    }
    Journal read(const std::string& id) const {
        auto read = journal_from_json(stored.at(id));
        REQUIRE(std::holds_alternative<Journal>(read));
        return std::get<Journal>(read);
    }
};

Run run(const char* date, const std::string& note) {
    Run r;
    r.date = *Date::parse(date);
    r.minutes = 20;
    r.pain_during = 1;
    r.note = note;
    return r;
}

std::vector<std::string> notes(const Plan& plan) {
    std::vector<std::string> all;
    for (const Run& r : plan.runs)
        all.push_back(r.note);
    std::sort(all.begin(), all.end());
    return all;
}

// The actions a tab journals for logging runs with these notes on `plan`, which they then change.
std::vector<Action> log(Plan& plan, std::initializer_list<const char*> notes) {
    std::vector<Action> made;
    for (const char* note : notes) {
        const Action sent = AddEntry<Run>{run("2025-03-03", note)};
        made.push_back(with_next_id(plan, sent));
        plan = stride::apply(plan, sent).value();
    }
    return made;
}

std::string journal_of(const std::string& tab, std::vector<JournalStep> steps,
                       std::optional<JournalPut> put = {}, std::vector<std::string> absorbs = {},
                       std::int64_t written_at = 0) {
    return journal_to_json({tab, written_at, put, std::move(absorbs), std::move(steps)});
}

} // namespace

TEST_CASE("journal format: a round trip keeps every field") {
    Plan plan = make_plan(4);
    Journal journal{"tab-a", 1741000000000, JournalPut{12, 3021, 0xDEADBEEF, 7}, {"tab-b"}, {}};
    journal.steps.push_back({7, 1741000000000, log(plan, {"one", "two"})});
    journal.steps.push_back({8, 1741000000100, {ChangeSetting{SettingId::green_max_pain, 1}}});
    const std::string text = journal_to_json(journal);
    CHECK(text.find("\"journal_version\": 1") != std::string::npos);
    auto read = journal_from_json(text);
    REQUIRE(std::holds_alternative<Journal>(read));
    const Journal& back = std::get<Journal>(read);
    CHECK(back.tab == "tab-a");
    CHECK(back.written_at_ms == 1741000000000);
    REQUIRE(back.put);
    CHECK(back.put->generation == 12);
    CHECK(back.put->size == 3021);
    CHECK(back.put->crc == 0xDEADBEEF);
    CHECK(back.put->upto == 7);
    CHECK(back.absorbs == std::vector<std::string>{"tab-b"});
    REQUIRE(back.steps.size() == 2);
    CHECK(back.steps[0].revision == 7);
    CHECK(back.steps[0].saved_at_ms == 1741000000000);
    CHECK(back.steps[0].actions.size() == 2);
    CHECK(describe_action(back.steps[1].actions.at(0)) == describe_action(journal.steps[1].actions[0]));
    // No write yet: no put.
    auto without = journal_from_json(journal_of("tab-a", {}));
    CHECK_FALSE(std::get<Journal>(without).put);
}

TEST_CASE("journal format: a damaged journal is unreadable, a newer one is left for its version") {
    const std::string good = journal_of("tab-a", {{3, 0, {ResetAllSettings{}}}});
    for (const std::string& bad :
         {std::string("not json"), good.substr(0, good.size() / 2), std::string("{}"),
          std::string(R"({"journal_version": 0})"), std::string(R"({"journal_version": 1, "tab": "t"})"),
          std::string(kMaxJournalReadBytes + 1, ' ')}) {
        auto read = journal_from_json(bad);
        REQUIRE(std::holds_alternative<JournalUnreadable>(read));
        CHECK_FALSE(std::get<JournalUnreadable>(read).newer);
    }
    auto newer = journal_from_json(R"({"journal_version": 2, "tab": "t", "steps": "a new layout"})");
    REQUIRE(std::holds_alternative<JournalUnreadable>(newer));
    CHECK(std::get<JournalUnreadable>(newer).newer);
}

TEST_CASE("journal format: the journal of release 1 (fixture, written by hand from docs/storage.md) reads") {
    auto read = journal_from_json(read_file(STRIDE_STORAGE_FIXTURES "/journal-version1.json"));
    REQUIRE_MESSAGE(std::holds_alternative<Journal>(read), std::get<JournalUnreadable>(read).reason);
    const Journal& journal = std::get<Journal>(read);
    CHECK(journal.tab == "tab-of-release-1");
    REQUIRE(journal.put);
    CHECK(journal.put->generation == 4);
    REQUIRE(journal.steps.size() == 3);
    const auto& added = std::get<AddEntry<Run>>(journal.steps[0].actions.at(0)).entry;
    CHECK(added.note == "logged just before the tab closed");
    CHECK(added.surface == Surface::road);
    CHECK(std::holds_alternative<AddEntry<DailyCheck>>(journal.steps[1].actions.at(0)));
    CHECK(std::get<EditEntry<Run>>(journal.steps[2].actions.at(0)).entry.pain_next_morning == 0);
}

TEST_CASE("put: a stored record is recognised by generation, size and checksum") {
    const std::string bytes = encode_record({3, 0, "tab-a", "{}", 0});
    const JournalPut put = put_of(3, bytes, 9);
    CHECK(put.upto == 9);
    CHECK(is_put(put, 3, bytes));
    CHECK_FALSE(is_put(put, 4, bytes));
    CHECK_FALSE(is_put(put, 3, encode_record({3, 0, "tab-b", "{}", 0}))); // another tab's generation 3
    CHECK_FALSE(is_put(put, 3, bytes + "x"));
}

TEST_CASE(
    "journal writer: a change is written at once with the write holding it, and removed once committed") {
    Journals store;
    JournalWriter writer(&store, "tab-a");
    Plan plan = make_plan(4);
    writer.add(1, 100, log(plan, {"one"}));
    writer.put(5, encode_record({5, 100, "tab-a", "{}", 0}), 1);
    CHECK(store.stored.empty()); // written by sync(), once per call
    CHECK(writer.sync(100));
    CHECK(store.writes == 1);
    CHECK(writer.holds(1));
    Journal journal = store.read("tab-a");
    REQUIRE(journal.put);
    CHECK(journal.put->generation == 5);
    CHECK(journal.steps.size() == 1);

    writer.add(2, 200, log(plan, {"two"}));
    CHECK(writer.sync(200));
    CHECK(store.read("tab-a").steps.size() == 2);
    writer.add(2, 200, log(plan, {"again"})); // a revision is journaled once
    CHECK(writer.sync(200));
    CHECK(store.writes == 2);

    writer.committed(1);
    CHECK(writer.sync(300));
    journal = store.read("tab-a");
    CHECK_FALSE(journal.put); // the put held only revision 1
    REQUIRE(journal.steps.size() == 1);
    CHECK(journal.steps[0].revision == 2);
    writer.committed(2);
    CHECK(writer.sync(400));
    CHECK(store.stored.empty());
    CHECK_FALSE(writer.at_risk(2));
}

TEST_CASE("journal writer: a write without a change (the whole plan again) writes no journal") {
    Journals store;
    JournalWriter writer(&store, "tab-a");
    writer.put(7, encode_record({7, 0, "tab-a", "{}", 0}), 3);
    CHECK(writer.sync(0));
    CHECK(store.stored.empty());
    CHECK(store.writes == 0);
}

TEST_CASE("journal writer: refused by the browser, the journal is removed and the changes are at risk") {
    Journals store;
    JournalWriter writer(&store, "tab-a");
    Plan plan = make_plan(4);
    writer.add(1, 0, log(plan, {"one"}));
    REQUIRE(writer.sync(0));
    store.refuse = true;
    writer.add(2, 0, log(plan, {"two"}));
    writer.put(9, encode_record({9, 0, "tab-a", "{}", 0}), 2);
    CHECK_FALSE(writer.sync(0));
    // The journal stored before named no write of revision 2: it would make "one" again after 9 committed.
    CHECK(store.stored.empty());
    CHECK(writer.at_risk(0));
    CHECK(writer.at_risk(1));
    CHECK_FALSE(writer.holds(1));
    // Later changes stay out until a commit covers the missing ones (they may build on them).
    store.refuse = false;
    writer.add(3, 0, log(plan, {"three"}));
    CHECK_FALSE(writer.sync(0));
    CHECK(store.stored.empty());
    CHECK(writer.at_risk(2));
    writer.committed(3);
    CHECK_FALSE(writer.at_risk(3));
    writer.add(4, 0, log(plan, {"four"}));
    CHECK(writer.sync(0));
    CHECK(store.read("tab-a").steps.size() == 1);
}

TEST_CASE("journal writer: a change too big for the journal stays out; the ones before it stay in") {
    Journals store;
    JournalWriter writer(&store, "tab-a");
    Plan plan = make_plan(4);
    writer.add(1, 0, log(plan, {"small"}));
    REQUIRE(writer.sync(0));
    Run big = run("2025-03-04", std::string(1900, 'x'));
    std::vector<Action> many;
    for (int i = 0; i < 40; ++i) {
        many.push_back(with_next_id(plan, AddEntry<Run>{big}));
        plan = stride::apply(plan, AddEntry<Run>{big}).value();
    }
    writer.add(2, 0, many);
    writer.put(4, encode_record({4, 0, "tab-a", "{}", 0}), 2);
    CHECK_FALSE(writer.sync(0));
    const Journal journal = store.read("tab-a");
    REQUIRE(journal.steps.size() == 1);
    CHECK(journal.steps[0].revision == 1);
    REQUIRE(journal.put); // the newer write is named: if it commits, "small" is in it
    CHECK(journal.put->generation == 4);
    CHECK(store.stored.at("tab-a").size() <= kMaxJournalBytes);
    CHECK(writer.at_risk(1));
    CHECK_FALSE(writer.at_risk(2));
}

TEST_CASE("journal writer: the generations other tabs' journals name are reported, for pruning") {
    Journals store;
    store.stored["tab-b"] = journal_of("tab-b", {{1, 0, {ResetAllSettings{}}}}, JournalPut{8, 1, 2, 1});
    store.stored["tab-c"] = "damaged";
    JournalWriter writer(&store, "tab-a");
    writer.add(1, 0, {ResetAllSettings{}});
    writer.put(11, encode_record({11, 0, "tab-a", "{}", 0}), 1);
    REQUIRE(writer.sync(0));
    std::vector<std::uint64_t> named = writer.named_generations();
    std::sort(named.begin(), named.end());
    CHECK(named == std::vector<std::uint64_t>{8, 11});
    CHECK(JournalWriter(nullptr, "x").named_generations().empty());
}

// ---------------------------------------------------------------------------------------------------------
// Recovery
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("recovery: changes whose write never committed are made again, once") {
    Plan plan = make_plan(4);
    const std::vector<Action> made = log(plan, {"lost one", "lost two"});
    const std::string record = encode_record({2, 0, "tab-a", "{\"never stored\": 1}", 0});
    const std::vector<OrphanJournal> orphans{
        {"tab-a", journal_of("tab-a", {{1, 0, {made[0]}}, {2, 0, {made[1]}}}, put_of(2, record, 2))}};
    const Recovered back = recover_journals(make_plan(4), 1, {test::stored(1, "stored plan")}, orphans);
    CHECK(notes(back.plan) == std::vector<std::string>{"lost one", "lost two"});
    CHECK(back.actions.size() == 2);
    CHECK(back.taken == std::vector<std::string>{"tab-a"});
    CHECK(back.notice.empty());
}

TEST_CASE("recovery: what the write named holds is not made again, even if deleted since") {
    Plan plan = make_plan(4);
    const std::vector<Action> made = log(plan, {"committed", "after it"});
    const StoredRecord ours{2, encode_record({2, 0, "tab-a", "plan with 'committed'", 0})};
    const std::string journal =
        journal_of("tab-a", {{1, 0, {made[0]}}, {2, 0, {made[1]}}}, put_of(2, ours.bytes, 1));
    // Another tab deleted "committed" later (generation 3): it must not come back.
    const Recovered back = recover_journals(
        make_plan(4), 3, {test::stored(1, "x"), ours, test::stored(3, "y")}, {{"tab-a", journal}});
    CHECK(notes(back.plan) == std::vector<std::string>{"after it"});
    // Had another tab taken generation 2, the write never committed: both are made again.
    const Recovered refused = recover_journals(
        make_plan(4), 3, {test::stored(1, "x"), test::stored(2, "theirs"), test::stored(3, "y")},
        {{"tab-a", journal}});
    CHECK(notes(refused.plan) == std::vector<std::string>{"after it", "committed"});
    // Stored, but the app opened an older generation (generation 2 was damaged since): both again.
    const Recovered older =
        recover_journals(make_plan(4), 1, {test::stored(1, "x"), ours}, {{"tab-a", journal}});
    CHECK(notes(older.plan) == std::vector<std::string>{"after it", "committed"});
}

TEST_CASE(
    "recovery: an edit of an entry deleted since is reported, not made; a damaged journal is reported") {
    Plan plan = make_plan(4);
    Run gone = run("2025-03-01", "deleted elsewhere");
    gone.id = 99;
    const std::vector<OrphanJournal> orphans{{"tab-a", journal_of("tab-a", {{1, 0, {EditEntry<Run>{gone}}}})},
                                             {"tab-b", "{\"journal_version\": 1, \"tab\""}};
    const Recovered back = recover_journals(plan, 1, {}, orphans);
    CHECK(back.plan.runs.empty());
    CHECK(back.actions.empty());
    CHECK(back.taken == std::vector<std::string>{"tab-a", "tab-b"});
    CHECK(back.notice.find("could not be recovered: the copy this browser kept of it is damaged") !=
          std::string::npos);
    CHECK(back.notice.find(
              "One change you made just before Stride Back was last closed could not be added again "
              "(edit run: it was deleted in the meantime). Check your history.") != std::string::npos);
}

TEST_CASE("recovery: a journal another took over is not made twice; a newer one is left in place") {
    Plan plan = make_plan(4);
    const std::vector<Action> made = log(plan, {"taken over"});
    const std::vector<OrphanJournal> orphans{
        {"tab-a", journal_of("tab-a", {{1, 0, {made[0]}}}, {}, {}, 10)},
        {"tab-c", journal_of("tab-c", {{1, 0, {made[0]}}}, {}, {"tab-a"}, 20)}, // took tab-a's over
        {"tab-d", R"({"journal_version": 9, "tab": "tab-d"})"}};
    const Recovered back = recover_journals(make_plan(4), 0, {}, orphans);
    CHECK(notes(back.plan) == std::vector<std::string>{"taken over"});
    CHECK(back.taken == std::vector<std::string>{"tab-a", "tab-c"});
    CHECK(back.notice.find("newer version of Stride Back") != std::string::npos);
}

TEST_CASE("recovery: journals are made again in the order they were written") {
    Plan plan = make_plan(4);
    Plan copy = plan;
    const Action added = log(copy, {"first"})[0];
    Run renamed = std::get<AddEntry<Run>>(added).entry;
    renamed.note = "renamed later";
    const std::vector<OrphanJournal> orphans{
        {"tab-z", journal_of("tab-z", {{1, 0, {EditEntry<Run>{renamed}}}}, {}, {}, 200)},
        {"tab-y", journal_of("tab-y", {{1, 0, {added}}}, {}, {}, 100)}};
    const Recovered back = recover_journals(plan, 0, {}, orphans);
    CHECK(notes(back.plan) == std::vector<std::string>{"renamed later"});
}
