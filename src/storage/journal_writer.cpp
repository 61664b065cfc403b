#include "storage/journal_writer.hpp"

#include <algorithm>
#include <variant>

namespace stride::storage {

JournalWriter::JournalWriter(JournalStore* store, std::string tab) : store_(store) {
    journal_.tab = std::move(tab);
}

void JournalWriter::add(Revision revision, std::int64_t saved_at_ms, std::vector<Action> actions) {
    if (!store_ || revision <= unjournaled_upto_) return;
    const auto& steps = journal_.steps;
    if (std::any_of(steps.begin(), steps.end(), [&](const JournalStep& s) { return s.revision == revision; }))
        return;
    if (unjournaled_upto_ > 0) { // an earlier change is missing: this one may build on it
        unjournaled_upto_ = revision;
        return;
    }
    journal_.steps.push_back({revision, saved_at_ms, std::move(actions)});
    dirty_ = true;
}

void JournalWriter::put(std::uint64_t generation, const std::string& record_bytes, Revision upto) {
    if (!store_) return;
    journal_.put = put_of(generation, record_bytes, upto);
    dirty_ = true;
}

void JournalWriter::committed(Revision revision) {
    if (!store_) return;
    auto& steps = journal_.steps;
    const auto done = std::remove_if(steps.begin(), steps.end(),
                                     [revision](const JournalStep& s) { return s.revision <= revision; });
    if (done != steps.end()) dirty_ = true;
    steps.erase(done, steps.end());
    if (journal_.put && journal_.put->upto <= revision) {
        journal_.put.reset();
        dirty_ = true;
    }
    if (unjournaled_upto_ <= revision) unjournaled_upto_ = 0;
}

void JournalWriter::drop_steps() {
    if (!store_ || journal_.steps.empty()) return;
    journal_.steps.clear();
    dirty_ = true;
}

void JournalWriter::absorb(const std::vector<std::string>& tabs) {
    if (!store_ || tabs.empty()) return;
    journal_.absorbs.insert(journal_.absorbs.end(), tabs.begin(), tabs.end());
    dirty_ = true;
}

bool JournalWriter::holds(Revision revision) const {
    return stored_ && revision <= written_upto_ &&
           std::any_of(journal_.steps.begin(), journal_.steps.end(),
                       [revision](const JournalStep& s) { return s.revision == revision; });
}

bool JournalWriter::sync(std::int64_t now_ms) {
    if (!store_ || !dirty_) return unjournaled_upto_ == 0;
    dirty_ = false;
    if (journal_.steps.empty()) {
        // Nothing uncommitted: no journal (a write in flight without a change, e.g. the whole plan written
        // again, holds nothing the generations do not already hold).
        journal_.absorbs.clear();
        if (stored_) store_->remove_journal(journal_.tab);
        stored_ = false;
        written_upto_ = 0;
        return unjournaled_upto_ == 0;
    }
    return write(now_ms);
}

bool JournalWriter::write(std::int64_t now_ms) {
    journal_.written_at_ms = now_ms;
    std::string text = journal_to_json(journal_);
    // Too big: leave out the newest steps (they stay at risk) and keep the older ones journaled.
    while (text.size() > kMaxJournalBytes && !journal_.steps.empty()) {
        unjournaled_upto_ = std::max(unjournaled_upto_, journal_.steps.back().revision);
        journal_.steps.pop_back();
        text = journal_to_json(journal_);
    }
    if (journal_.steps.empty()) {
        if (stored_) store_->remove_journal(journal_.tab);
        stored_ = false;
        written_upto_ = 0;
        return false;
    }
    if (!store_->write_journal(text)) {
        // Refused: the stored journal, if any, names an older write; a commit of the newer one would make
        // its changes look unsaved. Remove it: every uncommitted change is now at risk.
        unjournaled_upto_ = std::max(unjournaled_upto_, journal_.steps.back().revision);
        journal_.steps.clear();
        journal_.absorbs.clear();
        if (stored_) store_->remove_journal(journal_.tab);
        stored_ = false;
        written_upto_ = 0;
        return false;
    }
    stored_ = true;
    written_upto_ = journal_.steps.back().revision;
    return unjournaled_upto_ == 0;
}

std::vector<std::uint64_t> JournalWriter::named_generations() const {
    std::vector<std::uint64_t> named;
    if (!store_) return named;
    for (const std::string& text : store_->stored_journals()) {
        const auto read = journal_from_json(text);
        if (const auto* journal = std::get_if<Journal>(&read))
            if (journal->put) named.push_back(journal->put->generation);
    }
    return named;
}

} // namespace stride::storage
