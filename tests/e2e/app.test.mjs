// The first browser tests: the app loads, draws, takes taps, drags and typing on a phone and a desktop,
// goes idle, and fails with a readable message when the browser cannot run it. They use the real screens
// (onboarding, Today, Plan) as any person would meet them on a fresh device.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DESKTOP, PHONE, centre, item, measurePng, nextFrame, openApp, pixel, probe, screenshot, serveApp,
} from './harness.mjs';
import { onboard } from './ui/drive.mjs';

// Today's "Why this advice?" toggles the reason open and shut: a doubled tap would leave it shut.
const reasonOpen = (page) => page.evaluate(() => window.strideProbe.items.some((i) => i.label === 'Hide the reason'));
async function waitForReason(page, open, timeout = 5000) {
  try {
    await page.waitForFunction((o) => window.strideProbe.items.some((i) => i.label === (o ? 'Hide the reason' : 'Why this advice?')),
      open, { timeout });
  } catch { /* the caller's assertion says what was there */ }
  return reasonOpen(page);
}

// A fresh phone or desktop past onboarding, on Today.
async function openOnToday(device) {
  const page = await openApp(app.browser, app.url, device);
  await onboard(page);
  const tab = await item(page, 'Tab: Today');
  const at = centre(tab);
  if (device === PHONE) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
  await item(page, 'Why this advice?', 'button');
  return page;
}

// Onboarding's second step: a text field (name) and a number field (goal minutes).
async function openOnGoalStep(device) {
  const page = await openApp(app.browser, app.url, device);
  for (const label of ['Side: Left', 'Continue']) {
    const at = centre(await item(page, label));
    if (device === PHONE) await page.touchscreen.tap(at.x, at.y);
    else await page.mouse.click(at.x, at.y);
  }
  await item(page, 'Your name (optional)', 'text-field');
  return page;
}
const fieldValue = async (page, label, expected) => {
  try {
    await page.waitForFunction(([l, e]) => window.strideProbe.items.some((i) => i.label === l && i.kind.endsWith('field') && i.value === e),
      [label, expected], { timeout: 5000 });
  } catch { /* fall through to the assertion */ }
  return (await item(page, label, label.startsWith('Goal') ? 'number-field' : 'text-field')).value;
};

const app = serveApp();

describe('start-up', () => {
  test('loads with no console errors, a live WebGL2 context and a first frame', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    const gl = await page.evaluate(() => {
      const context = document.getElementById('canvas').getContext('webgl2'); // the app's own context
      return context && { version: context.getParameter(context.VERSION), lost: context.isContextLost() };
    });
    assert.ok(gl, 'the canvas has a WebGL2 context');
    assert.match(gl.version, /^WebGL 2\.0/);
    assert.equal(gl.lost, false);
    await item(page, 'Welcome to Stride Back', 'text');
    await item(page, 'Guidance, not diagnosis: it does not replace your physio. Your data stays in this browser.', 'text');
    await item(page, 'Side: Left', 'choice');
    assert.equal(await page.locator('#status').isVisible(), false, 'the loading message is gone');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('draws at device resolution on a phone, with thumb-sized targets', async () => {
    const page = await openApp(app.browser, app.url, PHONE);
    const size = await page.evaluate(() => {
      const canvas = document.getElementById('canvas');
      return { width: canvas.width, height: canvas.height };
    });
    assert.deepEqual(size, { width: 390 * 3, height: 844 * 3 }, 'canvas backing store = CSS size x devicePixelRatio');
    const button = await item(page, 'Side: Left', 'choice');
    assert.ok(button.height >= 44, `button is ${button.height} CSS px tall`);
    assert.ok(button.x >= 0 && button.x + button.width <= 390, 'button lies inside the phone screen');
    await onboard(page);
    const record = await item(page, 'Record rest pain', 'button');
    assert.ok(record.height >= 44, `button is ${record.height} CSS px tall`);
    const tab = await item(page, 'Tab: Today', 'choice');
    assert.ok(tab.height >= 44 && tab.y + tab.height <= 844, `tab is ${tab.height} CSS px tall, inside the screen`);
    await page.touchscreen.tap(centre(record).x, centre(record).y);
    const field = await item(page, 'Date of the test: Today', 'choice');
    assert.ok(field.height >= 44, `the day choice is ${field.height} CSS px tall`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('phone input', () => {
  test('a tap activates a button exactly once, at the tapped spot', async () => {
    const page = await openOnToday(PHONE);
    const button = await item(page, 'Why this advice?', 'button');
    const spot = centre(button);
    await page.touchscreen.tap(spot.x, spot.y);
    assert.equal(await waitForReason(page, true), true, 'the reason opened');
    await page.waitForTimeout(500);
    assert.equal(await reasonOpen(page), true, 'no second click closed it again');
    // A tap just below the button hits nothing.
    const open = await item(page, 'Hide the reason', 'button');
    await page.touchscreen.tap(spot.x, open.y + open.height + 6);
    await page.waitForTimeout(300);
    assert.equal(await reasonOpen(page), true);
    await page.touchscreen.tap(centre(open).x, centre(open).y);
    assert.equal(await waitForReason(page, false), false, 'a second tap closes it');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a finger drag scrolls the list and clicks nothing', async () => {
    const page = await openOnToday(PHONE);
    const tab = centre(await item(page, 'Tab: Plan'));
    await page.touchscreen.tap(tab.x, tab.y);
    // The settings make Plan the longest screen; the drag starts on its buttons and fields, which must not fire.
    const before = await item(page, 'Your name (optional)', 'text-field');
    const undoBefore = (await probe(page)).items.filter((i) => i.kind === 'text' && i.label.includes('Undo:')).map((i) => i.label);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y, id: 1 }],
    });
    const start = 700;
    await touch('touchStart', start);
    for (let y = start - 20; y >= start - 400; y -= 20) {
      await touch('touchMove', y);
      await page.waitForTimeout(16);
    }
    await touch('touchEnd');
    await page.waitForFunction((y) => {
      const row = window.strideProbe.items.find((i) => i.label === 'Your name (optional)' && i.kind === 'text-field');
      return !row || row.y < y - 300;
    }, before.y, { timeout: 5000 });
    const { items } = await probe(page);
    assert.ok(!items.some((i) => i.active), 'nothing is left pressed');
    assert.notEqual(await page.evaluate(() => document.activeElement.id), 'text-input', 'no keyboard opened');
    assert.ok(!items.some((i) => i.label.startsWith('Not available') || i.label.startsWith('Could not')), 'no export ran');
    const undoAfter = items.filter((i) => i.kind === 'text' && i.label.includes('Undo:')).map((i) => i.label);
    assert.ok(undoAfter.length === 0 || undoAfter[0] === undoBefore[0], 'no change was made');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('tapping a field opens the on-screen keyboard and typed text arrives', async () => {
    const page = await openOnGoalStep(PHONE);
    const name = await item(page, 'Your name (optional)', 'text-field');
    await page.touchscreen.tap(centre(name).x, centre(name).y);
    const focused = await page.evaluate(() => ({ id: document.activeElement.id, mode: document.activeElement.inputMode }));
    assert.deepEqual(focused, { id: 'text-input', mode: 'text' }, 'the hidden input took focus inside the tap');
    await page.keyboard.insertText('Ana'); // what a phone keyboard sends: input events, no key presses
    assert.equal(await fieldValue(page, 'Your name (optional)', 'Ana'), 'Ana');
    await page.keyboard.press('Backspace');
    assert.equal(await fieldValue(page, 'Your name (optional)', 'An'), 'An');

    const goal = await item(page, 'Goal: one run of this many minutes', 'number-field');
    await page.touchscreen.tap(goal.x + goal.width - 10, centre(goal).y);
    assert.equal(await page.evaluate(() => document.activeElement.inputMode), 'decimal', 'number keypad');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.insertText('45');
    assert.equal(await fieldValue(page, 'Goal: one run of this many minutes', '45'), '45');

    // A tap away from any field closes the keyboard.
    const title = await item(page, 'What are you working back to?', 'text');
    await page.touchscreen.tap(centre(title).x, centre(title).y);
    await page.waitForFunction(() => document.activeElement.id !== 'text-input', null, { timeout: 5000 });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('desktop input', () => {
  test('clicking a field and typing on the keyboard works', async () => {
    const page = await openOnGoalStep(DESKTOP);
    const name = await item(page, 'Your name (optional)', 'text-field');
    await page.mouse.click(centre(name).x, centre(name).y);
    await page.waitForFunction(() => document.getElementById('canvas').style.cursor === 'text'); // I-beam over a field
    await page.keyboard.type('Sam');
    assert.equal(await fieldValue(page, 'Your name (optional)', 'Sam'), 'Sam');
    await page.keyboard.press('Backspace');
    assert.equal(await fieldValue(page, 'Your name (optional)', 'Sa'), 'Sa');

    const goal = await item(page, 'Goal: one run of this many minutes', 'number-field');
    await page.mouse.click(goal.x + goal.width - 10, centre(goal).y);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('42');
    await page.keyboard.press('Enter');
    assert.equal(await fieldValue(page, 'Goal: one run of this many minutes', '42'), '42');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a click activates a button once and the mouse wheel scrolls', async () => {
    const page = await openOnToday(DESKTOP);
    const button = await item(page, 'Why this advice?', 'button');
    await page.mouse.click(centre(button).x, centre(button).y);
    assert.equal(await waitForReason(page, true), true, 'the reason opened');
    await page.waitForTimeout(400);
    assert.equal(await reasonOpen(page), true, 'exactly one click');
    const tab = await item(page, 'Tab: Plan');
    await page.mouse.click(centre(tab).x, centre(tab).y);
    const row = await item(page, 'Export the plan file', 'button');
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((y) => {
      const r = window.strideProbe.items.find((i) => i.label === 'Export the plan file');
      return !r || r.y < y - 100;
    }, row.y, { timeout: 5000 });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('idle', () => {
  test('stops drawing after about a second without input and wakes on input', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await page.waitForTimeout(2000);
    const settled = (await probe(page)).frame;
    await page.waitForTimeout(1500);
    assert.equal((await probe(page)).frame, settled, 'no frames drawn while idle');
    const woken = Date.now();
    await page.mouse.move(300, 300);
    await nextFrame(page, settled);
    assert.ok(Date.now() - woken < 1000, 'input wakes the app promptly');
    const phone = await openApp(app.browser, app.url, PHONE);
    await phone.waitForTimeout(2000);
    const phoneSettled = (await probe(phone)).frame;
    await phone.touchscreen.tap(10, 10);
    await nextFrame(phone, phoneSettled);
    assert.deepEqual([...page.problems, ...phone.problems], []);
    await page.context().close();
    await phone.context().close();
  });
});

describe('screenshots', () => {
  for (const [name, device, scheme] of [
    ['phone.png', PHONE, 'light'], ['desktop.png', DESKTOP, 'light'], ['phone-dark.png', PHONE, 'dark'],
  ]) {
    test(`${name} is drawn, not blank`, async () => {
      const page = await openApp(app.browser, app.url, device, { colorScheme: scheme });
      await item(page, 'Side: Left', 'choice');
      const { png } = await screenshot(page, name);
      const measured = await measurePng(page, png);
      assert.equal(measured.width, device.viewport.width * device.deviceScaleFactor);
      assert.ok(measured.inked > 0.02, `only ${(measured.inked * 100).toFixed(2)}% of pixels differ from the background`);
      assert.ok(measured.colours > 20, `only ${measured.colours} colours`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
});

describe('errors are shown, not a blank page', () => {
  test('no WebGL2', async () => {
    const context = await app.browser.newContext(DESKTOP);
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : original.call(this, type, ...rest);
      };
    });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.waitForFunction(() => document.body.classList.contains('failed'));
    assert.match(await page.locator('#status-text').innerText(), /WebGL 2 is not available/);
    await context.close();
  });

  test('no WebAssembly', async () => {
    const context = await app.browser.newContext(DESKTOP);
    await context.addInitScript(() => { delete window.WebAssembly; });
    const page = await context.newPage();
    await page.goto(app.url);
    assert.match(await page.locator('#status-text').innerText(), /does not support WebAssembly/);
    await context.close();
  });

  test('the module fails to load', async () => { // stride.<content hash>.wasm (docs/publishing.md)
    const context = await app.browser.newContext(DESKTOP);
    await context.route('**/stride.*.wasm', (route) => route.fulfill({ status: 404, body: 'missing' }));
    const page = await context.newPage();
    await page.goto(app.url);
    await page.waitForFunction(() => document.body.classList.contains('failed'), null, { timeout: 15000 });
    assert.match(await page.locator('#status-text').innerText(), /Stride Back (stopped|could not)/);
    assert.match(await page.locator('#status-text').innerText(), /Reload the page/);
    await context.close();
  });
});

describe('display', () => {
  test('the canvas follows resizes, rotation, pixel ratio and the system theme', async () => {
    const page = await openApp(app.browser, app.url, { ...PHONE, deviceScaleFactor: 2 });
    const canvasSize = () => page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(await canvasSize(), [780, 1688], 'pixel ratio 2');
    // Rotate to landscape: the backing store and the layout follow.
    await page.setViewportSize({ width: 844, height: 390 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 844 * 2);
    assert.deepEqual(await canvasSize(), [1688, 780]);
    await page.waitForFunction(() => {
      const b = window.strideProbe.items.find((i) => i.label === 'Continue');
      return b && b.width > 500; // the column widened (up to its 640 px maximum)
    });
    // Dark mode switched on while the app is open repaints it dark.
    const light = await pixel(page, 2, 2);
    assert.ok(light.every((v) => v > 200), `background starts light: rgb(${light})`);
    await page.waitForTimeout(1500); // idle first: the theme change itself must wake the app
    const idle = (await probe(page)).frame;
    await page.emulateMedia({ colorScheme: 'dark' });
    await nextFrame(page, idle);
    await page.waitForTimeout(100);
    const dark = await pixel(page, 2, 2);
    assert.ok(dark.every((v) => v < 60), `background turns dark: rgb(${dark})`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
