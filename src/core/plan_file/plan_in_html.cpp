#include "core/plan_file/plan_in_html.hpp"

#include <array>
#include <utility>

namespace stride {
namespace {

constexpr std::string_view kOpen = "<template id=\"stride-back-plan\"";
constexpr std::string_view kClose = "</template>";
constexpr std::string_view kVersion = "data-version=\"";
constexpr std::size_t kLine = 76; // base64 characters per line, as in MIME: no mail gateway breaks them
constexpr const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4 * (kLine + 1) / kLine + 2);
    std::size_t column = 0;
    auto put = [&](char c) {
        if (column == kLine) {
            out += '\n';
            column = 0;
        }
        out += c;
        ++column;
    };
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t left = bytes.size() - i;
        std::uint32_t group = static_cast<unsigned char>(bytes[i]) << 16;
        if (left > 1) group |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        if (left > 2) group |= static_cast<unsigned char>(bytes[i + 2]);
        put(kAlphabet[(group >> 18) & 63]);
        put(kAlphabet[(group >> 12) & 63]);
        put(left > 1 ? kAlphabet[(group >> 6) & 63] : '=');
        put(left > 2 ? kAlphabet[group & 63] : '=');
    }
    return out;
}

// The bytes, or false when `text` is not base64 (ASCII white space between characters is allowed: a mail
// program may wrap lines differently).
bool unbase64(std::string_view text, std::string& out) {
    std::array<int, 256> value{};
    value.fill(-1);
    for (int i = 0; i < 64; ++i)
        value[static_cast<unsigned char>(kAlphabet[i])] = i;
    std::uint32_t group = 0;
    int count = 0;   // characters in `group`
    int padding = 0; // '=' seen: only at the very end
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (c == '=') {
            if (count < 2 || ++padding + count > 4) return false;
            continue;
        }
        const int v = value[static_cast<unsigned char>(c)];
        if (v < 0 || padding > 0) return false;
        group = (group << 6) | static_cast<std::uint32_t>(v);
        if (++count == 4) {
            out += static_cast<char>((group >> 16) & 255);
            out += static_cast<char>((group >> 8) & 255);
            out += static_cast<char>(group & 255);
            group = 0;
            count = 0;
        }
    }
    if (padding > 0 && count + padding != 4) return false;
    if (count == 1) return false;
    if (count == 2) out += static_cast<char>((group >> 4) & 255);
    if (count == 3) {
        out += static_cast<char>((group >> 10) & 255);
        out += static_cast<char>((group >> 2) & 255);
    }
    return true;
}

FieldError page_error(std::string message) {
    return FieldError{"", std::move(message)};
}

Expected<Plan> plan_from_page(std::string_view html) {
    const std::size_t open = html.find(kOpen);
    if (open == std::string_view::npos)
        return page_error("This web page holds no Stride Back plan. Open the plan file, or a report shared "
                          "from the app (it holds the plan).");
    const std::size_t tag_end = html.find('>', open);
    const std::size_t close = tag_end == std::string_view::npos ? tag_end : html.find(kClose, tag_end);
    if (close == std::string_view::npos)
        return page_error("The plan in this report is cut short (the file did not arrive whole). Ask for it "
                          "again.");
    const std::string_view tag = html.substr(open, tag_end - open);
    const std::size_t at = tag.find(kVersion);
    std::uint64_t version = 0;
    std::size_t digits = 0;
    for (std::size_t i = at == std::string_view::npos ? tag.size() : at + kVersion.size();
         i < tag.size() && tag[i] >= '0' && tag[i] <= '9' && digits < 9; ++i, ++digits)
        version = version * 10 + static_cast<std::uint64_t>(tag[i] - '0');
    if (digits == 0) return page_error("The plan in this report has no version, so it cannot be read.");
    if (version > kPlanInHtmlVersion)
        return page_error(
            "This report was made by a newer version of Stride Back (plan in a report, version " +
            std::to_string(version) + "; this app reads up to " + std::to_string(kPlanInHtmlVersion) +
            "). Update the app, then open it again.");
    std::string json;
    if (!unbase64(html.substr(tag_end + 1, close - tag_end - 1), json))
        return page_error("The plan in this report is damaged (it is not the text the app wrote). Ask for "
                          "the file again.");
    return plan_from_json(json);
}

// A page starts with '<' (after any byte-order mark and white space); a plan file starts with '{'.
bool is_html(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    const std::size_t first = bytes.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && bytes[first] == '<';
}

} // namespace

std::string plan_element(const Plan& plan) {
    return std::string(kOpen) + " data-version=\"" + std::to_string(kPlanInHtmlVersion) +
           "\" data-encoding=\"base64\">\n" + base64(plan_to_json(plan)) + "\n" + std::string(kClose) + "\n";
}

Expected<Plan> plan_from_file(std::string_view bytes) {
    if (bytes.size() > kMaxImportFileBytes)
        return page_error("This file is " + megabytes(bytes.size()) +
                          ", far bigger than any plan file. Check "
                          "you chose the right file.");
    return is_html(bytes) ? plan_from_page(bytes) : plan_from_json(bytes);
}

} // namespace stride
