// Serving the app to the browser: serve.py (which builds build/web first if its sources changed), or, for
// tests and benchmarks that must see every request, a small static server that logs what it sends.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './engine.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
// The release folder the tests run against: STRIDE_DIST (e.g. build/web-debug/dist), else serve.py's build.
export const DIST = process.env.STRIDE_DIST ? resolve(process.env.STRIDE_DIST) : join(root, 'build', 'web', 'dist');

// Starts `python3 serve.py --port 0 [args]` and resolves with { url, stop } (e.g. args ['--base', '/app/']).
// With STRIDE_DIST set it serves that folder as it is (serve.py --root) instead of building build/web.
export function startServer(args = []) {
  const dist = process.env.STRIDE_DIST && !args.includes('--root') ? ['--root', DIST] : [];
  return new Promise((resolveServer, reject) => {
    const server = spawn('python3', ['serve.py', '--port', '0', ...dist, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/\S+\//);
      if (match) {
        resolveServer({
          url: match[0],
          stop: () => new Promise((done) => { server.once('exit', done); server.kill('SIGTERM'); }),
        });
      }
    });
    server.once('exit', (code) => reject(new Error(`serve.py exited (${code}) before serving:\n${output}`)));
  });
}

// For a test file: serve.py and a browser started before its tests and stopped after them. Returns
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

// Builds build/web if its sources changed (as serve.py does before serving), unless STRIDE_DIST names a
// folder; for tests that serve DIST with staticServer.
export async function ensureBuilt() {
  if (!process.env.STRIDE_DIST) await (await startServer()).stop();
}

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.otf': 'font/otf', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

// Serves folder `dir` as serve.py does (no-cache, with an ETag to revalidate), plus `mounts` (URL prefix ->
// folder) and fixed `pages` (path -> { type, body }); paths matching `missing` (a RegExp) are not found.
// Every answer goes into `served` ({ path, status, bytes, file }), which serve.py does not report. Resolves
// with { url, served, stop }.
export function staticServer(dir, { mounts = {}, pages = {}, missing = null } = {}) {
  const served = [];
  const folders = [dir, ...Object.values(mounts)].map((folder) => resolve(folder));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (pages[path]) {
      response.writeHead(200, { 'content-type': pages[path].type || 'text/html', 'cache-control': 'no-cache' });
      response.end(pages[path].body);
      served.push({ path, status: 200, bytes: pages[path].body.length });
      return;
    }
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const file = resolve(prefix ? join(mounts[prefix], path.slice(prefix.length)) : join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if ((missing && missing.test(path)) || !folders.some((folder) => file.startsWith(folder)) || !existsSync(file) ||
      !statSync(file).isFile()) {
      response.writeHead(404).end();
      served.push({ path, status: 404, bytes: 0 });
      return;
    }
    const stat = statSync(file);
    const etag = `"${stat.size}-${stat.mtimeMs}"`;
    const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', etag };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      served.push({ path, status: 304, bytes: 0 });
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, headers).end(body);
    served.push({ path, status: 200, bytes: body.length, file });
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({
    url: `http://127.0.0.1:${server.address().port}/`, served, stop: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }),
  })));
}
