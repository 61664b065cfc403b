// The page side of src/platform/web/desk_store: the physio desk in one localStorage entry of its own.
// Linked with --js-library. Strings go back to C++ in memory it frees.
mergeInto(LibraryManager.library, {
  $strideDeskText: function (text) {
    var size = lengthBytesUTF8(text) + 1;
    var memory = _malloc(size);
    stringToUTF8(text, memory, size);
    return memory;
  },
  stride_desk_js_read__deps: ['$strideDeskText', 'malloc'],
  stride_desk_js_read: function () {
    try {
      var text = localStorage.getItem('stride-back-physio-desk');
      return text === null ? 0 : strideDeskText(text);
    } catch (error) {
      return 0; /* localStorage refused (private mode): an empty desk */
    }
  },
  stride_desk_js_write__deps: ['$strideDeskText', 'malloc'],
  stride_desk_js_write: function (text) {
    try {
      localStorage.setItem('stride-back-physio-desk', UTF8ToString(text));
      return strideDeskText('');
    } catch (error) {
      return strideDeskText(error && error.name === 'QuotaExceededError' ? "the browser's storage for this site is full"
                                                                        : 'the browser refused (' + (error && error.name || 'unknown error') + ')');
    }
  },
});
