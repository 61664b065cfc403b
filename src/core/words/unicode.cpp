#include "core/words/unicode.hpp"

namespace stride {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr const char* kReplacementUtf8 = "\xEF\xBF\xBD";

unsigned char byte(std::string_view text, std::size_t at) {
    return static_cast<unsigned char>(text[at]);
}

bool continuation(std::string_view text, std::size_t at) {
    return at < text.size() && (byte(text, at) & 0xC0) == 0x80;
}

} // namespace

char32_t decode_utf8(std::string_view text, std::size_t at, std::size_t& length) {
    length = 1;
    const unsigned char lead = byte(text, at);
    if (lead < 0x80) return lead;
    // Table 3-7 of the Unicode standard: the ranges of the second byte rule out overlong forms, surrogates
    // and code points above U+10FFFF.
    std::size_t size = 0;
    char32_t code = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        size = 2;
        code = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        size = 3;
        code = lead & 0x0Fu;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        size = 4;
        code = lead & 0x07u;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return kReplacement;
    }
    if (at + 1 >= text.size() || byte(text, at + 1) < low || byte(text, at + 1) > high) return kReplacement;
    for (std::size_t i = 1; i < size; ++i) {
        if (!continuation(text, at + i)) return kReplacement;
        code = (code << 6) | (byte(text, at + i) & 0x3Fu);
    }
    length = size;
    return code;
}

std::size_t invalid_utf8_at(std::string_view text) {
    for (std::size_t at = 0, length = 1; at < text.size(); at += length) {
        if (byte(text, at) < 0x80) {
            length = 1;
            continue;
        }
        if (decode_utf8(text, at, length) == kReplacement && length == 1) return at;
    }
    return std::string_view::npos;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t count = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

bool is_control(char32_t c) {
    if (c == '\t' || c == '\n' || c == '\r') return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool is_invisible_format(char32_t c) {
    return c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
}

std::size_t control_at(std::string_view text) {
    for (std::size_t at = 0, length = 1; at < text.size(); at += length)
        if (is_control(decode_utf8(text, at, length))) return at;
    return std::string_view::npos;
}

std::string printable(std::string_view text, bool keep_lines) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0, length = 1; at < text.size(); at += length) {
        const char32_t c = decode_utf8(text, at, length);
        const bool bad = (c == kReplacement && length == 1) || is_control(c) || is_invisible_format(c);
        if (c == '\r' && at + 1 < text.size() && text[at + 1] == '\n') continue; // CR LF: one line break
        if (bad)
            out += kReplacementUtf8;
        else if (c == '\n' || c == '\r' || c == '\t')
            out += keep_lines ? (c == '\t' ? '\t' : '\n') : ' '; // a lone CR would overwrite the line
        else
            out.append(text.substr(at, length));
    }
    return out;
}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return printable(text, false);
    std::size_t end = 0;
    for (std::size_t at = 0, length = 1; at < text.size(); at += length) {
        decode_utf8(text, at, length);
        if (at + length > max_bytes) break;
        end = at + length;
    }
    return printable(text.substr(0, end), false) + "\xE2\x80\xA6";
}

} // namespace stride
