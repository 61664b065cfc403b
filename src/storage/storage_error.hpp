#pragma once
// Why a storage operation did not happen, as a value the save indicator can show (never an exception:
// a refused write is an everyday event in a browser, not a programming error).
#include <string>
#include <string_view>

namespace stride::storage {

enum class StorageErrorKind {
    StorageFull,           // QuotaExceededError: the disk or the site's quota is full
    WriteRefused,          // any other refusal: transaction aborted, data error, unknown error
    NewerGenerationExists, // another tab committed a generation this tab has not seen (nothing lost)
    Unavailable,           // no IndexedDB at all (some private modes) or the database would not open
};

struct StorageError {
    StorageErrorKind kind = StorageErrorKind::WriteRefused;
    std::string name;   // the browser's DOMException name ("QuotaExceededError"), for the details line
    std::string detail; // the browser's own message, for the details line; may be empty

    bool operator==(const StorageError& other) const {
        return kind == other.kind && name == other.name && detail == other.detail;
    }
};

// Maps a DOMException name (as web/storage.js reports it) to the kind the UI acts on.
StorageErrorKind kind_from_error_name(std::string_view name);

// A StorageError built from what the browser reported.
StorageError error_from_browser(std::string_view name, std::string_view detail);

// What the runner reads, with what to do next.
std::string plain_words(const StorageError& error);

} // namespace stride::storage
