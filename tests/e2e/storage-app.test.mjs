// Storage in the whole app (issue 4), driven through the real screens in Chromium: what is logged survives
// reloads, closing the page and closing the browser; "Saved" appears only after the IndexedDB commit; a
// damaged newest generation falls back to the previous one and says so; two tabs adding runs alternately
// lose none; a refused write is shown and loses nothing; a plan stored by the previous format loads.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DESKTOP, LABELS, PLAN_V1, historyNotes, launchBrowser, logRun, onboardIfNew, openTab, persistentProfile,
  saveWords, startServer, waitForSaveWords,
} from './driver/index.mjs';
import {
  RECORD_FORMAT1, encodeRecord, holdWriterLock, newestStoredPlan, notesIn, storeRecords, storedPlans,
} from './storage/records.mjs';

const TODAY = '2025-03-03';

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
  const profile = await browser.newProfile(DESKTOP);
  const app = await openTab(profile, url);
  await onboardIfNew(app);
  await waitForSaveWords(app, LABELS.saved);
  return { profile, app };
}

// The text containing `part`, once it is drawn.
async function textContaining(app, part) {
  return (await app.waitFor({ includes: part })).label;
}

describe('saving', () => {
  test('"Saved" only after the commit; every run is there after a reload; one id origin per installation', async () => {
    const { profile, app } = await freshApp();

    // While the writer lock is held (as by another tab) the write cannot commit: the indicator must not say Saved.
    const lock = await holdWriterLock(app);
    await logRun(app, 'reload run 1');
    await waitForSaveWords(app, LABELS.saving);
    // Watched for 600 ms: while the write waits it must not say Saved.
    await assert.rejects(waitForSaveWords(app, LABELS.saved, { timeout: 600 }), /save indicator/);
    assert.equal(await saveWords(app), LABELS.saving, 'not "Saved" while the write waits');
    assert.deepEqual(notesIn(await newestStoredPlan(app)), [], 'nothing committed yet');
    await lock.release();
    await waitForSaveWords(app, LABELS.saved);
    assert.deepEqual(notesIn(await newestStoredPlan(app)), ['reload run 1'], 'committed when it says Saved');

    await logRun(app, 'reload run 2', 12);
    await logRun(app, 'reload run 3', 14);
    await waitForSaveWords(app, LABELS.saved);
    const origin = (await newestStoredPlan(app)).plan.ids.origin;

    await app.reload();
    assert.deepEqual(await historyNotes(app), ['reload run 1', 'reload run 2', 'reload run 3']);
    await logRun(app, 'reload run 4');
    await waitForSaveWords(app, LABELS.saved);
    assert.equal((await newestStoredPlan(app)).plan.ids.origin, origin, 'the id origin stays with the installation');

    // Another installation (a new profile) picks its own origin at random.
    const other = await freshApp();
    await logRun(other.app, 'other installation');
    await waitForSaveWords(other.app, LABELS.saved);
    assert.notEqual((await newestStoredPlan(other.app)).plan.ids.origin, origin);

    assert.deepEqual([...app.problems, ...other.app.problems], []);
    await other.profile.close();
    await profile.close();
  });

  test('a run logged just before the tab is closed is there when the app is opened again', async () => {
    const { profile, app } = await freshApp();
    await logRun(app, 'closed tab run');
    await app.close(); // the tab, at once: no waiting for "Saved"
    const again = await openTab(profile, url);
    assert.deepEqual(await historyNotes(again), ['closed tab run']);
    assert.deepEqual(again.problems, []);
    await profile.close();
  });

  test('a run logged just before the whole browser is closed is there after restarting it', async () => {
    const kept = await persistentProfile(DESKTOP);
    try {
      let profile = await kept.launch();
      const app = await openTab(profile, url);
      await onboardIfNew(app);
      await waitForSaveWords(app, LABELS.saved);
      await logRun(app, 'closed browser run');
      await kept.close(); // the whole browser, at once
      profile = await kept.launch();
      const again = await openTab(profile, url);
      assert.deepEqual(await historyNotes(again), ['closed browser run']);
      assert.deepEqual(again.problems, []);
    } finally {
      await kept.remove();
    }
  });
});

describe('damage and failures', () => {
  test('a damaged newest generation: the app opens the previous one and says so', async () => {
    const { profile, app } = await freshApp();
    await logRun(app, 'kept run');
    await waitForSaveWords(app, LABELS.saved);
    await logRun(app, 'damaged run');
    await waitForSaveWords(app, LABELS.saved);
    assert.ok(await app.evaluate(() => StrideStorage.testOnly.corruptNewest()) > 0, 'a generation was damaged');

    await app.reload();
    const notice = await textContaining(app, 'could not be opened');
    assert.match(notice, /damaged/);
    assert.match(notice, /opened the previous save from (just now|\d+ minutes? ago)/);
    assert.deepEqual(await historyNotes(app), ['kept run']);

    // It carries on from there: the next change is saved on top and is there after a reload.
    await logRun(app, 'after recovery');
    await waitForSaveWords(app, LABELS.saved);
    await app.reload();
    assert.deepEqual(await historyNotes(app), ['after recovery', 'kept run']);
    assert.deepEqual(app.problems, []);
    await profile.close();
  });

  test('a refused write (storage full) is shown, loses nothing saved, and is saved once the app flushes', async () => {
    const { profile, app } = await freshApp();
    await logRun(app, 'saved before');
    await waitForSaveWords(app, LABELS.saved);

    await app.evaluate(() => StrideStorage.testOnly.failNextWrite('QuotaExceededError'));
    await logRun(app, 'refused run');
    const words = await waitForSaveWords(app, /^Not saved: /);
    assert.match(words, /storage full/);
    assert.match(words, /Export a backup file now/);
    assert.deepEqual(notesIn(await newestStoredPlan(app)), ['saved before'], 'what was saved is still stored');
    assert.deepEqual((await historyNotes(app)).sort(), ['refused run', 'saved before'], 'the runner still sees both');

    // Hiding the page retries the save (web/storage.js flush hooks).
    await app.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await waitForSaveWords(app, LABELS.saved);
    assert.deepEqual(notesIn(await newestStoredPlan(app)), ['refused run', 'saved before']);
    assert.deepEqual(app.problems, []);
    await profile.close();
  });
});

describe('two tabs', () => {
  test('two tabs adding runs alternately: every run survives in both, after reload', async () => {
    const { profile, app: first } = await freshApp();
    const second = await openTab(profile, url);
    const expected = [];
    for (let round = 1; round <= 2; round++) {
      await logRun(first, `first tab ${round}`);
      expected.push(`first tab ${round}`);
      await logRun(second, `second tab ${round}`);
      expected.push(`second tab ${round}`);
    }
    // Both at the same moment: the second write finds the first one committed, takes it and adds its own.
    const lock = await holdWriterLock(first);
    await logRun(first, 'first tab together');
    await logRun(second, 'second tab together');
    expected.push('first tab together', 'second tab together');
    await lock.release();
    expected.sort();

    await waitForSaveWords(first, LABELS.saved);
    await waitForSaveWords(second, LABELS.saved);
    assert.deepEqual(notesIn(await newestStoredPlan(first)), expected, 'the newest generation holds every run');
    for (const tab of [first, second]) {
      assert.deepEqual(await historyNotes(tab), expected, 'each tab shows every run live');
      await tab.reload();
      assert.deepEqual(await historyNotes(tab), expected, 'and after a reload');
      assert.deepEqual(tab.problems, []);
    }
    await profile.close();
  });
});

describe('format versions', () => {
  test('a plan stored by the previous release loads; an unreadable newer generation falls back to it', async () => {
    const profile = await browser.newProfile(DESKTOP);
    const dayAgo = Date.now() - 24 * 3600 * 1000;
    await storeRecords(profile, server.url, [
      { generation: 1, bytes: encodeRecord({ generation: 1, savedAtMs: dayAgo, writer: 'release 0.1', payload: PLAN_V1 }) },
    ]);
    const app = await openTab(profile, `${server.url}?today=2024-05-06`);
    assert.ok((await historyNotes(app)).some((note) => note.startsWith('unicode: café')), 'the fixture plan is open');
    assert.equal((await newestStoredPlan(app)).plan.ids.origin, 12345);
    await app.close();

    // Phase 1's container fixture (generation 42, intact, but its payload is no plan) on top of it.
    await storeRecords(profile, server.url, [{ generation: 42, bytes: RECORD_FORMAT1 }], 1);
    const again = await openTab(profile, `${server.url}?today=2024-05-06`);
    const notice = await textContaining(again, 'could not be opened');
    assert.match(notice, /unreadable/);
    assert.match(notice, /previous save from (24 hours|1 day) ago/);
    assert.ok((await historyNotes(again)).some((note) => note.startsWith('unicode: café')));
    assert.deepEqual(again.problems, []);
    await profile.close();
  });

  test('several saves on a plan stored in format 1 are small deltas on it; a reload finds every entry', async () => {
    const profile = await browser.newProfile(DESKTOP);
    const format1 = encodeRecord({ generation: 1, savedAtMs: Date.now() - 3600 * 1000, writer: 'release 0.1', payload: PLAN_V1 });
    await storeRecords(profile, server.url, [{ generation: 1, bytes: format1 }]);
    const app = await openTab(profile, `${server.url}?today=2024-05-06`);
    const before = await historyNotes(app);
    assert.ok(before.some((note) => note.startsWith('unicode: café')), 'the format 1 plan is open');

    const added = [];
    for (let i = 1; i <= 4; i++) {
      await logRun(app, `delta run ${i}`, 10 + i);
      added.push(`delta run ${i}`);
      await waitForSaveWords(app, LABELS.saved);
    }
    const stored = await storedPlans(app);
    const newest = stored[stored.length - 1];
    assert.equal(newest.base, 1, 'the newest generation is a delta on the format 1 generation');
    assert.ok(stored.slice(1).every((g) => g.base === 1), 'every save since is a delta on it');
    assert.deepEqual(notesIn(newest.plan), [...notesIn(JSON.parse(PLAN_V1)), ...added].sort(), 'and holds every entry');
    assert.ok(stored.some((g) => g.generation === 1), 'the base is kept');

    await app.reload();
    assert.deepEqual((await historyNotes(app)).sort(), [...before, ...added].sort(), 'every entry after a reload');
    await logRun(app, 'after reload');
    await waitForSaveWords(app, LABELS.saved);
    await app.reload();
    assert.ok((await historyNotes(app)).includes('after reload'));
    assert.equal((await newestStoredPlan(app)).plan.ids.origin, 12345);
    assert.deepEqual(app.problems, []);
    await profile.close();
  });
});
