// web/storage.js in real headless Chromium, without the app: preload, committed writes, two tabs, injected
// failures, corruption, flush hooks. The choice of what to open from the raw records is C++ (tested natively
// in tests/storage); here the raw records must come back exactly as stored, damaged ones included.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DESKTOP, persistentProfile, root, staticServer } from '../driver/index.mjs';

// A tiny page that loads web/storage.js as it is (no build), at / and at /elsewhere (to navigate away).
const PAGE = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>storage test</title>' +
  '<script src="/storage.js"></script>';

let server;
let profile;
let context;
let tabs = [];

before(async () => {
  const page = { type: 'text/html', body: PAGE };
  server = await staticServer(join(root, 'web'), { pages: { '/': page, '/elsewhere': page } });
  profile = await persistentProfile(DESKTOP);
  context = await profile.launch();
});

after(async () => {
  await profile.remove();
  await server.stop();
});

afterEach(() => {
  for (const tab of tabs) assert.deepEqual(tab.problems, [], 'no errors in the page');
  tabs = [];
});

async function openPage(opened, url) {
  const tab = await opened.newTab();
  tabs.push(tab);
  await tab.goto(url);
  return tab;
}

// Runs in the page: bytes cross the protocol as plain arrays.
function preload(tab) {
  return tab.evaluate(async () => {
    const result = await StrideStorage.preload();
    return { ...result, records: result.records.map((r) => ({ generation: r.generation, bytes: Array.from(r.bytes) })) };
  });
}

function write(tab, generation, bytes, expectedNewest) {
  return tab.evaluate(
    ([g, b, e]) => StrideStorage.write({ generation: g, bytes: new Uint8Array(b), expectedNewest: e }),
    [generation, bytes, expectedNewest],
  );
}

function bytesOf(text) {
  return Array.from(new TextEncoder().encode(text));
}

// Each test starts from an empty database.
async function freshPage() {
  const page = await openPage(context, server.url);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('stride-back');
    request.onsuccess = resolve;
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('database still open in another page'));
  }));
  await page.reload();
  return page;
}

test('a write before preload is refused and stores nothing', async () => {
  const page = await freshPage();
  const early = await write(page, 1, bytesOf('early'), 0);
  assert.equal(early.ok, false);
  assert.equal(early.name, 'NotReady');
  assert.deepEqual((await preload(page)).records, []);
  await page.close();
});

test('preload returns exactly what was written, after a reload', async () => {
  const page = await freshPage();
  const start = await preload(page);
  assert.equal(start.ok, true);
  assert.deepEqual(start.records, []);
  assert.equal(typeof start.persisted, 'boolean');
  assert.match(start.tabId, /\S/);

  const binary = Array.from({ length: 256 }, (_, i) => i); // every byte value survives
  assert.deepEqual(await write(page, 1, bytesOf('{"plan":1}'), 0), { ok: true });
  assert.deepEqual(await write(page, 2, binary, 1), { ok: true });

  await page.reload();
  const again = await preload(page);
  assert.deepEqual(again.records, [
    { generation: 1, bytes: bytesOf('{"plan":1}') },
    { generation: 2, bytes: binary },
  ]);
  await page.close();
});

test('a write reported complete survives closing the browser at once', async () => {
  const page = await freshPage();
  await preload(page);
  const result = await write(page, 1, bytesOf('logged just before closing'), 0);
  assert.deepEqual(result, { ok: true });
  await profile.close(); // no grace period: the whole browser goes

  context = await profile.launch();
  const reopened = await openPage(context, server.url);
  const start = await preload(reopened);
  assert.deepEqual(start.records, [{ generation: 1, bytes: bytesOf('logged just before closing') }]);
  await reopened.close();
});

test('a stale write is refused as NewerGenerationExists and never overwrites a generation', async () => {
  const page = await freshPage();
  await preload(page);
  assert.deepEqual(await write(page, 1, bytesOf('first'), 0), { ok: true });
  const stale = await write(page, 1, bytesOf('second'), 0);
  assert.equal(stale.ok, false);
  assert.equal(stale.name, 'NewerGenerationExists');
  await page.reload();
  const start = await preload(page);
  assert.deepEqual(start.records, [{ generation: 1, bytes: bytesOf('first') }]);
  await page.close();
});

test('two tabs adding entries at the same time through the lock lose nothing, and hear of each other', async () => {
  const first = await freshPage();
  const second = await openPage(context, server.url);
  for (const page of [first, second]) {
    await preload(page);
    await page.evaluate(() => {
      window.heard = [];
      StrideStorage.onRemoteGeneration((generation) => window.heard.push(generation));
    });
  }
  // What the app does per entry: write on top of the newest it knows; if refused as stale, learn the
  // newest and try again. Both tabs run ten at once.
  const addEntries = (page, tag) => page.evaluate(async (name) => {
    const results = [];
    for (let i = 0; i < 10; i++) {
      for (let attempt = 0; ; attempt++) {
        const listed = await StrideStorage.list();
        const newest = listed.generations.length ? listed.generations[listed.generations.length - 1] : 0;
        const bytes = new TextEncoder().encode(`${name}-${i}`);
        const result = await StrideStorage.write({ generation: newest + 1, bytes, expectedNewest: newest });
        if (result.ok) break;
        if (result.name !== 'NewerGenerationExists' || attempt > 50) throw new Error(JSON.stringify(result));
      }
      results.push(i);
    }
    return results.length;
  }, tag);
  assert.deepEqual(await Promise.all([addEntries(first, 'first'), addEntries(second, 'second')]), [10, 10]);

  await first.reload();
  const afterReload = (await preload(first)).records;
  const entries = afterReload.map((r) => new TextDecoder().decode(new Uint8Array(r.bytes))).sort();
  const expected = [];
  for (const tag of ['first', 'second']) for (let i = 0; i < 10; i++) expected.push(`${tag}-${i}`);
  assert.deepEqual(entries, expected.sort());
  assert.deepEqual(afterReload.map((r) => r.generation), Array.from({ length: 20 }, (_, i) => i + 1));

  const heardBySecond = await second.evaluate(() => window.heard);
  assert.ok(heardBySecond.length >= 1, 'the second tab heard of the first tab\'s generations');
  for (const generation of heardBySecond) assert.ok(generation >= 1 && generation <= 20);
  await first.close();
  await second.close();
});

test('an injected storage-full failure is reported in plain words and earlier generations stay', async () => {
  const page = await freshPage();
  await preload(page);
  assert.deepEqual(await write(page, 1, bytesOf('one'), 0), { ok: true });
  assert.deepEqual(await write(page, 2, bytesOf('two'), 1), { ok: true });

  await page.evaluate(() => StrideStorage.testOnly.failNextWrite('QuotaExceededError'));
  const refused = await write(page, 3, bytesOf('three'), 2);
  assert.equal(refused.ok, false);
  assert.equal(refused.name, 'QuotaExceededError');
  assert.equal(refused.message, 'Your browser refused to save (storage full). Export a backup file now.');

  await page.reload();
  assert.deepEqual((await preload(page)).records, [
    { generation: 1, bytes: bytesOf('one') },
    { generation: 2, bytes: bytesOf('two') },
  ]);
  // The failure was one-off: the next write goes through.
  assert.deepEqual(await write(page, 3, bytesOf('three'), 2), { ok: true });
  await page.close();
});

test('corrupting the newest generation hands back every record raw, the damaged one included', async () => {
  const page = await freshPage();
  await preload(page);
  await write(page, 1, bytesOf('older and good'), 0);
  await write(page, 2, bytesOf('newest, about to be damaged'), 1);
  assert.equal(await page.evaluate(() => StrideStorage.testOnly.corruptNewest()), 2);

  await page.reload();
  const records = (await preload(page)).records;
  assert.equal(records.length, 2);
  assert.deepEqual(records[0], { generation: 1, bytes: bytesOf('older and good') });
  const original = bytesOf('newest, about to be damaged');
  assert.equal(records[1].generation, 2);
  assert.equal(records[1].bytes.length, original.length);
  const changed = records[1].bytes.filter((b, i) => b !== original[i]).length;
  assert.equal(changed, 1);
  await page.close();
});

test('remove deletes the given generations only', async () => {
  const page = await freshPage();
  await preload(page);
  for (let g = 1; g <= 4; g++) await write(page, g, bytesOf(`plan ${g}`), g - 1);
  assert.deepEqual(await page.evaluate(() => StrideStorage.remove([1, 2, 9])), { ok: true });
  assert.deepEqual(await page.evaluate(() => StrideStorage.list()), { ok: true, generations: [3, 4] });
  assert.deepEqual(await page.evaluate(async () => {
    const got = await StrideStorage.get(4);
    return new TextDecoder().decode(got.record.bytes);
  }), 'plan 4');
  assert.deepEqual(await page.evaluate(() => StrideStorage.get(1)), { ok: true, record: null });
  await page.close();
});

test('leaving the page calls the flush hooks', async () => {
  const page = await freshPage();
  await page.evaluate(() => {
    StrideStorage.onFlush((reason) => localStorage.setItem('flushed', (localStorage.getItem('flushed') || '') + reason + ';'));
    localStorage.removeItem('flushed');
  });
  await page.goto(server.url + 'elsewhere'); // navigating away fires pagehide
  const flushed = await page.evaluate(() => localStorage.getItem('flushed'));
  assert.match(flushed, /pagehide;/);
  await page.close();
});

test('persistence can be requested and its answer is reported', async () => {
  const page = await freshPage();
  const answer = await page.evaluate(() => StrideStorage.requestPersistence());
  assert.equal(answer.supported, true);
  assert.equal(typeof answer.persisted, 'boolean');
  await page.close();
});
