// Shared steps of the offline and sharing tests: the labels they press (in one place, so a renamed
// button is fixed here), pressing items that may need scrolling into view, importing a file through the
// real file picker or a real drop, and exporting through a real download.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { centre, nextFrame, root } from './harness.mjs';

export const FIXTURE = readFileSync(join(root, 'tests', 'fixtures', 'plan-v1.json'), 'utf8');
export const FIXTURE_TODAY = '2024-05-06'; // a day inside the fixture's history

export const LABELS = {
  planTab: 'Tab: Plan',
  todayTab: 'Tab: Today',
  importFile: 'Import a plan file',
  confirmImport: 'Import these changes',
  cancelImport: 'Cancel import',
  exportPlan: 'Export the plan file',
  exportReport: 'Physio report (printable page)',
  exportCsv: 'Spreadsheet of the logs (CSV)',
  updateNow: 'Update now',
  importErrorPrefix: 'Could not import: ',
  previewTitle: 'Import this plan file?',
  saved: 'Saved', // the save indicator once IndexedDB has committed (docs/storage.md)
};

// Waits until the save indicator says everything is stored.
export async function saved(page) {
  await page.waitForFunction((word) => window.strideProbe.items.some((i) => i.kind === 'text' &&
    (i.label === word || i.label.endsWith(` · ${word}`))), LABELS.saved, { timeout: 10000 });
}

// Every request the context makes (pages and service worker), to check none leaves this machine.
export function recordRequests(context) {
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
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

export function texts(page) {
  return page.evaluate(() => window.strideProbe.items.filter((i) => i.kind === 'text').map((i) => i.label));
}

// An item matching `match` ({ label, kind } exactly, or { includes } for a text containing it).
function find(page, match) {
  return page.evaluate((m) => window.strideProbe.items.find((i) => (m.includes !== undefined
    ? i.kind === 'text' && i.label.includes(m.includes)
    : i.label === m.label && (!m.kind || i.kind === m.kind))), match);
}

// Scrolls the screen (mouse wheel) until an item matching `match` is drawn and wholly in view, and returns
// it: ImGui does not draw items outside the window, so one further up or down appears only once scrolled to.
export async function reveal(page, match) {
  const view = page.viewportSize();
  // Usually drawn already (or a frame or two after the tap that opened it).
  await page.waitForFunction((m) => window.strideProbe.items.some((i) => (m.includes !== undefined
    ? i.kind === 'text' && i.label.includes(m.includes)
    : i.label === m.label && (!m.kind || i.kind === m.kind))), match, { timeout: 1500 }).catch(() => {});
  let direction = 1;
  let ends = 0;
  for (let attempt = 0; attempt < 60 && ends < 3; attempt++) {
    const target = await find(page, match);
    if (target && target.y >= 0 && target.y + target.height <= view.height) return target;
    // Towards a drawn target by about its distance (one wheel notch of 100 scrolls ImGui ~5 lines); in big
    // steps while it is not drawn at all.
    const delta = target ? (target.y - view.height / 3) * 1.2 : direction * 1200;
    if (target) direction = Math.sign(delta);
    const before = await page.evaluate(() => JSON.stringify(window.strideProbe.items.map((i) => i.y)));
    const frame = await page.evaluate(() => window.strideProbe.frame);
    await page.mouse.move(view.width * 0.7, view.height / 2);
    await page.mouse.wheel(0, delta);
    await nextFrame(page, frame);
    await page.waitForTimeout(30);
    const now = await page.evaluate(() => JSON.stringify(window.strideProbe.items.map((i) => i.y)));
    if (now === before) { direction = -direction; ends++; } // at one end without finding it: the other way
  }
  throw new Error(`could not find ${JSON.stringify(match)} on screen, even scrolling`);
}

// Presses the item with this label, scrolled into view.
export async function press(page, label, kind) {
  const target = await reveal(page, { label, kind });
  const { x, y } = centre(target);
  const frame = await page.evaluate(() => window.strideProbe.frame);
  await page.mouse.click(x, y);
  // The press is seen in one frame and its action applied after it: the frame after that shows the result.
  await nextFrame(page, frame);
  await nextFrame(page, frame + 1).catch(() => {}); // an idle app may draw no further frame
  return target;
}

// The label of a text containing `part`, scrolled into view.
export async function textContaining(page, part) {
  return (await reveal(page, { includes: part })).label;
}

async function importButtonOnScreen(page) {
  return page.evaluate((l) => window.strideProbe.items.some((i) => i.label === l), LABELS.importFile);
}

// Picks `text` as file `name` through the app's real file picker (the "Import a plan file" button).
export async function pickFile(page, text, name = 'plan.json') {
  if (!(await importButtonOnScreen(page))) await press(page, LABELS.planTab);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, LABELS.importFile)]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

// Drops `text` as file `name` on the page, as dragging it from the desktop does.
export async function dropFile(page, text, name = 'plan.json') {
  await page.evaluate(([content, fileName]) => {
    const data = new DataTransfer();
    data.items.add(new File([content], fileName, { type: 'application/json' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [text, name]);
}

// Picks the file, waits for the preview, confirms it and waits until the imported plan is saved.
export async function importPlan(page, text, name) {
  await pickFile(page, text, name);
  await reveal(page, { label: LABELS.previewTitle });
  await press(page, LABELS.confirmImport);
  await page.waitForFunction((t) => !window.strideProbe.items.some((i) => i.label === t), LABELS.previewTitle);
  await saved(page);
}

// Presses an export button and returns { name, text } of the real download.
export async function download(page, label) {
  if (!(await page.evaluate((l) => window.strideProbe.items.some((i) => i.label === l), label))) {
    await press(page, LABELS.planTab);
  }
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, label)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

export async function exportPlan(page) {
  return download(page, LABELS.exportPlan);
}

// The plan inside a plan file without its id origin: the origin belongs to the installation (each browser
// profile picks its own), so two installations holding the same entries compare equal.
export function planWithoutIds(text) {
  const file = JSON.parse(text);
  delete file.plan.ids;
  return file;
}
