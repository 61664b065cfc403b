// Steps of a runner's journey that several test files take, built only on the driver (app.mjs): onboarding,
// logging a run, reading History, the save indicator, importing and exporting through the real file picker,
// drop and download, and the checks on where requests go.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { centre } from './app.mjs';
import { LABELS } from './labels.mjs';
import { root } from './server.mjs';

export const PLAN_V1 = readFileSync(join(root, 'tests', 'fixtures', 'plan-v1.json'), 'utf8'); // a plan file of schema 1
export const PLAN_V1_TODAY = '2024-05-06'; // a day inside its history

// ---- onboarding ----

// The first-run onboarding: painful side, goal, then on to the readiness checklist.
export async function onboard(app, side = 'Left') {
  await app.press(LABELS.side(side));
  await app.press(LABELS.continue);
  await app.press(LABELS.toChecklist);
  await app.waitFor({ label: LABELS.checklistTitle, kind: 'text' });
}

// A fresh installation: goes through onboarding if it is showing.
export async function onboardIfNew(app) {
  if ((await app.texts()).includes(LABELS.welcome)) await onboard(app);
}

// ---- logging and History ----

// Logs a run through the Log screen with `note` (to find it again) and waits until the app has applied it:
// the form starts over, in the frame that applies the run. Does not wait for the save.
export async function logRun(app, note, minutes = 10) {
  await app.tab.bringToFront();
  await app.press(LABELS.logTab);
  if (await app.find(LABELS.logAnother)) await app.press(LABELS.logAnother);
  await app.type(LABELS.minutes, String(minutes));
  await app.press(LABELS.painDuring(1));
  await app.type(LABELS.note, note);
  await app.press({ label: LABELS.saveRun, kind: 'button' });
  await app.waitUntil(([label, typed]) => {
    const field = window.strideProbe.items.find((i) => i.label === label);
    return !field || field.value !== typed;
  }, [LABELS.note, note], { timeout: 15000 });
}

// Every note the History screen lists, scrolling through it from the top.
export async function historyNotes(app) {
  await app.tab.bringToFront();
  await app.press(LABELS.historyTab);
  await app.toTop(); // screens share one scrolled window: the Log screen may have left it scrolled down
  await app.waitFor({ label: LABELS.historyTitle, kind: 'text' });
  const seen = new Set();
  for (let step = 0; step < 100; step++) {
    for (const i of await app.findAll({ prefix: LABELS.notePrefix })) seen.add(i.label.slice(LABELS.notePrefix.length));
    const before = (await app.look()).layout;
    if ((await app.wheel(app.pageNotches())).layout === before) break; // the end of the list
  }
  await app.toTop();
  return [...seen].sort();
}

// ---- the save indicator ----

// Runs in the page: the indicator's words ("Saved", "Saving…" or "Not saved: …"), or null; with `want`
// ({ exact } or { pattern }), only words that match it.
function readSaveWords({ saved, saving, notSaved, want }) {
  const words = new RegExp(`(?:^|· )(${saved}|${saving}|${notSaved}[^·]*)(?: ·|$)`);
  let now = null;
  for (const item of window.strideProbe.items) {
    const match = item.kind === 'text' && words.exec(item.label);
    if (match) { now = match[1].trim(); break; }
  }
  if (!want || now === null) return now;
  return (want.exact !== undefined ? now === want.exact : new RegExp(want.pattern).test(now)) ? now : null;
}
const SAVE_WORDS = { saved: LABELS.saved, saving: LABELS.saving, notSaved: LABELS.notSavedPrefix };

export function saveWords(app) {
  return app.evaluate(readSaveWords, SAVE_WORDS);
}

// Waits until the indicator reads `expected` (a string, or a RegExp it must match); returns its words.
export async function waitForSaveWords(app, expected, { timeout = 10000 } = {}) {
  const want = typeof expected === 'string' ? { exact: expected } : { pattern: expected.source };
  try {
    return await app.waitUntil(readSaveWords, { ...SAVE_WORDS, want }, { timeout });
  } catch (error) {
    if (error.name !== 'TimeoutError') throw error;
    return assert.fail(`save indicator: expected ${expected}, last read ${await saveWords(app)}`);
  }
}

export function saved(app) {
  return waitForSaveWords(app, LABELS.saved);
}

// ---- plan files in and out ----

// Picks `text` as file `name` of type `mimeType` through the app's real file picker (the Plan screen's import
// button), then scrolls to the top of the screen, where the preview or the reason the file is refused appears.
export async function pickFile(app, text, name = 'plan.json', mimeType = 'application/json') {
  if (!(await app.find(LABELS.importFile))) await app.press(LABELS.planTab);
  await app.tab.chooseFile(() => app.press(LABELS.importFile), { name, mimeType, text });
  await app.toTop();
}

// Drops `text` as file `name` on the page, as dragging it from the desktop does.
export async function dropFile(app, text, name = 'plan.json') {
  await app.evaluate(([content, fileName]) => {
    const data = new DataTransfer();
    data.items.add(new File([content], fileName, { type: 'application/json' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [text, name]);
}

// Confirms the import preview once it shows and waits until it is gone.
export async function confirmImport(app) {
  await app.reveal(LABELS.previewTitle);
  await app.press(LABELS.confirmImport);
  await app.waitForGone(LABELS.previewTitle);
}

// Picks the file, confirms the preview and waits until the imported plan is saved.
export async function importPlan(app, text, name) {
  await pickFile(app, text, name);
  await confirmImport(app);
  await saved(app);
}

// Presses an export button (on the Plan screen) and returns { name, text } of the real download.
export async function download(app, label) {
  if (!(await app.find(label))) await app.press(LABELS.planTab);
  return app.tab.download(() => app.press(label));
}

export function exportPlan(app) {
  return download(app, LABELS.exportPlan);
}

// The plan inside a plan file without its id origin: the origin belongs to the installation (each browser
// profile picks its own), so two installations holding the same entries compare equal.
export function planWithoutIds(text) {
  const file = JSON.parse(text);
  delete file.plan.ids;
  return file;
}

// ---- updates ----

// Asks for the new version (as a visit or coming back to the tab does), presses "Update now" without waiting
// for the frames after it (the page reloads into the new version) and waits until the new page has started.
export async function pressUpdateNow(app) {
  await app.evaluate(() => window.strideUpdate.check());
  await app.evaluate(() => { window.beforeUpdate = true; });
  const update = await app.reveal({ label: LABELS.updateNow, kind: 'button' });
  await app.tab.click(centre(update).x, centre(update).y);
  await app.waitUntil(() => window.beforeUpdate === undefined, null, { timeout: 30000 });
  await app.waitForStart();
}

// ---- where requests go ----

// Every request the profile makes (pages and service worker), to check none leaves this machine.
export function recordRequests(profile) {
  const urls = [];
  profile.onRequest((url) => urls.push(url));
  return urls;
}

export function assertAllLocal(urls) {
  const outside = urls.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'blob:' || protocol === 'data:') return false;
    return !(hostname === '127.0.0.1' || hostname === 'localhost');
  });
  assert.deepEqual(outside, [], 'no request leaves localhost');
}
