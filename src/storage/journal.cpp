#include "storage/journal.hpp"

#include "core/changes/action_json.hpp"
#include "core/plan_file/json_archive.hpp" // first among cereal's: it fixes rapidjson's parse flags
#include "core/plan_file/serialization.hpp"

#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <sstream>

namespace stride::storage {
namespace {

using cereal::make_nvp;

std::uint32_t trailer(const std::string& bytes) {
    if (bytes.size() < 4) return 0;
    std::uint32_t crc = 0;
    for (int i = 0; i < 4; ++i)
        crc |= std::uint32_t{static_cast<unsigned char>(bytes[bytes.size() - 4 + i])} << (8 * i);
    return crc;
}

} // namespace

// Found by cereal through the types' namespace.
template <class Archive> void serialize(Archive& ar, JournalPut& put) {
    ar(make_nvp("generation", put.generation), make_nvp("size", put.size), make_nvp("crc", put.crc),
       make_nvp("upto", put.upto));
}

void save(cereal::JSONOutputArchive& ar, const JournalStep& step) {
    ActionList actions{step.actions};
    ar(make_nvp("revision", step.revision), make_nvp("saved_at", step.saved_at_ms),
       make_nvp("actions", actions));
}

void load(cereal::JSONInputArchive& ar, JournalStep& step) {
    ActionList actions;
    ar(make_nvp("revision", step.revision), make_nvp("saved_at", step.saved_at_ms),
       make_nvp("actions", actions));
    step.actions = std::move(actions.actions);
}

JournalPut put_of(std::uint64_t generation, const std::string& record_bytes, Revision upto) {
    return {generation, static_cast<std::uint32_t>(record_bytes.size()), trailer(record_bytes), upto};
}

bool is_put(const JournalPut& put, std::uint64_t generation, const std::string& bytes) {
    return put.generation == generation && put.size == bytes.size() && put.crc == trailer(bytes);
}

std::string journal_to_json(const Journal& journal) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options(
                                              324, cereal::JSONOutputArchive::Options::IndentChar::space, 0));
        std::uint32_t version = kJournalVersion;
        std::string tab = journal.tab;
        std::int64_t written_at = journal.written_at_ms;
        JournalPut put = journal.put.value_or(JournalPut{});
        std::vector<std::string> absorbs = journal.absorbs;
        std::vector<JournalStep> steps = journal.steps;
        ar(make_nvp("journal_version", version), make_nvp("tab", tab), make_nvp("written_at", written_at),
           make_nvp("put", put), make_nvp("absorbs", absorbs), make_nvp("steps", steps));
    }
    return out.str();
}

std::variant<Journal, JournalUnreadable> journal_from_json(std::string_view text) {
    if (text.size() > kMaxJournalReadBytes) return JournalUnreadable{false, "larger than any journal"};
    Journal journal;
    try {
        std::istringstream in{std::string(text)};
        cereal::JSONInputArchive ar(in);
        std::uint32_t version = 0;
        ar(make_nvp("journal_version", version));
        if (version == 0) return JournalUnreadable{false, "journal_version 0"};
        if (version > kJournalVersion)
            return JournalUnreadable{true, "journal_version " + std::to_string(version)};
        JournalPut put;
        ar(make_nvp("tab", journal.tab), make_nvp("written_at", journal.written_at_ms), make_nvp("put", put),
           make_nvp("absorbs", journal.absorbs), make_nvp("steps", journal.steps));
        if (put.generation != 0) journal.put = put;
    } catch (const SerializationError& e) {
        return JournalUnreadable{false, e.path() + " " + e.what()};
    } catch (const std::exception& e) {
        return JournalUnreadable{false, e.what()};
    }
    return journal;
}

} // namespace stride::storage
