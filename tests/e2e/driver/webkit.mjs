// The WebKit adapter: Debian's webkit2gtk-driver (WebKitWebDriver, which starts MiniBrowser) on a virtual
// display (xvfb.mjs), driven over classic WebDriver by selenium-webdriver. It implements the engine
// interface of engine.mjs as far as classic WebDriver reaches (README.md here: what it cannot do):
// - a profile is a WebDriver session: a MiniBrowser of its own with ephemeral storage (automation mode);
// - pixel ratio: GDK_SCALE for that MiniBrowser (whole numbers only);
// - no BiDi, so no console events: problems are collected by a hook put in each page after it loads
//   (console.error, uncaught errors, unhandled rejections), and messages the engine itself logs before that
//   (e.g. about the page's CSP) are not seen there; consoleWhileLoading() reads them from a MiniBrowser
//   outside WebDriver, in a profile folder of its own;
// - mouse input only (no touch), no offline switch, no request events, no file picker, no downloads.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Builder, Key, Origin } from 'selenium-webdriver';
import { acquireDisplay, releaseDisplay } from './xvfb.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () => new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

const unsupported = (what) => () => {
  throw new Error(`webkit: classic WebDriver cannot ${what} (tests/e2e/driver/README.md)`);
};

// One WebKitWebDriver (and through it one MiniBrowser) per profile: the pixel ratio is the process's.
async function session(device) {
  if (device.touch) unsupported('send touch input: use a desktop device')();
  const display = await acquireDisplay();
  const port = await freePort();
  const server = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display, GDK_SCALE: String(device.pixelRatio) },
    stdio: 'ignore',
  });
  const stopServer = () => new Promise((done) => {
    if (server.exitCode !== null) return done();
    server.once('exit', done);
    server.kill('SIGTERM');
  });
  try {
    const deadline = Date.now() + 10000;
    let driver = null;
    while (!driver) {
      try {
        driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        }).build();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100)); // the driver is not listening yet
      }
    }
    await driver.manage().setTimeouts({ script: 60000, pageLoad: 60000 });
    const close = async () => {
      await driver.quit().catch(() => {});
      await stopServer();
      await releaseDisplay();
    };
    return { driver, close };
  } catch (error) {
    await stopServer();
    await releaseDisplay();
    throw error;
  }
}

export async function launch() {
  const probe = await session({ pixelRatio: 1, touch: false });
  const version = (await probe.driver.getCapabilities()).get('browserVersion');
  await probe.close();
  const open = new Set(); // the sessions still open: close() ends those a failed test left
  return {
    engine: 'webkit',
    version: `MiniBrowser/${version}`,
    async newProfile(device, options) {
      const { driver, close } = await session(device);
      const end = async () => {
        open.delete(end);
        await close();
      };
      open.add(end);
      return profile(driver, device, options, end);
    },
    close: () => Promise.all([...open].map((end) => end())),
    native: null,
  };
}

export const launchProfile = unsupported('reopen a profile folder (MiniBrowser automation storage is ephemeral)');

// A first visit to `url` in WebKit outside WebDriver, with what its console shows meanwhile, the engine's own
// messages included (an unknown CSP directive or viewport key), which no hook in the page can see: a
// MiniBrowser of its own (WebDriver's automation mode writes no console), in a new profile folder (a home of
// its own, removed afterwards: a disk HTTP cache as a runner's browser has, which a private or automation
// session lacks), writing its console to stdout, until `settled` resolves. Resolves with the console's lines
// ("CONSOLE SECURITY ERROR ...", "... CONSOLE LOG ...").
export async function consoleWhileLoading(url, settled) {
  const home = mkdtempSync(join(tmpdir(), 'stride-webkit-home-'));
  const display = await acquireDisplay();
  const browser = spawn(MINIBROWSER, ['--enable-write-console-messages-to-stdout=true', url], {
    env: { ...process.env, DISPLAY: display, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  browser.stdout.on('data', (chunk) => { out += chunk; });
  try {
    await settled();
  } finally {
    await new Promise((done) => {
      if (browser.exitCode !== null) return done();
      browser.once('exit', done);
      browser.kill('SIGTERM');
    });
    await releaseDisplay();
    rmSync(home, { recursive: true, force: true });
  }
  return out.split('\n').filter((line) => line.includes('CONSOLE'));
}

// A session has one window: the profile's one tab at a time. Closing the tab leaves its page (the window
// goes to about:blank, so the page is hidden and unloaded) and frees the window for the next tab.
function profile(driver, device, options, close) {
  let opened = false;
  return {
    device,
    async newTab() {
      if (opened) unsupported('open a second tab in one profile')();
      opened = true;
      return tab(driver, device, () => { opened = false; });
    },
    addInitScript: unsupported('run a script before the page\'s own'),
    setOffline: unsupported('take the browser offline'),
    onRequest() {}, // never called: classic WebDriver reports no requests
    close,
    native: driver,
  };
}

// Runs in the page after each load: collects what would be console errors into window.strideProblems.
function hookProblems() {
  if (window.strideProblems) return;
  window.strideProblems = [];
  const push = (text) => window.strideProblems.push(text);
  const error = console.error.bind(console);
  console.error = (...args) => { push(args.map(String).join(' ')); error(...args); };
  window.addEventListener('error', (event) => push(String(event.error || event.message)));
  window.addEventListener('unhandledrejection', (event) => push(String(event.reason)));
}

// Runs `fn` (a function or its source) in the page with one JSON argument; the result comes back as JSON,
// with the problems the page's hook collected since the last call, which go into `sink`.
async function run(driver, fn, arg, sink = []) {
  const result = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
    const drain = () => (window.strideProblems || []).splice(0);
    Promise.resolve().then(() => (${fn})(arguments[0]))
      .then((v) => done({ ok: v === undefined ? null : JSON.stringify(v), problems: drain() }),
        (e) => done({ error: String(e && e.stack || e), problems: drain() }));`, arg);
  sink.push(...result.problems);
  if (result.error) throw new Error(`in the page: ${result.error}`);
  return result.ok === null ? undefined : JSON.parse(result.ok);
}

const KEYS = { Backspace: Key.BACK_SPACE, Enter: Key.ENTER, Tab: Key.TAB, Escape: Key.ESCAPE, ArrowUp: Key.ARROW_UP,
  ArrowDown: Key.ARROW_DOWN, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, Space: Key.SPACE, Delete: Key.DELETE };

async function tab(driver, device, closed) {
  const problems = [];
  let size = { width: device.width, height: device.height };
  const inPage = (fn, arg) => run(driver, fn, arg, problems);
  // What the page collected before it is left; the new page is hooked once loaded.
  const collect = () => inPage(() => {}).catch(() => {});
  // The window is the viewport plus MiniBrowser's own frame: sized so the page gets `next`.
  const setViewport = async (next) => {
    size = { width: next.width, height: next.height };
    for (let i = 0; i < 3; i++) {
      const inner = await inPage(() => ({ width: innerWidth, height: innerHeight }));
      if (inner.width === size.width && inner.height === size.height) return;
      const rect = await driver.manage().window().getRect();
      await driver.manage().window().setRect({ x: 0, y: 0, width: rect.width + size.width - inner.width, height: rect.height + size.height - inner.height });
    }
  };
  await setViewport(size);
  await inPage(hookProblems);
  const actions = () => driver.actions({ async: true });
  const point = (x, y) => ({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT });
  return {
    device,
    problems,
    async goto(url) { await collect(); await driver.get(url); await inPage(hookProblems); },
    async reload() { await collect(); await driver.navigate().refresh(); await inPage(hookProblems); },
    setContent: unsupported('set a page\'s content'),
    async close() { await collect(); await driver.get('about:blank'); closed(); },
    bringToFront: async () => {},
    evaluate: inPage,
    // Polled from here about once a frame: WebDriver has no wait in the page.
    async waitForFunction(fn, arg, { timeout }) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const value = await inPage(fn, arg).catch((error) => {
          if (/navigat|unload|no such window|JavaScript/i.test(String(error))) return null; // a page between loads
          throw error;
        });
        if (value) return value;
        if (Date.now() > deadline) throw Object.assign(new Error(`waitForFunction: ${timeout} ms exceeded`), { name: 'TimeoutError' });
        await new Promise((r) => setTimeout(r, 16));
      }
    },
    viewport: () => size,
    setViewport,
    setColorScheme: unsupported('emulate a colour scheme'),

    click: (x, y) => actions().move(point(x, y)).press().release().perform(),
    move: (x, y) => actions().move(point(x, y)).perform(),
    wheel: (dx, dy) => actions().scroll(0, 0, Math.round(dx), Math.round(dy), Origin.POINTER).perform(),
    tap: unsupported('send touch input'),
    touchDrag: unsupported('send touch input'),
    press: (key) => actions().sendKeys(KEYS[key] || key).perform(),
    type: (text) => actions().sendKeys(text).perform(),
    insertText: unsupported('insert text as a phone keyboard does'),

    // The viewport's picture; `clip` (CSS px) is cut out of it in the page, at the screenshot's scale.
    async screenshot({ path, clip } = {}) {
      let base64 = await driver.takeScreenshot();
      if (clip) {
        base64 = await inPage(async ([png, area, width]) => {
          const image = new Image();
          image.src = 'data:image/png;base64,' + png;
          await image.decode();
          const scale = image.width / width;
          const canvas = new OffscreenCanvas(Math.round(area.width * scale), Math.round(area.height * scale));
          canvas.getContext('2d').drawImage(image, area.x * scale, area.y * scale, canvas.width, canvas.height, 0, 0, canvas.width, canvas.height);
          const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
          let text = '';
          for (const b of bytes) text += String.fromCharCode(b);
          return btoa(text);
        }, [base64, clip, size.width]);
      }
      const png = Buffer.from(base64, 'base64');
      if (path) writeFileSync(path, png);
      return png;
    },
    chooseFile: unsupported('answer a file picker the page opens itself'),
    download: unsupported('save a download'),
    native: driver,
  };
}
