#pragma once
// Include this instead of <cereal/archives/json.hpp> anywhere in the project. rapidjson's parse flags are
// a macro baked into cereal's inline code, so every file must see the same ones: iterative parsing (hostile
// nesting cannot overflow the browser's small stack), full precision, and no NaN/Infinity.
//
// It also gives cereal faster streams. cereal reads and writes through rapidjson's IStreamWrapper and
// OStreamWrapper, which in rapidjson 1.1.0 make one std::istream::peek/get or std::ostream::put call per
// character: most of the time of loading or saving years of history (docs/benchmarks.md). The
// specializations below read the whole input at once and write in blocks; cereal sees the same interface.
// They must be declared before cereal's archive classes use the wrappers, so rapidjson's assertion macro
// (which cereal would otherwise define, throwing its RapidJSONException) is defined here first: it throws
// the same message as a cereal::Exception.

#ifdef CEREAL_ARCHIVES_JSON_HPP_
#error "include core/json_archive.hpp before any other include of cereal's JSON archive"
#endif
#ifdef RAPIDJSON_RAPIDJSON_H_
#error "include core/json_archive.hpp before any rapidjson header"
#endif
#define RAPIDJSON_PARSE_DEFAULT_FLAGS (kParseIterativeFlag | kParseFullPrecisionFlag)

#include <cereal/details/helpers.hpp>

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>

namespace stride::json_detail {
// What a failed rapidjson assertion throws (cereal's own RapidJSONException is declared too late to use).
struct RapidJsonAssertion : cereal::Exception {
    using cereal::Exception::Exception;
};
} // namespace stride::json_detail

#define RAPIDJSON_ASSERT_THROWS
#define RAPIDJSON_ASSERT(x)                                                                                  \
    if (!(x)) {                                                                                              \
        throw ::stride::json_detail::RapidJsonAssertion("rapidjson internal assertion failure: " #x);        \
    }

#include <rapidjson/istreamwrapper.h>
#include <rapidjson/ostreamwrapper.h>

RAPIDJSON_NAMESPACE_BEGIN

// Input: the whole stream read into memory up front, then Peek/Take from the string.
template <> class BasicIStreamWrapper<std::istream> {
  public:
    typedef char Ch;
    explicit BasicIStreamWrapper(std::istream& stream) {
        char block[64 * 1024]; // in blocks: a character at a time is slow for a 32 MB file
        while (stream.read(block, sizeof block) || stream.gcount() > 0)
            text_.append(block, static_cast<std::size_t>(stream.gcount()));
    }
    BasicIStreamWrapper(const BasicIStreamWrapper&) = delete;
    BasicIStreamWrapper& operator=(const BasicIStreamWrapper&) = delete;

    Ch Peek() const { return position_ < text_.size() ? text_[position_] : '\0'; }
    Ch Take() { return position_ < text_.size() ? text_[position_++] : '\0'; }
    std::size_t Tell() const { return position_; }
    // For encoding detection (AutoUTFInputStream): the next four characters, or null near the end.
    const Ch* Peek4() const { return position_ + 4 <= text_.size() ? text_.data() + position_ : nullptr; }
    // In-situ parsing only (never used here); the reader's code still names them, as the original's do.
    Ch* PutBegin() {
        RAPIDJSON_ASSERT(false);
        return nullptr;
    }
    void Put(Ch) { RAPIDJSON_ASSERT(false); }
    void Flush() { RAPIDJSON_ASSERT(false); }
    std::size_t PutEnd(Ch*) {
        RAPIDJSON_ASSERT(false);
        return 0;
    }

  private:
    std::string text_;
    std::size_t position_ = 0;
};

// Output: characters collected in a block, handed to the stream when it fills up and on Flush (which the
// writer calls when the document is complete).
template <> class BasicOStreamWrapper<std::ostream> {
  public:
    typedef char Ch;
    explicit BasicOStreamWrapper(std::ostream& stream) : stream_(stream) { block_.reserve(kBlock); }
    BasicOStreamWrapper(const BasicOStreamWrapper&) = delete;
    BasicOStreamWrapper& operator=(const BasicOStreamWrapper&) = delete;
    ~BasicOStreamWrapper() { Flush(); }

    void Put(Ch c) {
        block_.push_back(c);
        if (block_.size() >= kBlock) Flush();
    }
    void Flush() {
        stream_.write(block_.data(), static_cast<std::streamsize>(block_.size()));
        block_.clear();
        stream_.flush();
    }

  private:
    static constexpr std::size_t kBlock = 64 * 1024;
    std::ostream& stream_;
    std::string block_;
};

RAPIDJSON_NAMESPACE_END

#include <cereal/archives/json.hpp>
