// The page side of src/platform/web/update (see update.hpp): the app's view of web/sw-glue.js, which
// registers the service worker and notices a new version waiting (window.strideUpdate).
mergeInto(LibraryManager.library, {
  stride_update_js_install: function (owner) {
    /* sw-glue.js calls this when a new version is ready, so an idle app draws its banner now. */
    window.strideUpdateNoticed = function () { ccall('stride_update_noticed', null, ['number'], [owner]); };
  },
  stride_update_js_ready: function () {
    return window.strideUpdate && window.strideUpdate.ready() ? 1 : 0;
  },
  stride_update_js_apply: function () {
    return window.strideUpdate && window.strideUpdate.apply() ? 1 : 0;
  },
});
