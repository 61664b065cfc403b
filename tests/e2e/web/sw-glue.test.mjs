// web/sw-glue.js run in a scripted page (node:vm) whose service worker container delivers events in the
// orders real engines do: Chromium's first visit (installed, then the controller from clients.claim()),
// Firefox's on a busy page (the controllerchange first, issue 12), an update, and an update accepted after
// its worker already took over. The page's script is the file the app serves, unchanged.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import vm from 'node:vm';
import { root } from '../driver/index.mjs';

const GLUE = readFileSync(join(root, 'web', 'sw-glue.js'), 'utf8');

class Events {
  constructor() { this.listeners = {}; }
  addEventListener(type, fn) { (this.listeners[type] ??= []).push(fn); }
  fire(type) { for (const fn of this.listeners[type] ?? []) fn({ type }); }
}

class Worker extends Events {
  constructor(state) { super(); this.state = state; this.messages = []; }
  postMessage(message) { this.messages.push(message); }
  become(state) { this.state = state; this.fire('statechange'); }
}

// A page with the glue loaded and its 'load' fired; `controller` is the worker serving it (null: first visit).
async function page({ controller = null, waiting = null } = {}) {
  const container = new Events();
  container.controller = controller;
  const registration = new Events();
  registration.waiting = waiting;
  registration.installing = null;
  registration.update = () => Promise.resolve();
  container.register = () => Promise.resolve(registration);
  const window = new Events();
  const seen = { noticed: 0, reloads: 0 };
  window.strideUpdateNoticed = () => { seen.noticed++; };
  const document = new Events();
  document.visibilityState = 'visible';
  vm.runInNewContext(GLUE, {
    window, document, navigator: { serviceWorker: container }, location: { reload: () => { seen.reloads++; } },
    console,
  });
  window.fire('load');
  await new Promise((resolve) => setImmediate(resolve)); // register()'s promise
  const install = () => {
    const worker = new Worker('installing');
    registration.installing = worker;
    registration.fire('updatefound');
    return worker;
  };
  const takeControl = (worker) => { container.controller = worker; container.fire('controllerchange'); };
  return { update: window.strideUpdate, seen, install, takeControl };
}

describe('the update prompt (web/sw-glue.js)', () => {
  test('a first visit never offers an update, in the order Chromium delivers the events', async () => {
    const p = await page();
    const worker = p.install();
    worker.become('installed');
    worker.become('activating');
    p.takeControl(worker);
    worker.become('activated');
    assert.equal(p.update.ready(), false);
    assert.equal(p.seen.noticed, 0);
  });

  test('a first visit never offers an update when the controller arrives before "installed" (Firefox, busy page)', async () => {
    const p = await page();
    const worker = p.install();
    // The worker has run through install and activate; the page, busy, hears of claim() first.
    p.takeControl(worker);
    worker.become('installed');
    assert.equal(p.update.ready(), false, 'the installed worker already controls the page: no update');
    worker.become('activating');
    worker.become('activated');
    assert.equal(p.update.ready(), false);
    assert.equal(p.seen.noticed, 0);
    assert.equal(p.update.apply(), false, 'nothing to apply');
  });

  test('a new version waiting while an older one serves the page is offered, and accepting it reloads once', async () => {
    const older = new Worker('activated');
    const p = await page({ controller: older });
    const worker = p.install();
    worker.become('installed');
    assert.equal(p.update.ready(), true);
    assert.equal(p.seen.noticed, 1, 'the app is woken to show the prompt');
    assert.equal(p.update.apply(), true);
    assert.deepEqual(worker.messages.map((m) => m.type), ['skip-waiting']);
    assert.equal(p.seen.reloads, 0, 'no reload before the new version serves the page');
    worker.become('activating');
    p.takeControl(worker);
    worker.become('activated');
    assert.equal(p.seen.reloads, 1, 'one reload into the new version');
  });

  test('a version already waiting at load is offered', async () => {
    const p = await page({ controller: new Worker('activated'), waiting: new Worker('installed') });
    assert.equal(p.update.ready(), true);
    assert.equal(p.seen.noticed, 1);
  });

  test('an update accepted after its worker already took over (another tab accepted it) completes at once', async () => {
    const p = await page({ controller: new Worker('activated') });
    const worker = p.install();
    worker.become('installed');
    assert.equal(p.update.ready(), true);
    // Another tab's skip-waiting: the worker activates and claims this page before the runner taps here.
    worker.become('activating');
    p.takeControl(worker);
    worker.become('activated');
    assert.equal(p.update.ready(), false, 'no longer waiting: the prompt goes');
    assert.equal(p.update.apply(), true, 'a tap already on its way is still answered');
    assert.equal(p.seen.reloads, 1, 'the reload does not wait for a controllerchange that has passed');
    assert.equal(worker.messages.length, 0, 'nothing is sent to a worker that is already active');
  });
});
