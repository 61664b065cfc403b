// The app's IndexedDB as a test must reach it: read and decode the stored generations independently of the
// app, hold web/storage.js's writer lock, and write records before the app starts; plus
// the record format (docs/storage.md), written here independently of the C++ encoder.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../driver/index.mjs';

// ---- what IndexedDB holds ----

// The plan in every stored generation, decoded here independently of the app (docs/storage.md, "Record
// layout" and "Delta generations"), newest last: [{ generation, base, size, plan | null (damaged) }]. A delta
// generation's plan is its base's with the delta applied, so `plan` is always a whole plan file.
export async function storedPlans(app) {
  const records = await app.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('stride-back');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('generations').objectStore('generations').getAll();
      request.onsuccess = () => {
        resolve(request.result.map((r) => ({ generation: r.generation, bytes: Array.from(new Uint8Array(r.bytes)) })));
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  }));
  const whole = new Map();
  return records.map(({ generation, bytes }) => {
    const record = decodeRecord(Buffer.from(bytes));
    const base = record ? record.base : null;
    const plan = !record ? null : base === 0 ? record.payload : applyDelta(whole.get(base), record.payload);
    if (base === 0) whole.set(generation, plan);
    return { generation, base, size: bytes.length, plan };
  });
}

const ENTRY_LISTS = ['runs', 'strength_sessions', 'daily_checks', 'aggravators', 'physio_entries', 'readiness_tests'];

// A delta ({ delta_version, changed, removed }) applied to a whole plan file, by entry id (order aside).
function applyDelta(whole, delta) {
  if (!whole) return null;
  const removed = new Set(delta.removed);
  const plan = { ...delta.changed };
  for (const key of ENTRY_LISTS) {
    const changed = new Map(delta.changed[key].map((entry) => [entry.id, entry]));
    const kept = whole.plan[key].filter((entry) => !removed.has(entry.id));
    const ids = new Set(kept.map((entry) => entry.id));
    plan[key] = [...kept.map((entry) => changed.get(entry.id) ?? entry),
      ...delta.changed[key].filter((entry) => !ids.has(entry.id))];
  }
  return { ...whole, plan };
}

export async function newestStoredPlan(app) {
  const all = await storedPlans(app);
  return all.length ? all[all.length - 1].plan : null;
}

export function notesIn(plan) {
  return (plan ? plan.plan.runs : []).map((r) => r.note).filter(Boolean).sort();
}

// Holds web/storage.js's writer lock from `page` (an App, or any tab of the app's origin) until release()
// is called, so the app's writes wait, as when another tab is writing: Web Locks are the origin's, not the
// page's, so the app's own tab can hold it for the test in every engine.
export async function holdWriterLock(page) {
  await page.evaluate(() => new Promise((held) => {
    navigator.locks.request('stride-back-writer', () => new Promise((release) => {
      window.releaseWriterLock = release;
      held();
    }));
  }));
  return { release: () => page.evaluate(() => window.releaseWriterLock()) };
}

// ---- writing records before the app starts ----

const BLANK = 'storage-test-blank.html';

function blankPageUrl(url) {
  return new URL(BLANK, url).href;
}

// A tab of the app's origin that runs only web/storage.js (under the name the release gives it). In Chromium
// Playwright answers the page's request itself, before any service worker; other engines are given the
// server's own "not found" page, which has no Content-Security-Policy, and the script is added to it. That
// page is the app's once a service worker controls the origin (every navigation gets the app's page), so
// there only Chromium can open one.
export async function openStorageOnlyPage(profile, url) {
  const html = await (await fetch(url)).text();
  const script = /<script src="(storage[^"]*\.js)"/.exec(html);
  assert.ok(script, 'index.html loads storage.js');
  const tab = await profile.newTab();
  const blank = blankPageUrl(url);
  if (typeof tab.native?.route === 'function') {
    await tab.native.route(blank, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><script src="${script[1]}"></script>`,
    }));
    await tab.goto(blank);
  } else {
    await tab.goto(blank);
    const added = await tab.evaluate((src) => {
      if (navigator.serviceWorker?.controller) return 'a service worker controls this origin';
      return new Promise((resolve) => {
        const element = document.createElement('script');
        element.src = src;
        element.onload = () => resolve('ok');
        element.onerror = () => resolve(`${src} did not load`);
        document.head.append(element);
      });
    }, script[1]);
    assert.equal(added, 'ok', 'a page that runs only storage.js');
  }
  await tab.evaluate(() => StrideStorage.preload());
  return tab;
}

// Stores records ({ generation, bytes: Buffer }) in order, each on top of the one before (the first on
// top of `newest`, the generation stored now).
export async function storeRecords(profile, url, records, newest = 0) {
  const tab = await openStorageOnlyPage(profile, url);
  for (const { generation, bytes } of records) {
    const result = await tab.evaluate(([g, b, e]) => StrideStorage.write({ generation: g, bytes: new Uint8Array(b), expectedNewest: e }),
      [generation, Array.from(bytes), newest]);
    assert.deepEqual(result, { ok: true }, `generation ${generation} stored`);
    newest = generation;
  }
  await tab.close();
}

// ---- the record format, written independently of the C++ encoder (docs/storage.md) ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function encodeRecord({ generation, savedAtMs, writer, payload }) {
  const writerBytes = Buffer.from(writer, 'utf8');
  const payloadBytes = Buffer.from(payload, 'utf8');
  const head = Buffer.alloc(24);
  head.write('SBGN', 0, 'latin1');
  head.writeUInt16LE(1, 4);
  head.writeBigUInt64LE(BigInt(generation), 6);
  head.writeBigInt64LE(BigInt(savedAtMs), 14);
  head.writeUInt16LE(writerBytes.length, 22);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(payloadBytes.length, 0);
  const body = Buffer.concat([head, writerBytes, length, payloadBytes]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(crc32(body), 0);
  return Buffer.concat([body, crc]);
}

// { base, payload } of a record of container format 1 or 2 (payload parsed), or null if it is damaged.
export function decodeRecord(bytes) {
  if (bytes.length < 32 || crc32(bytes.subarray(0, bytes.length - 4)) !== bytes.readUInt32LE(bytes.length - 4)) return null;
  const version = bytes.readUInt16LE(4);
  const writerAt = version === 1 ? 24 : 32; // format 2 adds the base generation (u64) at offset 22
  const base = version === 1 ? 0 : Number(bytes.readBigUInt64LE(22));
  const writerLength = bytes.readUInt16LE(writerAt - 2);
  const payloadAt = writerAt + writerLength + 4;
  const payloadLength = bytes.readUInt32LE(payloadAt - 4);
  return { base, payload: JSON.parse(bytes.subarray(payloadAt, payloadAt + payloadLength).toString('utf8')) };
}

export const RECORD_FORMAT1 = readFileSync(join(root, 'tests', 'storage', 'fixtures', 'generation-format1.bin'));
