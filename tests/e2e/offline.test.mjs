// Offline and installable, in Chromium, with the release folder served under a sub-path (/app/) as a static
// host would: the service worker makes the app open and work with no network after one visit, the page
// asks for nothing outside its own folder, and a new version deployed while a tab is open is offered as
// "update now" and taken without losing data.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  DESKTOP, DIST, LABELS, centre, PLAN_V1, PLAN_V1_TODAY, assertAllLocal, ensureBuilt, exportPlan, importPlan, launchBrowser,
  logRun, openApp, planWithoutIds, recordRequests, root, saved, startServer, staticServer,
} from './driver/index.mjs';

// What the web build packages (src/app/CMakeLists.txt), next to the release folder.
const STAGING = join(DIST, '..', 'staging');
let browser;
const requests = [];

before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  assertAllLocal(requests);
});

async function open(url) {
  const app = await openApp(browser, `${url}?today=${PLAN_V1_TODAY}`, DESKTOP, { downloads: true });
  requests.push(...recordRequests(app.profile));
  return app;
}

// Resolves once this build's service worker controls the page (it claims the page when it activates).
function controlled(app) {
  return app.waitUntil(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
}

describe('served under /app/', () => {
  let server;
  before(async () => { server = await startServer(['--base', '/app/']); });
  after(async () => { await server?.stop(); });

  test('the app loads, is installable, and after one visit every file comes from the service worker', async () => {
    assert.match(server.url, /\/app\/$/);
    const app = await open(server.url);
    await app.reveal(LABELS.welcome);
    const paths = recordRequests(app.profile);
    await controlled(app);

    const manifest = await app.evaluate(async () => {
      const link = document.querySelector('link[rel=manifest]');
      const data = await (await fetch(link.href)).json();
      const icons = await Promise.all(data.icons.map(async (icon) => {
        const response = await fetch(new URL(icon.src, link.href));
        return { sizes: icon.sizes, purpose: icon.purpose, ok: response.ok, type: response.headers.get('content-type') };
      }));
      return { name: data.name, display: data.display, start: data.start_url, theme: data.theme_color, icons };
    });
    assert.equal(manifest.name, 'Stride Back');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start, './');
    assert.ok(manifest.theme);
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'));
    for (const icon of manifest.icons) assert.ok(icon.ok && icon.type === 'image/png', JSON.stringify(icon));

    const csp = await app.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /https?:/, 'no third-party origin');

    // Chromium only: Playwright tells which responses the service worker gave.
    const responses = [];
    app.tab.native.on('response', (response) => responses.push(response));
    await app.reload();
    assert.ok(responses.length >= 5, `${responses.length} responses`);
    for (const response of responses) {
      assert.ok(response.fromServiceWorker(), `${response.url()} came from the service worker`);
    }
    for (const url of paths) assert.ok(new URL(url).pathname.startsWith('/app/'), `${url} stays inside the app's folder`);
    assert.deepEqual(app.problems, []);
    await app.close();
  });

  test('offline: the app starts, logging works and the data persists', async () => {
    const app = await open(server.url);
    await controlled(app);
    await importPlan(app, PLAN_V1, 'plan.json');
    await app.profile.setOffline(true);
    await app.reload();
    await app.reveal(LABELS.todayTab);

    await logRun(app, 'Logged at the track with no signal', 12);
    await saved(app);
    await app.reload();
    const runs = JSON.parse((await exportPlan(app)).text).plan.runs;
    assert.ok(runs.some((r) => r.note === 'Logged at the track with no signal' && r.minutes === 12),
      'the run logged offline is there after an offline reload');
    assert.equal(runs.length, JSON.parse(PLAN_V1).plan.runs.length + 1);
    assert.deepEqual(app.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
    await app.close();
  });
});

describe('first visit', () => {
  let server;
  before(async () => {
    await ensureBuilt();
    server = await staticServer(DIST); // it counts every file it sends in full, which serve.py does not report
  });
  after(async () => { await server?.stop(); });

  test('every file is sent once: the preloads are used and the service worker reuses what the page fetched', async () => {
    const app = await openApp(browser, server.url, DESKTOP); // no query: the worker caches the page as './'
    requests.push(...recordRequests(app.profile));
    await app.reveal(LABELS.welcome);
    await controlled(app);
    const sent = {};
    for (const { path, status } of server.served) if (status === 200) sent[path] = (sent[path] || 0) + 1;
    assert.ok(Object.keys(sent).some((path) => path.endsWith('.wasm')), JSON.stringify(sent));
    for (const [path, times] of Object.entries(sent)) assert.equal(times, 1, `${path} sent ${times} times`);
    assert.deepEqual(app.problems, []);
    await app.close();
  });
});

describe('updates', () => {
  let work;
  let server;
  const served = () => join(work, 'served');
  const packageRelease = () => execFileSync('python3', [join(root, 'scripts', 'package_web.py'),
    join(work, 'staging'), join(root, 'assets', 'icon.svg'), served()], { stdio: 'pipe' });
  const style = (app) => app.evaluate(() => document.querySelector('link[rel=stylesheet]').getAttribute('href'));

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'stride-release-'));
    cpSync(STAGING, join(work, 'staging'), { recursive: true });
    packageRelease();
    server = await startServer(['--base', '/app/', '--root', served()]);
  });
  after(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('a new version deployed while the app is open: "update now" reloads into it with all data kept', async () => {
    const app = await open(server.url);
    await controlled(app);
    await importPlan(app, PLAN_V1, 'plan.json');
    const before = (await exportPlan(app)).text;
    const oldStyle = await style(app);
    const oldWorker = readFileSync(join(served(), 'sw.js'), 'utf8');

    // Deploy: a changed file in the build, packaged again into the folder being served.
    appendFileSync(join(work, 'staging', 'style.css'), '\n/* release 2 */\n');
    packageRelease();
    assert.notEqual(readFileSync(join(served(), 'sw.js'), 'utf8'), oldWorker, 'the new build has a new worker');

    await app.evaluate(() => window.strideUpdate.check()); // as a visit or coming back to the tab does
    await app.evaluate(() => { window.beforeUpdate = true; });
    // Pressed without waiting for the frames after it: the page reloads into the new version.
    const update = await app.reveal({ label: LABELS.updateNow, kind: 'button' });
    await app.tab.click(centre(update).x, centre(update).y);
    await app.waitUntil(() => window.beforeUpdate === undefined, null, { timeout: 30000 });
    await app.waitForStart();

    const newStyle = await style(app);
    assert.notEqual(newStyle, oldStyle, 'the page now runs the new version');
    const css = await app.evaluate(async (href) => (await fetch(href)).text(), newStyle);
    assert.match(css, /release 2/);
    assert.deepEqual(planWithoutIds((await exportPlan(app)).text), planWithoutIds(before), 'every entry kept');
    const caches = await app.evaluate(() => window.caches.keys());
    assert.equal(caches.filter((name) => name.startsWith('stride-back-')).length, 1, 'the old version\'s cache is gone');
    assert.deepEqual(app.problems, []);
    await app.close();
  });
});
