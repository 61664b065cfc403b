#pragma once
// Where generations are kept. The browser implementation (web/storage.js behind the app's bridge) is
// asynchronous, so every operation reports through a completion callback that may run later, from the
// browser's event loop; MemoryBackend (tests) can run them at once or hold them until told.
// Generation numbers are the keys; the record bytes are opaque here (see record.hpp).
#include "storage/storage_error.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stride::storage {

struct StoredRecord {
    std::uint64_t generation = 0; // the key; decode_record checks it against the bytes
    std::string bytes;            // what encode_record produced (possibly damaged since)
};

class StorageBackend {
  public:
    // nullopt = done (for put: the transaction has COMMITTED, not merely been accepted).
    using Done = std::function<void(std::optional<StorageError>)>;
    using Listed = std::function<void(std::vector<std::uint64_t> generations, std::optional<StorageError>)>;
    using Got = std::function<void(std::optional<StoredRecord> record, std::optional<StorageError>)>;

    virtual ~StorageBackend() = default;

    // Adds a new generation in one transaction, only if the newest stored generation is still
    // `expected_newest` (0 = the store is empty); otherwise fails with NewerGenerationExists and changes
    // nothing. Never overwrites an existing generation.
    virtual void put(StoredRecord record, std::uint64_t expected_newest, Done done) = 0;
    // Every stored generation number, oldest first.
    virtual void list(Listed done) = 0;
    // One generation, nullopt if it is not stored.
    virtual void get(std::uint64_t generation, Got done) = 0;
    // Deletes these generations (missing ones are ignored).
    virtual void remove(std::vector<std::uint64_t> generations, Done done) = 0;
};

} // namespace stride::storage
