// The Firefox adapter: Debian's firefox-esr (never pinned) driven over WebDriver BiDi by puppeteer-core. It
// implements the engine interface of engine.mjs. Headful on a virtual display (xvfb.mjs): headless Firefox
// refuses WebGL on this machine. A profile is a BiDi user context (a container: its own cookies, storage,
// caches and service workers); a persistent profile is a Firefox profile folder of its own.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { acquireDisplay, releaseDisplay } from './xvfb.mjs';

// No outside network chatter and no first-run pages; downloads go to the folder the adapter names.
const PREFS = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.enabled': false,
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'dom.w3c_touch_events.enabled': 1,
};

async function start(userDataDir) {
  const display = await acquireDisplay();
  const downloads = mkdtempSync(join(tmpdir(), 'stride-firefox-downloads-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      protocol: 'webDriverBiDi',
      headless: false,
      userDataDir,
      extraPrefsFirefox: { ...PREFS, 'browser.download.dir': downloads },
      env: { ...process.env, DISPLAY: display, MOZ_CRASHREPORTER_DISABLE: '1' },
      defaultViewport: null,
      args: ['--width=1920', '--height=1200'],
    });
  } catch (error) {
    await releaseDisplay();
    throw error;
  }
  const close = async () => {
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
    await releaseDisplay();
  };
  return { browser, downloads, close };
}

export async function launch() {
  const { browser, downloads, close } = await start(undefined);
  return {
    engine: 'firefox',
    version: await browser.version(),
    async newProfile(device, options) {
      const context = await browser.createBrowserContext();
      return profile(context, device, options, downloads, () => context.close());
    },
    close,
    native: browser,
  };
}

// One profile in `dir` that outlives the browser: close() and quit() both end the whole browser (BiDi's
// browser.close, as when its user quits it), and launching again with the same folder finds the same storage.
export async function launchProfile(dir, device, options) {
  const { browser, downloads, close } = await start(dir);
  return profile(browser.defaultBrowserContext(), device, options, downloads, close, close);
}

const cannotQuit = () => {
  throw new Error('firefox: only a profile of launchProfile quits its browser (tests/e2e/driver/README.md)');
};

function profile(context, device, { colorScheme } = {}, downloads, close, quit = cannotQuit) {
  const scripts = []; // run in every tab before the page's own scripts
  const listeners = [];
  const tabs = [];
  let offline = false;
  return {
    device,
    async newTab() {
      const page = await context.newPage();
      for (const [script, arg] of scripts) await page.evaluateOnNewDocument(script, arg);
      page.on('request', (request) => { for (const listener of listeners) listener(request.url()); });
      if (offline) await page.setOfflineMode(true);
      const made = await tab(page, device, colorScheme, downloads);
      tabs.push(made);
      return made;
    },
    async addInitScript(script, arg) {
      scripts.push([script, arg]);
      for (const t of tabs) await t.native.evaluateOnNewDocument(script, arg);
    },
    async setOffline(value) {
      offline = value;
      for (const t of tabs) await t.native.setOfflineMode(value);
    },
    onRequest(listener) { listeners.push(listener); },
    close,
    quit,
    native: context,
  };
}

// Results cross as JSON text: puppeteer's BiDi values lose objects nested in arrays (the probe's items).
// `truthy`: a falsy result stays falsy, so waitForFunction goes on polling.
function inJson(fn, truthy = false) {
  return new Function('arg', `return Promise.resolve((${fn})(arg)).then((v) => ${truthy ? '!v ? v : ' : ''}v === undefined ? undefined : JSON.stringify(v));`);
}
const parse = (text) => (typeof text === 'string' ? JSON.parse(text) : text);

async function tab(page, device, colorScheme, downloads) {
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(String(error)));
  let size = { width: device.width, height: device.height };
  const setViewport = async (next) => {
    size = { width: next.width, height: next.height };
    await page.setViewport({ ...size, deviceScaleFactor: device.pixelRatio, hasTouch: device.touch, isMobile: device.touch });
  };
  await setViewport(size);
  if (colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
  const toBuffer = (data) => Buffer.from(data);
  return {
    device,
    problems,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    setContent: (html) => page.setContent(html),
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    evaluate: async (fn, arg) => parse(await page.evaluate(inJson(fn), arg)),
    // Polled on a timer, about once a frame (as the Chromium adapter does, for the same reasons).
    async waitForFunction(fn, arg, { timeout }) {
      const handle = await page.waitForFunction(inJson(fn, true), { timeout, polling: 16 }, arg);
      return parse(await handle.jsonValue());
    },
    viewport: () => size,
    setViewport,
    setColorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),

    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    wheel: (dx, dy) => page.mouse.wheel({ deltaX: dx, deltaY: dy }),
    tap: (x, y) => page.touchscreen.tap(x, y),
    async touchDrag(points) {
      await page.touchscreen.touchStart(points[0].x, points[0].y);
      for (const at of points.slice(1)) await page.touchscreen.touchMove(at.x, at.y);
      await page.touchscreen.touchEnd();
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    async insertText(text) {
      for (const char of text) await page.keyboard.sendCharacter(char);
    },

    screenshot: async (options = {}) => toBuffer(await page.screenshot(options)),
    async chooseFile(trigger, { name, text }) {
      const folder = mkdtempSync(join(tmpdir(), 'stride-upload-'));
      try {
        const path = join(folder, name);
        writeFileSync(path, text);
        const [chooser] = await Promise.all([page.waitForFileChooser({ timeout: 10000 }), trigger()]);
        await chooser.accept([path]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    // The browser saves downloads in its own folder (PREFS): waits for a finished file there.
    async download(trigger) {
      const before = new Set(readdirSync(downloads));
      await trigger();
      const deadline = Date.now() + 15000;
      while (Date.now() < deadline) {
        const done = readdirSync(downloads).find((f) => !before.has(f) && !f.endsWith('.part'));
        if (done) return { name: done, text: readFileSync(join(downloads, done), 'utf8') };
        await new Promise((r) => setTimeout(r, 50));
      }
      throw Object.assign(new Error('no download within 15 s'), { name: 'TimeoutError' });
    },
    native: page,
  };
}
