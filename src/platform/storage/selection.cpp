#include "platform/storage/selection.hpp"

#include <algorithm>

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

    for (const StoredRecord* entry : newest_first) {
        SkippedGeneration skipped{entry->generation, 0, ""};
        auto decoded = decode_record(entry->bytes);
        if (const auto* error = std::get_if<RecordError>(&decoded)) {
            skipped.reason = describe(*error);
        } else {
            auto& record = std::get<Record>(decoded);
            skipped.saved_at_ms = record.saved_at_ms;
            if (record.generation != entry->generation) {
                skipped.reason = "stored under the wrong number";
            } else if (auto why = check ? check(record) : std::nullopt) {
                skipped.reason = *why;
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
    std::vector<std::uint64_t> prune;
    std::size_t usable_seen = 0;
    for (const auto& info : generations) {
        if (usable_seen >= keep)
            prune.push_back(info.generation);
        else if (info.usable)
            ++usable_seen;
    }
    std::reverse(prune.begin(), prune.end());
    return prune;
}

} // namespace stride::storage
