#include "platform/web/web_storage.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cstring>
#include <utility>

// JavaScript half. EM_JS bodies are stringified by the preprocessor onto one line: block comments only.
// Results that carry bytes wait in Module.strideStorageResults[slot] until stride_storage_js_take copies
// them into C++ memory; slot 0 is for synchronous reads, request ids (1, 2, ...) for answers.

EM_JS(void, stride_storage_js_install, (void), {
    if (Module.strideStorageDeliver) return;
    Module.strideStorageResults = {};
    Module.strideStorageDeliver = function(request, result, generation, bytes) {
        if (bytes) Module.strideStorageResults[request] = bytes;
        var failed = !result || !result.ok;
        var name = failed ? String((result && result.name) || "UnknownError") : "";
        var detail = failed ? String((result && (result.detail || result.message)) || "") : "";
        ccall("stride_storage_completed", null, [ "number", "string", "string", "number", "number" ],
              [ request, name, detail, generation, bytes ? bytes.length : 0 ]);
    };
    /* Runs one StrideStorage call; a missing storage.js or a rejection answers as a failure. */
    Module.strideStorageCall = function(request, call, onResult) {
        var deliver = Module.strideStorageDeliver;
        var pending = typeof StrideStorage === "object"
                          ? Promise.resolve().then(call)
                          : Promise.resolve({ok : false, name : "Unavailable", detail : "storage.js is missing"});
        pending
            .then(function(result) {
                if (!result || !result.ok) return deliver(request, result, 0, null);
                onResult(result);
            })
            .catch(function(error) {
                deliver(request, {ok : false, name : (error && error.name) || "UnknownError", detail : String(error)},
                        0, null);
            });
    };
});

EM_JS(int, stride_storage_js_take, (int slot, unsigned char* destination), {
    var bytes = Module.strideStorageResults[slot];
    delete Module.strideStorageResults[slot];
    if (!bytes) return 0;
    HEAPU8.set(bytes, destination);
    return bytes.length;
});

/* [preload] Module.strideStorageStart is what StrideStorage.preload() resolved (web/loader.js). */
EM_JS(int, stride_storage_js_preload_state, (void), {
    var start = Module.strideStorageStart;
    if (!start) return -1;
    return start.ok ? 1 : 0;
});

EM_JS(int, stride_storage_js_preload_persisted, (void), {
    return Module.strideStorageStart && Module.strideStorageStart.persisted ? 1 : 0;
});

EM_JS(int, stride_storage_js_preload_count, (void), {
    var start = Module.strideStorageStart;
    return start && start.records ? start.records.length : 0;
});

EM_JS(double, stride_storage_js_preload_generation, (int index), {
    return Module.strideStorageStart.records[index].generation;
});

EM_JS(int, stride_storage_js_stash_preloaded, (int index), {
    var bytes = new Uint8Array(Module.strideStorageStart.records[index].bytes);
    Module.strideStorageResults[0] = bytes;
    return bytes.length;
});

/* which: 0 tab id, 1 error name, 2 error message. */
EM_JS(int, stride_storage_js_stash_preload_text, (int which), {
    var start = Module.strideStorageStart || {};
    var fallbackTab = typeof StrideStorage === "object" ? StrideStorage.tabId : "tab-without-storage";
    var text = [ start.tabId || fallbackTab, start.name || "", start.message || "" ][which] || "";
    var bytes = new TextEncoder().encode(text);
    Module.strideStorageResults[0] = bytes;
    return bytes.length;
});

/* [backend] */
EM_JS(void, stride_storage_js_put, (int request, double generation, const char* bytes, int size, double expected), {
    var copy = HEAPU8.slice(bytes, bytes + size); /* now: the C++ buffer is freed when this returns */
    Module.strideStorageCall(request, function() {
        return StrideStorage.write({generation : generation, bytes : copy, expectedNewest : expected});
    }, function(result) { Module.strideStorageDeliver(request, result, 0, null); });
});

EM_JS(void, stride_storage_js_list, (int request), {
    Module.strideStorageCall(request, function() { return StrideStorage.list(); }, function(result) {
        var numbers = new Float64Array(result.generations.length);
        result.generations.forEach(function(g, i) { numbers[i] = g; });
        Module.strideStorageDeliver(request, result, 0, new Uint8Array(numbers.buffer));
    });
});

EM_JS(void, stride_storage_js_get, (int request, double generation), {
    Module.strideStorageCall(request, function() { return StrideStorage.get(generation); }, function(result) {
        var record = result.record;
        Module.strideStorageDeliver(request, result, record ? record.generation : 0,
                                    record ? new Uint8Array(record.bytes) : null);
    });
});

EM_JS(void, stride_storage_js_remove, (int request, const double* generations, int count), {
    var list = Array.from(HEAPF64.subarray(generations >> 3, (generations >> 3) + count));
    Module.strideStorageCall(request, function() { return StrideStorage.remove(list); },
                             function(result) { Module.strideStorageDeliver(request, result, 0, null); });
});

/* [page events] kind: 0 flush, 1 another tab saved (value = generation), 2 persistence (value 1 = granted). */
EM_JS(void, stride_storage_js_listen, (void), {
    if (typeof StrideStorage !== "object") return;
    function send(kind, value) { ccall("stride_storage_event", null, [ "number", "number" ], [ kind, value ]); }
    StrideStorage.onFlush(function() { send(0, 0); });
    StrideStorage.onRemoteGeneration(function(generation) { send(1, generation); });
});

EM_JS(void, stride_storage_js_request_persistence, (void), {
    if (typeof StrideStorage !== "object") return;
    StrideStorage.requestPersistence().then(function(answer) {
        ccall("stride_storage_event", null, [ "number", "number" ], [ 2, answer.persisted ? 1 : 0 ]);
    });
});

/* [notes] localStorage dates as YYYY-MM-DD; read as YYYYMMDD, 0 when absent or unreadable. */
EM_JS(int, stride_storage_js_read_note, (int which), {
    try {
        var text = localStorage.getItem([ "stride-back-last-backup", "stride-back-first-save" ][which]) || "";
        var parts = text.split("-").map(Number); /* no regular expression: EM_JS text cannot hold backslashes */
        if (text.length !== 10 || parts.length !== 3 || !parts.every(Number.isInteger)) return 0;
        return parts[0] * 10000 + parts[1] * 100 + parts[2];
    } catch (error) {
        return 0;
    }
});

EM_JS(void, stride_storage_js_write_note, (int which, int ymd), {
    var iso = String(Math.floor(ymd / 10000)).padStart(4, "0") + "-" +
              String(Math.floor(ymd / 100) % 100).padStart(2, "0") + "-" + String(ymd % 100).padStart(2, "0");
    try {
        localStorage.setItem([ "stride-back-last-backup", "stride-back-first-save" ][which], iso);
    } catch (error) {
        /* Storage refused (private mode): the reminder then counts as if no backup was noted. */
    }
});

namespace stride::platform {
namespace {

WebStorageBackend* g_backend = nullptr; // the one instance stride_storage_completed answers
StorageEvents g_events;

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
// [preload]
// -------------------------------------------------------------------------------------------------------

StoragePreload read_storage_preload() {
    stride_storage_js_install();
    StoragePreload preload;
    const int state = stride_storage_js_preload_state();
    preload.ok = state == 1;
    preload.persisted = stride_storage_js_preload_persisted() != 0;
    preload.tab_id = preload_text(0);
    preload.error_name = state == -1 ? "Unavailable" : preload_text(1); // -1: the page did not preload
    preload.error_message = state == -1 ? "" : preload_text(2);
    if (!preload.ok && preload.error_message.empty())
        preload.error_message = storage::plain_words(storage::error_from_browser(preload.error_name, ""));
    const int count = stride_storage_js_preload_count();
    for (int i = 0; i < count; ++i) {
        const auto generation = static_cast<std::uint64_t>(stride_storage_js_preload_generation(i));
        preload.records.push_back({generation, take_slot(0, stride_storage_js_stash_preloaded(i))});
    }
    return preload;
}

// -------------------------------------------------------------------------------------------------------
// [backend]
// -------------------------------------------------------------------------------------------------------

WebStorageBackend::WebStorageBackend(std::function<void()> on_answer) : on_answer_(std::move(on_answer)) {
    stride_storage_js_install();
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
    if (on_answer_) on_answer_();
}

// -------------------------------------------------------------------------------------------------------
// [page events]
// -------------------------------------------------------------------------------------------------------

void listen_for_storage_events(StorageEvents events) {
    g_events = std::move(events);
    stride_storage_js_listen();
}

void request_persistent_storage() {
    stride_storage_js_request_persistence();
}

// -------------------------------------------------------------------------------------------------------
// [notes]
// -------------------------------------------------------------------------------------------------------

std::optional<Date> read_storage_note(StorageNote note) {
    const int ymd = stride_storage_js_read_note(static_cast<int>(note));
    if (ymd == 0) return std::nullopt;
    return Date::from_ymd(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

void write_storage_note(StorageNote note, Date date) {
    stride_storage_js_write_note(static_cast<int>(note), date.year() * 10000 + date.month() * 100 + date.day());
}

std::int64_t wall_clock_ms() {
    return static_cast<std::int64_t>(emscripten_date_now());
}

} // namespace stride::platform

// Called from the EM_JS code above (see web_storage.hpp).
extern "C" {
EMSCRIPTEN_KEEPALIVE void stride_storage_completed(int request, const char* error_name, const char* detail,
                                                   double generation, int size) {
    if (stride::platform::g_backend)
        stride::platform::g_backend->completed(request, error_name, detail,
                                               static_cast<std::uint64_t>(generation), size);
}

EMSCRIPTEN_KEEPALIVE void stride_storage_event(int kind, double value) {
    const stride::platform::StorageEvents& events = stride::platform::g_events;
    if (kind == 0 && events.flush) events.flush();
    if (kind == 1 && events.other_tab_saved) events.other_tab_saved(static_cast<std::uint64_t>(value));
    if (kind == 2 && events.persistence_answered) events.persistence_answered(value != 0);
}
}
