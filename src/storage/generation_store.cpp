#include "storage/generation_store.hpp"

#include <algorithm>
#include <stdexcept>

namespace stride::storage {

GenerationStore::GenerationStore(StorageBackend& backend, StoreOptions options)
    : backend_(backend), options_(std::move(options)) {}

template <typename F> auto GenerationStore::guarded(F f) {
    return [weak = std::weak_ptr<bool>(alive_), f = std::move(f)](auto&&... args) {
        if (weak.lock()) f(std::forward<decltype(args)>(args)...);
    };
}

StartReport GenerationStore::start(const std::vector<StoredRecord>& preloaded, PayloadCheck check) {
    check_ = std::move(check);
    StartReport report = choose_start(preloaded, check_);
    // Skipped generations are all newer than the loaded one. Older ones are not decoded (that would slow
    // start-up); they count as usable for pruning, which only deletes what is older than `keep` of them.
    for (const auto& entry : preloaded)
        known_[entry.generation] = {entry.generation,
                                    report.loaded && entry.generation <= report.loaded->generation,
                                    peek_base(entry.bytes).value_or(0)};
    newest_known_ = report.newest_stored;
    started_ = true;
    return report;
}

Revision GenerationStore::save(std::string payload, std::int64_t now_ms, std::uint64_t base) {
    if (!started_)
        throw std::logic_error("GenerationStore::save before start: stored generations not read yet");
    const Revision revision = tracker_.note_change();
    queued_ = Pending{std::move(payload), now_ms, revision, base};
    unsaved_.reset(); // the new change holds the whole plan, including whatever was refused before
    pump();
    return revision;
}

void GenerationStore::flush(std::int64_t now_ms) {
    if (!started_ || queued_ || !unsaved_) return;
    unsaved_->saved_at_ms = now_ms;
    queued_ = std::move(unsaved_);
    unsaved_.reset();
    pump();
}

void GenerationStore::notice_generation(std::uint64_t generation) {
    if (!started_ || generation <= newest_known_) return; // our own write, or one we already have
    refresh_needed_ = true;
    pump();
}

std::optional<NewerGeneration> GenerationStore::take_newer() {
    if (!newer_) return std::nullopt;
    auto taken = std::move(newer_);
    newer_.reset();
    // Changes saved since it arrived were based on the old plan: the app re-applies them (their revisions
    // are above unsaved_after) and saves the result.
    queued_.reset();
    unsaved_.reset();
    tracker_.adopt_stored();
    return taken;
}

void GenerationStore::pump() {
    if (busy_ || newer_) return;
    if (refresh_needed_) {
        refresh_needed_ = false;
        refresh();
    } else if (queued_) {
        Pending next = std::move(*queued_);
        queued_.reset();
        write(std::move(next));
    }
}

void GenerationStore::write(Pending pending) {
    busy_ = true;
    const std::uint64_t generation = newest_known_ + 1;
    StoredRecord stored{generation, encode_record({generation, pending.saved_at_ms, options_.writer_id,
                                                   pending.payload, pending.base})};
    if (options_.on_put) options_.on_put(generation, stored.bytes, pending.revision);
    backend_.put(std::move(stored), newest_known_,
                 guarded([this, generation, pending](std::optional<StorageError> error) {
                     busy_ = false;
                     if (!error)
                         committed(generation, pending);
                     else if (error->kind == StorageErrorKind::NewerGenerationExists) {
                         // Another tab got there first. Nothing is lost: fetch its generation, let the app
                         // rebase on it; if it cannot be used, this plan is written on top of it.
                         if (!queued_) unsaved_ = pending;
                         refresh_needed_ = true;
                     } else
                         failed(pending, std::move(*error));
                     pump();
                 }));
}

void GenerationStore::committed(std::uint64_t generation, const Pending& pending) {
    newest_known_ = generation;
    known_[generation] = {generation, true, pending.base};
    if (pending.base == 0) last_whole_commit_ = WholeCommit{generation, pending.revision};
    tracker_.write_committed(pending.revision);
    prune();
}

void GenerationStore::failed(const Pending& pending, StorageError error) {
    tracker_.write_failed(pending.revision, std::move(error));
    if (!queued_) unsaved_ = pending; // flush() tries again; a newer change replaces it anyway
}

void GenerationStore::prune() {
    std::vector<GenerationInfo> infos;
    for (const auto& entry : known_)
        infos.push_back(entry.second);
    auto doomed = generations_to_prune(std::move(infos), options_.keep);
    if (!doomed.empty() && options_.keep_also) {
        const std::vector<std::uint64_t> kept = options_.keep_also();
        doomed.erase(std::remove_if(doomed.begin(), doomed.end(),
                                    [&kept](std::uint64_t g) {
                                        return std::find(kept.begin(), kept.end(), g) != kept.end();
                                    }),
                     doomed.end());
    }
    if (doomed.empty()) return;
    // Fire and forget: a failed delete only leaves an extra old generation, which the next prune retries.
    backend_.remove(doomed, guarded([this, doomed](std::optional<StorageError> error) {
                        if (!error)
                            for (auto generation : doomed)
                                known_.erase(generation);
                    }));
}

void GenerationStore::refresh() {
    busy_ = true;
    backend_.list(guarded([this](std::vector<std::uint64_t> generations, std::optional<StorageError> error) {
        const std::uint64_t newest =
            generations.empty() ? 0 : *std::max_element(generations.begin(), generations.end());
        if (error || newest <= newest_known_) {
            busy_ = false;
            if (error && unsaved_) failed(*unsaved_, std::move(*error));
            // Nothing newer after all (e.g. deleted meanwhile): write what was refused, on top.
            if (!error && unsaved_ && !queued_) std::swap(queued_, unsaved_);
            return pump();
        }
        for (auto generation : generations) // other tabs' writes; what they build on is not known yet
            if (!known_.count(generation)) known_[generation] = {generation, true, std::nullopt};
        backend_.get(newest, guarded([this, newest](std::optional<StoredRecord> stored,
                                                    std::optional<StorageError> get_error) {
                         if (get_error) return fetch_failed(std::move(*get_error));
                         fetched(newest, std::move(stored));
                     }));
    }));
}

void GenerationStore::fetch_failed(StorageError error) {
    busy_ = false;
    if (unsaved_) failed(*unsaved_, std::move(error));
    pump();
}

// The newest generation of another tab; a delta needs its base fetched too before it can be checked.
void GenerationStore::fetched(std::uint64_t newest, std::optional<StoredRecord> stored) {
    // Deleted meanwhile: nothing to keep for it. Unreadable header: keep everything until it is known.
    const std::optional<std::uint64_t> base =
        stored ? peek_base(stored->bytes) : std::optional<std::uint64_t>(0);
    known_[newest] = {newest, known_[newest].usable, base};
    std::vector<StoredRecord> records;
    if (stored) records.push_back(std::move(*stored));
    if (!base || *base == 0) {
        busy_ = false;
        refreshed(newest, std::move(records));
        return pump();
    }
    backend_.get(*base,
                 guarded([this, newest, records = std::move(records)](std::optional<StoredRecord> base_record,
                                                                      std::optional<StorageError> get_error) {
                     if (get_error) return fetch_failed(std::move(*get_error));
                     busy_ = false;
                     std::vector<StoredRecord> both = records; // the delta: small
                     if (base_record) both.push_back(std::move(*base_record));
                     refreshed(newest, std::move(both));
                     pump();
                 }));
}

void GenerationStore::refreshed(std::uint64_t newest, std::vector<StoredRecord> stored) {
    newest_known_ = std::max(newest_known_, newest);
    auto chosen = choose_start(stored, check_);
    if (!chosen.loaded || chosen.loaded->generation != newest) {
        // The other tab's generation is unusable: this tab's plan is the best there is, write it on top.
        known_[newest] = {newest, false, known_[newest].base};
        if (unsaved_ && !queued_) std::swap(queued_, unsaved_);
        return;
    }
    newer_ = NewerGeneration{std::move(*chosen.loaded), tracker_.committed()};
}

} // namespace stride::storage
