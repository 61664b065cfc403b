#pragma once
// Start-up choice and pruning: which stored generation to open, what to tell the runner about the ones
// that could not be used, and which old ones to delete. Pure functions of what is stored.
#include "storage/backend.hpp"
#include "storage/record.hpp"

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

// Extra check on a record whose bytes are intact, e.g. that the plan JSON parses. `base` is the intact
// whole-plan record a delta record is based on (nullptr for a whole one). Returns why it is unusable, or
// nullopt if it is fine. Lets a payload the core rejects fall back like a damaged record.
using PayloadCheck = std::function<std::optional<std::string>(const Record& record, const Record* base)>;

// Picks the newest record that decodes, matches its key, whose base (for a delta) is stored, intact and
// whole, and that passes `check`. A base shared by several deltas is decoded once.
StartReport choose_start(const std::vector<StoredRecord>& stored, const PayloadCheck& check = {});

// What the runner reads at start-up, or "" if there is nothing to say. `now_ms` only words the age.
std::string start_message(const StartReport& report, std::int64_t now_ms);

// "just now", "5 minutes ago", "3 hours ago", "2 days ago" (future times, from a wrong clock: "just now").
std::string describe_age(std::int64_t saved_at_ms, std::int64_t now_ms);

struct GenerationInfo {
    std::uint64_t generation = 0;
    bool usable = false;
    std::optional<std::uint64_t> base = 0; // 0: whole plan; nullopt: not known (another tab's, not read)
};

// Generations to delete: everything older than the keep-th newest usable generation, except the bases
// the kept ones need and, when every kept usable generation rests on the same whole plan, the newest
// usable generation resting on another (and its base), if `keep` is above 1: one damaged whole plan must
// never leave nothing to fall back to. Unusable ones newer than that stay (they may be all that is left of something); fewer
// than `keep` usable: none; a kept generation whose base is not known: none. `keep` below 1 counts as 1.
std::vector<std::uint64_t> generations_to_prune(std::vector<GenerationInfo> generations,
                                                std::size_t keep = kDefaultGenerationsKept);

} // namespace stride::storage
