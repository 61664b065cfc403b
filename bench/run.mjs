// Stride Back benchmarks, run by bench/run.sh after it built everything (docs/benchmarks.md).
//
// usage: node bench/run.mjs --dist DIR --pages DIR --histories DIR [--runs N] [--out FILE] [--quick]
//
// Measures in Debian's Chromium (headless, SwiftShader WebGL2), each figure the median of --runs runs:
//   transfer    every file the first load fetches (the server's own log), raw and gzip -9
//   firstFrame  navigation -> first frame showing the Today screen, cold and warm, against the bare
//               Dear ImGui baseline in the same run
//   idle        frames and page CPU time over 10 s without input, from when the app stopped drawing
//   latency     tap -> first drawn frame showing its result (frames and ms) for a tab, a pain, "Save run"
//   save        tap that logs an entry -> IndexedDB commit of the new generation, p50 / p95, 10 years, at
//               the phone's pixel ratio 3 and at 1
//   scale       2 weeks, 1, 5, 10 years: start-up, suggestion, history frame, export, heap
// and prints one JSON document (also written to --out).
//
// The app is found and driven only through what it publishes: window.strideProbe (labels of what was
// drawn, see src/ui/probe.hpp) and real touch input at the probed rectangles, with tests/e2e's driver
// (tests/e2e/driver), which also launches the browser and serves the files. Frame CPU
// time is measured around every requestAnimationFrame callback, for the app and the baseline alike.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
// The browser tests' driver (its packages are installed by scripts/setup.sh's npm ci in tests/e2e).
import {
  App, LABELS, PHONE, centre, launchBrowser, staticServer,
} from '../tests/e2e/driver/index.mjs';

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
// The driver's static server logs what it sends (the transfer figures are its log) and answers `no-cache`
// with an ETag, as serve.py does, so a warm load without a service worker revalidates.
const SEED_PAGE = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>seed</title>'; // no favicon request

function serve(dir, histories) {
  return staticServer(dir, {
    mounts: { '/bench-records/': histories },
    pages: { '/bench-seed': { type: 'text/html', body: SEED_PAGE } },
  });
}

// ------------------------------------------------------------------------------------------ [page]
// Runs in every page before its own scripts: remembers when the first frame with the Today screen was
// published, times every animation-frame callback, and notes taps and IndexedDB commits of generations.
// `watch` (set by timedTap) times one tap: from the touchend's timestamp to the first animation frame that
// draws an item with the watched label (and value); `frames` counts the animation frames until then, 1 =
// the first frame after the tap. Undrawn frames (input applied inside the event) do not count: only a
// frame run by requestAnimationFrame reaches the screen.
function instrument() {
  const bench = window.__bench = { todayMs: null, firstProbeMs: null, frames: [], taps: [], journals: [], writes: [], commits: [], removing: 0, watch: null };
  let inAnimationFrame = false;
  const watching = () => bench.watch && bench.watch.eventAt !== null && !bench.watch.done;
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
      if (inAnimationFrame && watching()) {
        const w = bench.watch;
        if (value.items.some((i) => i.label === w.label && (w.value === undefined || i.value === w.value))) {
          w.done = { frames: w.frames, ms: now - w.eventAt };
        }
      }
    },
  });
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => request((time) => {
    const start = performance.now();
    if (watching()) bench.watch.frames++;
    inAnimationFrame = true;
    try { callback(time); } finally {
      inAnimationFrame = false;
      bench.frames.push({ at: start, ms: performance.now() - start });
      if (bench.frames.length > 5000) bench.frames.splice(0, 1000);
    }
  });
  window.addEventListener('touchend', (event) => {
    bench.taps.push(event.timeStamp);
    if (bench.watch && bench.watch.eventAt === null) bench.watch.eventAt = event.timeStamp;
  }, true);
  // The app hands each save to web/storage.js: tap -> StrideStorage.write is the app's part (input frames,
  // apply, encode), write -> commit the storage's.
  let storage;
  Object.defineProperty(window, 'StrideStorage', {
    configurable: true,
    get() { return storage; },
    set(value) {
      storage = Object.freeze({
        ...value,
        write(entry) { bench.writes.push(performance.now()); return value.write(entry); },
        remove(generations) { // pruning after a save: the next write waits for it
          bench.removing++;
          return value.remove(generations).finally(() => { bench.removing--; });
        },
      });
    },
  });
  // The write that makes a save durable (issue 18, docs/storage.md "The journal"): this tab's journal in
  // localStorage, written synchronously while the tap is handled, before the screen says the entry was added.
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const result = setItem.call(this, key, value);
    if (String(key).startsWith('stride-back-journal:')) bench.journals.push(performance.now());
    return result;
  };
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

// Every page is a phone (390x844 at 3x, touch): the device the app is used on at the track. `context` is a
// driver profile, `page` the app in one of its tabs (driven through the driver; it opens nothing itself).
async function newPage(browser, device = PHONE) {
  const context = await browser.newProfile(device);
  await context.addInitScript(instrument);
  return { context, page: await newTab(context) };
}

async function newTab(context) {
  return new App(await context.newTab(), context, false);
}

// Stores a generated history as generation 1 before the app's first start in this context, through
// web/storage.js when the build has it (so it uses whatever schema the app uses), else raw IndexedDB.
async function seed(page, server, history) {
  const result = await seedOnce(page, server, history);
  if (!result.ok) throw new Error(`could not store ${history} in the browser: ${JSON.stringify(result)}`);
}

async function seedOnce(page, server, history) {
  await page.tab.goto(server.url + 'bench-seed');
  const storageJs = readdirSync(opt.dist).find((f) => /^storage(\.[0-9a-f]+)?\.js$/.test(f));
  if (storageJs) {
    await page.evaluate((src) => new Promise((loaded, failed) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = loaded;
      script.onerror = () => failed(new Error(`could not load ${src}`));
      document.head.append(script);
    }), server.url + storageJs);
  }
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
  await page.tab.goto(`${url}?today=${TODAY}`);
  try {
    await page.waitUntil(() => window.__bench.todayMs !== null || document.body.classList.contains('failed'), null, { timeout });
  } catch (error) {
    const seen = await page.evaluate(() => (window.strideProbe ? window.strideProbe.items.slice(0, 12).map((i) => `${i.kind} "${i.label}"`) : 'no probe'));
    throw new Error(`no Today screen within ${timeout} ms; on screen: ${JSON.stringify(seen)}; page problems: ${JSON.stringify(page.problems)}`);
  }
  await page.waitForStart(); // and lets the driver see when input arrives
  const marks = await page.evaluate(() => ({ today: window.__bench.todayMs, first: window.__bench.firstProbeMs, failed: document.body.classList.contains('failed') ? document.getElementById('status-text').textContent : null }));
  if (marks.failed) throw new Error(`the app failed to start: ${marks.failed}`);
  return marks;
}

// ----------------------------------------------------------------------------------------- [measure]
async function measureTransfer(browser, app) {
  // A new runner's first visit: fresh profile (empty HTTP cache, no service worker, nothing stored), the
  // app's address as shared. Everything the server sends until the app has drawn its first screen (the
  // welcome) and the service worker (if any) has finished installing counts.
  app.served.length = 0;
  const { context, page } = await newPage(browser);
  await page.tab.goto(app.url);
  await page.waitUntil(() => window.__bench.firstProbeMs !== null, null, { timeout: 60000 });
  await page.evaluate(async () => {
    if (!navigator.serviceWorker) return;
    const registration = await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 5000))]);
    return registration && registration.active && registration.active.state;
  });
  await page.waitForIdle(); // its start-up done
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
  await page.tab.goto(pages.url + 'index.html');
  await page.waitUntil(() => window.benchBaseline && window.benchBaseline.frame >= 1, null, { timeout: 30000 });
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
    await page.waitForIdle();
    await page.close(); // one tab at a time: a second open tab changes how the app saves
    const again = await newTab(context);
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
    const cdp = await context.native.newCDPSession(page.tab.native); // Chromium's own page metrics
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await page.waitForIdle(); // the app draws until its frames settle, then says it sleeps
    const before = await metrics();
    const framesBefore = await page.evaluate(() => ({ probe: window.strideProbe.frame, raf: window.__bench.frames.length }));
    await new Promise((done) => setTimeout(done, 10000)); // the measured window: ten seconds without input
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

// Taps a choice (a tab, a kind of entry) until it is selected. The driver finds it with the mouse wheel,
// which moves the screen by exactly what it is asked, where a finger drag is followed by its flick: the
// taps and drags measured stay a finger's.
async function select(page, label) {
  const found = await page.reveal(label);
  // A tap can land while a long frame (years of history) is still running: tap again if it did not take.
  for (let attempt = 0; found.value !== 'selected' && attempt < 3; attempt++) {
    await page.pressAt(centre(found));
    try {
      await page.waitUntil((l) => window.strideProbe.items.some((i) => i.label === l && i.value === 'selected'), label, { timeout: 10000 });
      return;
    } catch (error) {
      if (attempt === 2) throw new Error(`tapping "${label}" did not select it`);
    }
  }
}

// The tap that logs an entry: the Log screen's run form, whose fields start from the last run logged.
const LOG_KIND = 'Log: Run', SAVE_BUTTON = LABELS.saveRun;

// Each save picks another pain during (no pain is preselected, and the same run twice in a row would ask
// "Save it again?"); after a save the saved card's "Log another run" brings the form back.
async function reachSaveButton(page, i) {
  await select(page, LABELS.logTab);
  const another = await page.find('Log another run');
  if (another) await page.press('Log another run');
  await select(page, LOG_KIND);
  await select(page, `Worst pain during: ${i % 11}`);
  const save = await page.reveal(SAVE_BUTTON).catch(() => null);
  return save && !save.disabled ? save : null;
}

// A bare finger tap at `target` (nothing reads the probe meanwhile); resolves with { frames, ms } from the
// touchend to the first drawn frame showing `expect` ({ label, value }), then lets the screen settle.
async function timedTap(page, target, expect) {
  await page.evaluate((w) => { window.__bench.watch = { ...w, eventAt: null, frames: 0, done: null }; }, expect);
  await page.tab.tap(centre(target).x, centre(target).y);
  await page.waitUntil(() => window.__bench.watch.done !== null, null, { timeout: 10000 });
  const result = await page.evaluate(() => window.__bench.watch.done);
  await page.evaluate(() => { window.__bench.watch = null; });
  await page.settle();
  return result;
}

function latencySummary(samples) {
  const pick = (key, q) => round(quantile(samples.map((s) => s[key]), q));
  return {
    samples: samples.length, framesP50: pick('frames', 0.5), framesMax: samples.length ? Math.max(...samples.map((s) => s.frames)) : null,
    msP50: pick('ms', 0.5), msP95: pick('ms', 0.95),
  };
}

// Input latency on the phone, 10-year plan: a tab switch (Today <-> Log), a pain choice in the Log
// screen's run form, and "Save run" (its result: the saved card's "Log another run").
async function measureLatency(browser, app, history) {
  const { context, page } = await newPage(browser);
  await seed(page, app, history);
  await openToday(page, app.url);
  await page.waitForIdle();
  const tab = [], pain = [], save = [];
  const failures = [];
  const rounds = opt.quick ? 3 : Math.max(5, opt.runs * 2);
  for (let i = 0; i < rounds && failures.length < 5; i++) {
    try {
      for (const label of [LABELS.logTab, LABELS.todayTab]) {
        const target = await page.reveal(label);
        if (target.value === 'selected') continue;
        tab.push(await timedTap(page, target, { label, value: 'selected' }));
      }
      const form = await reachSaveButton(page, i); // on Log, the run form, a pain chosen
      const painLabel = LABELS.painDuring((i + 5) % 11);
      pain.push(await timedTap(page, await page.reveal(painLabel), { label: painLabel, value: 'selected' }));
      if (!form) throw new Error('no enabled "Save run"');
      save.push(await timedTap(page, await page.reveal(SAVE_BUTTON), { label: LABELS.logAnother }));
      await page.waitUntil(() => window.__bench.removing === 0, null, { timeout: 10000 });
      await select(page, LABELS.todayTab);
      await page.waitForIdle();
    } catch (error) {
      failures.push(String(error.message || error));
    }
  }
  await context.close();
  return { history, failures, tabSwitch: latencySummary(tab), painChoice: latencySummary(pain), saveRun: latencySummary(save) };
}

// On the phone layout: a finger taps "Save run" (the touchend's timestamp starts the clock).
async function measureSave(browser, app, history, device = PHONE) {
  const { context, page } = await newPage(browser, device);
  await seed(page, app, history);
  await openToday(page, app.url);
  const latencies = [], toJournal = [], toWrite = [], toCommit = [];
  const failures = [];
  for (let i = 0; i < SAVES && failures.length < 5; i++) {
    const save = await reachSaveButton(page, i);
    if (!save) {
      failures.push(`no enabled "${SAVE_BUTTON}" on screen: ${await page.evaluate(() => window.strideProbe.items.filter((i) => i.kind === 'text').slice(0, 8).map((i) => i.label).join(' | '))}`);
      await page.settle();
      continue;
    }
    const commitsBefore = await page.evaluate(() => window.__bench.commits.length);
    const tapsBefore = await page.evaluate(() => window.__bench.taps.length);
    // A bare tap: nothing reads the probe while the save is timed.
    await page.tab.tap(centre(save).x, centre(save).y);
    try {
      await page.waitUntil((n) => window.__bench.commits.length > n, commitsBefore, { timeout: 10000 });
    } catch {
      const texts = await page.evaluate(() => window.strideProbe.items.filter((i) => /sav|error|not/i.test(i.label)).map((i) => i.label).slice(0, 6).join(' | '));
      failures.push(`no IndexedDB commit within 10 s of tapping "${SAVE_BUTTON}" at ${JSON.stringify(save)}; tabs: ${await page.evaluate(() => JSON.stringify(window.strideProbe.items.filter((i) => i.label.startsWith('Tab: ')).map((i) => [i.label, i.y, i.height])))}; on screen: ${texts}`);
      continue;
    }
    const { tapAt, journalAt, writeAt, commitAt } = await page.evaluate(([n, t]) => {
      const tapped = window.__bench.taps[t];
      const after = (list) => list.find((at) => at >= tapped);
      return { tapAt: tapped, journalAt: after(window.__bench.journals), writeAt: after(window.__bench.writes), commitAt: window.__bench.commits[n] };
    }, [commitsBefore, tapsBefore]);
    latencies.push(commitAt - tapAt);
    if (journalAt !== undefined) toJournal.push(journalAt - tapAt);
    if (writeAt !== undefined) { toWrite.push(writeAt - tapAt); toCommit.push(commitAt - writeAt); }
    // Pruning starts as the save completes (in the same task): the next save must not queue behind it.
    await page.waitUntil(() => window.__bench.removing === 0, null, { timeout: 10000 });
  }
  const heap = await page.evaluate(() => (window.Module && Module.HEAP8 ? Module.HEAP8.buffer.byteLength : null));
  const problems = page.problems.slice(0, 5);
  await context.close();
  return {
    history, pixelRatio: device.pixelRatio, button: SAVE_BUTTON, failures, samples: latencies.length, p50Ms: round(quantile(latencies, 0.5)), p95Ms: round(quantile(latencies, 0.95)),
    maxMs: round(Math.max(...latencies)), heapAfterSavesBytes: heap, problems,
    tapToJournalP50Ms: round(quantile(toJournal, 0.5)), tapToJournalP95Ms: round(quantile(toJournal, 0.95)), journaled: toJournal.length,
    tapToWriteP50Ms: round(quantile(toWrite, 0.5)), tapToWriteP95Ms: round(quantile(toWrite, 0.95)),
    writeToCommitP50Ms: round(quantile(toCommit, 0.5)), writeToCommitP95Ms: round(quantile(toCommit, 0.95)),
  };
}

async function measureCore(browser, pages, history, today = TODAY, repeats = opt.quick ? 3 : 9) {
  const { context, page } = await newPage(browser);
  await page.tab.goto(pages.url + 'core.html');
  await page.waitUntil(() => window.benchCoreReady === true, null, { timeout: 30000 });
  const result = await page.evaluate(async ([record, today, repeats]) => {
    const bytes = new Uint8Array(await (await fetch(record)).arrayBuffer());
    const at = Module.ccall('bench_core_buffer', 'number', ['number'], [bytes.length]);
    Module.HEAPU8.set(bytes, at);
    return JSON.parse(Module.ccall('bench_core_run', 'string', ['number', 'string', 'number'], [bytes.length, today, repeats]));
  }, [`/bench-records/${history}.record`, today, repeats]);
  await context.close();
  return result;
}

async function measureHistoryScreen(page) {
  await select(page, LABELS.historyTab);
  await page.settle();
  const from = await page.evaluate(() => performance.now());
  // Finger drags down the screen: every frame while scrolling draws the history with its charts.
  for (let i = 0; i < 6; i++) await page.drag({ x: 195, y: 700 }, { x: 195, y: 300 }, { settle: false });
  await page.waitForIdle(); // the last flick has come to rest
  const frames = await page.evaluate((t) => window.__bench.frames.filter((f) => f.at >= t).map((f) => f.ms), from);
  return { frames: frames.length, medianMs: round(median(frames)), p95Ms: round(quantile(frames, 0.95)) };
}

async function measureScale(browser, app, pages, onRow = () => {}) {
  const rows = [];
  for (const history of HISTORIES) {
    const startup = [], heaps = [], history_frames = [];
    for (let run = 0; run < Math.min(opt.runs, 3); run++) {
      const { context, page } = await newPage(browser);
      await seed(page, app, history);
      // Warm the HTTP cache first so start-up differences come from the history, not the network.
      await openToday(page, app.url);
      await page.close();
      const again = await newTab(context);
      startup.push((await openToday(again, app.url)).today);
      await again.waitForIdle();
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
    onRow(rows);
  }
  // Growth: the extra cost per 1000 more runs from each history to the next. Linear growth keeps it flat
  // from row to row; quadratic growth makes it climb in step with the history's length.
  const growth = (key) => rows.slice(1).map((r, i) => ({
    from: rows[i].history, to: r.history,
    perThousandRuns: r[key] == null || rows[i][key] == null ? null : round(((r[key] - rows[i][key]) / (r.runs - rows[i].runs)) * 1000, 3),
  }));
  // 100,000 entries, core timings only (the app itself is not opened on it): whatever grows worse than
  // linearly shows here first. Its days end on 2150-06-29 (bench/run.sh).
  const core100k = opt.quick ? null : await measureCore(browser, pages, 'history-100k', '2150-06-30', 3).catch((error) => ({ error: String(error.message || error) }));
  return {
    rows,
    core100k,
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
  const app = await serve(resolve(opt.dist), histories);
  const pages = await serve(resolve(opt.pages), histories);
  const browser = await launchBrowser('chromium');
  const version = browser.version;
  const result = { date: new Date().toISOString(), machine: machine(), chromium: version, runs: opt.runs, quick: opt.quick };
  // Written after every section too, so a run cut short keeps the figures measured so far.
  const write = () => {
    result.machine.loadAverageAtEnd = loadavg().map((x) => round(x));
    const json = JSON.stringify(result, null, 2);
    if (opt.out) {
      mkdirSync(dirname(resolve(opt.out)), { recursive: true });
      writeFileSync(opt.out, json + '\n');
    }
    return json;
  };
  const measure = async (key, name, how) => {
    if (!wanted(name)) return;
    result[key] = await section(how);
    write();
  };
  try {
    await measure('transfer', 'transfer', () => measureTransfer(browser, app));
    await measure('latency', 'latency', () => measureLatency(browser, app, 'history-10y'));
    await measure('idle', 'idle', () => measureIdle(browser, app));
    await measure('firstFrame', 'firstFrame', () => measureFirstFrame(browser, app, pages));
    await measure('saveRatio1', 'save', () => measureSave(browser, app, 'history-10y', { ...PHONE, pixelRatio: 1 }));
    await measure('save', 'save', () => measureSave(browser, app, 'history-10y'));
    await measure('scale', 'scale', () => measureScale(browser, app, pages, (rows) => { result.scale = { rows, partial: true }; write(); }));
  } finally {
    await browser.close();
    await app.stop();
    await pages.stop();
  }
  process.stdout.write(write() + '\n');
}

main().catch((error) => { console.error(error); process.exit(1); });
