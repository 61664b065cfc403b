// Sharing with a physio in Chromium: export the plan file and import it into a fresh browser profile,
// import a physio-edited file (preview, then apply), refuse bad files without changing anything or running
// anything, and the report and CSV exports (print to PDF within two pages; CSV read by an RFC 4180 reader).
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  DESKTOP, LABELS, PHONE, PLAN_V1, PLAN_V1_TODAY, assertAllLocal, confirmImport, download, dropFile, exportPlan,
  importPlan, openApp, openTab, pickFile, planWithoutIds, recordRequests, serveApp,
} from './driver/index.mjs';

const served = serveApp();
const requests = [];

after(() => assertAllLocal(requests));

// A fresh browser profile (its own storage) with the app open on the fixture's day.
async function freshApp(today = PLAN_V1_TODAY) {
  const app = await openApp(served.browser, `${served.url}?today=${today}`, DESKTOP, { downloads: true });
  requests.push(...recordRequests(app.profile));
  return app;
}

// The label of a text containing `part`, scrolled into view.
async function textContaining(app, part) {
  return (await app.reveal({ includes: part })).label;
}

function withSettings(text, change) {
  const file = JSON.parse(text);
  change(file.plan);
  return JSON.stringify(file, null, 1);
}

// The Today screen's one-sentence suggestion (the fixture's runner is past the checklist: "Run ...").
async function suggestion(app) {
  await app.press(LABELS.todayTab);
  return textContaining(app, 'Run ');
}

// RFC 4180: fields separated by commas, records by CRLF; quoted fields hold commas, CRLF and "" for ".
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') {
      assert.equal(field, '', 'a quote only opens a field');
      quoted = true;
    } else if (c === ',') {
      rows.at(-1).push(field); field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.at(-1).push(field); field = ''; rows.push([]); i++;
    } else {
      assert.ok(c !== '\n' && c !== '\r', 'line breaks only inside quotes or as CRLF');
      field += c;
    }
  }
  assert.equal(quoted, false);
  assert.deepEqual(rows.pop(), [], 'the file ends with CRLF');
  return rows;
}

function entryCount(text) {
  const plan = JSON.parse(text).plan;
  return ['runs', 'strength_sessions', 'daily_checks', 'aggravators', 'physio_entries', 'readiness_tests']
    .reduce((sum, key) => sum + plan[key].length, 0);
}

// Asserts `actual` holds every value of `expected` (an older file's plan): a newer build may add fields and
// raise class versions (docs/plan-file.md, Versions), never change or drop what the file held.
function assertHolds(actual, expected, path = 'plan') {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual) && actual.length === expected.length, `${path}: ${expected.length} items`);
    expected.forEach((item, i) => assertHolds(actual[i], item, `${path}[${i}]`));
  } else if (expected && typeof expected === 'object') {
    assert.ok(actual && typeof actual === 'object', `${path} is an object`);
    for (const [key, value] of Object.entries(expected)) {
      if (key === 'cereal_class_version') assert.ok(actual[key] >= value, `${path}.${key} not lowered`);
      else assertHolds(actual[key], value, `${path}.${key}`);
    }
  } else {
    assert.equal(actual, expected, path);
  }
}

describe('plan file', () => {
  test('export, then import into a fresh browser profile: the same plan', async () => {
    const first = await freshApp();
    await importPlan(first, PLAN_V1, 'from-physio.json');
    const exported = await exportPlan(first);
    assert.equal(exported.name, 'sam-quotes-b-stride-back-plan-2024-05-06.json', 'name and date in the file name');
    assertHolds(planWithoutIds(exported.text), planWithoutIds(PLAN_V1)); // a release-1 file, migrated
    await first.close();

    const second = await freshApp();
    await dropFile(second, exported.text, exported.name); // drag-and-drop this time
    await confirmImport(second);
    const again = await exportPlan(second);
    assert.deepEqual(planWithoutIds(again.text), planWithoutIds(exported.text));
    assert.deepEqual(second.problems, []);
    await second.close();
  });

  test('a physio-edited file: the preview lists the changes, applying them changes the suggestion', async () => {
    const app = await freshApp();
    const runner = withSettings(PLAN_V1, (plan) => { plan.settings.green_max_pain = 2; plan.settings.amber_max_pain = 5; });
    await importPlan(app, runner, 'runner.json');
    const before = await suggestion(app);

    const physio = withSettings(runner, (plan) => {
      // Stricter zones: the last run's 2/10 during the run becomes red, so the next run steps back.
      plan.settings.green_max_pain = 0;
      plan.settings.amber_max_pain = 1;
      plan.physio_entries.push({ ...plan.physio_entries[0], id: 9007199254740000, date: '2024-05-06', visa_h: 70 });
    });
    await pickFile(app, physio, 'physio.json');
    await app.reveal(LABELS.previewTitle);
    const shown = await app.texts();
    assert.ok(shown.some((t) => t.includes('2 -> 0')), `the setting changes are listed: ${shown.join(' | ')}`);
    assert.ok(shown.some((t) => t.includes('5 -> 1')), 'both zone limits');
    assert.ok(shown.some((t) => t.includes('1 physio entry added')), 'the new entry is listed');
    await app.press(LABELS.confirmImport);
    await app.waitForGone(LABELS.previewTitle);
    const afterImport = await suggestion(app);
    assert.notEqual(afterImport, before, 'the suggestion follows the physio\'s setting');
    assert.match(afterImport, /step back/);
    const exported = JSON.parse((await exportPlan(app)).text).plan;
    assert.equal(exported.settings.green_max_pain, 0);
    assert.equal(exported.physio_entries.length, 2);
    assert.deepEqual(app.problems, []);
    await app.close();
  });

  test('cancelling the preview changes nothing', async () => {
    const app = await freshApp();
    await importPlan(app, PLAN_V1);
    const before = (await exportPlan(app)).text;
    await pickFile(app, withSettings(PLAN_V1, (plan) => { plan.settings.green_max_pain = 3; }));
    await app.press(LABELS.cancelImport);
    await app.waitForGone(LABELS.previewTitle);
    assert.equal((await exportPlan(app)).text, before);
    await app.close();
  });
});

describe('bad files', () => {
  const oversized = ' '.repeat(33 * 1024 * 1024) + PLAN_V1; // valid JSON, far too big to be a plan file
  const cases = [
    ['malformed', '{"schema_version": 1, "plan": {"profile": ', 'cut short'],
    ['wrong version', PLAN_V1.replace('"schema_version": 1', '"schema_version": 99'), 'newer'],
    ['not a plan', '{"hello": "world"}', 'schema_version'],
    ['oversized', oversized, 'MB'],
  ];
  for (const [what, text, words] of cases) {
    test(`a ${what} file is refused in plain words and nothing changes`, async () => {
      const app = await freshApp();
      await importPlan(app, PLAN_V1);
      const before = (await exportPlan(app)).text;
      await pickFile(app, text, `${what}.json`);
      const message = await textContaining(app, LABELS.importErrorPrefix);
      assert.ok(message.toLowerCase().includes(words.toLowerCase()), message);
      assert.ok(message.includes('Nothing was changed'), message);
      assert.equal(await app.find(LABELS.previewTitle), null, 'no preview for a refused file');
      assert.equal((await exportPlan(app)).text, before);
      assert.deepEqual(app.problems, []);
      await app.close();
    });
  }

  // iPhone file pickers grey out files an `accept` list of extensions does not name (kiwix/kiwix-js#964), and
  // a plan sent by mail or chat often arrives renamed: the picker offers every file, the content decides.
  test('the picker offers every file; a plan under another name and type imports, a picture is refused', async () => {
    const app = await freshApp();
    await pickFile(app, PLAN_V1, 'plan from my physio.txt', 'text/plain');
    assert.equal(await app.evaluate(() => document.getElementById('file-input').accept), '', 'no type filter');
    await confirmImport(app);
    const before = (await exportPlan(app)).text;
    await pickFile(app, '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'photo.png', 'image/png');
    const message = await textContaining(app, LABELS.importErrorPrefix);
    assert.ok(message.includes('Nothing was changed'), message);
    assert.equal((await exportPlan(app)).text, before);
    assert.deepEqual(app.problems, []);
    await app.close();
  });

  test('a hostile file (markup and script in the name and a note) is shown as text and runs nothing', async () => {
    const hostile = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    const text = withSettings(PLAN_V1, (plan) => {
      plan.profile.name = hostile;
      plan.runs[0].note = hostile;
      plan.runs[0].pain_during = 8; // red: its note goes into the report's flare-ups
    });
    const app = await freshApp();
    await importPlan(app, text, 'hostile.json');
    const report = await download(app, LABELS.exportReport);
    assert.equal(await app.evaluate(() => window.pwned), undefined);

    const viewer = await app.profile.newTab();
    await viewer.setContent(report.text);
    assert.equal(await viewer.evaluate(() => window.pwned), undefined, 'nothing in the report ran');
    assert.equal(await viewer.evaluate(() => document.querySelectorAll('script').length), 0);
    assert.equal(await viewer.evaluate(() => document.querySelectorAll('img').length), 0);
    const body = await viewer.evaluate(() => document.body.innerText);
    assert.ok(body.includes(hostile), 'the text is shown as written');
    assert.deepEqual(app.problems, []);
    await app.close();
  });
});

// The Web Share API as a phone has it (headless Chromium on Linux has none), installed before the page's
// scripts: canShare() takes a file only when its type and extension are both on Android Chrome's list (HTML, text,
// CSV, PDF, pictures, sound, video; never JSON: w3c/web-share#142, #200) and, when `maxBytes` is given, it is
// no bigger (browsers cap what they share); share() keeps what it was handed in window.sharedFiles.
function phoneShareSheet(profile, maxBytes = Infinity) {
  return profile.addInitScript((limit) => {
    const allowed = { html: 'text/html', htm: 'text/html', txt: 'text/plain', csv: 'text/csv', pdf: 'application/pdf',
      png: 'image/png', jpg: 'image/jpeg', mp3: 'audio/mpeg', mp4: 'video/mp4' };
    const takes = (file) => allowed[file.name.split('.').pop().toLowerCase()] === file.type && file.size <= limit;
    window.sharedFiles = [];
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length > 0 && data.files.every(takes);
    navigator.share = async (data) => {
      if (!navigator.canShare(data)) throw new DOMException('not shareable', 'NotAllowedError');
      for (const file of data.files) window.sharedFiles.push({ name: file.name, type: file.type, text: await file.text() });
    };
  }, maxBytes === Infinity ? Number.MAX_SAFE_INTEGER : maxBytes);
}

async function phoneApp(maxBytes) {
  const profile = await served.browser.newProfile(PHONE, { downloads: true });
  await phoneShareSheet(profile, maxBytes);
  requests.push(...recordRequests(profile));
  return openTab(profile, `${served.url}?today=${PLAN_V1_TODAY}`);
}

// The shared or downloaded report, read as the physio's browser reads it: no script, the plan inert in a
// template, and the page's text; then imported into a fresh profile, where it must give the same plan.
async function assertReportRoundTrip(report, original) {
  assert.match(report.name, /^sam-quotes-b-stride-back-plan-2024-05-06\.html$/);
  const second = await freshApp();
  const viewer = await second.profile.newTab();
  await viewer.setContent(report.text);
  assert.equal(await viewer.evaluate(() => document.querySelectorAll('script').length), 0);
  assert.equal(await viewer.evaluate(() => document.getElementById('stride-back-plan').dataset.version), '1');
  assert.match(await viewer.evaluate(() => document.body.innerText), /Import a plan file/);
  await pickFile(second, report.text, report.name, 'text/html');
  await confirmImport(second);
  assert.deepEqual(planWithoutIds((await exportPlan(second)).text), planWithoutIds(original));
  assert.deepEqual(second.problems, []);
  await second.close();
}

describe('sharing from a phone', () => {
  test('Android\'s share rules: the share sheet gets the report holding the plan, which imports back as the same plan', async () => {
    const app = await phoneApp();
    await importPlan(app, PLAN_V1, 'from-physio.json');
    const original = (await exportPlan(app)).text;
    await app.press('Share the plan file'); // offered: canShare takes an HTML file
    await app.waitUntil(() => window.sharedFiles.length === 1);
    const [shared] = await app.evaluate(() => window.sharedFiles);
    assert.equal(shared.type, 'text/html');
    assert.ok(await textContaining(app, `Report with your plan shared as ${shared.name}.`));
    await assertReportRoundTrip(shared, original);
    assert.deepEqual(app.problems, []);
    await app.close();
  });

  test('a file the share sheet refuses (here: too big) is downloaded instead, and the app says where it went', async () => {
    const app = await phoneApp(4096); // the start-up check's small file passes; the real report does not
    await importPlan(app, PLAN_V1, 'from-physio.json');
    const original = (await exportPlan(app)).text;
    const report = await download(app, 'Share the plan file');
    assert.deepEqual(await app.evaluate(() => window.sharedFiles), []);
    assert.ok(await textContaining(app, `so the report with your plan was saved to your downloads as ${report.name}.`));
    await assertReportRoundTrip(report, original);
    assert.deepEqual(app.problems, []);
    await app.close();
  });
});

describe('report and CSV', () => {
  // Two years of runs every other day, with flare-ups, physio visits and changed settings: the report must
  // still print within two A4 pages.
  function longHistory() {
    return withSettings(PLAN_V1, (plan) => {
      const template = plan.runs[0];
      const start = Date.parse('2022-05-01T00:00:00Z');
      plan.runs = [];
      for (let i = 0; i < 365; i++) {
        const date = new Date(start + i * 2 * 86400000).toISOString().slice(0, 10);
        plan.runs.push({ ...template, id: 1000 + i, date, minutes: 10 + (i % 40), pain_during: i % 23 === 0 ? 7 : 1,
          pain_next_morning: 1, note: i % 23 === 0 ? 'Flared, "sore", after hills, 3 km' : '' });
      }
      plan.physio_entries = Array.from({ length: 12 }, (_, k) => ({ ...FIXTURE_PHYSIO(plan), id: 5000 + k,
        date: new Date(start + k * 60 * 86400000).toISOString().slice(0, 10), visa_h: 40 + 4 * k }));
    });
  }
  const FIXTURE_PHYSIO = (plan) => JSON.parse(PLAN_V1).plan.physio_entries[0] ?? plan.physio_entries[0];

  test('the report renders in Chromium and prints to PDF within two A4 pages', async () => {
    const app = await freshApp('2024-05-01');
    await importPlan(app, longHistory(), 'two-years.json');
    const report = await download(app, LABELS.exportReport);
    assert.match(report.name, /^sam-quotes-b-stride-back-report-2024-05-01\.html$/);

    const viewer = await app.profile.newTab();
    const failed = [];
    // Chromium only: Playwright's page events, headings by role and printing to PDF.
    viewer.native.on('request', (request) => failed.push(request.url())); // a self-contained page asks for nothing
    await viewer.setContent(report.text);
    for (const heading of ['Status and next step', 'Readiness checklist', 'Pain with each run', 'Weekly minutes',
      'VISA-H', 'Strength symmetry', 'Flare-ups', 'Settings in force']) {
      assert.equal(await viewer.native.getByRole('heading', { name: new RegExp(heading) }).count(), 1, heading);
    }
    assert.ok(await viewer.evaluate(() => document.querySelectorAll('svg').length) >= 3, 'inline SVG charts');
    const pdf = await viewer.native.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `the report prints on ${pages} pages`);
    assert.deepEqual(failed, []);
    await app.close();
  });

  test('the CSV parses with an RFC 4180 reader: a header row and one row per entry', async () => {
    const app = await freshApp('2024-05-01');
    const plan = longHistory();
    await importPlan(app, plan, 'two-years.json');
    const csv = await download(app, LABELS.exportCsv);
    assert.match(csv.name, /stride-back-log-2024-05-01\.csv$/);
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    const [header, ...entries] = rows;
    assert.equal(header[0], 'date');
    assert.equal(entries.length, entryCount(plan));
    for (const row of entries) {
      assert.equal(row.length, header.length);
      assert.match(row[0], /^\d{4}-\d{2}-\d{2}$/, 'ISO dates');
    }
    const note = header.indexOf('note');
    assert.ok(entries.some((row) => row[note] === 'Flared, "sore", after hills, 3 km'), 'quoted text survives');
    await app.close();
  });
});
