// The first browser tests: the app loads, draws, takes taps, drags and typing on a phone and a desktop,
// goes idle, and fails with a readable message when the browser cannot run it. They use the real screens
// (onboarding, Today, Plan) as any person would meet them on a fresh device.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DESKTOP, DIST, LABELS, PHONE, centre, ensureBuilt, onboard, openApp, serveApp, staticServer,
} from './driver/index.mjs';

const NAME = 'Your name (optional)';
const GOAL = 'Goal: one run of this many minutes';

// Today's "Why this advice?" toggles the reason open and shut: a doubled tap would leave it shut.
const reasonOpen = async (app) => Boolean(await app.find(LABELS.hideReason));

// A fresh phone or desktop past onboarding, on Today.
async function openOnToday(device) {
  const app = await openApp(served.browser, served.url, device);
  await onboard(app);
  await app.press(LABELS.todayTab);
  await app.waitFor({ label: LABELS.why, kind: 'button' });
  return app;
}

// Onboarding's second step: a text field (name) and a number field (goal minutes).
async function openOnGoalStep(device) {
  const app = await openApp(served.browser, served.url, device);
  await app.press(LABELS.side('Left'));
  await app.press(LABELS.continue);
  await app.waitFor({ label: NAME, kind: 'text-field' });
  return app;
}

// What a field holds once it shows `expected`, or after a while what it holds instead.
async function fieldValue(app, label, expected) {
  const kind = label === GOAL ? 'number-field' : 'text-field';
  try {
    return (await app.waitFor({ label, kind, value: expected }, { timeout: 5000 })).value;
  } catch {
    return (await app.find({ label, kind }))?.value; // the caller's assertion shows it
  }
}

const served = serveApp();

describe('start-up', () => {
  test('loads with no console errors, a live WebGL2 context and a first frame', async () => {
    const app = await openApp(served.browser, served.url, DESKTOP);
    const gl = await app.evaluate(() => {
      const context = document.getElementById('canvas').getContext('webgl2'); // the app's own context
      return context && { version: context.getParameter(context.VERSION), lost: context.isContextLost() };
    });
    assert.ok(gl, 'the canvas has a WebGL2 context');
    assert.match(gl.version, /^WebGL 2\.0/);
    assert.equal(gl.lost, false);
    await app.waitFor({ label: LABELS.welcome, kind: 'text' });
    await app.waitFor({ label: 'Guidance, not diagnosis: it does not replace your physio. Your data stays in this browser.', kind: 'text' });
    await app.waitFor({ label: LABELS.side('Left'), kind: 'choice' });
    const statusShown = await app.evaluate(() => {
      const status = document.getElementById('status');
      return status.getClientRects().length > 0 && getComputedStyle(status).visibility !== 'hidden';
    });
    assert.equal(statusShown, false, 'the loading message is gone');
    assert.deepEqual(app.problems, []);
    await app.close();
  });

  test('draws at device resolution on a phone, with thumb-sized targets', async () => {
    const app = await openApp(served.browser, served.url, PHONE);
    const size = await app.evaluate(() => {
      const canvas = document.getElementById('canvas');
      return { width: canvas.width, height: canvas.height };
    });
    assert.deepEqual(size, { width: 390 * 3, height: 844 * 3 }, 'canvas backing store = CSS size x devicePixelRatio');
    const button = await app.waitFor({ label: LABELS.side('Left'), kind: 'choice' });
    assert.ok(button.height >= 44, `button is ${button.height} CSS px tall`);
    assert.ok(button.x >= 0 && button.x + button.width <= 390, 'button lies inside the phone screen');
    await onboard(app);
    const record = await app.waitFor({ label: 'Record rest pain', kind: 'button' });
    assert.ok(record.height >= 44, `button is ${record.height} CSS px tall`);
    const tab = await app.waitFor({ label: LABELS.todayTab, kind: 'choice' });
    assert.ok(tab.height >= 44 && tab.y + tab.height <= 844, `tab is ${tab.height} CSS px tall, inside the screen`);
    await app.pressAt(centre(record));
    const field = await app.waitFor({ label: 'Date of the test: Today', kind: 'choice' });
    assert.ok(field.height >= 44, `the day choice is ${field.height} CSS px tall`);
    assert.deepEqual(app.problems, []);
    await app.close();
  });
});

describe('phone input', () => {
  test('a tap activates a button exactly once, at the tapped spot', async () => {
    const app = await openOnToday(PHONE);
    const button = await app.waitFor({ label: LABELS.why, kind: 'button' });
    const spot = centre(button);
    await app.pressAt(spot);
    await app.waitFor(LABELS.hideReason, { timeout: 5000 });
    await app.waitForIdle(); // everything the tap sent has been taken: a second click would have woken it
    assert.equal(await reasonOpen(app), true, 'no second click closed it again');
    // A tap just below the button hits nothing.
    const open = await app.waitFor({ label: LABELS.hideReason, kind: 'button' });
    await app.pressAt({ x: spot.x, y: open.y + open.height + 6 });
    assert.equal(await reasonOpen(app), true);
    await app.pressAt(centre(open));
    await app.waitFor(LABELS.why, { timeout: 5000 });
    assert.equal(await reasonOpen(app), false, 'a second tap closes it');
    assert.deepEqual(app.problems, []);
    await app.close();
  });

  test('a finger drag scrolls the list and clicks nothing', async () => {
    const app = await openOnToday(PHONE);
    await app.press(LABELS.planTab);
    // The settings make Plan the longest screen; the drag starts on its buttons and fields, which must not fire.
    const before = await app.waitFor({ label: NAME, kind: 'text-field' });
    const undoBefore = (await app.findAll({ includes: 'Undo:' })).map((i) => i.label);
    await app.drag({ x: 200, y: 700 }, { x: 200, y: 300 });
    await app.waitUntil(([label, y]) => {
      const row = window.strideProbe.items.find((i) => i.label === label && i.kind === 'text-field');
      return !row || row.y < y - 300;
    }, [NAME, before.y], { timeout: 5000 });
    const { items } = await app.probe();
    assert.ok(!items.some((i) => i.active), 'nothing is left pressed');
    assert.notEqual(await app.evaluate(() => document.activeElement.id), 'text-input', 'no keyboard opened');
    assert.ok(!items.some((i) => i.label.startsWith('Not available') || i.label.startsWith('Could not')), 'no export ran');
    const undoAfter = items.filter((i) => i.kind === 'text' && i.label.includes('Undo:')).map((i) => i.label);
    assert.ok(undoAfter.length === 0 || undoAfter[0] === undoBefore[0], 'no change was made');
    assert.deepEqual(app.problems, []);
    await app.close();
  });

  test('tapping a field opens the on-screen keyboard and typed text arrives', async () => {
    const app = await openOnGoalStep(PHONE);
    const name = await app.waitFor({ label: NAME, kind: 'text-field' });
    await app.pressAt(centre(name));
    const focused = await app.evaluate(() => ({ id: document.activeElement.id, mode: document.activeElement.inputMode }));
    assert.deepEqual(focused, { id: 'text-input', mode: 'text' }, 'the hidden input took focus inside the tap');
    await app.insertText('Ana'); // what a phone keyboard sends: input events, no key presses
    assert.equal(await fieldValue(app, NAME, 'Ana'), 'Ana');
    await app.key('Backspace');
    assert.equal(await fieldValue(app, NAME, 'An'), 'An');

    const goal = await app.waitFor({ label: GOAL, kind: 'number-field' });
    await app.pressAt({ x: goal.x + goal.width - 10, y: centre(goal).y });
    assert.equal(await app.evaluate(() => document.activeElement.inputMode), 'decimal', 'number keypad');
    for (let i = 0; i < 3; i++) await app.key('Backspace');
    await app.insertText('45');
    assert.equal(await fieldValue(app, GOAL, '45'), '45');

    // A tap away from any field closes the keyboard.
    const title = await app.waitFor({ label: 'What are you working back to?', kind: 'text' });
    await app.pressAt(centre(title));
    await app.waitUntil(() => document.activeElement.id !== 'text-input', null, { timeout: 5000 });
    assert.deepEqual(app.problems, []);
    await app.close();
  });
});

describe('desktop input', () => {
  test('clicking a field and typing on the keyboard works', async () => {
    const app = await openOnGoalStep(DESKTOP);
    const name = await app.waitFor({ label: NAME, kind: 'text-field' });
    await app.pressAt(centre(name));
    await app.waitUntil(() => document.getElementById('canvas').style.cursor === 'text'); // I-beam over a field
    await app.tab.type('Sam');
    assert.equal(await fieldValue(app, NAME, 'Sam'), 'Sam');
    await app.key('Backspace');
    assert.equal(await fieldValue(app, NAME, 'Sa'), 'Sa');

    const goal = await app.waitFor({ label: GOAL, kind: 'number-field' });
    await app.pressAt({ x: goal.x + goal.width - 10, y: centre(goal).y });
    for (let i = 0; i < 3; i++) await app.key('Backspace');
    await app.tab.type('42');
    await app.key('Enter');
    assert.equal(await fieldValue(app, GOAL, '42'), '42');
    assert.deepEqual(app.problems, []);
    await app.close();
  });

  test('a click activates a button once and the mouse wheel scrolls', async () => {
    const app = await openOnToday(DESKTOP);
    const button = await app.waitFor({ label: LABELS.why, kind: 'button' });
    await app.pressAt(centre(button));
    await app.waitFor(LABELS.hideReason, { timeout: 5000 });
    await app.waitForIdle(); // everything the click sent has been taken
    assert.equal(await reasonOpen(app), true, 'exactly one click');
    await app.press(LABELS.planTab);
    const row = await app.waitFor({ label: LABELS.exportPlan, kind: 'button' });
    await app.wheel(4, { x: 640, y: 400 });
    await app.waitUntil(([label, y]) => {
      const r = window.strideProbe.items.find((i) => i.label === label);
      return !r || r.y < y - 100;
    }, [LABELS.exportPlan, row.y], { timeout: 5000 });
    assert.deepEqual(app.problems, []);
    await app.close();
  });
});

describe('idle', () => {
  test('stops drawing once what it draws has settled, says so, and wakes on input', async () => {
    const app = await openApp(served.browser, served.url, DESKTOP);
    // Idle within four seconds of starting: the app says it sleeps at its last frame.
    const settled = await app.waitForIdle({ timeout: 4000 });
    assert.equal(await app.tab.evaluate(() => window.strideAsleep), settled);
    await assert.rejects(app.waitForFrame(settled, { timeout: 1500 }), { name: 'TimeoutError' }, 'no frames drawn while idle');
    const woken = Date.now();
    await app.tab.move(300, 300);
    await app.waitForFrame(settled);
    assert.ok(Date.now() - woken < 1000, 'input wakes the app promptly');
    const phone = await openApp(served.browser, served.url, PHONE);
    const phoneSettled = await phone.waitForIdle({ timeout: 4000 });
    await phone.tab.tap(10, 10);
    await phone.waitForFrame(phoneSettled);
    assert.deepEqual([...app.problems, ...phone.problems], []);
    await app.close();
    await phone.close();
  });
});

describe('screenshots', () => {
  for (const [name, device, scheme] of [
    ['phone.png', PHONE, 'light'], ['desktop.png', DESKTOP, 'light'], ['phone-dark.png', PHONE, 'dark'],
  ]) {
    test(`${name} is drawn, not blank`, async () => {
      const app = await openApp(served.browser, served.url, device, { colorScheme: scheme });
      await app.waitFor({ label: LABELS.side('Left'), kind: 'choice' });
      const { png } = await app.screenshot(name);
      const measured = await app.measurePng(png);
      assert.equal(measured.width, device.width * device.pixelRatio);
      assert.ok(measured.inked > 0.02, `only ${(measured.inked * 100).toFixed(2)}% of pixels differ from the background`);
      assert.ok(measured.colours > 20, `only ${measured.colours} colours`);
      assert.deepEqual(app.problems, []);
      await app.close();
    });
  }
});

describe('errors are shown, not a blank page', () => {
  // The page in a fresh desktop profile, `prepare`d (e.g. given init scripts) before it opens; resolves
  // with the loader's message and its technical detail once the page says it failed.
  async function failure(url, prepare = async () => {}) {
    const profile = await served.browser.newProfile(DESKTOP);
    await prepare(profile);
    const tab = await profile.newTab();
    await tab.goto(url);
    await tab.waitForFunction(() => document.body.classList.contains('failed'), null, { timeout: 15000 });
    const message = await tab.evaluate(() => document.getElementById('status-text').innerText);
    const detail = await tab.evaluate(() => document.getElementById('status-detail')?.innerText ?? '');
    await profile.close();
    return { message, detail };
  }

  test('no WebGL2', async () => {
    const { message } = await failure(served.url, (profile) => profile.addInitScript(() => {
      delete window.WebGL2RenderingContext;
    }));
    assert.match(message, /^This browser cannot show Stride Back because WebGL 2 is not available\./);
  });

  test('WebGL2 that cannot start (switched off or blocklisted)', async () => {
    const { message } = await failure(served.url, (profile) => profile.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : original.call(this, type, ...rest);
      };
    }));
    assert.match(message, /^Stride Back could not start\. This browser could not start WebGL 2, which Stride Back needs/);
  });

  test('no WebAssembly', async () => {
    const { message } = await failure(served.url, (profile) => profile.addInitScript(() => { delete window.WebAssembly; }));
    assert.match(message, /does not support WebAssembly/);
  });

  test('the module fails to load', async () => { // stride.<content hash>.wasm (docs/publishing.md)
    // The release folder served without its module.
    await ensureBuilt();
    const server = await staticServer(DIST, { missing: /^\/stride\.[0-9a-f]+\.wasm$/ });
    try {
      const { message, detail } = await failure(server.url);
      // The runner's words first; the browser's and Emscripten's technical text only below them.
      assert.match(message, /^Stride Back could not start\. Check your connection and reload the page\.$/);
      assert.doesNotMatch(message, /abort|RuntimeError|wasm/i);
      assert.match(detail, /^Details: ./, 'the technical detail is kept, below');
    } finally {
      await server.stop();
    }
  });
});

describe('display', () => {
  test('the canvas follows resizes, rotation, pixel ratio and the system theme', async () => {
    const app = await openApp(served.browser, served.url, { ...PHONE, pixelRatio: 2 });
    const canvasSize = () => app.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(await canvasSize(), [780, 1688], 'pixel ratio 2');
    // Rotate to landscape: the backing store and the layout follow.
    await app.tab.setViewport({ width: 844, height: 390 });
    await app.waitUntil(() => document.getElementById('canvas').width === 844 * 2);
    assert.deepEqual(await canvasSize(), [1688, 780]);
    await app.waitUntil((label) => {
      const b = window.strideProbe.items.find((i) => i.label === label);
      return b && b.width > 500; // the column widened (up to its 640 px maximum)
    }, LABELS.continue);
    // Dark mode switched on while the app is open repaints it dark.
    const light = await app.pixel(2, 2);
    assert.ok(light.every((v) => v > 200), `background starts light: rgb(${light})`);
    const idle = await app.waitForIdle(); // idle first: the theme change itself must wake the app
    await app.tab.setColorScheme('dark');
    await app.waitForFrame(idle);
    await app.settle();
    const dark = await app.pixel(2, 2);
    assert.ok(dark.every((v) => v < 60), `background turns dark: rgb(${dark})`);
    assert.deepEqual(app.problems, []);
    await app.close();
  });
});
