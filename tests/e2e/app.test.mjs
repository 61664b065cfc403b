// The first browser tests: the app loads, draws, takes taps, drags and typing on a phone and a desktop,
// goes idle, and fails with a readable message when the browser cannot run it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DESKTOP, PHONE, centre, item, launchBrowser, measurePng, nextFrame, openApp, pixel, probe, screenshot,
  startServer, waitForText,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('start-up', () => {
  test('loads with no console errors, a live WebGL2 context and a first frame', async () => {
    const page = await openApp(browser, server.url, DESKTOP);
    const gl = await page.evaluate(() => {
      const context = document.getElementById('canvas').getContext('webgl2'); // the app's own context
      return context && { version: context.getParameter(context.VERSION), lost: context.isContextLost() };
    });
    assert.ok(gl, 'the canvas has a WebGL2 context');
    assert.match(gl.version, /^WebGL 2\.0/);
    assert.equal(gl.lost, false);
    await item(page, 'Stride Back', 'text');
    await item(page, 'Guidance, not diagnosis. See your physio if pain persists.', 'text');
    await item(page, 'Count a tap', 'button');
    assert.equal(await page.locator('#status').isVisible(), false, 'the loading message is gone');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('draws at device resolution on a phone, with thumb-sized targets', async () => {
    const page = await openApp(browser, server.url, PHONE);
    const size = await page.evaluate(() => {
      const canvas = document.getElementById('canvas');
      return { width: canvas.width, height: canvas.height };
    });
    assert.deepEqual(size, { width: 390 * 3, height: 844 * 3 }, 'canvas backing store = CSS size x devicePixelRatio');
    const button = await item(page, 'Count a tap', 'button');
    assert.ok(button.height >= 44, `button is ${button.height} CSS px tall`);
    assert.ok(button.x >= 0 && button.x + button.width <= 390, 'button lies inside the phone screen');
    const field = await item(page, 'Your name', 'text-field');
    assert.ok(field.height >= 44, `text field is ${field.height} CSS px tall`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('phone input', () => {
  test('a tap activates a button exactly once, at the tapped spot', async () => {
    const page = await openApp(browser, server.url, PHONE);
    const button = await item(page, 'Count a tap', 'button');
    const spot = centre(button);
    await page.touchscreen.tap(spot.x, spot.y);
    assert.equal(await waitForText(page, 'Taps counted:', 'Taps counted: 1'), 'Taps counted: 1');
    await page.waitForTimeout(500);
    assert.equal(await waitForText(page, 'Taps counted:', 'Taps counted: 1', 100), 'Taps counted: 1', 'no second click');
    // A tap just below the button hits nothing.
    await page.touchscreen.tap(spot.x, button.y + button.height + 6);
    await page.waitForTimeout(300);
    assert.equal(await waitForText(page, 'Taps counted:', 'Taps counted: 1', 100), 'Taps counted: 1');
    await page.touchscreen.tap(spot.x, spot.y);
    assert.equal(await waitForText(page, 'Taps counted:', 'Taps counted: 2'), 'Taps counted: 2');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a finger drag scrolls the list and clicks nothing', async () => {
    const page = await openApp(browser, server.url, PHONE);
    const before = await item(page, 'Sample week 5');
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y, id: 1 }],
    });
    await touch('touchStart', 700);
    for (let y = 680; y >= 300; y -= 20) {
      await touch('touchMove', y);
      await page.waitForTimeout(16);
    }
    await touch('touchEnd');
    await page.waitForFunction((y) => {
      const row = window.strideProbe.items.find((i) => i.label === 'Sample week 5');
      return !row || row.y < y - 300;
    }, before.y, { timeout: 5000 });
    const { items } = await probe(page);
    assert.equal(items.find((i) => i.label.startsWith('Taps counted:'))?.label ?? 'Taps counted: 0', 'Taps counted: 0');
    assert.ok(!items.some((i) => i.active), 'nothing is left pressed');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('tapping a field opens the on-screen keyboard and typed text arrives', async () => {
    const page = await openApp(browser, server.url, PHONE);
    const name = await item(page, 'Your name', 'text-field');
    await page.touchscreen.tap(centre(name).x, centre(name).y);
    const focused = await page.evaluate(() => ({ id: document.activeElement.id, mode: document.activeElement.inputMode }));
    assert.deepEqual(focused, { id: 'text-input', mode: 'text' }, 'the hidden input took focus inside the tap');
    await page.keyboard.insertText('Ana'); // what a phone keyboard sends: input events, no key presses
    assert.equal(await waitForText(page, 'Hello,', 'Hello, Ana'), 'Hello, Ana');
    await page.keyboard.press('Backspace');
    assert.equal(await waitForText(page, 'Hello,', 'Hello, An'), 'Hello, An');

    const distance = await item(page, 'Distance (km)', 'number-field');
    await page.touchscreen.tap(centre(distance).x, centre(distance).y);
    assert.equal(await page.evaluate(() => document.activeElement.inputMode), 'decimal', 'number keypad');
    await page.keyboard.insertText('12.5');
    assert.equal(await waitForText(page, 'Distance entered:', 'Distance entered: 12.5 km'), 'Distance entered: 12.5 km');

    // A tap away from any field closes the keyboard.
    const title = await item(page, 'Stride Back', 'text');
    await page.touchscreen.tap(centre(title).x, centre(title).y);
    await page.waitForFunction(() => document.activeElement.id !== 'text-input', null, { timeout: 5000 });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('desktop input', () => {
  test('clicking a field and typing on the keyboard works', async () => {
    const page = await openApp(browser, server.url, DESKTOP);
    const name = await item(page, 'Your name', 'text-field');
    await page.mouse.click(centre(name).x, centre(name).y);
    await page.waitForFunction(() => document.getElementById('canvas').style.cursor === 'text'); // I-beam over a field
    await page.keyboard.type('Sam');
    assert.equal(await waitForText(page, 'Hello,', 'Hello, Sam'), 'Hello, Sam');
    await page.keyboard.press('Backspace');
    assert.equal(await waitForText(page, 'Hello,', 'Hello, Sa'), 'Hello, Sa');

    const distance = await item(page, 'Distance (km)', 'number-field');
    await page.mouse.click(centre(distance).x, centre(distance).y);
    await page.keyboard.type('42');
    await page.keyboard.press('Enter');
    assert.equal(await waitForText(page, 'Distance entered:', 'Distance entered: 42.0 km'), 'Distance entered: 42.0 km');
    assert.equal((await item(page, 'Distance (km)', 'number-field')).value, '42.0');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a click activates a button once and the mouse wheel scrolls', async () => {
    const page = await openApp(browser, server.url, DESKTOP);
    const button = await item(page, 'Count a tap', 'button');
    await page.mouse.click(centre(button).x, centre(button).y);
    assert.equal(await waitForText(page, 'Taps counted:', 'Taps counted: 1'), 'Taps counted: 1');
    const row = await item(page, 'Sample week 10');
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((y) => {
      const r = window.strideProbe.items.find((i) => i.label === 'Sample week 10');
      return r && r.y < y - 100;
    }, row.y, { timeout: 5000 });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('idle', () => {
  test('stops drawing after about a second without input and wakes on input', async () => {
    const page = await openApp(browser, server.url, DESKTOP);
    await page.waitForTimeout(2000);
    const settled = (await probe(page)).frame;
    await page.waitForTimeout(1500);
    assert.equal((await probe(page)).frame, settled, 'no frames drawn while idle');
    const woken = Date.now();
    await page.mouse.move(300, 300);
    await nextFrame(page, settled);
    assert.ok(Date.now() - woken < 1000, 'input wakes the app promptly');
    const phone = await openApp(browser, server.url, PHONE);
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
      const page = await openApp(browser, server.url, device, { colorScheme: scheme });
      await item(page, 'Count a tap', 'button');
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
    const context = await browser.newContext(DESKTOP);
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : original.call(this, type, ...rest);
      };
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.classList.contains('failed'));
    assert.match(await page.locator('#status-text').innerText(), /WebGL 2 is not available/);
    await context.close();
  });

  test('no WebAssembly', async () => {
    const context = await browser.newContext(DESKTOP);
    await context.addInitScript(() => { delete window.WebAssembly; });
    const page = await context.newPage();
    await page.goto(server.url);
    assert.match(await page.locator('#status-text').innerText(), /does not support WebAssembly/);
    await context.close();
  });

  test('the module fails to load', async () => { // stride.<content hash>.wasm (docs/publishing.md)
    const context = await browser.newContext(DESKTOP);
    await context.route('**/stride.*.wasm', (route) => route.fulfill({ status: 404, body: 'missing' }));
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.classList.contains('failed'), null, { timeout: 15000 });
    assert.match(await page.locator('#status-text').innerText(), /Stride Back (stopped|could not)/);
    assert.match(await page.locator('#status-text').innerText(), /Reload the page/);
    await context.close();
  });
});

describe('display', () => {
  test('the canvas follows resizes, rotation, pixel ratio and the system theme', async () => {
    const page = await openApp(browser, server.url, { ...PHONE, deviceScaleFactor: 2 });
    const canvasSize = () => page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(await canvasSize(), [780, 1688], 'pixel ratio 2');
    // Rotate to landscape: the backing store and the layout follow.
    await page.setViewportSize({ width: 844, height: 390 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 844 * 2);
    assert.deepEqual(await canvasSize(), [1688, 780]);
    await page.waitForFunction(() => {
      const b = window.strideProbe.items.find((i) => i.label === 'Count a tap');
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
