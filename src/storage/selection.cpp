#include "storage/selection.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <variant>

namespace stride::storage {

StartReport choose_start(const std::vector<StoredRecord>& stored, const PayloadCheck& check) {
    std::vector<const StoredRecord*> newest_first;
    for (const auto& entry : stored)
        newest_first.push_back(&entry);
    std::sort(newest_first.begin(), newest_first.end(),
              [](const StoredRecord* a, const StoredRecord* b) { return a->generation > b->generation; });

    StartReport report;
    report.stored_count = stored.size();
    if (!newest_first.empty()) report.newest_stored = newest_first.front()->generation;

    std::map<std::uint64_t, DecodeResult> bases; // decoded once however many deltas share them
    // The intact whole-plan record `generation`, or why a delta on it cannot be used.
    auto base_of = [&](std::uint64_t generation) -> std::variant<const Record*, std::string> {
        auto it = bases.find(generation);
        if (it == bases.end()) {
            const auto found = std::find_if(newest_first.begin(), newest_first.end(),
                                            [&](const StoredRecord* e) { return e->generation == generation; });
            if (found == newest_first.end()) return std::string("the earlier save it builds on is missing");
            it = bases.emplace(generation, decode_record((*found)->bytes)).first;
        }
        if (const auto* error = std::get_if<RecordError>(&it->second))
            return "the earlier save it builds on is " + describe(*error);
        const Record& base = std::get<Record>(it->second);
        if (base.generation != generation || !base.whole())
            return std::string("the earlier save it builds on is stored under the wrong number");
        return &base;
    };

    for (const StoredRecord* entry : newest_first) {
        SkippedGeneration skipped{entry->generation, 0, ""};
        auto decoded = decode_record(entry->bytes);
        if (const auto* error = std::get_if<RecordError>(&decoded)) {
            skipped.reason = describe(*error);
        } else {
            auto& record = std::get<Record>(decoded);
            skipped.saved_at_ms = record.saved_at_ms;
            const auto base = record.whole() ? std::variant<const Record*, std::string>(nullptr)
                                             : base_of(record.base);
            if (record.generation != entry->generation) {
                skipped.reason = "stored under the wrong number";
            } else if (const auto* why = std::get_if<std::string>(&base)) {
                skipped.reason = *why;
            } else if (auto unusable = check ? check(record, std::get<const Record*>(base)) : std::nullopt) {
                skipped.reason = *unusable;
            } else {
                report.loaded = std::move(record);
                return report;
            }
        }
        report.skipped.push_back(std::move(skipped));
    }
    return report;
}

std::string describe_age(std::int64_t saved_at_ms, std::int64_t now_ms) {
    const std::int64_t minutes = (now_ms - saved_at_ms) / 60'000;
    auto count = [](std::int64_t n, const char* unit) {
        return std::to_string(n) + " " + unit + (n == 1 ? "" : "s") + " ago";
    };
    if (minutes < 1) return "just now";
    if (minutes < 60) return count(minutes, "minute");
    if (minutes < 48 * 60) return count(minutes / 60, "hour");
    return count(minutes / (24 * 60), "day");
}

std::string start_message(const StartReport& report, std::int64_t now_ms) {
    if (report.recovered_older()) {
        const std::size_t n = report.skipped.size();
        return std::string(n == 1 ? "Your latest save could not be opened (" + report.skipped.front().reason +
                                        ")"
                                  : "Your latest " + std::to_string(n) + " saves could not be opened (" +
                                        report.skipped.front().reason + ")") +
               ", so Stride Back opened the previous save from " +
               describe_age(report.loaded->saved_at_ms, now_ms) +
               ". Anything you logged after that is missing: check your history and add it again.";
    }
    if (report.nothing_usable()) {
        return "Stride Back found saved data it could not open (" + report.skipped.front().reason +
               "). It is kept untouched. Import your latest backup file to restore your history.";
    }
    return "";
}

std::vector<std::uint64_t> generations_to_prune(std::vector<GenerationInfo> generations, std::size_t keep) {
    std::sort(generations.begin(), generations.end(),
              [](const GenerationInfo& a, const GenerationInfo& b) { return a.generation > b.generation; });
    keep = std::max<std::size_t>(keep, 1); // the newest usable generation is never pruned
    // The whole plan a generation rests on: its base, or itself.
    auto root = [](const GenerationInfo& info) { return *info.base == 0 ? info.generation : *info.base; };

    std::set<std::uint64_t> kept;
    std::set<std::uint64_t> roots; // of the kept usable generations
    std::size_t usable_seen = 0;
    std::size_t i = 0;
    for (; i < generations.size() && usable_seen < keep; ++i) {
        const auto& info = generations[i];
        if (!info.base) return {}; // cannot tell which older generation it needs: delete nothing
        kept.insert(info.generation);
        if (*info.base != 0) kept.insert(*info.base);
        if (info.usable) {
            ++usable_seen;
            roots.insert(root(info));
        }
    }
    if (usable_seen < keep) return {};
    if (keep > 1 && roots.size() == 1) { // a second, independent fallback
        const auto other = std::find_if(generations.begin() + static_cast<std::ptrdiff_t>(i), generations.end(),
                                        [&](const GenerationInfo& info) {
                                            return info.usable && info.base && root(info) != *roots.begin();
                                        });
        if (other != generations.end()) {
            kept.insert(other->generation);
            kept.insert(root(*other));
        }
    }
    std::vector<std::uint64_t> prune;
    for (auto it = generations.rbegin(); it != generations.rend(); ++it)
        if (!kept.count(it->generation)) prune.push_back(it->generation);
    return prune;
}

} // namespace stride::storage
