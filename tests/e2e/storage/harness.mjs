// Serves web/storage.js on a tiny page and opens it in Debian's Chromium with a user data folder that
// survives relaunching the browser (so "closed and reopened" is real, not a new profile).
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const storageJs = new URL('../../../web/storage.js', import.meta.url);

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

const PAGE = '<!doctype html><meta charset="utf-8"><title>storage test</title><script src="/storage.js"></script>';

export async function serveStoragePage() {
  const script = await readFile(storageJs);
  const server = createServer((request, response) => {
    if (request.url === '/storage.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(PAGE);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

// One browser profile; launch() may be called again after close() to reopen the same profile.
export async function browserProfile() {
  const dir = await mkdtemp(join(tmpdir(), 'stride-storage-'));
  let context = null;
  return {
    // `options`: more launchPersistentContext options, e.g. a viewport.
    async launch(options = {}) {
      context = await chromium.launchPersistentContext(dir, {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
        ...options,
      });
      return context;
    },
    async close() {
      if (context) await context.close();
      context = null;
    },
    async remove() {
      await this.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function openPage(context, url) {
  const page = await context.newPage();
  page.on('pageerror', (error) => { throw error; });
  await page.goto(url);
  return page;
}

// Runs in the page: bytes cross the protocol as plain arrays.
export function preload(page) {
  return page.evaluate(async () => {
    const result = await StrideStorage.preload();
    return { ...result, records: result.records.map((r) => ({ generation: r.generation, bytes: Array.from(r.bytes) })) };
  });
}

export function write(page, generation, bytes, expectedNewest) {
  return page.evaluate(
    ([g, b, e]) => StrideStorage.write({ generation: g, bytes: new Uint8Array(b), expectedNewest: e }),
    [generation, bytes, expectedNewest],
  );
}

export function bytesOf(text) {
  return Array.from(new TextEncoder().encode(text));
}
