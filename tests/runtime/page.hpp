#pragma once
// The app open in one tab of a fake browser profile, driven frame by frame as the shell drives it, but
// without screens: what the screens would have sent goes straight to Runtime::apply. Plus ways to look at
// what the profile has stored, the way the next start would read it.

#include "platform/native/fake_browser.hpp"
#include "runtime/runtime.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stride::runtime::test {

using platform::FakeBrowser;

inline Date day(const char* iso) {
    return *Date::parse(iso);
}

// A run on `date` with `note` to find it again (pain 1 during: green).
Run run(Date date, const std::string& note, int minutes = 10);

class Page {
  public:
    // Opens a new tab of `browser` and starts the app in it.
    explicit Page(FakeBrowser& browser);
    // Closes the tab at once, as closing it does: what was handed to storage may still commit.
    ~Page();
    Page(const Page&) = delete;
    Page& operator=(const Page&) = delete;

    // One frame: begin_frame, then `requests` as the screens would have sent them.
    void frame(Requests requests = {});
    // A frame applying this, then the next frame, which shows its effect.
    void act(Action action);
    void command(Command command);
    // The run logged today through the Log screen's action.
    void log_run(const std::string& note, int minutes = 10);

    const Plan& plan() const { return runtime_->plan(); }
    const AppStatus& status() const { return runtime_->status(); }
    Runtime& runtime() { return *runtime_; }
    FakeBrowser::Tab& tab() { return tab_; }

  private:
    FakeBrowser& browser_;
    FakeBrowser::Tab& tab_;
    std::unique_ptr<Runtime> runtime_;
};

std::vector<std::string> list(std::initializer_list<const char*> words);
bool contains(const std::string& text, const std::string& words);

// The notes of a plan's runs, sorted (what the browser tests read from the history list).
std::vector<std::string> notes(const Plan& plan);
// The newest usable stored plan, as the next start would open it; nullopt when nothing can be opened.
std::optional<Plan> stored_plan(FakeBrowser& browser);
// The intact stored generations, oldest first.
std::vector<storage::Record> stored_records(FakeBrowser& browser);
// A file of tests/fixtures or tests/storage/fixtures.
std::string fixture(const std::string& path);

} // namespace stride::runtime::test
