// Stride Back benchmarks, run by bench/run.sh after it built everything (docs/benchmarks.md).
//
// usage: node bench/run.mjs --dist DIR --pages DIR --histories DIR [--runs N] [--out FILE] [--quick]
//
// Measures in Debian's Chromium (headless, SwiftShader WebGL2), each figure the median of --runs runs:
//   transfer    every file the first load fetches (the server's own log), raw and gzip -9
//   firstFrame  navigation -> first frame showing the Today screen, cold and warm, against the bare
//               Dear ImGui baseline in the same run
//   idle        frames and page CPU time over 10 s without input, from 1 s after the last input
//   save        tap that logs an entry -> IndexedDB commit of the new generation, p50 / p95, 10 years
//   scale       2 weeks, 1, 5, 10 years: start-up, suggestion, history frame, export, heap
// and prints one JSON document (also written to --out).
//
// The app is found and driven only through what it publishes: window.strideProbe (labels of what was
// drawn, see src/ui/probe.hpp) and real touch input at the probed rectangles, as tests/e2e does. Frame CPU
// time is measured around every requestAnimationFrame callback, for the app and the baseline alike.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// playwright-core is installed for the browser tests (scripts/setup.sh runs npm ci in tests/e2e).
const { chromium } = createRequire(join(root, 'tests', 'e2e', 'package.json'))('playwright-core');

// ------------------------------------------------------------------------------------------ [options]
function options(argv) {
  const o = { runs: 5, quick: false, out: null };
  for (let i = 2; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quick') o.quick = true;
    else if (['--dist', '--pages', '--histories', '--out', '--runs', '--only'].includes(flag)) o[flag.slice(2)] = argv[++i];
    else throw new Error(`unknown option ${flag}`);
  }
  for (const required of ['dist', 'pages', 'histories']) {
    if (!o[required]) throw new Error(`--${required} is required`);
  }
  o.runs = Number(o.runs);
  o.only = o.only ? o.only.split(',') : null; // e.g. --only save,scale while working on the harness
  return o;
}
const opt = options(process.argv);
const TODAY = '2025-06-30'; // the generated histories end the day before (bench/history/make_history.cpp)
const HISTORIES = opt.quick ? ['history-2w', 'history-10y'] : ['history-2w', 'history-1y', 'history-5y', 'history-10y'];
const SAVES = opt.quick ? 4 : 25;

// Same flags as tests/e2e/harness.mjs: a working headless WebGL2 (SwiftShader), no outside network.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

// ------------------------------------------------------------------------------------------- [stats]
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const at = (v.length - 1) * q, lo = Math.floor(at), hi = Math.ceil(at);
  return v[lo] + (v[hi] - v[lo]) * (at - lo);
}
const round = (x, digits = 2) => (x == null ? null : Number(x.toFixed(digits)));
function log(...parts) { process.stderr.write(`bench: ${parts.join(' ')}\n`); }

// ------------------------------------------------------------------------------------------ [server]
// A static server that logs what it sends (the transfer figures are its log). It answers `no-cache` with
// an ETag, as serve.py's no-cache does, so a warm load without a service worker revalidates.
const MIME = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.otf': 'font/otf', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.record': 'application/octet-stream',
};
const SEED_PAGE = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>seed</title>'; // no favicon request

function serve(dir, extra = {}) {
  const served = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/bench-seed') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(SEED_PAGE);
      return;
    }
    let file = null;
    for (const [prefix, folder] of Object.entries(extra)) {
      if (path.startsWith(prefix)) file = join(folder, path.slice(prefix.length));
    }
    if (!file) file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(dir) && !Object.values(extra).some((f) => file.startsWith(f))) file = null;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404);
      response.end();
      served.push({ path, status: 404, bytes: 0 });
      if (process.env.BENCH_DEBUG) log('404', path);
      return;
    }
    const stat = statSync(file);
    const etag = `"${stat.size}-${stat.mtimeMs}"`;
    const headers = { 'content-type': MIME[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', etag };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers);
      response.end();
      served.push({ path, status: 304, bytes: 0 });
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, headers);
    response.end(body);
    served.push({ path, status: 200, bytes: body.length, file });
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    done({ url: `http://127.0.0.1:${server.address().port}/`, served, close: () => new Promise((r) => server.close(r)) });
  }));
}

// ------------------------------------------------------------------------------------------ [page]
// Runs in every page before its own scripts: remembers when the first frame with the Today screen was
// published, times every animation-frame callback, and notes taps and IndexedDB commits of generations.
function instrument() {
  const bench = window.__bench = { todayMs: null, firstProbeMs: null, frames: [], taps: [], writes: [], commits: [] };
  const isToday = (probe) => probe && Array.isArray(probe.items) && probe.items.some((i) =>
    (i.label === 'Tab: Today' && i.value === 'selected') || (i.kind === 'text' && i.label === 'Today'));
  let probe;
  Object.defineProperty(window, 'strideProbe', {
    configurable: true,
    get() { return probe; },
    set(value) {
      probe = value;
      const now = performance.now();
      if (bench.firstProbeMs === null) bench.firstProbeMs = now;
      if (bench.todayMs === null && isToday(value)) bench.todayMs = now;
    },
  });
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => request((time) => {
    const start = performance.now();
    try { callback(time); } finally {
      bench.frames.push({ at: start, ms: performance.now() - start });
      if (bench.frames.length > 5000) bench.frames.splice(0, 1000);
    }
  });
  window.addEventListener('touchend', (event) => bench.taps.push(event.timeStamp), true);
  // The app hands each save to web/storage.js: tap -> StrideStorage.write is the app's part (input frames,
  // apply, encode), write -> commit the storage's.
  let storage;
  Object.defineProperty(window, 'StrideStorage', {
    configurable: true,
    get() { return storage; },
    set(value) {
      storage = Object.freeze({ ...value, write(entry) { bench.writes.push(performance.now()); return value.write(entry); } });
    },
  });
  // A generation is written with add() in a readwrite transaction (web/storage.js); its commit is the
  // transaction's complete event.
  const add = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function (...args) {
    const tx = this.transaction;
    if (this.name === 'generations' && !tx.__bench) {
      tx.__bench = true;
      tx.addEventListener('complete', () => bench.commits.push(performance.now()));
    }
    return add.apply(this, args);
  };
}

// Every page is a phone (390x844 at 3x, touch): the device the app is used on at the track.
async function newPage(browser) {
  const context = await browser.newContext({ ...PHONE });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(String(error)));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  return { context, page };
}

// Stores a generated history as generation 1 before the app's first start in this context, through
// web/storage.js when the build has it (so it uses whatever schema the app uses), else raw IndexedDB.
async function seed(page, server, history) {
  const result = await seedOnce(page, server, history);
  if (!result.ok) throw new Error(`could not store ${history} in the browser: ${JSON.stringify(result)}`);
}

async function seedOnce(page, server, history) {
  await page.goto(server.url + 'bench-seed');
  const storageJs = readdirSync(opt.dist).find((f) => /^storage(\.[0-9a-f]+)?\.js$/.test(f));
  if (storageJs) await page.addScriptTag({ url: server.url + storageJs });
  return page.evaluate(async ([record]) => {
    const response = await fetch(record);
    if (!response.ok) return { ok: false, message: `${record}: ${response.status}` };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (window.StrideStorage) {
      const start = await StrideStorage.preload();
      if (!start.ok) return start;
      return StrideStorage.write({ generation: 1, bytes, expectedNewest: 0 });
    }
    const db = await new Promise((ok, fail) => {
      const open = indexedDB.open('stride-back', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('generations', { keyPath: 'generation' });
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction('generations', 'readwrite');
    tx.objectStore('generations').put({ generation: 1, bytes });
    await new Promise((ok) => { tx.oncomplete = ok; });
    db.close();
    return { ok: true, raw: true };
  }, [`/bench-records/${history}.record`]);
}

// Opens the app and resolves with the time (ms since navigation start) of the first Today frame.
async function openToday(page, url, timeout = 60000) {
  await page.goto(`${url}?today=${TODAY}`);
  try {
    await page.waitForFunction(() => window.__bench.todayMs !== null || document.body.classList.contains('failed'), null, { timeout });
  } catch (error) {
    const seen = await page.evaluate(() => (window.strideProbe ? window.strideProbe.items.slice(0, 12).map((i) => `${i.kind} "${i.label}"`) : 'no probe'));
    throw new Error(`no Today screen within ${timeout} ms; on screen: ${JSON.stringify(seen)}; page problems: ${JSON.stringify(page.problems)}`);
  }
  const marks = await page.evaluate(() => ({ today: window.__bench.todayMs, first: window.__bench.firstProbeMs, failed: document.body.classList.contains('failed') ? document.getElementById('status-text').textContent : null }));
  if (marks.failed) throw new Error(`the app failed to start: ${marks.failed}`);
  return marks;
}

async function item(page, label, timeout = 10000) {
  const handle = await page.waitForFunction((l) => {
    const p = window.strideProbe;
    return p && p.items.find((i) => i.label === l);
  }, label, { timeout });
  return handle.jsonValue();
}

async function findItem(page, labels) {
  return page.evaluate((ls) => {
    const p = window.strideProbe;
    for (const l of ls) {
      const found = p && p.items.find((i) => i.label === l && !i.disabled);
      if (found) return found;
    }
    return null;
  }, labels);
}

async function tap(page, rect) {
  const x = rect.x + rect.width / 2, y = rect.y + rect.height / 2;
  await page.touchscreen.tap(x, y);
}

async function settle(page, ms) { await page.waitForTimeout(ms); }

// ----------------------------------------------------------------------------------------- [measure]
async function measureTransfer(browser, app) {
  // A new runner's first visit: fresh profile (empty HTTP cache, no service worker, nothing stored), the
  // app's address as shared. Everything the server sends until the app has drawn its first screen (the
  // welcome) and the service worker (if any) has finished installing counts.
  app.served.length = 0;
  const { context, page } = await newPage(browser);
  await page.goto(app.url);
  await page.waitForFunction(() => window.__bench.firstProbeMs !== null, null, { timeout: 60000 });
  await page.evaluate(async () => {
    if (!navigator.serviceWorker) return;
    const registration = await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 5000))]);
    return registration && registration.active && registration.active.state;
  });
  await settle(page, 1000);
  await context.close();
  const files = new Map();
  for (const s of app.served.filter((s) => s.status === 200)) {
    const name = s.path.replace(/^\//, '') || 'index.html';
    const entry = files.get(name) || { file: name, raw: s.bytes, gzip: gzipSync(readFileSync(s.file), { level: 9 }).length, fetches: 0 };
    entry.fetches += 1;
    files.set(name, entry);
  }
  const list = [...files.values()].sort((a, b) => b.gzip - a.gzip);
  const total = (key) => list.reduce((sum, f) => sum + f[key], 0);
  return {
    files: list,
    totalRaw: total('raw'),
    totalGzip: total('gzip'),
    requests: app.served.length,
    bytesSentIncludingRepeats: app.served.reduce((sum, s) => sum + s.bytes, 0),
  };
}

// Where the time to first frame goes: when each file had arrived, when the first frame started and how
// long its CPU work took (building the font atlas and everything else the first frame does).
function breakdown(page) {
  return page.evaluate(() => {
    const arrived = (pattern) => {
      const hits = performance.getEntriesByType('resource').filter((e) => pattern.test(new URL(e.name).pathname));
      return hits.length ? Math.max(...hits.map((e) => e.responseEnd)) : null;
    };
    // The animation frame that drew the first screen (not just the first callback: others may run before
    // the module has started): the app's first published probe, or the baseline's own mark.
    const mark = window.__bench.firstProbeMs ?? (window.benchBaseline ? window.benchBaseline.firstFrameMs : null);
    const frames = window.__bench.frames;
    const first = frames.find((f) => mark !== null && f.at <= mark && mark <= f.at + f.ms) || frames[0];
    return {
      scriptArrivedMs: arrived(/\.js$/), wasmArrivedMs: arrived(/\.wasm$/), fontsArrivedMs: arrived(/\.otf$/),
      firstFrameStartMs: first ? first.at : null, firstFrameCpuMs: first ? first.ms : null,
    };
  });
}

function medianOfEach(rows) {
  const keys = rows.length ? Object.keys(rows[0]) : [];
  return Object.fromEntries(keys.map((k) => [k, round(median(rows.map((r) => r[k])))]));
}

async function measureBaseline(browser, pages) {
  const { context, page } = await newPage(browser);
  await page.goto(pages.url + 'index.html');
  await page.waitForFunction(() => window.benchBaseline && window.benchBaseline.frame >= 1, null, { timeout: 30000 });
  const ms = await page.evaluate(() => window.benchBaseline.firstFrameMs);
  const parts = await breakdown(page);
  await context.close();
  return { ms, parts };
}

async function measureFirstFrame(browser, app, pages) {
  const cold = [], warm = [], baseline = [], firstAny = [], coldParts = [], baselineParts = [];
  let serviceWorker = false;
  for (let run = 0; run < opt.runs; run++) {
    const bare = await measureBaseline(browser, pages);
    baseline.push(bare.ms);
    baselineParts.push(bare.parts);
    const { context, page } = await newPage(browser);
    await seed(page, app, 'history-2w');
    const first = await openToday(page, app.url);
    cold.push(first.today);
    firstAny.push(first.first);
    coldParts.push(await breakdown(page));
    // Warm: the same profile again, once the service worker (if the build has one) controls the page.
    serviceWorker = await page.evaluate(async () => {
      if (!navigator.serviceWorker || !navigator.serviceWorker.getRegistration) return false;
      const r = await navigator.serviceWorker.getRegistration();
      if (!r) return false;
      await Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 5000))]);
      return true;
    });
    await settle(page, 500);
    await page.close(); // one tab at a time: a second open tab changes how the app saves
    const again = await context.newPage();
    warm.push((await openToday(again, app.url)).today);
    await context.close();
    log(`first frame run ${run + 1}: cold ${round(first.today)} ms, warm ${round(warm.at(-1))} ms, baseline ${round(baseline.at(-1))} ms`);
  }
  return {
    coldMs: round(median(cold)), warmMs: round(median(warm)), baselineMs: round(median(baseline)),
    firstProbeColdMs: round(median(firstAny)),
    ratioCold: round(median(cold) / median(baseline), 3), ratioWarm: round(median(warm) / median(baseline), 3),
    warmHasServiceWorker: serviceWorker,
    coldBreakdown: medianOfEach(coldParts), baselineBreakdown: medianOfEach(baselineParts),
    samples: { cold: cold.map((x) => round(x)), warm: warm.map((x) => round(x)), baseline: baseline.map((x) => round(x)) },
  };
}

async function measureIdle(browser, app) {
  const runs = [];
  for (let run = 0; run < Math.min(opt.runs, 3); run++) {
    const { context, page } = await newPage(browser);
    await seed(page, app, 'history-1y');
    await openToday(page, app.url);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await settle(page, 1000); // the app keeps drawing for about a second after the last input
    const before = await metrics();
    const framesBefore = await page.evaluate(() => ({ probe: window.strideProbe.frame, raf: window.__bench.frames.length }));
    await settle(page, 10000);
    const after = await metrics();
    const framesAfter = await page.evaluate(() => ({ probe: window.strideProbe.frame, raf: window.__bench.frames.length }));
    const seconds = after.Timestamp - before.Timestamp;
    runs.push({
      seconds,
      appFrames: framesAfter.probe - framesBefore.probe,
      animationFrames: framesAfter.raf - framesBefore.raf,
      taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    });
    await context.close();
  }
  const pick = (key) => median(runs.map((r) => r[key]));
  return {
    windowSeconds: round(pick('seconds')),
    framesPerSecond: round(pick('appFrames') / pick('seconds'), 3),
    animationFramesPerSecond: round(pick('animationFrames') / pick('seconds'), 3),
    pageCpuMsPer10s: round(pick('taskMs') * 10 / pick('seconds')),
    scriptMsPer10s: round(pick('scriptMs') * 10 / pick('seconds')),
    runs,
  };
}

// Scrolls the screen: one finger drag from y0 to y1 (CDP touch events, as a phone sends them).
async function drag(page, y0, y1) {
  const cdp = await page.context().newCDPSession(page);
  const at = (y) => [{ x: 195, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(y0) });
  const step = y1 < y0 ? -20 : 20;
  for (let y = y0 + step; step < 0 ? y >= y1 : y <= y1; y += step) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(y) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// Scrolls until the item is fully in view above the phone's tab bar, and returns it (null if it never
// shows). ImGui reports a label only for items it does not clip, so the search starts at the top of the
// screen and goes down. The mouse wheel moves the screen by exactly what it is asked, where a finger drag
// is followed by its flick: searching by wheel finds the item, the taps and drags measured stay a finger's.
async function reveal(page, label) {
  const wheel = async (dy) => {
    await page.mouse.move(195, 422);
    await page.mouse.wheel(0, dy);
    await settle(page, 200);
  };
  const tabBar = () => page.evaluate(() => {
    const bar = window.strideProbe.items.filter((i) => i.label.startsWith('Tab: ') && i.y > window.innerHeight / 2);
    return bar.length ? Math.min(...bar.map((i) => i.y)) : window.innerHeight;
  });
  // Any scrolling moves some item: the positions of all of them tell whether the screen moved.
  const marker = () => page.evaluate(() => window.strideProbe.items.map((i) => `${i.label}@${Math.round(i.y)}`).join('|'));
  if (label.startsWith('Tab: ')) return findItem(page, [label]); // the tab bar never scrolls
  for (let i = 0; i < 4; i++) await wheel(-5000);
  let previous = null, still = 0;
  for (let attempt = 0; attempt < 80 && still < 3; attempt++) {
    const found = await findItem(page, [label]);
    // The probe clips rectangles to the window, so a sliver at the edge is reported as a very flat item:
    // targets are at least 40 px tall on a phone (thumb-sized) when fully shown.
    if (found && found.height >= 40 && found.y >= 0 && found.y + found.height <= await tabBar()) return found;
    const now = await marker();
    still = now === previous ? still + 1 : 0; // nothing moves: the end of the screen
    previous = now;
    await wheel(250);
  }
  return null;
}

async function select(page, label) {
  const found = await reveal(page, label);
  if (!found) {
    const shown = await page.evaluate(() => window.strideProbe.items.map((i) => i.label).slice(0, 30).join(' | '));
    throw new Error(`"${label}" is not on screen; drawn: ${shown}`);
  }
  // A tap can land while a long frame (years of history) is still running: tap again if it did not take.
  for (let attempt = 0; found.value !== 'selected' && attempt < 3; attempt++) {
    await tap(page, found);
    try {
      await page.waitForFunction((l) => window.strideProbe.items.some((i) => i.label === l && i.value === 'selected'), label, { timeout: 10000 });
      return;
    } catch (error) {
      if (attempt === 2) throw new Error(`tapping "${label}" did not select it`);
    }
  }
}

// The tap that logs an entry: the Log screen's run form, whose fields start from the last run logged.
const LOG_TAB = 'Tab: Log', LOG_KIND = 'Log: Run', SAVE_BUTTON = 'Save run';

// Each save picks another pain during (no pain is preselected, and the same run twice in a row would ask
// "Save it again?"); after a save the saved card's "Log another run" brings the form back.
async function reachSaveButton(page, i) {
  await select(page, LOG_TAB);
  const another = await page.evaluate(() => window.strideProbe.items.find((i) => i.label === 'Log another run') || null);
  if (another) { await tap(page, another); await settle(page, 200); }
  await select(page, LOG_KIND);
  await select(page, `Worst pain during: ${i % 11}`);
  const save = await reveal(page, SAVE_BUTTON);
  return save && !save.disabled ? save : null;
}

// On the phone layout: a finger taps "Save run" (the touchend's timestamp starts the clock).
async function measureSave(browser, app, history) {
  const { context, page } = await newPage(browser);
  await seed(page, app, history);
  await openToday(page, app.url);
  const latencies = [], toWrite = [], toCommit = [];
  const failures = [];
  for (let i = 0; i < SAVES && failures.length < 5; i++) {
    const save = await reachSaveButton(page, i);
    if (!save) {
      failures.push(`no enabled "${SAVE_BUTTON}" on screen: ${await page.evaluate(() => window.strideProbe.items.filter((i) => i.kind === 'text').slice(0, 8).map((i) => i.label).join(' | '))}`);
      await settle(page, 300);
      continue;
    }
    const commitsBefore = await page.evaluate(() => window.__bench.commits.length);
    const tapsBefore = await page.evaluate(() => window.__bench.taps.length);
    await tap(page, save);
    try {
      await page.waitForFunction((n) => window.__bench.commits.length > n, commitsBefore, { timeout: 10000 });
    } catch {
      const texts = await page.evaluate(() => window.strideProbe.items.filter((i) => /sav|error|not/i.test(i.label)).map((i) => i.label).slice(0, 6).join(' | '));
      failures.push(`no IndexedDB commit within 10 s of tapping "${SAVE_BUTTON}" at ${JSON.stringify(save)}; tabs: ${await page.evaluate(() => JSON.stringify(window.strideProbe.items.filter((i) => i.label.startsWith('Tab: ')).map((i) => [i.label, i.y, i.height])))}; on screen: ${texts}`);
      continue;
    }
    const { tapAt, writeAt, commitAt } = await page.evaluate(([n, t]) => {
      const tapped = window.__bench.taps[t];
      return { tapAt: tapped, writeAt: window.__bench.writes.find((w) => w >= tapped), commitAt: window.__bench.commits[n] };
    }, [commitsBefore, tapsBefore]);
    latencies.push(commitAt - tapAt);
    if (writeAt !== undefined) { toWrite.push(writeAt - tapAt); toCommit.push(commitAt - writeAt); }
    await settle(page, 400); // let pruning finish so the next save is not queued behind it
  }
  const heap = await page.evaluate(() => (window.Module && Module.HEAP8 ? Module.HEAP8.buffer.byteLength : null));
  const problems = page.problems.slice(0, 5);
  await context.close();
  return {
    history, button: SAVE_BUTTON, failures, samples: latencies.length, p50Ms: round(quantile(latencies, 0.5)), p95Ms: round(quantile(latencies, 0.95)),
    maxMs: round(Math.max(...latencies)), heapAfterSavesBytes: heap, problems,
    tapToWriteP50Ms: round(quantile(toWrite, 0.5)), tapToWriteP95Ms: round(quantile(toWrite, 0.95)),
    writeToCommitP50Ms: round(quantile(toCommit, 0.5)), writeToCommitP95Ms: round(quantile(toCommit, 0.95)),
  };
}

async function measureCore(browser, pages, history) {
  const { context, page } = await newPage(browser);
  await page.goto(pages.url + 'core.html');
  await page.waitForFunction(() => window.benchCoreReady === true, null, { timeout: 30000 });
  const result = await page.evaluate(async ([record, today, repeats]) => {
    const bytes = new Uint8Array(await (await fetch(record)).arrayBuffer());
    const at = Module.ccall('bench_core_buffer', 'number', ['number'], [bytes.length]);
    Module.HEAPU8.set(bytes, at);
    return JSON.parse(Module.ccall('bench_core_run', 'string', ['number', 'string', 'number'], [bytes.length, today, repeats]));
  }, [`/bench-records/${history}.record`, TODAY, opt.quick ? 3 : 9]);
  await context.close();
  return result;
}

async function measureHistoryScreen(page) {
  await select(page, 'Tab: History');
  await settle(page, 300);
  const from = await page.evaluate(() => performance.now());
  // Finger drags down the screen: every frame while scrolling draws the history with its charts.
  for (let i = 0; i < 6; i++) await drag(page, 700, 300);
  await settle(page, 1200);
  const frames = await page.evaluate((t) => window.__bench.frames.filter((f) => f.at >= t).map((f) => f.ms), from);
  return { frames: frames.length, medianMs: round(median(frames)), p95Ms: round(quantile(frames, 0.95)) };
}

async function measureScale(browser, app, pages) {
  const rows = [];
  for (const history of HISTORIES) {
    const startup = [], heaps = [], history_frames = [];
    for (let run = 0; run < Math.min(opt.runs, 3); run++) {
      const { context, page } = await newPage(browser);
      await seed(page, app, history);
      // Warm the HTTP cache first so start-up differences come from the history, not the network.
      await openToday(page, app.url);
      await page.close();
      const again = await context.newPage();
      startup.push((await openToday(again, app.url)).today);
      await settle(again, 1200);
      heaps.push(await again.evaluate(() => (window.Module && Module.HEAP8 ? Module.HEAP8.buffer.byteLength : null)));
      history_frames.push(await measureHistoryScreen(again).catch((error) => ({ error: String(error.message || error) })));
      await context.close();
    }
    const core = await measureCore(browser, pages, history);
    const row = {
      history,
      runs: core.runs,
      jsonBytes: core.jsonBytes,
      firstTodayFrameMs: round(median(startup)),
      loadMs: round(core.load, 3),
      suggestionMs: round(core.suggestion, 3),
      summariesMs: round(core.summaries, 3),
      exportMs: round(core.export, 3),
      csvMs: round(core.csv, 3),
      reportMs: round(core.report, 3),
      saveEncodeMs: round(core.save_encode, 3),
      saveWholeMs: round(core.save_whole, 3),
      historyFrameMs: round(median(history_frames.map((h) => h.medianMs))),
      historyFrameP95Ms: round(median(history_frames.map((h) => h.p95Ms))),
      historyFramesSeen: history_frames.map((h) => h.frames ?? h.error),
      wasmHeapBytes: median(heaps),
      planHeapBytes: core.planBytes,
    };
    log(`scale ${history}: ${JSON.stringify(row)}`);
    rows.push(row);
  }
  // Growth: the extra cost per 1000 more runs from each history to the next. Linear growth keeps it flat
  // from row to row; quadratic growth makes it climb in step with the history's length.
  const growth = (key) => rows.slice(1).map((r, i) => ({
    from: rows[i].history, to: r.history,
    perThousandRuns: r[key] == null || rows[i][key] == null ? null : round(((r[key] - rows[i][key]) / (r.runs - rows[i].runs)) * 1000, 3),
  }));
  return {
    rows,
    growthPerThousandRuns: Object.fromEntries(['loadMs', 'suggestionMs', 'summariesMs', 'exportMs', 'historyFrameMs', 'firstTodayFrameMs', 'planHeapBytes'].map((k) => [k, growth(k)])),
  };
}

// ------------------------------------------------------------------------------------------- [main]
function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/);
  return {
    cpus: cpus().length, cpuModel: cpu ? cpu[1] : cpus()[0].model, memoryBytes: totalmem(),
    loadAverageAtStart: loadavg().map((x) => round(x)),
  };
}

// A section that fails is reported in the results (and on stderr) instead of losing the others' figures.
async function section(measure) {
  try {
    return await measure();
  } catch (error) {
    log(`failed: ${error.stack || error}`);
    return { error: String(error.message || error) };
  }
}

function wanted(section) {
  const yes = !opt.only || opt.only.includes(section);
  if (yes) log(`measuring ${section}`);
  return yes;
}

async function main() {
  const histories = resolve(opt.histories);
  const app = await serve(resolve(opt.dist), { '/bench-records/': histories });
  const pages = await serve(resolve(opt.pages), { '/bench-records/': histories });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const version = browser.version();
  const result = { date: new Date().toISOString(), machine: machine(), chromium: version, runs: opt.runs, quick: opt.quick };
  try {
    if (wanted('transfer')) result.transfer = await section(() => measureTransfer(browser, app));
    if (wanted('firstFrame')) result.firstFrame = await section(() => measureFirstFrame(browser, app, pages));
    if (wanted('idle')) result.idle = await section(() => measureIdle(browser, app));
    if (wanted('save')) result.save = await section(() => measureSave(browser, app, 'history-10y'));
    if (wanted('scale')) result.scale = await section(() => measureScale(browser, app, pages));
  } finally {
    result.machine.loadAverageAtEnd = loadavg().map((x) => round(x));
    await browser.close();
    await app.close();
    await pages.close();
  }
  const json = JSON.stringify(result, null, 2);
  if (opt.out) {
    mkdirSync(dirname(resolve(opt.out)), { recursive: true });
    writeFileSync(opt.out, json + '\n');
  }
  process.stdout.write(json + '\n');
}

main().catch((error) => { console.error(error); process.exit(1); });
