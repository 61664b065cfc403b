#include "storage/storage_error.hpp"

namespace stride::storage {

StorageErrorKind kind_from_error_name(std::string_view name) {
    if (name == "QuotaExceededError") return StorageErrorKind::StorageFull;
    if (name == "NewerGenerationExists") return StorageErrorKind::NewerGenerationExists;
    if (name == "Unavailable" || name == "NotReady") return StorageErrorKind::Unavailable;
    return StorageErrorKind::WriteRefused;
}

StorageError error_from_browser(std::string_view name, std::string_view detail) {
    return StorageError{kind_from_error_name(name), std::string(name), std::string(detail)};
}

std::string plain_words(const StorageError& error) {
    switch (error.kind) {
    case StorageErrorKind::StorageFull:
        return "Your browser refused to save (storage full). Export a backup file now.";
    case StorageErrorKind::NewerGenerationExists:
        return "Another open Stride Back tab saved first. Loading its changes, then saving yours again.";
    case StorageErrorKind::Unavailable:
        return "This browser is not letting Stride Back store data here (private browsing?). "
               "Export a backup file before you close the page.";
    case StorageErrorKind::WriteRefused:
        break;
    }
    const std::string why = error.name.empty() ? std::string("unknown reason") : error.name;
    return "Your browser refused to save (" + why + "). Export a backup file now.";
}

} // namespace stride::storage
