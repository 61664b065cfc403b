// The runner's core journey in every engine (issue 12): Chromium, Firefox ESR and WebKit, through the same
// driver (driver/engine.mjs), one after another in this file so their results sit side by side. What an
// engine's driver cannot do is a named skip with its reason (driver/README.md), never a step that passes
// without checking. STRIDE_ENGINES=firefox,webkit runs only those.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DESKTOP, DIST, LABELS, ensureBuilt, historyNotes, launchBrowser, logRun, onboard, openApp, pressUpdateNow, saved,
  stageRelease, startServer, staticServer,
} from './driver/index.mjs';

const ENGINES = (process.env.STRIDE_ENGINES || 'chromium,firefox,webkit').split(',');
const NOTE = 'Easy loop by the river';
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
      todo: engine === 'webkit' ? 'WebKit does not reuse the as="fetch" preloads (wasm, fonts) and its service worker fetches every file again (issue 12)' : false,
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
        // Tall enough for the whole Log form without scrolling: in WebKit, classic WebDriver's wheel actions
        // did not scroll the app once the form outgrew 800 px (not yet understood; a note on issue 12).
        app = await openApp(browser, site.url, { ...DESKTOP, height: 1300 });
      });
      after(async () => {
        await app?.close();
        await site?.stop();
        release?.remove();
      });

      test('loads with no console errors', async () => {
        await app.reveal(LABELS.welcome);
        assert.deepEqual(app.problems, []);
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
