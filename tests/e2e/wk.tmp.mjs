import { spawn } from 'node:child_process';
import { DIST, staticServer } from './driver/index.mjs';
import { acquireDisplay, releaseDisplay } from './driver/xvfb.mjs';
const server = await staticServer(DIST);
const display = await acquireDisplay();
const b = spawn('/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', [process.env.MODE || '--private', server.url], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 25000));
b.kill('SIGTERM');
const sent = {};
for (const { path, status } of server.served) { const k = `${path} ${status}`; sent[k] = (sent[k] || 0) + 1; }
console.log(JSON.stringify(sent, null, 1));
await releaseDisplay(); await server.stop();
