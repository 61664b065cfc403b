// Storage in the whole app (issue 4), driven through the real screens in Chromium: what is logged survives
// reloads, closing the page and closing the browser; "Saved" appears only after the IndexedDB commit; a
// damaged newest generation falls back to the previous one and says so; two tabs adding runs alternately
// lose none; a refused write is shown and loses nothing; a plan stored by the previous format loads.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DESKTOP, launchBrowser, startServer } from './harness.mjs';
import {
  PLAN_V1, RECORD_FORMAT1, TODAY, browserProfile, encodeRecord, historyNotes, holdWriterLock, logRun,
  newestStoredPlan, notesIn, onboardIfNew, openTab, reopen, saveWords, storeRecords, storedPlans,
  waitForSaveWords, waitForTextContaining,
} from './storage-app-helpers.mjs';

let server;
let browser;
let url;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  url = `${server.url}?today=${TODAY}`;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// A new browser profile with the app open and past onboarding, everything saved.
async function freshApp() {
  const context = await browser.newContext(DESKTOP);
  const page = await openTab(context, url);
  await onboardIfNew(page);
  await waitForSaveWords(page, 'Saved');
  return { context, page };
}

describe('saving', () => {
  test('"Saved" only after the commit; every run is there after a reload; one id origin per installation', async () => {
    const { context, page } = await freshApp();

    // While another tab holds the writer lock the write cannot commit: the indicator must not say Saved.
    const lock = await holdWriterLock(context, server.url);
    await logRun(page, 'reload run 1');
    await waitForSaveWords(page, 'Saving…');
    await page.waitForTimeout(600);
    assert.equal(await saveWords(page), 'Saving…', 'not "Saved" while the write waits');
    assert.deepEqual(notesIn(await newestStoredPlan(page)), [], 'nothing committed yet');
    await lock.release();
    await waitForSaveWords(page, 'Saved');
    assert.deepEqual(notesIn(await newestStoredPlan(page)), ['reload run 1'], 'committed when it says Saved');

    await logRun(page, 'reload run 2', 12);
    await logRun(page, 'reload run 3', 14);
    await waitForSaveWords(page, 'Saved');
    const origin = (await newestStoredPlan(page)).plan.ids.origin;

    await reopen(page);
    assert.deepEqual(await historyNotes(page), ['reload run 1', 'reload run 2', 'reload run 3']);
    await logRun(page, 'reload run 4');
    await waitForSaveWords(page, 'Saved');
    assert.equal((await newestStoredPlan(page)).plan.ids.origin, origin, 'the id origin stays with the installation');

    // Another installation (a new profile) picks its own origin at random.
    const other = await freshApp();
    await logRun(other.page, 'other installation');
    await waitForSaveWords(other.page, 'Saved');
    assert.notEqual((await newestStoredPlan(other.page)).plan.ids.origin, origin);

    assert.deepEqual([...page.problems, ...other.page.problems], []);
    await other.context.close();
    await context.close();
  });

  test('a run logged just before the tab is closed is there when the app is opened again', async () => {
    const { context, page } = await freshApp();
    await logRun(page, 'closed tab run');
    await page.close(); // at once: no waiting for "Saved"
    const again = await openTab(context, url);
    assert.deepEqual(await historyNotes(again), ['closed tab run']);
    assert.deepEqual(again.problems, []);
    await context.close();
  });

  test('a run logged just before the whole browser is closed is there after restarting it', async () => {
    const profile = await browserProfile();
    try {
      let context = await profile.launch(DESKTOP);
      const page = await openTab(context, url);
      await onboardIfNew(page);
      await waitForSaveWords(page, 'Saved');
      await logRun(page, 'closed browser run');
      await profile.close(); // the whole browser, at once
      context = await profile.launch(DESKTOP);
      const again = await openTab(context, url);
      assert.deepEqual(await historyNotes(again), ['closed browser run']);
      assert.deepEqual(again.problems, []);
    } finally {
      await profile.remove();
    }
  });
});

describe('damage and failures', () => {
  test('a damaged newest generation: the app opens the previous one and says so', async () => {
    const { context, page } = await freshApp();
    await logRun(page, 'kept run');
    await waitForSaveWords(page, 'Saved');
    await logRun(page, 'damaged run');
    await waitForSaveWords(page, 'Saved');
    assert.ok(await page.evaluate(() => StrideStorage.testOnly.corruptNewest()) > 0, 'a generation was damaged');

    await reopen(page);
    const notice = await waitForTextContaining(page, 'could not be opened');
    assert.match(notice, /damaged/);
    assert.match(notice, /opened the previous save from (just now|\d+ minutes? ago)/);
    assert.deepEqual(await historyNotes(page), ['kept run']);

    // It carries on from there: the next change is saved on top and is there after a reload.
    await logRun(page, 'after recovery');
    await waitForSaveWords(page, 'Saved');
    await reopen(page);
    assert.deepEqual(await historyNotes(page), ['after recovery', 'kept run']);
    assert.deepEqual(page.problems, []);
    await context.close();
  });

  test('a refused write (storage full) is shown, loses nothing saved, and is saved once the page flushes', async () => {
    const { context, page } = await freshApp();
    await logRun(page, 'saved before');
    await waitForSaveWords(page, 'Saved');

    await page.evaluate(() => StrideStorage.testOnly.failNextWrite('QuotaExceededError'));
    await logRun(page, 'refused run');
    const words = await waitForSaveWords(page, /^Not saved: /);
    assert.match(words, /storage full/);
    assert.match(words, /Export a backup file now/);
    assert.deepEqual(notesIn(await newestStoredPlan(page)), ['saved before'], 'what was saved is still stored');
    assert.deepEqual((await historyNotes(page)).sort(), ['refused run', 'saved before'], 'the runner still sees both');

    // Hiding the page retries the save (web/storage.js flush hooks).
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await waitForSaveWords(page, 'Saved');
    assert.deepEqual(notesIn(await newestStoredPlan(page)), ['refused run', 'saved before']);
    assert.deepEqual(page.problems, []);
    await context.close();
  });
});

describe('two tabs', () => {
  test('two tabs adding runs alternately: every run survives in both, after reload', async () => {
    const { context, page: first } = await freshApp();
    const second = await openTab(context, url);
    const expected = [];
    for (let round = 1; round <= 2; round++) {
      await logRun(first, `first tab ${round}`);
      expected.push(`first tab ${round}`);
      await logRun(second, `second tab ${round}`);
      expected.push(`second tab ${round}`);
    }
    // Both at the same moment: the second write finds the first one committed, takes it and adds its own.
    const lock = await holdWriterLock(context, server.url);
    await logRun(first, 'first tab together');
    await logRun(second, 'second tab together');
    expected.push('first tab together', 'second tab together');
    await lock.release();
    expected.sort();

    await waitForSaveWords(first, 'Saved');
    await waitForSaveWords(second, 'Saved');
    assert.deepEqual(notesIn(await newestStoredPlan(first)), expected, 'the newest generation holds every run');
    for (const tab of [first, second]) {
      assert.deepEqual(await historyNotes(tab), expected, 'each tab shows every run live');
      await reopen(tab);
      assert.deepEqual(await historyNotes(tab), expected, 'and after a reload');
      assert.deepEqual(tab.problems, []);
    }
    await context.close();
  });
});

describe('format versions', () => {
  test('a plan stored by the previous release loads; an unreadable newer generation falls back to it', async () => {
    const context = await browser.newContext(DESKTOP);
    const dayAgo = Date.now() - 24 * 3600 * 1000;
    await storeRecords(context, server.url, [
      { generation: 1, bytes: encodeRecord({ generation: 1, savedAtMs: dayAgo, writer: 'release 0.1', payload: PLAN_V1 }) },
    ]);
    const page = await openTab(context, `${server.url}?today=2024-05-06`);
    assert.ok((await historyNotes(page)).some((note) => note.startsWith('unicode: café')), 'the fixture plan is open');
    assert.equal((await newestStoredPlan(page)).plan.ids.origin, 12345);
    await page.close();

    // Phase 1's container fixture (generation 42, intact, but its payload is no plan) on top of it.
    await storeRecords(context, server.url, [{ generation: 42, bytes: RECORD_FORMAT1 }], 1);
    const again = await openTab(context, `${server.url}?today=2024-05-06`);
    const notice = await waitForTextContaining(again, 'could not be opened');
    assert.match(notice, /unreadable/);
    assert.match(notice, /previous save from (24 hours|1 day) ago/);
    assert.ok((await historyNotes(again)).some((note) => note.startsWith('unicode: café')));
    assert.deepEqual(again.problems, []);
    await context.close();
  });

  test('several saves on a plan stored in format 1 are small deltas on it; a reload finds every entry', async () => {
    const context = await browser.newContext(DESKTOP);
    const format1 = encodeRecord({ generation: 1, savedAtMs: Date.now() - 3600 * 1000, writer: 'release 0.1', payload: PLAN_V1 });
    await storeRecords(context, server.url, [{ generation: 1, bytes: format1 }]);
    const page = await openTab(context, `${server.url}?today=2024-05-06`);
    const before = await historyNotes(page);
    assert.ok(before.some((note) => note.startsWith('unicode: café')), 'the format 1 plan is open');

    const added = [];
    for (let i = 1; i <= 4; i++) {
      await logRun(page, `delta run ${i}`, 10 + i);
      added.push(`delta run ${i}`);
      await waitForSaveWords(page, 'Saved');
    }
    const stored = await storedPlans(page);
    const newest = stored[stored.length - 1];
    assert.equal(newest.base, 1, 'the newest generation is a delta on the format 1 generation');
    assert.ok(stored.slice(1).every((g) => g.base === 1), 'every save since is a delta on it');
    assert.deepEqual(notesIn(newest.plan), [...notesIn(JSON.parse(PLAN_V1)), ...added].sort(), 'and holds every entry');
    assert.ok(stored.some((g) => g.generation === 1), 'the base is kept');

    await reopen(page);
    assert.deepEqual((await historyNotes(page)).sort(), [...before, ...added].sort(), 'every entry after a reload');
    await logRun(page, 'after reload');
    await waitForSaveWords(page, 'Saved');
    await reopen(page);
    assert.ok((await historyNotes(page)).includes('after reload'));
    assert.equal((await newestStoredPlan(page)).plan.ids.origin, 12345);
    assert.deepEqual(page.problems, []);
    await context.close();
  });
});
