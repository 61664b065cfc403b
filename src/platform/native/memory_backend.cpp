#include "platform/native/memory_backend.hpp"

#include <stdexcept>

namespace stride::platform {

using storage::StorageError;
using storage::StorageErrorKind;
using storage::StoredRecord;

void MemoryBackend::run_or_hold(std::function<void()> operation) {
    if (hold_)
        pending_.push_back(std::move(operation));
    else
        operation();
}

void MemoryBackend::put(StoredRecord record, std::uint64_t expected_newest, Done done) {
    // The failure is decided when the put is issued (as a browser decides per transaction); the check
    // against the newest generation happens when it runs, as in IndexedDB.
    std::optional<StorageError> failure = next_put_failure_ ? next_put_failure_ : every_put_failure_;
    next_put_failure_.reset();
    run_or_hold([this, record = std::move(record), expected_newest, failure, done = std::move(done)] {
        ++put_count_;
        if (failure) return done(failure);
        const std::uint64_t newest = records_.empty() ? 0 : records_.rbegin()->first;
        if (newest != expected_newest || records_.count(record.generation))
            return done(StorageError{StorageErrorKind::NewerGenerationExists, "NewerGenerationExists", ""});
        records_[record.generation] = record.bytes;
        if (on_commit_) on_commit_(record);
        done(std::nullopt);
    });
}

void MemoryBackend::list(Listed done) {
    run_or_hold([this, done = std::move(done)] {
        std::vector<std::uint64_t> generations;
        for (const auto& entry : records_)
            generations.push_back(entry.first);
        done(std::move(generations), std::nullopt);
    });
}

void MemoryBackend::get(std::uint64_t generation, Got done) {
    run_or_hold([this, generation, done = std::move(done)] {
        const auto found = records_.find(generation);
        if (found == records_.end()) return done(std::nullopt, std::nullopt);
        done(StoredRecord{generation, found->second}, std::nullopt);
    });
}

void MemoryBackend::remove(std::vector<std::uint64_t> generations, Done done) {
    run_or_hold([this, generations = std::move(generations), done = std::move(done)] {
        for (auto generation : generations)
            records_.erase(generation);
        done(std::nullopt);
    });
}

void MemoryBackend::fail_next_put(StorageError error) {
    next_put_failure_ = std::move(error);
}
void MemoryBackend::fail_every_put(std::optional<StorageError> error) {
    every_put_failure_ = std::move(error);
}
void MemoryBackend::hold_completions(bool hold) {
    hold_ = hold;
}

bool MemoryBackend::complete_next() {
    if (pending_.empty()) return false;
    auto operation = std::move(pending_.front());
    pending_.pop_front();
    operation();
    return true;
}

void MemoryBackend::complete_all() {
    while (complete_next()) {
    }
}

void MemoryBackend::corrupt(std::uint64_t generation, std::size_t byte_index) {
    auto& bytes = records_.at(generation);
    if (byte_index >= bytes.size())
        throw std::out_of_range("MemoryBackend::corrupt: byte index past the end");
    bytes[byte_index] = static_cast<char>(bytes[byte_index] ^ 0x5A);
}

} // namespace stride::platform
