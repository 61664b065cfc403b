// The physio desk in Chromium with real clicks: on a desktop a physio opens three runners' plan files at
// once (the file picker with several files), sees them ordered by alert with the reasons in words, adjusts
// one runner's green ceiling, level and strength programme from that runner's row and sends the plan back
// (the report holding it, downloaded); the runner, in a fresh profile holding their own data, imports it,
// sees the changes first and applies them. The desk survives a reload and never touches the physio's own
// plan. Screenshots of the desk and its editor, phone and desktop, light and dark.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import {
  DESKTOP, LABELS, PHONE, assertAllLocal, exportPlan, importPlan, openApp, pickFile, recordRequests, saved,
  serveApp,
} from './driver/index.mjs';

const served = serveApp();
const requests = [];
after(() => assertAllLocal(requests));

const TODAY = '2025-03-05'; // a Wednesday
const fixture = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures',
  'plan-v1.json'), 'utf8'));

function daysBefore(iso, days) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

// A runner's plan file: `name`, an installation origin, and one morning check `daysAgo` days before today
// with pain at rest `rest` (a plan file as the app writes it, release 1's class versions).
function runnerFile(name, origin, daysAgo, rest) {
  const plan = structuredClone(fixture.plan);
  plan.profile.name = name;
  for (const list of ['runs', 'strength_sessions', 'daily_checks', 'aggravators', 'physio_entries', 'readiness_tests'])
    plan[list] = [];
  plan.prescription = { cereal_class_version: 1, set: false, from: TODAY, level_minutes: 0,
    run_walk: { cereal_class_version: 1, run_minutes: 0, walk_minutes: 0 }, strength_programme: [], note: '' };
  plan.settings.green_max_pain = 2;
  plan.daily_checks = [{ cereal_class_version: 1, id: origin * 2 ** 32 + 1, date: daysBefore(TODAY, daysAgo),
    pain_at_rest: rest, task_pain: -1, task: '', note: '' }];
  plan.ids = { cereal_class_version: 1, origin, next: 2 };
  return { name: `${name.toLowerCase()}-plan.json`, text: JSON.stringify({ ...fixture, plan }, null, 1) };
}

// Ann logged a calm morning today; Ben has not logged for 5 days; Cat had pain at rest 4/10 this morning.
const FILES = [runnerFile('Ann', 101, 0, 0), runnerFile('Ben', 102, 5, 0), runnerFile('Cat', 103, 0, 4)];

async function fresh(device, scheme = 'light') {
  const app = await openApp(served.browser, `${served.url}?today=${TODAY}`, device,
    { downloads: true, colorScheme: scheme });
  requests.push(...recordRequests(app.profile));
  return app;
}

// Opens the desk from the first screen a new device shows, and the three files through the real picker.
async function openDesk(app) {
  await app.press('Open the physio desk');
  await app.waitFor('Open plan files');
  const page = app.tab.native;
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), app.press('Open plan files')]);
  assert.ok(chooser.isMultiple(), 'the desk\'s picker takes several files');
  await chooser.setFiles(FILES.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
  assert.ok(await app.seesText('3 runners, 2 flagged. Most urgent first.', { timeout: 20000 }));
  assert.ok(await app.seesText('added to the desk.'));
}

// The runners' names in the order the rows show them, from the top of the desk down to its alert settings.
async function rowOrder(app) {
  await app.toTop();
  const names = [];
  for (let page = 0; page < 10; page++) {
    const items = await app.findAll({ kind: 'button' });
    for (const label of items.map((i) => i.label)) {
      const name = /^Adjust (.*)'s plan$/.exec(label)?.[1];
      if (name && !names.includes(name)) names.push(name);
    }
    if (items.some((i) => i.label.startsWith('Alert settings'))) break;
    await app.wheel(app.pageNotches());
  }
  await app.toTop();
  return names;
}

describe('the physio desk: a caseload of plan files on one device', () => {
  test('three files opened, ordered by alert, one plan adjusted and sent back, applied by the runner', async () => {
    const physio = await fresh(DESKTOP);
    await openDesk(physio);
    assert.deepEqual(await rowOrder(physio), ['Cat', 'Ben', 'Ann']);
    assert.ok(await physio.seesText('Pain at rest 4/10 on the morning of'));
    assert.ok(await physio.seesText('No entries for 5 days'));
    assert.ok(await physio.seesText('Nothing flagged.'));

    // From Ben's row: green ceiling 2 -> 3, level 15 minutes, two exercises, send back. Six clicks.
    await physio.press("Adjust Ben's plan");
    await physio.type('Highest pain during a run that is still green (/10)', '3');
    await physio.type('Level: next run, minutes', '15');
    await physio.press('Add an exercise to the programme');
    await physio.type('Exercise 1, name', 'Isometric bridge');
    await physio.press('Add an exercise to the programme');
    await physio.type('Exercise 2, name', 'Prone hamstring curl');
    const sent = await physio.tab.download(() => physio.press('Save and send back to Ben'));
    assert.match(sent.name, /\.html$/);
    assert.ok(sent.text.includes('stride-back-plan'), 'the report holds the plan, as the runner\'s export');
    assert.ok(await physio.seesText("Ben's plan (in a report) saved to your downloads"));

    // The desk survives a reload, with Ben's adjusted plan; the physio's own plan was never touched.
    await physio.reload();
    await physio.press('Open the physio desk');
    assert.deepEqual(await rowOrder(physio), ['Cat', 'Ben', 'Ann']);
    // Two files dropped on the page at once: a new runner is added, a newer file from Ann replaces hers.
    const dan = runnerFile('Dan', 104, 20, 0);
    await physio.evaluate((files) => {
      const data = new DataTransfer();
      for (const [text, name] of files) data.items.add(new File([text], name, { type: 'application/json' }));
      const canvas = document.getElementById('canvas');
      canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [[dan.text, dan.name], [FILES[0].text, 'ann-newer.json']]);
    assert.ok(await physio.seesText('4 runners, 3 flagged. Most urgent first.', { timeout: 20000 }));
    assert.ok(await physio.seesText('No entries for 20 days'));
    assert.deepEqual(await rowOrder(physio), ['Cat', 'Dan', 'Ben', 'Ann']);
    // A tap on Remove is undone from its notice, and the row comes back in its place.
    await physio.press('Remove Dan from the desk');
    assert.deepEqual(await rowOrder(physio), ['Cat', 'Ben', 'Ann']);
    assert.ok(await physio.seesText('Dan removed from the desk.'));
    await physio.press({ label: 'Undo', kind: 'button' });
    assert.ok(await physio.seesText('Dan is back on the desk.'));
    assert.deepEqual(await rowOrder(physio), ['Cat', 'Dan', 'Ben', 'Ann']);
    assert.deepEqual(physio.problems, []);
    await physio.close();

    // Ben, in a fresh profile holding his own data, imports what came back.
    const ben = await fresh(PHONE);
    await pickFile(ben, FILES[1].text, FILES[1].name);
    await ben.press(LABELS.confirmImport);
    await saved(ben);
    await pickFile(ben, sent.text, sent.name);
    assert.ok(await ben.seesText(LABELS.previewTitle));
    assert.ok(await ben.seesText('2 -> 3'));
    assert.ok(await ben.seesText('Strength programme changed: now 2 exercises'));
    await ben.press(LABELS.confirmImport);
    await saved(ben);
    const plan = JSON.parse((await exportPlan(ben)).text).plan;
    assert.equal(plan.settings.green_max_pain, 3);
    assert.equal(plan.prescription.set, true);
    assert.equal(plan.prescription.level_minutes, 15);
    assert.equal(plan.prescription.from, TODAY);
    assert.deepEqual(plan.prescription.strength_programme.map((e) => e.name), ['Isometric bridge', 'Prone hamstring curl']);
    assert.equal(plan.profile.name, 'Ben');
    assert.deepEqual(ben.problems, []);
    await ben.close();
  });

  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const scheme of ['light', 'dark']) {
      test(`screenshots: ${name}, ${scheme}`, async () => {
        const app = await fresh(device, scheme);
        await openDesk(app);
        await app.toTop();
        await app.screenshot(`caseload-${name}-${scheme}-desk.png`);
        await app.press("Adjust Cat's plan");
        await app.toTop();
        await app.screenshot(`caseload-${name}-${scheme}-editor.png`);
        await app.press('Add an exercise to the programme');
        await app.reveal('Save and send back to Cat');
        await app.screenshot(`caseload-${name}-${scheme}-editor-send.png`);
        assert.deepEqual(app.problems, []);
        await app.close();
      });
    }
  }
});
