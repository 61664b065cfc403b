#include "platform/web/web_storage.hpp"

#include "storage/storage_error.hpp"

#include <emscripten/emscripten.h>

#include <cstring>
#include <utility>

// web_storage.js. Results that carry bytes wait in the page until stride_storage_js_take copies them into
// C++ memory; slot 0 is for synchronous reads, request ids (1, 2, ...) for answers.
extern "C" {
int stride_storage_js_take(int slot, unsigned char* destination);
// [preload] state: 1 ok, 0 failed, -1 the page did not preload
int stride_storage_js_preload_state();
int stride_storage_js_preload_persisted();
int stride_storage_js_preload_count();
double stride_storage_js_preload_generation(int index);
int stride_storage_js_stash_preloaded(int index);
int stride_storage_js_stash_preload_text(int which); // 0 tab id, 1 error name, 2 error message
// [backend]
void stride_storage_js_put(int request, double generation, const char* bytes, int size, double expected);
void stride_storage_js_list(int request);
void stride_storage_js_get(int request, double generation);
void stride_storage_js_remove(int request, const double* generations, int count);
// [page events]
void stride_storage_js_listen();
void stride_storage_js_request_persistence();
// [notes] YYYYMMDD, 0 when absent or unreadable
int stride_storage_js_read_note(int which);
void stride_storage_js_write_note(int which, int ymd);
// [journal]
int stride_storage_js_preload_journal_count();
int stride_storage_js_stash_preload_journal(int index, int which); // 0 tab id, 1 text
int stride_storage_js_write_journal(const char* text, int size);   // 1 written, 0 refused
void stride_storage_js_remove_journal(const char* tab);
int stride_storage_js_stored_journals(); // how many; then stash each
int stride_storage_js_stash_stored_journal(int index);
}

namespace stride::platform {
namespace {

WebStorageBackend* g_backend = nullptr; // the one instance stride_storage_completed answers
WebStorageHost* g_host = nullptr;       // the one instance stride_storage_event tells

std::string take_slot(int slot, int size) {
    std::string bytes(static_cast<std::size_t>(size > 0 ? size : 0), '\0');
    if (size > 0) stride_storage_js_take(slot, reinterpret_cast<unsigned char*>(bytes.data()));
    return bytes;
}

std::string preload_text(int which) {
    return take_slot(0, stride_storage_js_stash_preload_text(which));
}

} // namespace

// -------------------------------------------------------------------------------------------------------
// WebStorageBackend
// -------------------------------------------------------------------------------------------------------

WebStorageBackend::WebStorageBackend() {
    g_backend = this;
}

WebStorageBackend::~WebStorageBackend() {
    if (g_backend == this) g_backend = nullptr;
}

int WebStorageBackend::remember(Waiting waiting) {
    const int request = next_request_++;
    waiting_.emplace(request, std::move(waiting));
    return request;
}

void WebStorageBackend::put(storage::StoredRecord record, std::uint64_t expected_newest, Done done) {
    const int request = remember(std::move(done));
    stride_storage_js_put(request, static_cast<double>(record.generation), record.bytes.data(),
                          static_cast<int>(record.bytes.size()), static_cast<double>(expected_newest));
}

void WebStorageBackend::list(Listed done) {
    stride_storage_js_list(remember(std::move(done)));
}

void WebStorageBackend::get(std::uint64_t generation, Got done) {
    stride_storage_js_get(remember(std::move(done)), static_cast<double>(generation));
}

void WebStorageBackend::remove(std::vector<std::uint64_t> generations, Done done) {
    std::vector<double> numbers(generations.begin(), generations.end());
    stride_storage_js_remove(remember(std::move(done)), numbers.data(), static_cast<int>(numbers.size()));
}

void WebStorageBackend::completed(int request, const std::string& error_name, const std::string& detail,
                                  std::uint64_t generation, int size) {
    const std::string bytes = take_slot(request, size); // always, so the page lets go of them
    const auto found = waiting_.find(request);
    if (found == waiting_.end()) return;
    Waiting waiting = std::move(found->second);
    waiting_.erase(found);

    std::optional<storage::StorageError> error;
    if (!error_name.empty()) error = storage::error_from_browser(error_name, detail);
    if (auto* done = std::get_if<Done>(&waiting)) {
        (*done)(std::move(error));
    } else if (auto* listed = std::get_if<Listed>(&waiting)) {
        std::vector<std::uint64_t> generations;
        for (std::size_t at = 0; at + sizeof(double) <= bytes.size(); at += sizeof(double)) {
            double number = 0;
            std::memcpy(&number, bytes.data() + at, sizeof number);
            generations.push_back(static_cast<std::uint64_t>(number));
        }
        (*listed)(std::move(generations), std::move(error));
    } else if (auto* got = std::get_if<Got>(&waiting)) {
        std::optional<storage::StoredRecord> record;
        if (!error && generation > 0) record = storage::StoredRecord{generation, bytes};
        (*got)(std::move(record), std::move(error));
    }
}

// -------------------------------------------------------------------------------------------------------
// WebStorageHost
// -------------------------------------------------------------------------------------------------------

WebStorageHost::WebStorageHost() {
    g_host = this;
}

WebStorageHost::~WebStorageHost() {
    if (g_host == this) g_host = nullptr;
}

storage::StoragePreload WebStorageHost::preload() {
    storage::StoragePreload preload;
    const int state = stride_storage_js_preload_state();
    preload.ok = state == 1;
    preload.persisted = stride_storage_js_preload_persisted() != 0;
    preload.tab_id = preload_text(0);
    const std::string error_name = state == -1 ? "Unavailable" : preload_text(1); // -1: did not preload
    preload.error_message = state == -1 ? "" : preload_text(2);
    if (!preload.ok && preload.error_message.empty())
        preload.error_message = storage::plain_words(storage::error_from_browser(error_name, ""));
    const int count = stride_storage_js_preload_count();
    for (int i = 0; i < count; ++i) {
        const auto generation = static_cast<std::uint64_t>(stride_storage_js_preload_generation(i));
        preload.records.push_back({generation, take_slot(0, stride_storage_js_stash_preloaded(i))});
    }
    const int journals = stride_storage_js_preload_journal_count();
    for (int i = 0; i < journals; ++i)
        preload.journals.push_back({take_slot(0, stride_storage_js_stash_preload_journal(i, 0)),
                                    take_slot(0, stride_storage_js_stash_preload_journal(i, 1))});
    return preload;
}

bool WebStorageHost::write_journal(const std::string& text) {
    return stride_storage_js_write_journal(text.data(), static_cast<int>(text.size())) != 0;
}

void WebStorageHost::remove_journal(const std::string& tab_id) {
    stride_storage_js_remove_journal(tab_id.c_str());
}

std::vector<std::string> WebStorageHost::stored_journals() {
    std::vector<std::string> texts;
    const int count = stride_storage_js_stored_journals();
    for (int i = 0; i < count; ++i)
        texts.push_back(take_slot(0, stride_storage_js_stash_stored_journal(i)));
    return texts;
}

void WebStorageHost::listen(storage::StorageEvents events) {
    events_ = std::move(events);
    stride_storage_js_listen(); // once per page: later calls only replace the events
}

void WebStorageHost::event(int kind, double value) const {
    if (kind == 0 && before_flush_) before_flush_();
    if (kind == 0 && events_.flush) events_.flush();
    if (kind == 1 && events_.other_tab_saved) events_.other_tab_saved(static_cast<std::uint64_t>(value));
    if (kind == 2 && events_.persistence_answered) events_.persistence_answered(value != 0);
}

void WebStorageHost::request_persistence() {
    stride_storage_js_request_persistence();
}

std::optional<Date> WebStorageHost::read_note(storage::StorageNote note) {
    const int ymd = stride_storage_js_read_note(static_cast<int>(note));
    if (ymd == 0) return std::nullopt;
    return Date::from_ymd(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

void WebStorageHost::write_note(storage::StorageNote note, Date date) {
    stride_storage_js_write_note(static_cast<int>(note),
                                 date.year() * 10000 + date.month() * 100 + date.day());
}

} // namespace stride::platform

// Called from web_storage.js (see web_storage.hpp).
extern "C" {
EMSCRIPTEN_KEEPALIVE void stride_storage_completed(int request, const char* error_name, const char* detail,
                                                   double generation, int size) {
    if (stride::platform::g_backend)
        stride::platform::g_backend->completed(request, error_name, detail,
                                               static_cast<std::uint64_t>(generation), size);
}

EMSCRIPTEN_KEEPALIVE void stride_storage_event(int kind, double value) {
    if (stride::platform::g_host) stride::platform::g_host->event(kind, value);
}
}
