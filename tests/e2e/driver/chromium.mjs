// The Chromium adapter: Debian's chromium driven by playwright-core (never `npx playwright install`). It
// implements the engine interface of engine.mjs; nothing outside this file imports playwright-core, so
// another engine is another file like this one.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

// A working headless WebGL2 (SwiftShader) and no outside network chatter.
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];
const LAUNCH = { executablePath: '/usr/bin/chromium', headless: true, args: ARGS };

// Playwright's context options for a device ({ width, height, pixelRatio, touch }) and profile options.
function contextOptions(device, { colorScheme, downloads = false } = {}) {
  return {
    viewport: { width: device.width, height: device.height },
    deviceScaleFactor: device.pixelRatio,
    isMobile: device.touch,
    hasTouch: device.touch,
    acceptDownloads: downloads,
    ...(colorScheme ? { colorScheme } : {}),
  };
}

export async function launch() {
  const browser = await chromium.launch(LAUNCH);
  return {
    engine: 'chromium',
    version: browser.version(),
    async newProfile(device, options) {
      return profile(await browser.newContext(contextOptions(device, options)), device);
    },
    close: () => browser.close(),
    native: browser,
  };
}

// One profile in `dir` that outlives the browser: close() closes the whole browser, and launching again
// with the same folder finds the same storage.
export async function launchProfile(dir, device, options) {
  const context = await chromium.launchPersistentContext(dir, { ...LAUNCH, ...contextOptions(device, options) });
  return profile(context, device);
}

function profile(context, device) {
  return {
    device,
    async newTab() { return tab(await context.newPage(), device); },
    // Runs `script` (a function) in every page and worker-less frame before the page's own scripts.
    addInitScript: (script, arg) => context.addInitScript(script, arg),
    setOffline: (offline) => context.setOffline(offline),
    onRequest(listener) { context.on('request', (request) => listener(request.url())); },
    close: () => context.close(),
    native: context,
  };
}

function tab(page, device) {
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(String(error)));
  return {
    device,
    problems,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    setContent: (html) => page.setContent(html),
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    // Polled on a timer, about once a frame: polling in animation frames would add callbacks to the frames the
    // benchmark times, and would stop in a tab in the background.
    async waitForFunction(fn, arg, { timeout }) {
      return (await page.waitForFunction(fn, arg, { timeout, polling: 16 })).jsonValue();
    },
    viewport: () => page.viewportSize(),
    setViewport: (size) => page.setViewportSize(size),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),

    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    // In CSS px as the page's wheel event reports them: headless Chromium divides the deltas it is sent by
    // the device pixel ratio.
    wheel: (dx, dy) => page.mouse.wheel(dx * device.pixelRatio, dy * device.pixelRatio),
    tap: (x, y) => page.touchscreen.tap(x, y),
    // One finger down at points[0], moved through the rest, lifted. Playwright has no touch moves: CDP sends
    // them, as a phone would.
    async touchDrag(points) {
      const cdp = await page.context().newCDPSession(page);
      const touch = (type, at) => cdp.send('Input.dispatchTouchEvent', {
        type, touchPoints: at ? [{ x: at.x, y: at.y, id: 1 }] : [],
      });
      await touch('touchStart', points[0]);
      for (const at of points.slice(1)) await touch('touchMove', at);
      await touch('touchEnd');
      await cdp.detach();
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    insertText: (text) => page.keyboard.insertText(text),

    screenshot: (options = {}) => page.screenshot(options),
    // Runs `trigger` (which opens the page's file picker) and answers the picker with one file.
    async chooseFile(trigger, { name, mimeType, text }) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger()]);
      await chooser.setFiles({ name, mimeType, buffer: Buffer.from(text) });
    },
    // Runs `trigger` (which starts a download) and returns the downloaded file as { name, text }.
    async download(trigger) {
      const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    },
    native: page,
  };
}
