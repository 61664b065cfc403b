// Shared set-up for the browser tests: serve the built app with serve.py on a free port, drive Debian's
// Chromium with playwright-core, and find what the app drew through its probe (window.strideProbe, see
// src/ui/probe.hpp). Tests act only with real mouse, touch and keyboard input at the probed rectangles.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const artifacts = join(here, 'artifacts');

// Flags that give a working headless WebGL2 (SwiftShader) and no outside network chatter.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

// Starts `python3 serve.py --port 0 [args]` and resolves with { url, stop } (e.g. args ['--base', '/app/']).
// STRIDE_DIST=folder serves an already built release folder instead of building build/web (serve.py --root).
export function startServer(args = []) {
  const dist = process.env.STRIDE_DIST && !args.includes('--root') ? ['--root', process.env.STRIDE_DIST] : [];
  return new Promise((resolve, reject) => {
    const server = spawn('python3', ['serve.py', '--port', '0', ...dist, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/\S+\//);
      if (match) {
        resolve({
          url: match[0],
          stop: () => new Promise((done) => { server.once('exit', done); server.kill('SIGTERM'); }),
        });
      }
    });
    server.once('exit', (code) => reject(new Error(`serve.py exited (${code}) before serving:\n${output}`)));
  });
}

// For a test file: serve.py and Chromium started before its tests and stopped after them. Returns
// { url, browser }, filled in once started.
export function serveApp(args = []) {
  const app = { url: null, browser: null };
  let server;
  before(async () => {
    server = await startServer(args);
    app.url = server.url;
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await server?.stop();
  });
  return app;
}

export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

// Opens the app in a fresh context and waits for its first drawn frame. page.problems collects console
// errors and uncaught page errors, which every test expects to stay empty.
export async function openApp(browser, url, device, options = {}) {
  const context = await browser.newContext({ ...device, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => { if (message.type() === 'error') page.problems.push(message.text()); });
  page.on('pageerror', (error) => page.problems.push(String(error)));
  await page.goto(url);
  await page.waitForFunction(() => window.strideProbe && window.strideProbe.frame >= 1, null, { timeout: 30000 });
  return page;
}

export function probe(page) {
  return page.evaluate(() => window.strideProbe);
}

// Waits until an item with this label (and kind, if given) is drawn, and returns it.
export async function item(page, label, kind) {
  const handle = await page.waitForFunction(([l, k]) => {
    const p = window.strideProbe;
    return p && p.items.find((i) => i.label === l && (!k || i.kind === k));
  }, [label, kind], { timeout: 10000 });
  return handle.jsonValue();
}

// Waits until a static text starting with `prefix` reads exactly `expected`; returns what it last read.
export async function waitForText(page, prefix, expected, timeout = 5000) {
  try {
    await page.waitForFunction(([p, e]) => window.strideProbe.items.some((i) => i.kind === 'text' && i.label === e && i.label.startsWith(p)),
      [prefix, expected], { timeout });
  } catch { /* fall through: the caller's assertion shows what was there */ }
  return page.evaluate((p) => (window.strideProbe.items.find((i) => i.kind === 'text' && i.label.startsWith(p)) || {}).label, prefix);
}

export function centre(rect) {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

// Resolves once the app has drawn a frame newer than `after`.
export async function nextFrame(page, after) {
  await page.waitForFunction((n) => window.strideProbe.frame > n, after, { timeout: 5000 });
}

export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  const path = join(artifacts, name);
  const png = await page.screenshot({ path });
  return { path, png };
}

// Decodes a PNG in the browser and measures it: share of pixels that differ from the top-left corner
// (the background) and how many distinct colours appear. A blank or single-colour canvas scores ~0.
export async function measurePng(page, png) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + base64;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    let different = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 24) different++;
      if (colours.size < 5000) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    }
    return { width: image.width, height: image.height, inked: different / (data.length / 4), colours: colours.size };
  }, png.toString('base64'));
}

// The colour [r, g, b] of the page at CSS pixel (x, y), as a screenshot shows it.
export async function pixel(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + base64;
    await image.decode();
    const context = new OffscreenCanvas(1, 1).getContext('2d');
    context.drawImage(image, 0, 0);
    return Array.from(context.getImageData(0, 0, 1, 1).data.slice(0, 3));
  }, png.toString('base64'));
}
