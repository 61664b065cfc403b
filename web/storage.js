// Stride Back storage, browser side: IndexedDB generations, one writer at a time across tabs, flush hooks.
// The C++ side (src/storage) encodes and checks the records; here their bytes are opaque and only
// the generation number (the key) is read, for ordering. See docs/storage.md.
//
// A classic script (not a module) so the page can load it before the wasm module and any loader can reach
// it as globalThis.StrideStorage. Sections:
//   [words]    plain-words messages for the runner
//   [database] opening, reading, transactions
//   [writes]   one readwrite transaction per generation, serialized, under the Web Lock
//   [tabs]     BroadcastChannel announcements of new generations
//   [journal]  the write-ahead journals in localStorage, and the closed tabs' ones handed to the app
//   [page]     flush hooks, persistence
//   [tests]    hooks only the browser tests use
//   [api]      globalThis.StrideStorage
(function () {
  'use strict';

  const DB_NAME = 'stride-back';
  const DB_VERSION = 1;
  const STORE = 'generations'; // key path 'generation'; values { generation: number, bytes: Uint8Array }
  const WRITER_LOCK = 'stride-back-writer';
  const CHANNEL = 'stride-back-generations';
  const JOURNAL_KEY = 'stride-back-journal:'; // + tab id: one localStorage key per tab (src/storage/journal.hpp)
  const TAB_LOCK = 'stride-back-tab:'; // + tab id: held by the tab while it is open, then by the tab it handed its journal to

  const tabId = (globalThis.crypto && crypto.randomUUID)
    ? crypto.randomUUID()
    : 'tab-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);

  // ---------------------------------------------------------------------------------------------- [words]
  // The same words as src/storage/storage_error.cpp, which the app shows; these serve the page before (or
  // without) the wasm module.
  function plainWords(name) {
    switch (name) {
      case 'QuotaExceededError':
        return 'Your browser refused to save (storage full). Export a backup file now.';
      case 'NewerGenerationExists':
        return 'Another open Stride Back tab saved first. Loading its changes, then saving yours again.';
      case 'Unavailable':
      case 'NotReady':
        return 'This browser is not letting Stride Back store data here (private browsing?). ' +
          'Export a backup file before you close the page.';
      default:
        return 'Your browser refused to save (' + (name || 'unknown reason') + '). Export a backup file now.';
    }
  }

  function failure(name, detail) {
    return { ok: false, name: name, message: plainWords(name), detail: detail || '' };
  }

  function failureFrom(error) {
    return failure((error && error.name) || 'UnknownError', (error && error.message) || String(error));
  }

  // -------------------------------------------------------------------------------------------- [database]
  let db = null;
  let preloaded = null; // the promise preload() returns; writes wait for it

  function openDatabase() {
    return new Promise(function (resolve, reject) {
      if (!globalThis.indexedDB) {
        reject(Object.assign(new Error('IndexedDB is not available'), { name: 'Unavailable' }));
        return;
      }
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: 'generation' });
      };
      request.onsuccess = function () {
        const opened = request.result;
        // A later release upgrading the schema in another tab: step aside; this tab's writes then fail
        // visibly (InvalidStateError) instead of blocking the upgrade.
        opened.onversionchange = function () { opened.close(); };
        resolve(opened);
      };
      request.onerror = function () { reject(request.error); };
    });
  }

  // Resolves when the transaction has COMMITTED; rejects with its error when it aborts.
  function finished(tx) {
    return new Promise(function (resolve, reject) {
      tx.oncomplete = function () { resolve(); };
      tx.onabort = function () { reject(tx.error || Object.assign(new Error('aborted'), { name: 'AbortError' })); };
    });
  }

  function requestResult(request) {
    return new Promise(function (resolve, reject) {
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function readAll() {
    const tx = db.transaction(STORE, 'readonly');
    return requestResult(tx.objectStore(STORE).getAll()).then(function (values) {
      return values.map(function (v) { return { generation: v.generation, bytes: new Uint8Array(v.bytes) }; });
    });
  }

  // Reads every stored generation (oldest first) before the app starts, so its start-up is synchronous,
  // and claims the journals of closed tabs (see [journal]). Never rejects: { ok, records, persisted, tabId,
  // journals } or a failure with name/message and no records (the journals are handed over all the same).
  function preload() {
    if (!preloaded) {
      const journals = holdOwnTab().then(claimOrphanJournals);
      preloaded = openDatabase().then(function (opened) {
        db = opened;
        return Promise.all([readAll(), persistedNow(), journals]);
      }).then(function (all) {
        listenToOtherTabs();
        return { ok: true, records: all[0], persisted: all[1], tabId: tabId, journals: all[2] };
      }, function (error) {
        return journals.then(function (claimed) {
          return Object.assign(failureFrom(error), { records: [], persisted: false, tabId: tabId, journals: claimed });
        });
      });
    }
    return preloaded;
  }

  function list() {
    if (!db) return Promise.resolve(failure('NotReady'));
    const tx = db.transaction(STORE, 'readonly');
    return requestResult(tx.objectStore(STORE).getAllKeys()).then(function (keys) {
      return { ok: true, generations: keys };
    }, failureFrom);
  }

  function get(generation) {
    if (!db) return Promise.resolve(failure('NotReady'));
    const tx = db.transaction(STORE, 'readonly');
    return requestResult(tx.objectStore(STORE).get(generation)).then(function (v) {
      return { ok: true, record: v ? { generation: v.generation, bytes: new Uint8Array(v.bytes) } : null };
    }, failureFrom);
  }

  // ---------------------------------------------------------------------------------------------- [writes]
  // Every write and delete of this tab runs after the previous one has finished (no overlapping
  // transactions), and each holds the cross-tab writer lock while it runs.
  let queue = Promise.resolve();

  function serialized(operation) {
    const run = function () { return withWriterLock(operation); };
    const result = queue.then(run, run);
    queue = result.catch(function () {});
    return result;
  }

  function withWriterLock(operation) {
    if (globalThis.navigator && navigator.locks) {
      return navigator.locks.request(WRITER_LOCK, { mode: 'exclusive' }, operation);
    }
    // No Web Locks (older browsers): the expected-newest check inside the transaction still keeps two
    // tabs from overwriting each other, since IndexedDB runs readwrite transactions on a store one by one.
    return operation();
  }

  // Adds generation `generation` (its bytes from the C++ encoder) only if the newest stored generation is
  // still `expectedNewest` (0 = empty store). Resolves { ok: true } only once the transaction has
  // committed with strict durability; otherwise a failure with the DOMException name and plain words.
  function write(entry) {
    // Copy now: the caller's view may be into wasm memory that changes before the transaction runs.
    const record = { generation: entry.generation, bytes: new Uint8Array(entry.bytes) };
    const expectedNewest = entry.expectedNewest || 0;
    return serialized(function () {
      // Never write before the stored generations were read: a write could otherwise hide them.
      if (!preloaded) return failure('NotReady', 'write before preload');
      return preloaded.then(function (start) {
        if (!start.ok || !db) return failure('NotReady', 'the database did not open');
        return writeNow(record, expectedNewest);
      });
    });
  }

  // A page that goes into the back-forward cache mid-write (WebKit keeps it there, suspended, with its
  // transaction open) holds up every other page's reads of the store until it is evicted: the app opened
  // again would hang on "Loading". So its open transactions are rolled back as it leaves. The journal holds
  // what they carried (the next start replays it); a page that comes back saves again, as after a newer
  // generation (another page may have saved meanwhile).
  const openTransactions = new Set();
  const rolledBack = new WeakSet();

  function tracked(tx) {
    openTransactions.add(tx);
    const done = function () { openTransactions.delete(tx); };
    tx.addEventListener('complete', done);
    tx.addEventListener('abort', done);
    return tx;
  }

  function rollBackForCache() {
    openTransactions.forEach(function (tx) {
      rolledBack.add(tx);
      try { tx.abort(); } catch (error) { /* already committing: nothing waits on it */ }
    });
  }

  function writeNow(record, expectedNewest) {
    const injected = testHooks.nextWriteFailure;
    testHooks.nextWriteFailure = null;
    let refusedAsStale = false;
    let tx;
    try {
      tx = tracked(db.transaction(STORE, 'readwrite', { durability: 'strict' }));
    } catch (error) {
      return Promise.resolve(failureFrom(error));
    }
    const store = tx.objectStore(STORE);
    const newestRequest = store.openKeyCursor(null, 'prev');
    newestRequest.onsuccess = function () {
      const newest = newestRequest.result ? newestRequest.result.key : 0;
      if (newest !== expectedNewest) {
        refusedAsStale = true;
        tx.abort();
        return;
      }
      store.add(record); // add, not put: an existing generation is never overwritten
      if (injected) tx.abort(); // the injected failure: the add is rolled back like a refused commit
    };
    return finished(tx).then(function () {
      announce(record.generation);
      return { ok: true };
    }, function (error) {
      if (refusedAsStale) return failure('NewerGenerationExists', 'expected newest ' + expectedNewest);
      if (rolledBack.has(tx)) return failure('NewerGenerationExists', 'rolled back as the page went into the back-forward cache');
      if (injected) return failure(injected, 'injected by a test');
      return failureFrom(error);
    });
  }

  // Deletes old generations (the C++ side decides which). Missing ones are ignored.
  function remove(generations) {
    return serialized(function () {
      if (!db) return failure('NotReady');
      const tx = tracked(db.transaction(STORE, 'readwrite'));
      const store = tx.objectStore(STORE);
      generations.forEach(function (g) { store.delete(g); });
      return finished(tx).then(function () { return { ok: true }; }, failureFrom);
    });
  }

  // ------------------------------------------------------------------------------------------------ [tabs]
  let channel = null;
  const remoteListeners = [];

  function listenToOtherTabs() {
    if (channel || !globalThis.BroadcastChannel) return;
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = function (event) {
      const message = event.data || {};
      if (message.writer === tabId || typeof message.generation !== 'number') return;
      remoteListeners.forEach(function (listener) { listener(message.generation, message.writer); });
    };
  }

  function announce(generation) {
    if (channel) channel.postMessage({ generation: generation, writer: tabId });
  }

  // --------------------------------------------------------------------------------------------- [journal]
  // Each tab keeps its journal under its own key and holds the Web Lock TAB_LOCK + its id while open. At
  // start-up a tab claims every other tab's journal whose lock it can take: that tab is gone (the browser
  // releases a closed page's locks), and no other tab can claim it while this one holds its lock. A page
  // just closed may still hold its lock for a moment, so each claim waits up to CLAIM_WAIT_MS. Without Web
  // Locks (browsers before 2022) a journal counts as a closed tab's once it is ORPHAN_AGE_MS old.
  const CLAIM_WAIT_MS = 300;
  const ORPHAN_AGE_MS = 60000;

  function holdOwnTab() {
    if (!(globalThis.navigator && navigator.locks)) return Promise.resolve();
    return new Promise(function (held) {
      navigator.locks.request(TAB_LOCK + tabId, function () {
        held();
        return new Promise(function () {}); // for as long as the page lives
      }).catch(function () { held(); });
    });
  }

  function journalKeys(withOwn) {
    const keys = [];
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (key && key.startsWith(JOURNAL_KEY) && (withOwn || key !== JOURNAL_KEY + tabId)) keys.push(key);
      }
    } catch (error) { /* no localStorage (some private modes): no journals either */ }
    return keys;
  }

  // Resolves true once the lock is this page's (held until it closes), false if its tab is still open.
  function claimLock(name) {
    return new Promise(function (resolve) {
      const giveUp = new AbortController();
      const timer = setTimeout(function () { giveUp.abort(); }, CLAIM_WAIT_MS);
      navigator.locks.request(name, { signal: giveUp.signal }, function () {
        clearTimeout(timer);
        resolve(true);
        return new Promise(function () {});
      }).catch(function () { resolve(false); });
    });
  }

  function writtenLongAgo(text) {
    try {
      return Date.now() - Number(JSON.parse(text).written_at) > ORPHAN_AGE_MS;
    } catch (error) {
      return true; // damaged: the app says so
    }
  }

  // [{ tab, text }] for the journals of closed tabs, now this page's to recover.
  function claimOrphanJournals() {
    const locks = globalThis.navigator && navigator.locks;
    return Promise.all(journalKeys(false).map(function (key) {
      const tab = key.slice(JOURNAL_KEY.length);
      const claimed = locks ? claimLock(TAB_LOCK + tab) : Promise.resolve(writtenLongAgo(localStorage.getItem(key)));
      return claimed.then(function (mine) {
        const text = mine ? localStorage.getItem(key) : null; // read once claimed: it no longer changes
        return text === null ? null : { tab: tab, text: text };
      });
    })).then(function (all) { return all.filter(Boolean); });
  }

  // This tab's journal, written synchronously: true once localStorage holds it, false if refused.
  function writeJournal(text) {
    try {
      localStorage.setItem(JOURNAL_KEY + tabId, text);
      return true;
    } catch (error) {
      return false; // full, or no localStorage: the app says the change is not safe yet
    }
  }

  function removeJournal(tab) {
    try {
      localStorage.removeItem(JOURNAL_KEY + tab);
    } catch (error) { /* nothing stored then */ }
  }

  // The text of every journal stored now, this tab's included.
  function storedJournals() {
    return journalKeys(true).map(function (key) { return localStorage.getItem(key); })
      .filter(function (text) { return text !== null; });
  }

  // ------------------------------------------------------------------------------------------------ [page]
  const flushListeners = [];

  function flush(reason) {
    flushListeners.forEach(function (listener) { listener(reason); });
  }

  // beforeunload is unreliable on phones; these two are the last moments a page is sure to get.
  if (globalThis.document) {
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') flush('hidden');
    });
  }
  if (globalThis.addEventListener) {
    globalThis.addEventListener('pagehide', function (event) {
      flush('pagehide');
      if (event.persisted) rollBackForCache();
    });
  }

  function persistedNow() {
    if (!(globalThis.navigator && navigator.storage && navigator.storage.persisted)) return Promise.resolve(false);
    return navigator.storage.persisted().catch(function () { return false; });
  }

  // Asks the browser not to evict this site's data. Kept out of preload: some browsers ask the user,
  // which must not hold up start-up. Resolves { supported, persisted }.
  function requestPersistence() {
    if (!(globalThis.navigator && navigator.storage && navigator.storage.persist)) {
      return Promise.resolve({ supported: false, persisted: false });
    }
    return navigator.storage.persist().then(function (granted) {
      return { supported: true, persisted: Boolean(granted) };
    }, function () {
      return { supported: true, persisted: false };
    });
  }

  // ----------------------------------------------------------------------------------------------- [tests]
  // Only the browser tests call these; the app never does.
  const testHooks = {
    nextWriteFailure: null,
    // The next write aborts its transaction and reports this DOMException name.
    failNextWrite: function (name) { testHooks.nextWriteFailure = name || 'QuotaExceededError'; },
    // Flips one byte in the middle of the newest stored generation; resolves its generation (0 if none).
    corruptNewest: function () {
      return preload().then(function () {
        const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
        const cursorRequest = tx.objectStore(STORE).openCursor(null, 'prev');
        let corrupted = 0;
        cursorRequest.onsuccess = function () {
          const cursor = cursorRequest.result;
          if (!cursor) return;
          const value = cursor.value;
          const bytes = new Uint8Array(value.bytes);
          bytes[bytes.length >> 1] ^= 0x5a;
          cursor.update({ generation: value.generation, bytes: bytes });
          corrupted = value.generation;
        };
        return finished(tx).then(function () { return corrupted; });
      });
    },
  };

  // ------------------------------------------------------------------------------------------------- [api]
  globalThis.StrideStorage = Object.freeze({
    tabId: tabId,
    preload: preload,
    write: write,
    remove: remove,
    list: list,
    get: get,
    onRemoteGeneration: function (listener) { remoteListeners.push(listener); },
    writeJournal: writeJournal,
    removeJournal: removeJournal,
    storedJournals: storedJournals,
    onFlush: function (listener) { flushListeners.push(listener); },
    requestPersistence: requestPersistence,
    testOnly: Object.freeze({
      failNextWrite: testHooks.failNextWrite,
      corruptNewest: testHooks.corruptNewest,
    }),
  });
})();
