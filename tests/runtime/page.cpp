#include "page.hpp"

#include "storage/plan_sync.hpp"
#include "storage/record.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <utility>
#include <variant>

namespace stride::runtime::test {

Run run(Date date, const std::string& note, int minutes) {
    Run r;
    r.date = date;
    r.minutes = minutes;
    r.pain_during = 1;
    r.note = note;
    return r;
}

Page::Page(FakeBrowser& browser)
    : browser_(browser), tab_(browser.open_tab()), runtime_(std::make_unique<Runtime>(tab_.ports())) {}

Page::~Page() {
    runtime_.reset();
    browser_.close_tab(tab_);
}

void Page::frame(Requests requests) {
    runtime_->begin_frame();
    runtime_->apply(std::move(requests));
}

void Page::act(Action action) {
    Requests requests;
    requests.actions.push_back(std::move(action));
    frame(std::move(requests));
    frame();
}

void Page::command(Command command) {
    Requests requests;
    requests.commands.push_back(command);
    frame(std::move(requests));
    frame();
}

void Page::log_run(const std::string& note, int minutes) {
    act(AddEntry<Run>{run(status().today, note, minutes)});
}

std::vector<std::string> list(std::initializer_list<const char*> words) {
    return {words.begin(), words.end()};
}

bool contains(const std::string& text, const std::string& words) {
    return text.find(words) != std::string::npos;
}

std::vector<std::string> notes(const Plan& plan) {
    std::vector<std::string> all;
    for (const Run& r : plan.runs)
        if (!r.note.empty()) all.push_back(r.note);
    std::sort(all.begin(), all.end());
    return all;
}

std::optional<Plan> stored_plan(FakeBrowser& browser) {
    std::vector<storage::StoredRecord> records;
    for (const auto& [generation, bytes] : browser.storage().records())
        records.push_back({generation, bytes});
    platform::MemoryBackend scratch; // the reader writes nothing
    storage::PlanSync reader(scratch, "reader", nullptr, {});
    storage::PlanSync::Opened opened = reader.open(
        records, {}, [] { return make_plan(0); }, 0);
    if (!opened.report.loaded) return std::nullopt;
    return std::move(opened.plan);
}

std::vector<storage::Record> stored_records(FakeBrowser& browser) {
    std::vector<storage::Record> records;
    for (const auto& entry : browser.storage().records()) {
        storage::DecodeResult decoded = storage::decode_record(entry.second);
        if (auto* record = std::get_if<storage::Record>(&decoded)) records.push_back(std::move(*record));
    }
    return records;
}

std::string fixture(const std::string& path) {
    std::ifstream file(std::string(STRIDE_TESTS_DIR) + "/" + path, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "no fixture " << path);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

} // namespace stride::runtime::test
