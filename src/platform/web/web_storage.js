// The page side of src/platform/web/web_storage (see web_storage.hpp), linked with --js-library like every
// JavaScript half of the platform (page.js, files.js, update.js). It only carries calls and answers between
// C++ and web/storage.js (globalThis.StrideStorage), which stays a classic script of its own: it must read
// IndexedDB before this module starts (web/loader.js awaits StrideStorage.preload() next to the fonts), and
// the storage tests and the benchmark use it without the app.
//
// Results that carry bytes wait in StrideStorageBridge.results[slot] until stride_storage_js_take copies
// them into C++ memory; slot 0 is for synchronous reads, request ids (1, 2, ...) for answers. Sections:
// [bridge] [preload] [backend] [page events] [notes] [journal].
mergeInto(LibraryManager.library, {
  // ----------------------------------------------------------------------------------------------- [bridge]
  $StrideStorageBridge: {
    results: {},
    listening: false,
    // Hands one answer to C++ (stride_storage_completed); `bytes` wait in results[request].
    deliver: function (request, result, generation, bytes) {
      if (bytes) StrideStorageBridge.results[request] = bytes;
      var failed = !result || !result.ok;
      var name = failed ? String((result && result.name) || 'UnknownError') : '';
      var detail = failed ? String((result && (result.detail || result.message)) || '') : '';
      ccall('stride_storage_completed', null, ['number', 'string', 'string', 'number', 'number'],
            [request, name, detail, generation, bytes ? bytes.length : 0]);
    },
    // Runs one StrideStorage call; a missing storage.js or a rejection answers as a failure.
    call: function (request, run, onResult) {
      var deliver = StrideStorageBridge.deliver;
      var pending = typeof StrideStorage === 'object'
        ? Promise.resolve().then(run)
        : Promise.resolve({ ok: false, name: 'Unavailable', detail: 'storage.js is missing' });
      pending.then(function (result) {
        if (!result || !result.ok) return deliver(request, result, 0, null);
        onResult(result);
      }).catch(function (error) {
        deliver(request, { ok: false, name: (error && error.name) || 'UnknownError', detail: String(error) }, 0, null);
      });
    },
    stash: function (bytes) {
      StrideStorageBridge.results[0] = bytes;
      return bytes.length;
    },
    stashText: function (text) {
      return StrideStorageBridge.stash(new TextEncoder().encode(text));
    },
    storedJournals: [], // what stride_storage_js_stored_journals read, until copied
    // The localStorage keys of StorageNote::last_backup, first_save and storage_warning_read.
    noteKeys: ['stride-back-last-backup', 'stride-back-first-save', 'stride-back-storage-warning-read'],
  },

  stride_storage_js_take__deps: ['$StrideStorageBridge'],
  stride_storage_js_take: function (slot, destination) {
    var bytes = StrideStorageBridge.results[slot];
    delete StrideStorageBridge.results[slot];
    if (!bytes) return 0;
    HEAPU8.set(bytes, destination);
    return bytes.length;
  },

  // ---------------------------------------------------------------------------------------------- [preload]
  // Module.strideStorageStart is what StrideStorage.preload() resolved (web/loader.js).
  stride_storage_js_preload_state: function () {
    var start = Module['strideStorageStart'];
    if (!start) return -1;
    return start.ok ? 1 : 0;
  },
  stride_storage_js_preload_persisted: function () {
    var start = Module['strideStorageStart'];
    return start && start.persisted ? 1 : 0;
  },
  stride_storage_js_preload_count: function () {
    var start = Module['strideStorageStart'];
    return start && start.records ? start.records.length : 0;
  },
  stride_storage_js_preload_generation: function (index) {
    return Module['strideStorageStart'].records[index].generation;
  },
  stride_storage_js_stash_preloaded__deps: ['$StrideStorageBridge'],
  stride_storage_js_stash_preloaded: function (index) {
    return StrideStorageBridge.stash(new Uint8Array(Module['strideStorageStart'].records[index].bytes));
  },
  // which: 0 tab id, 1 error name, 2 error message.
  stride_storage_js_stash_preload_text__deps: ['$StrideStorageBridge'],
  stride_storage_js_stash_preload_text: function (which) {
    var start = Module['strideStorageStart'] || {};
    var fallbackTab = typeof StrideStorage === 'object' ? StrideStorage.tabId : 'tab-without-storage';
    var text = [start.tabId || fallbackTab, start.name || '', start.message || ''][which] || '';
    return StrideStorageBridge.stashText(text);
  },
  // The closed tabs' journals preload() claimed: which 0 = the tab's id, 1 = the journal's text.
  stride_storage_js_preload_journal_count: function () {
    var start = Module['strideStorageStart'];
    return start && start.journals ? start.journals.length : 0;
  },
  stride_storage_js_stash_preload_journal__deps: ['$StrideStorageBridge'],
  stride_storage_js_stash_preload_journal: function (index, which) {
    var journal = Module['strideStorageStart'].journals[index];
    return StrideStorageBridge.stashText(which === 0 ? journal.tab : journal.text);
  },

  // ---------------------------------------------------------------------------------------------- [backend]
  stride_storage_js_put__deps: ['$StrideStorageBridge'],
  stride_storage_js_put: function (request, generation, bytes, size, expected) {
    var copy = HEAPU8.slice(bytes, bytes + size); /* now: the C++ buffer is freed when this returns */
    StrideStorageBridge.call(request, function () {
      return StrideStorage.write({ generation: generation, bytes: copy, expectedNewest: expected });
    }, function (result) { StrideStorageBridge.deliver(request, result, 0, null); });
  },
  stride_storage_js_list__deps: ['$StrideStorageBridge'],
  stride_storage_js_list: function (request) {
    StrideStorageBridge.call(request, function () { return StrideStorage.list(); }, function (result) {
      var numbers = new Float64Array(result.generations.length);
      result.generations.forEach(function (g, i) { numbers[i] = g; });
      StrideStorageBridge.deliver(request, result, 0, new Uint8Array(numbers.buffer));
    });
  },
  stride_storage_js_get__deps: ['$StrideStorageBridge'],
  stride_storage_js_get: function (request, generation) {
    StrideStorageBridge.call(request, function () { return StrideStorage.get(generation); }, function (result) {
      var record = result.record;
      StrideStorageBridge.deliver(request, result, record ? record.generation : 0,
                                  record ? new Uint8Array(record.bytes) : null);
    });
  },
  stride_storage_js_remove__deps: ['$StrideStorageBridge'],
  stride_storage_js_remove: function (request, generations, count) {
    var list = Array.from(HEAPF64.subarray(generations >> 3, (generations >> 3) + count));
    StrideStorageBridge.call(request, function () { return StrideStorage.remove(list); },
                             function (result) { StrideStorageBridge.deliver(request, result, 0, null); });
  },

  // ------------------------------------------------------------------------------------------ [page events]
  // stride_storage_event kinds: 0 flush, 1 another tab saved (value = generation), 2 persistence (1 = granted).
  stride_storage_js_listen__deps: ['$StrideStorageBridge'],
  stride_storage_js_listen: function () {
    if (typeof StrideStorage !== 'object' || StrideStorageBridge.listening) return;
    StrideStorageBridge.listening = true; /* C++ replaces what the events do; the hooks stay */
    function send(kind, value) { ccall('stride_storage_event', null, ['number', 'number'], [kind, value]); }
    StrideStorage.onFlush(function () { send(0, 0); });
    StrideStorage.onRemoteGeneration(function (generation) { send(1, generation); });
  },
  stride_storage_js_request_persistence: function () {
    if (typeof StrideStorage !== 'object') return;
    StrideStorage.requestPersistence().then(function (answer) {
      ccall('stride_storage_event', null, ['number', 'number'], [2, answer.persisted ? 1 : 0]);
    });
  },

  // ------------------------------------------------------------------------------------------------ [notes]
  // localStorage dates as YYYY-MM-DD, handed to C++ as YYYYMMDD (0 when absent or unreadable).
  stride_storage_js_read_note__deps: ['$StrideStorageBridge'],
  stride_storage_js_read_note: function (which) {
    try {
      var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localStorage.getItem(StrideStorageBridge.noteKeys[which]) || '');
      return match ? Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]) : 0;
    } catch (error) {
      return 0; /* localStorage refused (private mode) */
    }
  },
  stride_storage_js_write_note__deps: ['$StrideStorageBridge'],
  stride_storage_js_write_note: function (which, ymd) {
    var iso = String(Math.floor(ymd / 10000)).padStart(4, '0') + '-' +
              String(Math.floor(ymd / 100) % 100).padStart(2, '0') + '-' + String(ymd % 100).padStart(2, '0');
    try {
      localStorage.setItem(StrideStorageBridge.noteKeys[which], iso);
    } catch (error) {
      /* Storage refused (private mode): the reminder then counts as if no backup was noted. */
    }
  },

  // ---------------------------------------------------------------------------------------------- [journal]
  // This tab's journal in localStorage, through StrideStorage (which owns the keys, web/storage.js).
  stride_storage_js_write_journal: function (text, size) {
    if (typeof StrideStorage !== 'object') return 0;
    return StrideStorage.writeJournal(UTF8ToString(text, size)) ? 1 : 0;
  },
  stride_storage_js_remove_journal: function (tab) {
    if (typeof StrideStorage === 'object') StrideStorage.removeJournal(UTF8ToString(tab));
  },
  stride_storage_js_stored_journals__deps: ['$StrideStorageBridge'],
  stride_storage_js_stored_journals: function () {
    StrideStorageBridge.storedJournals = typeof StrideStorage === 'object' ? StrideStorage.storedJournals() : [];
    return StrideStorageBridge.storedJournals.length;
  },
  stride_storage_js_stash_stored_journal__deps: ['$StrideStorageBridge'],
  stride_storage_js_stash_stored_journal: function (index) {
    return StrideStorageBridge.stashText(StrideStorageBridge.storedJournals[index]);
  },
});
