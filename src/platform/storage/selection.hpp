#pragma once
// Start-up choice and pruning: which stored generation to open, what to tell the runner about the ones
// that could not be used, and which old ones to delete. Pure functions of what is stored.
#include "platform/storage/backend.hpp"
#include "platform/storage/record.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stride::storage {

inline constexpr std::size_t kDefaultGenerationsKept = 5;

struct SkippedGeneration {
    std::uint64_t generation = 0;
    std::int64_t saved_at_ms = 0; // 0 when the record was too damaged to say
    std::string reason;           // plain words: "damaged (its checksum does not match)"
};

struct StartReport {
    std::optional<Record> loaded;           // newest usable generation; nullopt = start empty
    std::vector<SkippedGeneration> skipped; // unusable generations NEWER than `loaded`, newest first
    std::uint64_t newest_stored = 0;        // highest generation number stored, usable or not
    std::size_t stored_count = 0;

    // The runner must be told: newer saves existed but could not be opened.
    bool recovered_older() const { return loaded.has_value() && !skipped.empty(); }
    // Saves exist but none could be opened (they stay stored; the app starts empty).
    bool nothing_usable() const { return !loaded.has_value() && stored_count > 0; }
};

// Extra check on a record whose bytes are intact, e.g. that the plan JSON parses. Returns why it is
// unusable, or nullopt if it is fine. Lets a payload the core rejects fall back like a damaged record.
using PayloadCheck = std::function<std::optional<std::string>(const Record&)>;

// Picks the newest record that decodes, matches its key and passes `check`.
StartReport choose_start(const std::vector<StoredRecord>& stored, const PayloadCheck& check = {});

// What the runner reads at start-up, or "" if there is nothing to say. `now_ms` only words the age.
std::string start_message(const StartReport& report, std::int64_t now_ms);

// "just now", "5 minutes ago", "3 hours ago", "2 days ago" (future times, from a wrong clock: "just now").
std::string describe_age(std::int64_t saved_at_ms, std::int64_t now_ms);

struct GenerationInfo {
    std::uint64_t generation = 0;
    bool usable = false;
};

// Generations to delete: everything older than the keep-th newest usable generation. Unusable ones
// newer than that stay (they may be all that is left of something); fewer than `keep` usable: none.
// `keep` below 1 counts as 1.
std::vector<std::uint64_t> generations_to_prune(std::vector<GenerationInfo> generations,
                                                std::size_t keep = kDefaultGenerationsKept);

} // namespace stride::storage
