#pragma once
// The write-ahead journal (docs/storage.md, "The journal"): a change the runner made is written here, in
// the browser's synchronous storage (localStorage), in the same event as the tap that made it, before the
// app says it was added and long before IndexedDB commits the generation holding it. If the page dies
// first, the next start makes the journaled changes again (recovery.hpp); once the generation holding them
// has committed, they are dropped (journal_writer.hpp).
//
// One journal per tab (key "stride-back-journal:<tab id>"), a JSON document, version 1:
//
//   {"journal_version": 1, "tab": "<writer id>", "written_at": <ms since 1970>,
//    "put": {"generation": 42, "size": 3021, "crc": 305419896, "upto": 7},    generation 0: no write yet
//    "absorbs": ["<tab id>", ...],       journals this one took over (ignored if still found)
//    "steps": [{"revision": 7, "saved_at": <ms>, "actions": [<action_json.hpp>, ...]}, ...]}
//
// `put` is the generation this tab last handed to IndexedDB: once generation `generation` is stored with
// exactly `size` bytes ending in the CRC-32 `crc` (the record's own trailer, record.hpp), the steps up to
// revision `upto` are stored too. Steps are in the order they were made; revisions only grow.

#include "core/changes/actions.hpp"
#include "storage/save_status.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace stride::storage {

inline constexpr std::uint32_t kJournalVersion = 1;
// A journal is written whole on every change, synchronously: this bounds what a tap may cost. Changes
// that do not fit (a large import) are not journaled: the indicator says so until they commit.
inline constexpr std::size_t kMaxJournalBytes = 64 * 1024;
// Journals found at start-up larger than this are treated as damaged without parsing them.
inline constexpr std::size_t kMaxJournalReadBytes = 1024 * 1024;

// Synchronous storage for journals beside the generations (localStorage in the browser).
class JournalStore {
  public:
    virtual ~JournalStore() = default;
    // Replaces this tab's journal. False when the browser refused (storage full, or no localStorage): the
    // journal stored before, if any, is then left as it was.
    virtual bool write_journal(const std::string& text) = 0;
    // Removes the journal of this tab, or of a tab whose journal was handed over at start-up.
    virtual void remove_journal(const std::string& tab_id) = 0;
    // Every journal stored now, other tabs' included.
    virtual std::vector<std::string> stored_journals() = 0;
};

struct JournalPut {
    std::uint64_t generation = 0;
    std::uint32_t size = 0;
    std::uint32_t crc = 0;
    Revision upto = 0;
};

struct JournalStep {
    Revision revision = 0;
    std::int64_t saved_at_ms = 0;
    std::vector<Action> actions; // as made: added entries carry the ids they were given
};

struct Journal {
    std::string tab;
    std::int64_t written_at_ms = 0;
    std::optional<JournalPut> put;
    std::vector<std::string> absorbs;
    std::vector<JournalStep> steps;
};

// The put a record will be recognised by once stored.
JournalPut put_of(std::uint64_t generation, const std::string& record_bytes, Revision upto);
// True when `bytes`, stored as `generation`, is the record `put` names.
bool is_put(const JournalPut& put, std::uint64_t generation, const std::string& bytes);

std::string journal_to_json(const Journal& journal);

struct JournalUnreadable {
    bool newer = false; // written by a later release: left in place for it
    std::string reason; // for the developer's eyes (logs, tests); the runner gets recovery's words
};
std::variant<Journal, JournalUnreadable> journal_from_json(std::string_view text);

} // namespace stride::storage
