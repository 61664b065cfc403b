// A virtual X display for the engines that draw WebGL only with a window (Firefox, WebKitGTK): one Xvfb per
// test process, started on first use and stopped when the last browser using it closes.
import { spawn } from 'node:child_process';

let display = null; // { name, process, users }

// Resolves with the DISPLAY name (":N") of a running Xvfb; -displayfd lets Xvfb pick a free display number.
export async function acquireDisplay() {
  if (!display) {
    const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '3200x4000x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const name = await new Promise((resolve, reject) => {
      let out = '';
      let err = '';
      server.stderr.on('data', (chunk) => { err += chunk; });
      server.stdio[3].on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      server.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready:\n${err}`)));
    });
    display = { name, process: server, users: 0 };
    process.once('exit', () => server.kill('SIGTERM')); // a test process that fails without closing its browser
  }
  display.users++;
  return display.name;
}

// The caller no longer draws on the display; the last one stops Xvfb.
export async function releaseDisplay() {
  if (!display || --display.users > 0) return;
  const { process: server } = display;
  display = null;
  await new Promise((done) => { server.once('exit', done); server.kill('SIGTERM'); });
}
