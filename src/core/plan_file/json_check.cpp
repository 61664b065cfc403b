#include "core/plan_file/json_check.hpp"

#include "core/plan_file/json_archive.hpp" // first: it fixes rapidjson's configuration
#include "core/plan_file/plan_file.hpp"
#include "core/words/unicode.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <cctype>
#include <vector>

namespace stride {
namespace {

// What a number's text says about it, read from its digits alone.
struct NumberShape {
    bool zero = true;
    long significant = 0; // digits from the first non-zero one to the last non-zero one
    long magnitude = 0;   // decimal exponent of the first significant digit (2 for 123.4, -3 for 0.0012)
    long scale = 0;       // the exponent minus the digits after the point: rapidjson's "p"
};

NumberShape shape_of(std::string_view t) {
    NumberShape s;
    std::size_t i = (!t.empty() && t[0] == '-') ? 1 : 0;
    long int_digits = 0, fraction_digits = 0, lead_int_digit = 0, lead_fraction_exponent = 0, trailing = 0;
    bool in_fraction = false;
    for (; i < t.size() && t[i] != 'e' && t[i] != 'E'; ++i) {
        const char c = t[i];
        if (c == '.') {
            in_fraction = true;
            continue;
        }
        ++(in_fraction ? fraction_digits : int_digits);
        if (s.zero && c == '0') continue;
        if (s.zero) {
            s.zero = false;
            if (in_fraction)
                lead_fraction_exponent = -fraction_digits;
            else
                lead_int_digit = int_digits;
        }
        ++s.significant;
        trailing = c == '0' ? trailing + 1 : 0;
    }
    s.significant -= trailing;
    long exponent = 0;
    if (i < t.size()) {
        bool negative = false;
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) negative = t[i++] == '-';
        for (; i < t.size(); ++i)
            if (exponent < 100000) exponent = exponent * 10 + (t[i] - '0'); // far past any limit below
        if (negative) exponent = -exponent;
    }
    s.magnitude = (lead_int_digit > 0 ? int_digits - lead_int_digit : lead_fraction_exponent) + exponent;
    s.scale = exponent - fraction_digits;
    return s;
}

// The path of the value being read, kept as the reader goes: one frame per open object or list.
class PathTracker {
  public:
    void open(bool object) { frames_.push_back({object, {}, 0}); }
    void close() {
        frames_.pop_back();
        next_value();
    }
    void key(std::string_view name) {
        // Only shown in messages: a hostile name of megabytes need not be kept whole.
        frames_.back().key.assign(name.substr(0, std::min<std::size_t>(name.size(), 64)));
    }
    void next_value() {
        if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
    }
    int depth() const { return static_cast<int>(frames_.size()); }
    // "plan.runs[3].note"; "" at the top level. Without the last member name: the object being read.
    std::string path(bool last_name = true) const {
        std::string out;
        for (const Frame& f : frames_) {
            if (!last_name && &f == &frames_.back() && f.object) break;
            if (!f.object) {
                out += "[" + std::to_string(f.index) + "]";
            } else if (!f.key.empty()) {
                if (!out.empty()) out += '.';
                out += excerpt(f.key, 64);
            }
        }
        return out;
    }

  private:
    struct Frame {
        bool object;
        std::string key;
        std::size_t index;
    };
    std::vector<Frame> frames_;
};

class Checker : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Checker> {
  public:
    explicit Checker(std::string_view version_key) : version_key_(version_key) {}

    std::optional<FieldError> problem; // set when a handler stopped the reader
    bool too_deep = false;
    bool root_is_object = false;
    JsonFacts facts;

    bool StartObject() { return open(true); }
    bool StartArray() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }
    bool Key(const char* text, rapidjson::SizeType length, bool) {
        const std::string_view name(text, length);
        if (auto why = text_problem(name)) return fail(path_.path(false), "has a member name that " + *why);
        path_.key(name);
        at_version_ = path_.depth() == 1 && name == version_key_;
        return true;
    }
    bool String(const char* text, rapidjson::SizeType length, bool) {
        if (auto why = text_problem(std::string_view(text, length))) return fail(path_.path(), *why);
        return value();
    }
    bool RawNumber(const char* text, rapidjson::SizeType length, bool) {
        const std::string_view number(text, length);
        if (auto why = number_problem(number))
            return fail(path_.path(), "is not a number this app can read exactly: " + *why);
        if (at_version_) read_version(number);
        return value();
    }
    bool Default() { return value(); } // null, true, false

    std::string path() const { return path_.path(); }

  private:
    static std::optional<std::string> text_problem(std::string_view text) {
        if (text.find('\0') != std::string_view::npos)
            return std::string("holds the character \\u0000 (NUL), which text in a plan may not hold");
        const std::size_t bad = invalid_utf8_at(text);
        if (bad != std::string_view::npos)
            return "is not UTF-8 text (byte " + std::to_string(bad + 1) +
                   " of it is not): save the file as UTF-8";
        return std::nullopt;
    }
    void read_version(std::string_view number) {
        facts.has_version = true;
        if (number.empty() || number.size() > 19 || number.find_first_not_of("0123456789") != number.npos)
            return; // 19 digits always fit 64 bits; no release will get near that
        facts.version_is_number = true;
        facts.version = std::stoull(std::string(number));
    }
    bool open(bool object) {
        if (path_.depth() == 0) root_is_object = object;
        if (at_version_) facts.has_version = true;
        at_version_ = false;
        path_.open(object);
        if (path_.depth() > kMaxJsonDepth) {
            too_deep = true;
            return false;
        }
        return true;
    }
    bool close() {
        path_.close();
        return true;
    }
    bool value() {
        if (at_version_) facts.has_version = true;
        at_version_ = false;
        path_.next_value();
        return true;
    }
    bool fail(const std::string& at, const std::string& why) {
        problem = FieldError{at, (at.empty() ? std::string("A value") : at) + " " + why + "."};
        return false;
    }

    std::string_view version_key_;
    PathTracker path_;
    bool at_version_ = false;
};

// rapidjson's "Missing a comma or '}' after an object member." as "missing a comma or '}' after an object
// member", to continue a sentence.
std::string parse_error_words(rapidjson::ParseErrorCode code) {
    std::string words = rapidjson::GetParseError_En(code);
    if (!words.empty() && words.back() == '.') words.pop_back();
    if (!words.empty()) words[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(words[0])));
    return words;
}

} // namespace

std::optional<std::string> number_problem(std::string_view number) {
    // rapidjson 1.1.0 reads a number exactly when it stays on its fast path or its DiyFp/big-integer path
    // with the digits it has tables for. Outside: a zero whose scale leaves the fast path is read as a tiny
    // non-zero number (clz(0) in diyfp.h), more than 19 digits can overflow its 64-bit significand
    // ("184467440737095516155" reads as 1.7e-18), and a magnitude past its cached powers of ten reads
    // outside the table (a crash natively). Every double any JSON writer gives in shortest form passes:
    // 17 significant digits at most, between 5e-324 and 1.8e308. Found with a differential test against
    // glibc's strtod under ASan and UBSan (docs/fuzzing.md).
    const NumberShape s = shape_of(number);
    if (s.zero) {
        if (s.scale < -22 || s.scale > 22) return "write zero as 0 or 0.0";
        return std::nullopt;
    }
    if (s.significant > 17) return "it has more than 17 significant digits";
    if (s.magnitude < -324 || s.magnitude > 300) return "it is beyond 1e300 or below 1e-324 in size";
    return std::nullopt;
}

Expected<JsonFacts> check_json(std::string_view text, const JsonKind& kind) {
    const std::string subject = kind.subject, noun = kind.noun;
    if (text.size() > kMaxPlanFileBytes)
        return FieldError{"", subject + " is too large (" + size_over_limit(text.size()) + "; the limit is " +
                                  megabytes(kMaxPlanFileBytes) + ")." + kind.advice};
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return FieldError{"", subject + " is empty." + kind.advice};

    Checker checker(kind.version_key);
    rapidjson::Reader reader;
    rapidjson::MemoryStream stream(text.data(), text.size());
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult result = reader.Parse<kFlags>(stream, checker);
    if (checker.too_deep)
        return FieldError{"", subject + " nests deeper than any " + noun + " (over " +
                                  std::to_string(kMaxJsonDepth) + " levels), so it was not opened." +
                                  kind.advice};
    if (checker.problem) return *checker.problem;
    if (result.IsError()) {
        const std::size_t at = result.Offset();
        if (at >= text.size() || result.Code() == rapidjson::kParseErrorDocumentEmpty)
            return FieldError{"", subject + " ends too early: it may have been cut short while saving or "
                                            "copying. Try the file again or an earlier copy."};
        const std::string path = checker.path();
        if (result.Code() == rapidjson::kParseErrorNumberTooBig) // the syntax pass itself finds these
            return FieldError{path, (path.empty() ? std::string("A value") : path) +
                                        " is not a number this app can read exactly: it is beyond 1e300 in "
                                        "size."};
        const std::string where = parse_error_words(result.Code()) + " at character " + std::to_string(at);
        if (path.empty()) return FieldError{"", subject + " is not a valid " + noun + ": " + where + "."};
        return FieldError{path, path + " is not valid JSON (" + where +
                                    "). Numbers are digits, text is in double quotes; NaN and Infinity "
                                    "are not JSON."};
    }
    if (!checker.root_is_object)
        return FieldError{"", subject + " is not a " + noun + " (it does not start with '{')."};
    return checker.facts;
}

} // namespace stride
