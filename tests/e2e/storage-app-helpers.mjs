// Shared steps of the storage tests against the whole app (storage-app*.test.mjs): the labels they use (in
// one place, so a renamed button is fixed here), logging a run through the real Log screen, reading what
// the History screen lists, the save indicator, and reaching the app's IndexedDB the way a test must
// (through web/storage.js's test hooks, or by writing records before the app starts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export { browserProfile } from './storage/harness.mjs'; // a profile that survives closing the browser
import { item, probe, root } from './harness.mjs';
import { onboard, press, toTop, typeInto } from './ui/drive.mjs';

export const LABELS = {
  welcome: 'Welcome to Stride Back',
  logTab: 'Tab: Log',
  historyTab: 'Tab: History',
  historyTitle: 'History',
  note: 'Note',
  minutes: 'Minutes',
  saveRun: 'Save run',
  painDuring: 'Worst pain during: 1',
  logAnother: 'Log another run',
  notePrefix: 'Note: ',
};

export const TODAY = '2025-03-03';

// ---- the app ----

export async function waitForApp(page) {
  await page.waitForFunction(() => window.strideProbe && window.strideProbe.frame >= 1, null, { timeout: 30000 });
}

// Opens the app in `context` (a new tab) and waits for its first frame; page.problems as in openApp.
export async function openTab(context, url) {
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => { if (message.type() === 'error') page.problems.push(message.text()); });
  page.on('pageerror', (error) => page.problems.push(String(error)));
  await page.goto(url);
  await waitForApp(page);
  return page;
}

export async function reopen(page) {
  await page.reload();
  await waitForApp(page);
}

export function texts(page) {
  return page.evaluate(() => window.strideProbe.items.filter((i) => i.kind === 'text').map((i) => i.label));
}

// A fresh installation: goes through onboarding if it is showing.
export async function onboardIfNew(page) {
  const first = await texts(page);
  if (first.includes(LABELS.welcome)) await onboard(page);
}

// Logs a run through the Log screen with `note` (to find it again) and waits until the app has applied
// it: the form starts over, in the frame that applies the run (frames can be slow here, so a fixed wait
// is not enough). Does not wait for the save.
export async function logRun(page, note, minutes = 10) {
  await page.bringToFront();
  await press(page, LABELS.logTab);
  // After a save the form gives way to the saved card until "Log another run".
  if (await page.evaluate((l) => window.strideProbe.items.some((i) => i.label === l), LABELS.logAnother)) {
    await press(page, LABELS.logAnother);
  }
  await typeInto(page, LABELS.minutes, String(minutes));
  await press(page, LABELS.painDuring); // the one pain a run needs: no preselected answer
  await typeInto(page, LABELS.note, note);
  await press(page, LABELS.saveRun, 'button');
  await page.waitForFunction(([label, typed]) => {
    const field = window.strideProbe.items.find((i) => i.label === label);
    return !field || field.value !== typed;
  }, [LABELS.note, note], { timeout: 15000 });
}

// Every "Note: ..." line the History screen lists, scrolling through it from the top.
export async function historyNotes(page) {
  await page.bringToFront();
  await press(page, LABELS.historyTab);
  await toTop(page); // screens share one scrolled window: the Log screen may have left it scrolled down
  await item(page, LABELS.historyTitle, 'text');
  const seen = new Set();
  let last = null;
  for (let step = 0; step < 100; step++) {
    const items = (await probe(page)).items;
    for (const i of items) if (i.kind === 'text' && i.label.startsWith(LABELS.notePrefix)) seen.add(i.label.slice(LABELS.notePrefix.length));
    const signature = items.map((i) => `${i.label}@${i.y}`).join('|');
    if (signature === last) break;
    last = signature;
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(90);
  }
  await toTop(page);
  return [...seen].sort();
}

// The save indicator's words: "Saved", "Saving…" or "Not saved: …" (desktop side bar, or the phone's
// header line "day · Saved · …").
export async function saveWords(page) {
  const labels = await texts(page);
  for (const label of labels) {
    const match = /(?:^|· )(Saved|Saving…|Not saved: [^·]*)(?: ·|$)/.exec(label);
    if (match) return match[1].trim();
  }
  return null;
}

export async function waitForSaveWords(page, expected, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let words = null;
  while (Date.now() < deadline) {
    words = await saveWords(page);
    if (typeof expected === 'string' ? words === expected : expected.test(words || '')) return words;
    await page.waitForTimeout(50);
  }
  assert.fail(`save indicator: expected ${expected}, last read ${words}`);
}

// Waits until a static text containing `part` is drawn; returns its label.
export async function waitForTextContaining(page, part, timeout = 10000) {
  const handle = await page.waitForFunction((p) => {
    const found = window.strideProbe.items.find((i) => i.kind === 'text' && i.label.includes(p));
    return found && found.label;
  }, part, { timeout });
  return handle.jsonValue();
}

// ---- what IndexedDB holds ----

// The plan in every stored generation, decoded here independently of the app (docs/storage.md, "Record
// layout" and "Delta generations"), newest last: [{ generation, base, size, plan | null (damaged) }]. A delta
// generation's plan is its base's with the delta applied, so `plan` is always a whole plan file.
export async function storedPlans(page) {
  const records = await page.evaluate(() => new Promise((resolve, reject) => {
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

export async function newestStoredPlan(page) {
  const all = await storedPlans(page);
  return all.length ? all[all.length - 1].plan : null;
}

export function notesIn(plan) {
  return (plan ? plan.plan.runs : []).map((r) => r.note).filter(Boolean).sort();
}

// Holds web/storage.js's writer lock from another tab of the same site until release() is called, so
// the app's writes wait (as when another tab is writing).
export async function holdWriterLock(context, url) {
  const holder = await openStorageOnlyPage(context, url);
  await holder.evaluate(() => new Promise((held) => {
    navigator.locks.request('stride-back-writer', () => new Promise((release) => {
      window.releaseWriterLock = release;
      held();
    }));
  }));
  return {
    release: async () => { await holder.evaluate(() => window.releaseWriterLock()); await holder.close(); },
  };
}

// ---- writing records before the app starts ----

const BLANK = 'storage-test-blank.html';

function blankPageUrl(url) {
  return new URL(BLANK, url).href;
}

// A page of the app's origin that runs only web/storage.js (under the name the release gives it).
export async function openStorageOnlyPage(context, url) {
  const html = await (await fetch(url)).text();
  const script = /<script src="(storage[^"]*\.js)"/.exec(html);
  assert.ok(script, 'index.html loads storage.js');
  const page = await context.newPage();
  await page.route(blankPageUrl(url), (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><meta charset="utf-8"><script src="${script[1]}"></script>`,
  }));
  await page.goto(blankPageUrl(url));
  await page.evaluate(() => StrideStorage.preload());
  return page;
}

// Stores records ({ generation, bytes: Buffer }) in order, each on top of the one before (the first on
// top of `newest`, the generation stored now).
export async function storeRecords(context, url, records, newest = 0) {
  const page = await openStorageOnlyPage(context, url);
  for (const { generation, bytes } of records) {
    const result = await page.evaluate(([g, b, e]) => StrideStorage.write({ generation: g, bytes: new Uint8Array(b), expectedNewest: e }),
      [generation, Array.from(bytes), newest]);
    assert.deepEqual(result, { ok: true }, `generation ${generation} stored`);
    newest = generation;
  }
  await page.close();
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

export const PLAN_V1 = readFileSync(join(root, 'tests', 'fixtures', 'plan-v1.json'), 'utf8');
export const RECORD_FORMAT1 = readFileSync(join(root, 'tests', 'storage', 'fixtures', 'generation-format1.bin'));
