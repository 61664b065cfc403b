// The runner's core journey in every engine (issue 12): Chromium, Firefox ESR and WebKit, through the same
// driver (driver/engine.mjs), one after another in this file so their results sit side by side. What an
// engine's driver cannot do is a named skip with its reason (driver/README.md), never a step that passes
// without checking. STRIDE_ENGINES=firefox,webkit runs only those.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { consoleWhileLoading } from './driver/webkit.mjs';
import {
  DESKTOP, DIST, LABELS, PHONE, PLAN_V1, PLAN_V1_TODAY, confirmImport, dropFile, ensureBuilt, historyNotes,
  launchBrowser, logRun, onboard, openApp, openTab, planWithoutIds, pressUpdateNow, saved, stageRelease, startServer,
  staticServer,
} from './driver/index.mjs';

const ENGINES = (process.env.STRIDE_ENGINES || 'chromium,firefox,webkit').split(',');
const NOTE = 'Easy loop by the river';
const TALL = 3000; // px: a whole screen (the Plan screen's export buttons included) with no scrolling
const STEP_TIMEOUT = 120000; // a step that hangs (a browser that stopped answering) fails instead

// Resolves once a service worker controls the page (this build's claims the page when it activates).
function controlled(app) {
  return app.waitUntil(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
}

// How many times each file was sent in full, by path.
function sentTimes(served) {
  const sent = {};
  for (const { path, status } of served) if (status === 200) sent[path] = (sent[path] || 0) + 1;
  return sent;
}

// The canvas's backing store against its CSS size, and the page's pixel ratio.
function canvasSize(app) {
  return app.evaluate(() => {
    const canvas = document.getElementById('canvas');
    return { dpr: window.devicePixelRatio, width: canvas.width, height: canvas.height, cssWidth: canvas.clientWidth, cssHeight: canvas.clientHeight };
  });
}

// Runs in the page: the greatest colour difference from the first pixel in a PNG, and its size.
async function contrast(base64) {
  const image = new Image();
  image.src = 'data:image/png;base64,' + base64;
  await image.decode();
  const context = new OffscreenCanvas(image.width, image.height).getContext('2d');
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  let most = 0;
  for (let i = 0; i < data.length; i += 4) {
    most = Math.max(most, Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]));
  }
  return { width: image.width, height: image.height, most };
}

// The files the app downloads, caught in the page as it hands them to the browser (the Blob it makes and the
// link it clicks), the same way in every engine (WebKit's classic WebDriver cannot save a download). The real
// downloads are in sharing.test.mjs (Chromium).
function catchDownloads(app) {
  return app.evaluate(() => {
    window.strideDownloads = [];
    const blobs = new Map();
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => { const url = create(blob); blobs.set(url, blob); return url; };
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      blob.text().then((text) => window.strideDownloads.push({ name: this.download, type: blob.type, text }));
    };
  });
}

// Presses `label` and returns the file the app downloaded for it.
async function caught(app, label) {
  const before = await app.evaluate(() => window.strideDownloads.length);
  if (!(await app.find(label))) await app.press(LABELS.planTab);
  await app.press(label);
  await app.waitUntil((n) => window.strideDownloads.length > n, before);
  return app.evaluate(() => window.strideDownloads.at(-1));
}

await ensureBuilt();

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    let server; // counts every file it sends
    before(async () => {
      browser = await launchBrowser(engine);
      server = await staticServer(DIST);
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    test('a first visit: no console errors, and each file fetched once', {
      timeout: STEP_TIMEOUT,
      // A WebDriver session of MiniBrowser 2.50 has no disk HTTP cache (automation mode), so the service
      // worker's precache sends every file again (and the wasm and fonts a third time): not what a runner's
      // Safari does. The next test checks WebKit's first visit in a profile folder of its own.
      skip: engine === 'webkit' ? 'WebKit\'s WebDriver session has no HTTP cache: the next test checks a real profile' : false,
    }, async (t) => {
      server.served.length = 0;
      const app = await openApp(browser, server.url, DESKTOP); // no query: the worker caches the page as './'
      await app.reveal(LABELS.welcome);
      await controlled(app);
      await app.waitForIdle();
      const sent = sentTimes(server.served);
      t.diagnostic(`${browser.version}: ${JSON.stringify(sent)}`);
      assert.ok(Object.keys(sent).some((path) => path.endsWith('.wasm')), JSON.stringify(sent));
      assert.deepEqual(app.problems, []);
      for (const [path, times] of Object.entries(sent)) assert.equal(times, 1, `${path} sent ${times} times`);
      await app.close();
    });

    // The engine's own console messages (an unknown CSP directive, an unknown viewport key) reach no hook in
    // the page: in WebKit they are read from a MiniBrowser outside WebDriver, in a profile folder of its own,
    // writing its console to stdout, until the page has registered its service worker and the server has
    // then sent nothing for two seconds (the worker's precache done). That visit's requests are counted too:
    // each file is sent in full once. WebKit asks again for the wasm, the fonts and the page, answered "not
    // modified" (304, no body): it does not reuse the as="fetch" preloads, and the worker's precache
    // revalidates the page.
    test('WebKit, a first visit in a profile of its own: no console error or warning, each file sent once', {
      timeout: STEP_TIMEOUT,
      skip: engine !== 'webkit' ? 'Chromium and Firefox report the engine\'s messages as console events (app.problems)' : false,
    }, async (t) => {
      server.served.length = 0;
      const lines = await consoleWhileLoading(server.url, async () => {
        const deadline = Date.now() + 60000;
        const pause = (ms) => new Promise((r) => setTimeout(r, ms));
        while (!server.served.some(({ path }) => path === '/sw.js') && Date.now() < deadline) await pause(100);
        for (let seen = -1; seen !== server.served.length && Date.now() < deadline;) {
          seen = server.served.length;
          await pause(2000);
        }
      });
      assert.ok(server.served.some(({ path }) => path === '/sw.js'), 'the page loaded and registered its worker');
      assert.deepEqual(lines.filter((line) => /CONSOLE \w* ?(ERROR|WARN)/.test(line)), [], lines.join('\n'));
      const sent = sentTimes(server.served);
      const revalidated = server.served.filter(({ status }) => status === 304).map(({ path }) => path);
      t.diagnostic(`sent in full: ${JSON.stringify(sent)}; answered 304: ${JSON.stringify(revalidated)}`);
      assert.ok(Object.keys(sent).some((path) => path.endsWith('.wasm')), JSON.stringify(sent));
      for (const [path, times] of Object.entries(sent)) assert.equal(times, 1, `${path} sent ${times} times`);
    });

    // WebKit deletes a site's data after 7 days without use unless the app runs from the Home Screen: a
    // Safari tab says so once (src/storage/backup_reminder.cpp); other engines, and the installed app, do not.
    test('Safari\'s 7-day rule: explained once in a WebKit tab, never in other engines', { timeout: STEP_TIMEOUT }, async () => {
      const WARNING = { prefix: 'Safari deletes this site\'s data' };
      const app = await openApp(browser, server.url, DESKTOP);
      await app.reveal(LABELS.welcome);
      await app.waitForIdle();
      if (engine !== 'webkit') {
        assert.equal(await app.find(WARNING), null);
      } else {
        const warning = await app.reveal(WARNING);
        assert.match(warning.label, /Share, then .Add to Home Screen./);
        assert.match(warning.label, /Home Screen app and this Safari tab keep separate data/);
        await app.press('Got it');
        await app.waitForGone(WARNING);
        await app.reload();
        await app.reveal(LABELS.welcome);
        await app.waitForIdle();
        assert.equal(await app.find(WARNING), null, 'read once is enough');
      }
      assert.deepEqual(app.problems, []); // navigator.storage.persist missing or refused: nothing logged
      await app.close();
    });

    // An on-screen keyboard as WebKit (iPhone) has it: it covers the bottom of the page and only the visual
    // viewport shrinks (no interactive-widget). Played by a visualViewport the test controls, installed before
    // the page's scripts; the taps and the typing are real touch input.
    test('the on-screen keyboard never hides the field being typed into', {
      timeout: STEP_TIMEOUT,
      skip: engine === 'webkit' ? 'classic WebDriver sends no touch input and runs no script before the page\'s (driver/README.md)' : false,
    }, async () => {
      const profile = await browser.newProfile(PHONE);
      await profile.addInitScript(() => {
        const view = new EventTarget();
        let covered = 0;
        Object.defineProperties(view, {
          width: { get: () => document.documentElement.clientWidth },
          height: { get: () => document.documentElement.clientHeight - covered },
          offsetTop: { value: 0 }, offsetLeft: { value: 0 }, scale: { value: 1 },
        });
        Object.defineProperty(window, 'visualViewport', { get: () => view, configurable: true });
        window.strideKeyboard = (height) => { covered = height; view.dispatchEvent(new Event('resize')); };
      });
      const app = await openTab(profile, server.url);
      await onboard(app);
      await app.press(LABELS.logTab);
      const field = await app.reveal({ label: LABELS.note, kind: 'field' });
      const canvasTop = () => app.evaluate(() => document.getElementById('canvas').getBoundingClientRect().top);
      await app.tab.tap(field.x + field.width - 8, field.y + field.height / 2);
      await app.waitUntil(() => document.activeElement?.id === 'text-input');

      // A keyboard whose top edge is 60 px above the field's bottom edge.
      const keyboard = PHONE.height - (field.y + field.height) + 60;
      await app.evaluate((height) => window.strideKeyboard(height), keyboard);
      const top = await canvasTop();
      assert.ok(top < 0, `the app moved up (${top})`);
      assert.ok(field.y + field.height + top <= PHONE.height - keyboard, `the field ends at ${field.y + field.height + top}, the keyboard starts at ${PHONE.height - keyboard}`);
      assert.ok(field.y + top >= 0, 'and its top is still on screen');

      // A tap where the field now shows still reaches it, and what the keyboard types lands in it.
      await app.tab.tap(field.x + field.width - 8, field.y + top + field.height / 2);
      await app.tab.insertText('Hills felt fine');
      await app.waitUntil((label) => window.strideProbe.items.find((i) => i.label === label)?.value === 'Hills felt fine', LABELS.note);

      await app.evaluate(() => window.strideKeyboard(0)); // the keyboard closes
      assert.equal(await canvasTop(), 0);
      assert.deepEqual(app.problems, []);
      await profile.close();
    });

    test('the report with the plan inside, exported here, imports here as the same plan', {
      timeout: 2 * STEP_TIMEOUT,
    }, async () => {
      // The export buttons are at the end of the Plan screen, further than WebKit classic WebDriver's wheel
      // actions scroll the app: a window tall enough for the whole screen (xvfb.mjs's screen holds it).
      const first = await openApp(browser, `${server.url}?today=${PLAN_V1_TODAY}`, { ...DESKTOP, height: TALL });
      await first.reveal(LABELS.welcome);
      await dropFile(first, PLAN_V1, 'from-physio.json');
      await confirmImport(first);
      await saved(first);
      await catchDownloads(first);
      const plan = await caught(first, LABELS.exportPlan);
      const report = await caught(first, LABELS.exportReport);
      assert.equal(report.type, 'text/html');
      assert.match(report.name, /-stride-back-report-2024-05-06\.html$/);
      assert.doesNotMatch(report.text, /<script/i);
      assert.deepEqual(first.problems, []);
      await first.close();

      const second = await openApp(browser, `${server.url}?today=${PLAN_V1_TODAY}`, { ...DESKTOP, height: TALL });
      await second.reveal(LABELS.welcome);
      await dropFile(second, report.text, report.name);
      await confirmImport(second);
      await saved(second);
      await catchDownloads(second);
      const again = await caught(second, LABELS.exportPlan);
      assert.deepEqual(planWithoutIds(again.text), planWithoutIds(plan.text));
      assert.deepEqual(second.problems, []);
      await second.close();
    });

    for (const pixelRatio of [1, 2]) {
      test(`crisp text at pixel ratio ${pixelRatio}: the canvas has a pixel per device pixel`, { timeout: STEP_TIMEOUT }, async () => {
        const app = await openApp(browser, server.url, { ...DESKTOP, pixelRatio });
        const title = await app.reveal(LABELS.welcome);
        const size = await canvasSize(app);
        assert.equal(size.dpr, pixelRatio);
        assert.deepEqual([size.width, size.height], [size.cssWidth * pixelRatio, size.cssHeight * pixelRatio], JSON.stringify(size));
        // The title as the screen shows it: one screenshot pixel per device pixel, and its strokes reach
        // near full contrast with the background (text blurred by scaling up a smaller canvas does not).
        const png = await app.tab.screenshot({ clip: { x: title.x, y: title.y, width: title.width, height: title.height } });
        const seen = await app.evaluate(contrast, png.toString('base64'));
        assert.equal(seen.width, Math.round(title.width * pixelRatio), JSON.stringify(seen));
        assert.ok(seen.most > 400, `darkest stroke differs from the background by ${seen.most} of 765`);
        assert.deepEqual(app.problems, []);
        await app.close();
      });
    }

    describe('the journey, with a new version deployed while it is open', { timeout: 5 * STEP_TIMEOUT }, () => {
      let release;
      let site; // serve.py on the release folder
      let app;
      before(async () => {
        release = stageRelease();
        site = await startServer(['--root', release.served]);
        // Tall enough for every screen of the journey without scrolling (in WebKit the Safari notice heads
        // each one): classic WebDriver's wheel actions do not scroll the app there once a page has reloaded.
        app = await openApp(browser, site.url, { ...DESKTOP, height: TALL });
      });
      after(async () => {
        await app?.close();
        await site?.stop();
        release?.remove();
      });

      test('loads with no console errors', async () => {
        await app.reveal(LABELS.welcome);
        assert.deepEqual(app.problems, []);
        // The keyboard resizes the page where the engine knows interactive-widget; WebKit would log an error.
        const viewport = await app.evaluate(() => document.querySelector('meta[name=viewport]').content);
        assert.equal(viewport.includes('interactive-widget=resizes-content'), engine !== 'webkit', viewport);
      });

      test('one click is one action, and typed text reaches the fields', async () => {
        await onboard(app); // each press must move on by exactly one step, or the checklist is not reached
        await logRun(app, NOTE, 12); // types the minutes and the note, and waits until each field shows them
        await app.press(LABELS.historyTab);
        await app.reveal({ prefix: LABELS.notePrefix + NOTE });
        // A second run would be listed next to it.
        assert.equal((await app.findAll({ prefix: LABELS.notePrefix })).length, 1, 'one run for one press of Save run');
        assert.deepEqual(app.problems, []);
      });

      test('at rest the app draws no frames', async () => {
        const last = await app.waitForIdle();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        assert.equal(await app.frame(), last);
      });

      test('the data survives a reload', async () => {
        await saved(app);
        await app.reload();
        assert.deepEqual(await historyNotes(app), [NOTE]);
        assert.deepEqual(app.problems, []);
      });

      test('after a reload with the mouse at rest, the wheel scrolls the screen under it', {
        // Firefox sends the new page no mousemove for a mouse that has not moved: the wheel event alone says
        // where the pointer is.
        skip: engine === 'webkit' ? 'classic WebDriver sends no wheel events once a page has been reloaded' : false,
      }, async () => {
        await app.tab.setViewport({ width: DESKTOP.width, height: 500 }); // a screen longer than the window
        try {
          const at = app.scrollPoint();
          await app.tab.move(at.x, at.y);
          await app.reload();
          const before = (await app.look()).layout; // where every item is drawn
          assert.notEqual((await app.wheel(3, at)).layout, before, 'the screen scrolled');
        } finally {
          await app.tab.setViewport({ width: DESKTOP.width, height: TALL });
          await app.settle();
        }
      });

      test('a new version: the prompt, "Update now", the new version running with the data kept', async () => {
        await controlled(app);
        const style = () => app.evaluate(() => document.querySelector('link[rel=stylesheet]').getAttribute('href'));
        const oldStyle = await style();
        release.deploy('release 2');
        await pressUpdateNow(app);
        const newStyle = await style();
        assert.notEqual(newStyle, oldStyle, 'the page runs the new version');
        assert.match(await app.evaluate(async (href) => (await fetch(href)).text(), newStyle), /release 2/);
        assert.deepEqual(await historyNotes(app), [NOTE]);
        assert.deepEqual(app.problems, []);
      });

      test('with the server stopped, a reload starts the app from the service worker with the data', async () => {
        await controlled(app);
        await site.stop();
        site = null;
        await app.reload();
        assert.deepEqual(await historyNotes(app), [NOTE]);
        assert.deepEqual(app.problems, []);
      });
    });
  });
}
