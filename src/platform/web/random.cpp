#include "platform/web/random.hpp"

#include "platform/web/page.hpp"

namespace stride::platform {

std::uint32_t WebRandom::uniform(std::uint32_t limit) {
    return stride_page_random(limit);
}

} // namespace stride::platform
