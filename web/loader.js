// Starts Stride Back: checks the browser can run it, then loads the WebAssembly module (stride.js +
// stride.wasm) and, at the same time, the fonts and the stored plan that main() needs. Anything that goes
// wrong ends as a readable message, never a blank page.
(function () {
  'use strict';
  var FONTS = ['inter-regular.otf', 'inter-semibold.otf']; // order matches WebPlatform::page_font
  var status = document.getElementById('status');
  var statusText = document.getElementById('status-text');
  var failed = false;

  var started = false; // the module's runtime is up: a failure from now on stops a running app

  // The words for the runner first; the technical detail (for a bug report) below them, smaller.
  function showError(message, detail) {
    if (failed) return; // the first failure is the one worth reading
    failed = true;
    document.body.classList.add('failed');
    statusText.textContent = message;
    if (detail) {
      var more = document.createElement('p');
      more.id = 'status-detail';
      more.textContent = 'Details: ' + detail;
      status.appendChild(more);
    }
    status.hidden = false;
  }
  window.strideShowError = showError;

  // The phone keyboard shrinks the canvas (Chromium, Gecko) instead of covering the field being typed into.
  // Not in WebKit, which does not know the key and logs an error for it (index.html).
  if (navigator.vendor !== 'Apple Computer, Inc.') {
    var viewport = document.querySelector('meta[name=viewport]');
    viewport.content += ', interactive-widget=resizes-content';
  }

  var RELOAD = ' Reload the page to try again.';
  function stopped(detail) {
    showError(started ? 'Stride Back stopped unexpectedly.' + RELOAD
                      : 'Stride Back could not start. Check your connection and reload the page.', detail);
  }
  window.addEventListener('error', function (event) { stopped(event.message || 'an unexpected error'); });
  window.addEventListener('unhandledrejection', function (event) {
    stopped(String(event.reason && event.reason.message || event.reason));
  });

  if (typeof WebAssembly !== 'object') {
    showError('This browser cannot run Stride Back because it does not support WebAssembly. ' +
              'Try an up-to-date Chrome, Firefox or Safari.');
    return;
  }
  // A browser without WebGL 2 at all is told here, before the module downloads. Not by opening a test
  // context: that costs as much as the app's own (a tenth of a second in SwiftShader), and a browser that
  // has WebGL 2 but cannot start it (switched off, blocklisted driver) is told by the app when its own
  // context fails (WebPlatform, "could not start WebGL 2").
  if (typeof WebGL2RenderingContext !== 'function') {
    showError('This browser cannot show Stride Back because WebGL 2 is not available. ' +
              'Try an up-to-date Chrome, Firefox or Safari, with hardware acceleration turned on.');
    return;
  }

  function fetchBytes(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ': ' + response.status);
      return response.arrayBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  }

  // Every stored generation is read before the module starts, so nothing can be written before the first
  // load has finished and the app opens its plan synchronously (docs/storage.md). Never rejects.
  function preloadStorage() {
    if (typeof StrideStorage !== 'object') {
      return Promise.resolve({ ok: false, name: 'Unavailable', records: [], persisted: false }); // the app words it
    }
    return StrideStorage.preload();
  }

  // stride.js and stride.wasm (preloaded by index.html) download and compile while the fonts and the stored
  // plan load; main() waits for both through an Emscripten run dependency, so it still finds them in place.
  var pageData = Promise.all([Promise.all(FONTS.map(fetchBytes)), preloadStorage()]);
  var loadFailed = function (error) { stopped(error && error.message || 'stride.js did not load'); };
  var Module = window.Module = {
    canvas: document.getElementById('canvas'),
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onRuntimeInitialized: function () { started = true; status.hidden = true; },
    onAbort: function (reason) { stopped(String(reason)); },
    preRun: [function () {
      Module.addRunDependency('stride-page-data');
      pageData.then(function (loaded) {
        Module.strideFonts = loaded[0];
        Module.strideStorageStart = loaded[1];
        Module.removeRunDependency('stride-page-data');
      }, loadFailed);
    }],
  };
  var script = document.createElement('script');
  script.src = 'stride.js';
  script.onerror = loadFailed;
  document.body.appendChild(script);
})();
