#pragma once
// The page the app runs in (runtime::Page): its address for reminders' links, the reminder link it was
// opened on (#answer, page.js), and the app icon's badge (the Badging API, feature-detected in page.js).
#include "runtime/ports.hpp"

namespace stride::platform {

class WebPage final : public runtime::Page {
  public:
    std::string app_url() const override;
    bool take_answer_link() override;
    void set_badge(int count) override;
    bool deletes_unused_data() const override;
};

} // namespace stride::platform
