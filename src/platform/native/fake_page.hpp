#pragma once
// The page as a test plays it: the app's address, a reminder's link opened when the test says so, and the
// badge numbers the app showed, in order.
#include "runtime/ports.hpp"

#include <string>
#include <vector>

namespace stride::platform {

class FakePage final : public runtime::Page {
  public:
    std::string app_url() const override { return url; }
    bool take_answer_link() override {
        const bool opened = answer_link;
        answer_link = false;
        return opened;
    }
    void set_badge(int count) override { badges.push_back(count); }
    bool deletes_unused_data() const override { return safari_tab; }

    std::string url = "https://stride.example/app/";
    bool answer_link = false; // the next frame finds the page opened on #answer
    std::vector<int> badges;  // every count shown, oldest first
    bool safari_tab = false;  // a Safari tab, not the Home Screen app
};

} // namespace stride::platform
