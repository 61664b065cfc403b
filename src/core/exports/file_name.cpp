#include "core/exports/file_name.hpp"

namespace stride {
namespace {

constexpr std::size_t kMaxSlugBytes = 40;

bool ascii_word_character(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// "Sam \"Quotes\" <b>" -> "sam-quotes-b". Bytes of multi-byte UTF-8 characters are kept whole (names in
// any script); every other ASCII character separates words.
std::string slug(std::string_view name) {
    std::string out;
    bool gap = false;
    for (std::size_t i = 0; i < name.size();) {
        auto c = static_cast<unsigned char>(name[i]);
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
        const std::size_t length = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        const bool keep = c >= 0xc0 || ascii_word_character(c);
        if (!keep) {
            gap = !out.empty();
            i += length;
            continue;
        }
        if (out.size() + length + (gap ? 1 : 0) > kMaxSlugBytes) break;
        if (gap) out += '-';
        gap = false;
        out += static_cast<char>(c);
        out.append(name.substr(i + 1, length - 1));
        i += length;
    }
    return out;
}

} // namespace

std::string export_file_name(const Plan& plan, Date today, std::string_view what,
                             std::string_view extension) {
    const std::string name = slug(plan.profile.name);
    std::string out = name.empty() ? "" : name + "-";
    out += "stride-back-";
    out += what;
    out += "-" + today.iso() + ".";
    out += extension;
    return out;
}

} // namespace stride
