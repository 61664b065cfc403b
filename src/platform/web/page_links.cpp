#include "platform/web/page_links.hpp"

#include "platform/web/page.hpp"

namespace stride::platform {

std::string WebPage::app_url() const {
    char buffer[2048];
    const int length = stride_page_app_url(buffer, sizeof buffer);
    return length < static_cast<int>(sizeof buffer) ? std::string(buffer) : std::string();
}

bool WebPage::take_answer_link() {
    return stride_page_take_answer_link() != 0;
}

void WebPage::set_badge(int count) {
    stride_page_set_badge(count);
}

bool WebPage::deletes_unused_data() const {
    return stride_page_deletes_unused_data() != 0;
}

} // namespace stride::platform
