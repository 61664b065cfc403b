#pragma once
// Files as a test plays the browser: what the app downloaded or shared is kept to be read back, and the
// runner's file (picked or dropped) and the share sheet's answer arrive when the test says so.
#include "runtime/ports.hpp"

#include <string>
#include <vector>

namespace stride::platform {

class FakeFiles final : public runtime::Files {
  public:
    struct File {
        std::string name;
        std::string mime;
        std::string bytes;
    };

    // runtime::Files
    void download(const std::string& name, const std::string& mime, const std::string& bytes) override;
    bool can_share(const std::string& mime) const override {
        return mime == "text/calendar" ? sharing_calendar : sharing;
    }
    void share(const std::string& name, const std::string& mime, const std::string& bytes,
               const std::string& title) override;
    void pick() override { ++picks; }
    void accept_several(bool yes) override { several = yes; }
    std::vector<runtime::FileEvent> take_events() override;

    // --- what the browser answers ---
    // The runner picked or dropped this file.
    void open(std::string name, std::string bytes);
    // The page refused a file unread (too big, several files), with these words.
    void refuse(std::string name, std::string message);
    // The share sheet's answer (shared, share_cancelled or share_failed with the browser's error name).
    void answer_share(runtime::FileEvent::Kind kind, std::string message = {});

    bool sharing = false;          // navigator.canShare with the report holding the plan (HTML)
    bool sharing_calendar = false; // ... with a calendar file
    int picks = 0;                 // file pickers opened
    bool several = false;          // the picker and drops take several files (the physio desk)
    std::vector<File> downloads;   // oldest first
    std::vector<File> shares;      // handed to the share sheet, oldest first

  private:
    std::vector<runtime::FileEvent> events_;
};

} // namespace stride::platform
