// Offline and installable, in Chromium, with the release folder served under a sub-path (/app/) as a static
// host would: the service worker makes the app open and work with no network after one visit, the page
// asks for nothing outside its own folder, and a new version deployed while a tab is open is offered as
// "update now" and taken without losing data.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DESKTOP, launchBrowser, openApp, root, startServer } from './harness.mjs';
import {
  FIXTURE, FIXTURE_TODAY, LABELS, assertAllLocal, exportPlan, importPlan, planWithoutIds, press, recordRequests,
  reveal, saved,
} from './sharing-helpers.mjs';
import { typeInto } from './ui/drive.mjs';

// What the web build packages (src/app/CMakeLists.txt); next to the release folder STRIDE_DIST names, if set.
const DIST = process.env.STRIDE_DIST || join(root, 'build', 'web', 'dist');
const STAGING = join(DIST, '..', 'staging');
let browser;
const requests = [];

before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  assertAllLocal(requests);
});

async function open(url) {
  const page = await openApp(browser, `${url}?today=${FIXTURE_TODAY}`, DESKTOP, { acceptDownloads: true });
  requests.push(...recordRequests(page.context()));
  return page;
}

// Resolves once this build's service worker controls the page (it claims the page when it activates).
function controlled(page) {
  return page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
}

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.strideProbe && window.strideProbe.frame >= 1, null, { timeout: 30000 });
}

describe('served under /app/', () => {
  let server;
  before(async () => { server = await startServer(['--base', '/app/']); });
  after(async () => { await server?.stop(); });

  test('the app loads, is installable, and after one visit every file comes from the service worker', async () => {
    assert.match(server.url, /\/app\/$/);
    const page = await open(server.url);
    await reveal(page, { label: 'Welcome to Stride Back' });
    const paths = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await controlled(page);

    const manifest = await page.evaluate(async () => {
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

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /https?:/, 'no third-party origin');

    const responses = [];
    page.on('response', (response) => responses.push(response));
    await reload(page);
    assert.ok(responses.length >= 5, `${responses.length} responses`);
    for (const response of responses) {
      assert.ok(response.fromServiceWorker(), `${response.url()} came from the service worker`);
    }
    for (const path of paths) assert.ok(path.startsWith('/app/'), `${path} stays inside the app's folder`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('offline: the app starts, logging works and the data persists', async () => {
    const page = await open(server.url);
    await controlled(page);
    await importPlan(page, FIXTURE, 'plan.json');
    await page.context().setOffline(true);
    await reload(page);
    await reveal(page, { label: LABELS.todayTab });

    await press(page, 'Tab: Log');
    await typeInto(page, 'Minutes', '12');
    await press(page, 'Worst pain during: 1');
    await typeInto(page, 'Note', 'Logged at the track with no signal');
    await press(page, 'Save run', 'button');
    await saved(page);
    await reload(page);
    const runs = JSON.parse((await exportPlan(page)).text).plan.runs;
    assert.ok(runs.some((r) => r.note === 'Logged at the track with no signal' && r.minutes === 12),
      'the run logged offline is there after an offline reload');
    assert.equal(runs.length, JSON.parse(FIXTURE).plan.runs.length + 1);
    assert.deepEqual(page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
    await page.context().close();
  });
});

// Serves the release folder as serve.py does (no-cache, with an ETag to revalidate) and counts every file it
// sends in full, which serve.py does not report.
function countingServer(dir) {
  const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
    '.otf': 'font/otf', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
  const sent = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const etag = `"${statSync(file).mtimeMs}"`;
    const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', etag };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    sent.set(path, (sent.get(path) || 0) + 1);
    response.writeHead(200, headers).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({
    url: `http://127.0.0.1:${server.address().port}/`, sent, stop: () => new Promise((r) => server.close(r)),
  })));
}

describe('first visit', () => {
  let server;
  before(async () => {
    if (!process.env.STRIDE_DIST) await (await startServer()).stop(); // serve.py builds build/web if needed
    server = await countingServer(DIST);
  });
  after(async () => { await server?.stop(); });

  test('every file is sent once: the preloads are used and the service worker reuses what the page fetched', async () => {
    const page = await openApp(browser, server.url, DESKTOP); // no query: the worker caches the page as './'
    requests.push(...recordRequests(page.context()));
    await reveal(page, { label: 'Welcome to Stride Back' });
    await controlled(page);
    const sent = Object.fromEntries(server.sent);
    assert.ok(Object.keys(sent).some((path) => path.endsWith('.wasm')), JSON.stringify(sent));
    for (const [path, times] of Object.entries(sent)) assert.equal(times, 1, `${path} sent ${times} times`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('updates', () => {
  let work;
  let server;
  const served = () => join(work, 'served');
  const packageRelease = () => execFileSync('python3', [join(root, 'scripts', 'package_web.py'),
    join(work, 'staging'), join(root, 'assets', 'icon.svg'), served()], { stdio: 'pipe' });

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
    const page = await open(server.url);
    await controlled(page);
    await importPlan(page, FIXTURE, 'plan.json');
    const before = (await exportPlan(page)).text;
    const oldStyle = await page.locator('link[rel=stylesheet]').getAttribute('href');
    const oldWorker = readFileSync(join(served(), 'sw.js'), 'utf8');

    // Deploy: a changed file in the build, packaged again into the folder being served.
    appendFileSync(join(work, 'staging', 'style.css'), '\n/* release 2 */\n');
    packageRelease();
    assert.notEqual(readFileSync(join(served(), 'sw.js'), 'utf8'), oldWorker, 'the new build has a new worker');

    await page.evaluate(() => window.strideUpdate.check()); // as a visit or coming back to the tab does
    await page.evaluate(() => { window.beforeUpdate = true; });
    await press(page, LABELS.updateNow, 'button');
    await page.waitForFunction(() => window.beforeUpdate === undefined && window.strideProbe && window.strideProbe.frame >= 1,
      null, { timeout: 30000 });

    const newStyle = await page.locator('link[rel=stylesheet]').getAttribute('href');
    assert.notEqual(newStyle, oldStyle, 'the page now runs the new version');
    const css = await page.evaluate(async (href) => (await fetch(href)).text(), newStyle);
    assert.match(css, /release 2/);
    assert.deepEqual(planWithoutIds((await exportPlan(page)).text), planWithoutIds(before), 'every entry kept');
    const caches = await page.evaluate(() => window.caches.keys());
    assert.equal(caches.filter((name) => name.startsWith('stride-back-')).length, 1, 'the old version\'s cache is gone');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
