// Registers the service worker (sw.js: the app works offline after one visit) and notices when a new
// version has been downloaded and waits. The app asks window.strideUpdate.ready() each frame and shows
// "update now"; apply() lets the waiting version take over and the page reloads into it once it controls
// the page. The app flushes its storage before calling apply() (src/runtime/sharing.cpp).
//
// Service workers need a secure context (HTTPS, or http://localhost / 127.0.0.1): elsewhere the app still
// runs, only not offline (docs/publishing.md).
(function () {
  'use strict';
  var waiting = null;
  var registration = null;
  var reloading = false;

  // Still waiting: a worker that has since become active or redundant is no update to offer.
  function ready() { return waiting !== null && waiting.state === 'installed'; }

  // An installed worker is an update only while another, older worker controls the page. Firefox can deliver
  // the first visit's controllerchange (from clients.claim() in sw.js) before the worker's 'installed'
  // statechange when the page is busy: the controller then exists but is this very worker, which is active,
  // not waiting (tests/e2e/web/sw-glue.test.mjs plays both orders).
  function isUpdate(worker) {
    var controller = navigator.serviceWorker.controller;
    return worker.state === 'installed' && controller !== null && controller !== worker;
  }

  function noticed(worker) {
    if (!isUpdate(worker)) return;
    waiting = worker;
    if (window.strideUpdateNoticed) window.strideUpdateNoticed(); // wakes an idle app (src/platform/web/update.js)
  }

  function reload() {
    if (reloading) return;
    reloading = true;
    location.reload();
  }

  // Reloads once the new version controls the page: on its controllerchange, or at once when it already does
  // (the change came before this call), so an accepted update never waits for an event that has passed.
  function apply() {
    if (!waiting) return false;
    var worker = waiting;
    navigator.serviceWorker.addEventListener('controllerchange', reload);
    worker.addEventListener('statechange', function () {
      if (worker.state === 'activated' && navigator.serviceWorker.controller === worker) reload();
    });
    if (worker.state !== 'installed') {
      reload(); // already active (or replaced): a reload opens whatever version now serves the page
      return true;
    }
    worker.postMessage({ type: 'skip-waiting' });
    return true;
  }

  // Looks for a new version now (also done by the browser on every visit and below when the page is shown).
  function check() {
    return registration ? registration.update().catch(function () {}) : Promise.resolve();
  }

  window.strideUpdate = { ready: ready, apply: apply, check: check };
  if (!('serviceWorker' in navigator)) return;

  function watch(reg) {
    registration = reg;
    if (reg.waiting) noticed(reg.waiting);
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed') noticed(worker);
      });
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') check();
    });
  }

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js', { scope: './' }).then(watch, function (error) {
      // Not fatal: the app runs, it just will not open without a network. Said once in the console.
      console.warn('Stride Back works online only here: the service worker did not register (' + error.message + ').');
    });
  });
})();
