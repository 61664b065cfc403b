// The app as a screen reader, a keyboard and large text meet it (docs/accessibility.md): Chromium's
// accessibility tree of every screen against what the app drew, a new runner's journey through the
// accessibility tree alone and one with the keyboard alone, axe-core on every screen, and every screen at
// 200% text. Chromium only: the tree and the preferred font size go over CDP (driver/access.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import {
  App, DESKTOP, PHONE, activate, axTree, fill, focusedNode, isInteractive, openApp, serveApp, waitForFocus, waitForNode,
} from './driver/index.mjs';

const served = serveApp();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TODAY = '2025-03-03';

// ---- what every screen must give an assistive technology ----

// The role, name and group an assistive technology should find for a probe item (src/ui/probe.hpp).
function expected(item) {
  const { kind, label } = item;
  if (kind === 'choice') {
    const at = label.indexOf(': ');
    const group = label.slice(0, at), name = label.slice(at + 2);
    return group === 'Tab' ? { roles: ['tab'], name } : { roles: ['radio'], name, group };
  }
  if (kind === 'button' || kind === 'openable') return { roles: ['button'], name: label };
  if (kind === 'checkbox') return { roles: ['checkbox'], name: label };
  if (kind.endsWith('field')) return { roles: kind === 'number-field' ? ['spinbutton', 'textbox'] : ['textbox'], name: label };
  return null; // text and charts: read as text and images, checked by the journeys
}

// Every interactive item drawn on screen is in the accessibility tree with its role, name, value and
// state; nothing interactive in the tree is unnamed; one level-1 heading names the screen.
async function checkTree(app, screen) {
  const [{ items }, tree] = [await app.probe(), await axTree(app)];
  const problems = [];
  for (const item of items) {
    const want = expected(item);
    if (!want) continue;
    const node = tree.find((n) => want.roles.includes(n.role) && n.name === want.name &&
      (want.group === undefined || n.group === want.group));
    const what = `${screen}: ${item.kind} "${item.label}"`;
    if (!node) { problems.push(`${what} is not in the tree as ${want.roles[0]} "${want.name}"${want.group ? ` in "${want.group}"` : ''}`); continue; }
    if (item.kind === 'choice' && String(node.role === 'tab' ? node.selected : node.checked) !== String(item.value === 'selected')) {
      problems.push(`${what}: selected is ${item.value === 'selected'}, the tree says ${node.checked ?? node.selected}`);
    }
    if (item.kind.endsWith('field') && String(node.value ?? '') !== item.value) problems.push(`${what}: holds "${item.value}", the tree says "${node.value}"`);
    if (node.disabled !== item.disabled) problems.push(`${what}: disabled ${item.disabled}, the tree says ${node.disabled}`);
    if (item.kind === 'openable' && node.expanded === null) problems.push(`${what}: opens a section but has no expanded state`);
  }
  for (const node of tree.filter(isInteractive)) if (!node.name.trim()) problems.push(`${screen}: a ${node.role} without a name`);
  const titles = tree.filter((n) => n.role === 'heading' && n.level === 1);
  if (titles.length !== 1) problems.push(`${screen}: ${titles.length} level-1 headings (${titles.map((n) => n.name).join(', ')})`);
  assert.deepEqual(problems, [], `the accessibility tree of ${screen}`);
  assert.ok(tree.filter(isInteractive).length >= items.filter(expected).length);
}

// axe-core's WCAG A and AA rules on the page as it is (evaluated over CDP, so the page's script policy
// does not stop it).
async function checkAxe(app, screen) {
  const violations = await app.tab.native.evaluate(async (source) => {
    if (!window.axe) (0, eval)(source);
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  }, AXE);
  assert.deepEqual(violations, [], `axe-core on ${screen}`);
}

async function checkScreen(app, screen) {
  await app.settle();
  await checkTree(app, screen);
  await checkAxe(app, screen);
}

const headingNamed = (name) => ({ role: 'heading', name });

describe('through the accessibility tree alone (a screen reader on a phone)', () => {
  test('every screen is in the tree and passes axe; a new runner gets from onboarding to a logged run and Today', async () => {
    const app = await openApp(served.browser, `${served.url}?today=${TODAY}`, PHONE);
    await waitForNode(app, headingNamed('Welcome to Stride Back'));
    const canvas = (await axTree(app)).filter((n) => n.role === 'image' || n.role === 'img');
    assert.deepEqual(canvas, [], 'the canvas is hidden: the mirror speaks for it');
    await checkScreen(app, 'onboarding');
    await activate(app, { role: 'radio', name: 'Left', group: 'Side' });
    await activate(app, { role: 'button', name: 'Continue' });
    await waitForNode(app, headingNamed('What are you working back to?'));
    await checkScreen(app, 'onboarding, the goal');
    await activate(app, { role: 'button', name: 'Continue to the readiness checklist' });
    await waitForNode(app, headingNamed('Readiness checklist'));
    await checkScreen(app, 'the readiness checklist');

    await activate(app, { role: 'tab', name: 'Log' });
    await checkScreen(app, 'Log');
    await fill(app, { role: 'spinbutton', name: 'Minutes' }, '12');
    await activate(app, { role: 'radio', name: '0', group: 'Pain before the run (optional)' });
    await activate(app, { role: 'radio', name: '2', group: 'Worst pain during' });
    await activate(app, { role: 'radio', name: '1', group: 'Pain right after (optional)' });
    await activate(app, { role: 'button', name: 'Save run' });
    // The live region says what was saved and what it means, where a screen reader hears it.
    await app.waitUntil(() => document.getElementById('mirror-live').textContent.includes('Run saved: 12 minutes'));

    await activate(app, { role: 'tab', name: 'Today' });
    await waitForNode(app, { role: 'heading', name: 'Waiting for the morning after' });
    await checkScreen(app, 'Today');
    await activate(app, { role: 'button', name: 'Why this advice?' });
    await waitForNode(app, { role: 'button', name: 'Hide the reason' });
    assert.ok((await axTree(app)).some((n) => n.name.startsWith('Source:')), 'the reason and its source are read');

    await activate(app, { role: 'tab', name: 'History' });
    const run = (await axTree(app)).find((n) => /^Run, .*12 min/.test(n.name));
    assert.ok(run, 'History lists the run in words');
    await checkScreen(app, 'History');
    await activate(app, { role: 'tab', name: 'Plan' });
    await checkScreen(app, 'Plan');
    await activate(app, { role: 'button', name: 'About Stride Back' });
    await waitForNode(app, headingNamed('About Stride Back'));
    await checkScreen(app, 'About');
    assert.deepEqual(app.problems, []);
    await app.close();
  });
});

// ---- the keyboard alone ----

const sameNode = (node, want) => node && node.role === want.role && node.name === want.name &&
  (want.group === undefined || node.group === want.group);

// Presses Tab (Shift+Tab with `back`) until the focus is on `want`; arrows inside radio groups and tabs.
async function tabTo(app, want, { back = false, most = 80 } = {}) {
  for (let i = 0; i < most; i++) {
    const focused = await focusedNode(app);
    if (sameNode(focused, want)) return focused;
    const inGroup = focused && focused.role === want.role && (want.role === 'tab' || (want.group !== undefined && focused.group === want.group));
    if (inGroup) {
      await app.tab.press(Number(focused.name) > Number(want.name) ? 'ArrowLeft' : 'ArrowRight'); // wraps round
    } else {
      await app.tab.press(back ? 'Shift+Tab' : 'Tab');
    }
  }
  throw new Error(`${most} presses did not reach ${want.role} "${want.name}"; focus is on ${JSON.stringify(await focusedNode(app))}`);
}

// Moves the focus to `want` and presses `key` (Enter or Space) there; waits until the app has taken it.
async function pressWithKey(app, want, key = 'Enter') {
  await tabTo(app, want);
  const before = await app.frame();
  await app.tab.press(key);
  await app.waitForFrame(before);
  return app.settle();
}

describe('with the keyboard alone (a desktop, dark theme)', () => {
  test('Tab, arrows, Enter, Space and Escape take a new runner to a logged run and Today, with a visible focus ring', async () => {
    const app = await openApp(served.browser, `${served.url}?today=${TODAY}`, DESKTOP, { colorScheme: 'dark' });
    await waitForNode(app, headingNamed('Welcome to Stride Back'));
    await tabTo(app, { role: 'radio', name: 'Left', group: 'Side' });
    await app.tab.press('ArrowRight'); // arrows move within the group
    await waitForFocus(app, { role: 'radio', name: 'Right', group: 'Side' });
    await app.tab.press('ArrowLeft');
    await app.tab.press('Space');
    await app.waitUntil(() => document.activeElement.getAttribute('aria-checked') === 'true');

    // The focus ring: the theme's accent, drawn round the focused element, unlike what is behind it.
    await tabTo(app, { role: 'button', name: 'Continue' });
    const ring = await app.evaluate(() => {
      const box = document.activeElement.getBoundingClientRect();
      return { x: Math.round(box.left - 3.5), y: Math.round(box.top + box.height / 2), colour: getComputedStyle(document.activeElement).outlineColor,
        style: getComputedStyle(document.activeElement).outlineStyle };
    });
    assert.equal(ring.style, 'solid', 'a focus ring is drawn');
    const rgb = ring.colour.match(/\d+/g).slice(0, 3).map(Number);
    const seen = await app.pixel(ring.x, ring.y);
    assert.ok(seen.every((c, i) => Math.abs(c - rgb[i]) <= 8), `the ring (${rgb}) shows at its edge: ${seen}`);
    await app.evaluate(() => document.activeElement.blur());
    await app.waitForIdle();
    const without = await app.pixel(ring.x, ring.y);
    assert.ok(without.some((c, i) => Math.abs(c - rgb[i]) > 24), `without focus no ring: ${without}`);

    await pressWithKey(app, { role: 'button', name: 'Continue' });
    await waitForNode(app, headingNamed('What are you working back to?'));
    await pressWithKey(app, { role: 'button', name: 'Continue to the readiness checklist' });
    await waitForNode(app, headingNamed('Readiness checklist'));

    // The tabs: one Tab stop, arrows between them, Enter opens one.
    await pressWithKey(app, { role: 'tab', name: 'Log' });
    await waitForNode(app, { role: 'heading', name: 'Log' });
    await tabTo(app, { role: 'spinbutton', name: 'Minutes' });
    await app.tab.press('Control+A');
    await app.tab.type('12');
    await app.waitUntil(() => window.strideProbe.items.some((i) => i.label === 'Minutes' && i.value === '12'));
    await pressWithKey(app, { role: 'radio', name: '0', group: 'Pain before the run (optional)' }, 'Space');
    await pressWithKey(app, { role: 'radio', name: '2', group: 'Worst pain during' }, 'Space');
    await pressWithKey(app, { role: 'radio', name: '1', group: 'Pain right after (optional)' }, 'Space');
    await pressWithKey(app, { role: 'button', name: 'Save run' });
    await app.waitUntil(() => document.getElementById('mirror-live').textContent.includes('Run saved: 12 minutes'));

    await tabTo(app, { role: 'tab', name: 'Log' }, { back: true }); // back into the tabs, on the one shown
    await app.tab.press('ArrowUp');
    await waitForFocus(app, { role: 'tab', name: 'Checklist' });
    await app.tab.press('Home');
    await waitForFocus(app, { role: 'tab', name: 'Today' });
    await app.tab.press('Enter');
    await waitForNode(app, { role: 'heading', name: 'Waiting for the morning after' });
    await pressWithKey(app, { role: 'button', name: 'Why this advice?' });
    await waitForNode(app, { role: 'button', name: 'Hide the reason' });
    await app.tab.press('Escape'); // closes what is open
    await waitForNode(app, { role: 'button', name: 'Why this advice?' });
    assert.deepEqual(app.problems, []);
    await app.close();
  });
});

// ---- any text size ----

// Every item drawn wholly across inside the page, and no two controls over each other: nothing is cut off
// at the side or drawn on top of another (text wraps, rows hold fewer choices).
async function checkNothingClipped(app, screen) {
  const { items } = await app.probe();
  const { width } = app.tab.viewport();
  const problems = [];
  for (const i of items) {
    if (i.x < -0.5 || i.x + i.width > width + 0.5) problems.push(`${i.kind} "${i.label}" spans ${i.x}..${i.x + i.width} of ${width}`);
    if (i.clipped) problems.push(`${i.kind} "${i.label}" is wider than its box`);
  }
  const controls = items.filter((i) => i.kind !== 'text' && i.kind !== 'chart');
  for (const [n, a] of controls.entries()) {
    for (const b of controls.slice(n + 1)) {
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (across > 1 && down > 1) problems.push(`"${a.label}" and "${b.label}" overlap`);
    }
  }
  assert.deepEqual(problems, [], `${screen} at this text size`);
}

// Each screen photographed from its top and checked down to its end. The pages are phone and desktop
// wide (the width decides the layout) and tall, at one device pixel per CSS pixel, so a screen is seen in
// a few steps and drawn quickly.
async function checkWholeScreen(app, name) {
  await app.toTop();
  await app.screenshot(`text-200-${name}.png`);
  for (let step = 0; step < 20; step++) {
    await checkNothingClipped(app, name);
    const before = (await app.look()).layout;
    if ((await app.wheel(app.pageNotches())).layout === before) break;
  }
}
const TALL = { height: 2400, pixelRatio: 1 };

for (const [device, name, colorScheme] of [[{ ...PHONE, ...TALL }, 'phone', 'light'], [{ ...DESKTOP, ...TALL }, 'desktop', 'dark']]) {
  test(`text size on a ${name}: starts from the browser's size, 200% kept on this device, every screen whole at 200%`, async () => {
    // A browser whose default text is 24 px (150% of 16) instead of 16: the app starts at 150%.
    const profile = await served.browser.newProfile(device, { colorScheme });
    const app = new App(await profile.newTab(), profile, true);
    const cdp = await app.tab.native.context().newCDPSession(app.tab.native);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    await app.goto(`${served.url}?today=${TODAY}`);
    const size = (percent) => ({ role: 'radio', name: `${percent}%`, group: 'Text size' });
    assert.equal((await waitForNode(app, size(150))).checked, 'true', 'the preferred size is where it starts');
    const button = async () => (await app.find({ label: 'Continue', kind: 'button' })).height; // one line
    const before = await button();

    await activate(app, size(200));
    assert.equal((await waitForNode(app, size(200))).checked, 'true');
    assert.ok((await button()) > before * 1.1, 'the text grew');
    await app.reload();
    assert.equal((await waitForNode(app, size(200))).checked, 'true', 'kept in this browser');

    await checkWholeScreen(app, `${name}-onboarding`);
    await activate(app, { role: 'radio', name: 'Left', group: 'Side' });
    await activate(app, { role: 'button', name: 'Continue' });
    await checkWholeScreen(app, `${name}-goal`);
    await activate(app, { role: 'button', name: 'Continue to the readiness checklist' });
    await checkWholeScreen(app, `${name}-readiness`);
    for (const tab of ['Log', 'History', 'Plan', 'Today']) {
      await activate(app, { role: 'tab', name: tab });
      await checkWholeScreen(app, `${name}-${tab.toLowerCase()}`);
    }
    await activate(app, device.touch ? { role: 'button', name: 'About Stride Back' } : { role: 'tab', name: 'About' });
    await checkWholeScreen(app, `${name}-about`);
    assert.deepEqual(app.problems, []);
    await cdp.detach();
    await app.close();
  });
}
