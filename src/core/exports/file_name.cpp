#include "core/exports/file_name.hpp"

#include "core/words/unicode.hpp"

namespace stride {
namespace {

constexpr std::size_t kMaxSlugBytes = 40;

bool ascii_word_character(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// "Sam \"Quotes\" <b>" -> "sam-quotes-b". Characters beyond ASCII are kept whole (names in any script),
// except control characters, invisible format marks such as U+202E (which would make "evil\u202Efdp.exe"
// display as "evilexe.pdf") and bytes that are not UTF-8; every other ASCII character separates words.
std::string slug(std::string_view name) {
    std::string out;
    bool gap = false;
    for (std::size_t i = 0, length = 1; i < name.size(); i += length) {
        char32_t c = decode_utf8(name, i, length);
        if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
        const bool keep = c < 0x80
                              ? ascii_word_character(static_cast<unsigned char>(c))
                              : !is_control(c) && !is_invisible_format(c) && !(c == 0xFFFD && length == 1);
        if (!keep) {
            gap = !out.empty();
            continue;
        }
        if (out.size() + length + (gap ? 1 : 0) > kMaxSlugBytes) break;
        if (gap) out += '-';
        gap = false;
        if (c < 0x80)
            out += static_cast<char>(c);
        else
            out.append(name.substr(i, length));
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
