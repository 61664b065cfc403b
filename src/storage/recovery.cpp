#include "storage/recovery.hpp"

#include "core/changes/replay.hpp"
#include "storage/journal.hpp"

#include <algorithm>
#include <set>
#include <variant>

namespace stride::storage {
namespace {

constexpr const char* kDamaged =
    "Something you entered just before Stride Back was last closed could not be recovered: the copy this "
    "browser kept of it is damaged. Check your history and add it again if it is missing.";
constexpr const char* kNewer =
    "Something you entered in a newer version of Stride Back is kept for that version and is not shown "
    "here. Update the app to see it.";

// Steps up to this revision are in the opened plan already.
Revision stored_upto(const Journal& journal, std::uint64_t opened_generation,
                     const std::vector<StoredRecord>& stored) {
    if (!journal.put || journal.put->generation > opened_generation) return 0;
    const auto found = std::find_if(stored.begin(), stored.end(), [&](const StoredRecord& record) {
        return record.generation == journal.put->generation;
    });
    return found != stored.end() && is_put(*journal.put, found->generation, found->bytes) ? journal.put->upto
                                                                                          : 0;
}

std::string not_made(const std::vector<std::string>& failed) {
    std::string words = failed.size() == 1 ? "One change" : std::to_string(failed.size()) + " changes";
    words += " you made just before Stride Back was last closed could not be added again (";
    for (std::size_t i = 0; i < failed.size(); ++i)
        words += (i ? "; " : "") + failed[i];
    return words + "). Check your history.";
}

} // namespace

Recovered recover_journals(Plan opened, std::uint64_t opened_generation,
                           const std::vector<StoredRecord>& stored,
                           const std::vector<OrphanJournal>& orphans) {
    Recovered result;
    std::vector<Journal> journals;
    bool damaged = false, newer = false;
    for (const OrphanJournal& orphan : orphans) {
        auto read = journal_from_json(orphan.text);
        if (auto* journal = std::get_if<Journal>(&read)) {
            journals.push_back(std::move(*journal));
            result.taken.push_back(orphan.tab);
        } else if (std::get<JournalUnreadable>(read).newer) {
            newer = true; // left in place for the version that wrote it
        } else {
            damaged = true;
            result.taken.push_back(orphan.tab);
        }
    }
    std::set<std::string> absorbed;
    for (const Journal& journal : journals)
        absorbed.insert(journal.absorbs.begin(), journal.absorbs.end());
    // In the order they were written, so changes made later are made later again.
    std::stable_sort(journals.begin(), journals.end(),
                     [](const Journal& a, const Journal& b) { return a.written_at_ms < b.written_at_ms; });

    std::vector<Action> again;
    for (const Journal& journal : journals) {
        if (absorbed.count(journal.tab)) continue; // its changes are in the journal that took it over
        const Revision upto = stored_upto(journal, opened_generation, stored);
        for (const JournalStep& step : journal.steps)
            if (step.revision > upto) again.insert(again.end(), step.actions.begin(), step.actions.end());
    }
    Replayed replayed = replay_actions(std::move(opened), again);
    result.plan = std::move(replayed.plan);
    result.actions = std::move(replayed.applied);

    std::vector<std::string> notices;
    if (damaged) notices.push_back(kDamaged);
    if (!replayed.failed.empty()) notices.push_back(not_made(replayed.failed));
    if (newer) notices.push_back(kNewer);
    for (std::size_t i = 0; i < notices.size(); ++i)
        result.notice += (i ? " " : "") + notices[i];
    return result;
}

} // namespace stride::storage
