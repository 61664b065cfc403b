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

  function ready() { return waiting !== null; }

  function noticed(worker) {
    waiting = worker;
    if (window.strideUpdateNoticed) window.strideUpdateNoticed(); // wakes an idle app (src/platform/web/update.js)
  }

  function apply() {
    if (!waiting) return false;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (reloading) return;
      reloading = true;
      location.reload();
    });
    waiting.postMessage({ type: 'skip-waiting' });
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
    // A waiting worker is an update only when an older one already controls the page (not the first visit).
    if (reg.waiting && navigator.serviceWorker.controller) noticed(reg.waiting);
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) noticed(worker);
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
