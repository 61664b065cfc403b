// Starts Stride Back: checks the browser can run it, then loads the WebAssembly module (stride.js +
// stride.wasm) and, at the same time, the fonts and the stored plan that main() needs. Anything that goes
// wrong ends as a readable message, never a blank page.
(function () {
  'use strict';
  var FONTS = ['inter-regular.otf', 'inter-semibold.otf']; // order matches WebPlatform::page_font
  var status = document.getElementById('status');
  var statusText = document.getElementById('status-text');
  var failed = false;

  function showError(message) {
    if (failed) return; // the first failure is the one worth reading
    failed = true;
    document.body.classList.add('failed');
    statusText.textContent = message;
    status.hidden = false;
  }
  window.strideShowError = showError;

  var RELOAD = ' Reload the page to try again.';
  window.addEventListener('error', function (event) {
    showError('Stride Back stopped: ' + (event.message || 'an unexpected error') + '.' + RELOAD);
  });
  window.addEventListener('unhandledrejection', function (event) {
    showError('Stride Back stopped: ' + (event.reason && event.reason.message || event.reason) + '.' + RELOAD);
  });

  if (typeof WebAssembly !== 'object') {
    showError('This browser cannot run Stride Back because it does not support WebAssembly. ' +
              'Try an up-to-date Chrome, Firefox or Safari.');
    return;
  }
  var test = document.createElement('canvas').getContext('webgl2');
  if (!test) {
    showError('This browser cannot show Stride Back because WebGL 2 is not available. ' +
              'Try an up-to-date Chrome, Firefox or Safari, with hardware acceleration turned on.');
    return;
  }
  var lose = test.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext(); // free the test context: browsers allow only a few at once

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
  var loadFailed = function () {
    showError('Stride Back could not be loaded. Check your connection and reload the page.');
  };
  var Module = window.Module = {
    canvas: document.getElementById('canvas'),
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onRuntimeInitialized: function () { status.hidden = true; },
    onAbort: function (reason) { showError('Stride Back stopped unexpectedly (' + reason + ').' + RELOAD); },
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
