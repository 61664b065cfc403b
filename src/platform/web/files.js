// The page side of src/platform/web/files (see files.hpp). Linked with --js-library. Files the runner
// opens (file picker or drag-and-drop) are read here and handed to C++ in two steps: stride_files_opened()
// tells the size, then C++ copies the bytes with stride_files_js_take() into memory it owns. Sharing
// answers come back through stride_files_shared().
mergeInto(LibraryManager.library, {
  stride_files_js_install: function (owner, maxBytes, maxPageBytes) {
    var pending = null; /* bytes of the file being handed over */
    Module['strideFileTake'] = function (destination) {
      if (pending) HEAPU8.set(pending, destination);
      pending = null;
    };
    function refuse(name, message) {
      ccall('stride_files_refused', null, ['number', 'string', 'string'], [owner, name, message]);
    }
    /* The runner's import takes one file at a time: several are refused unread. The physio desk takes
       several (Module.strideSeveralFiles, set by stride_files_js_several), each read and handed over on its
       own. A folder or a huge file is refused unread either way. */
    Module['strideSeveralFiles'] = false;
    Module['strideOpenFiles'] = function (files) {
      if (!files || files.length === 0) return;
      if (files.length > 1 && !Module['strideSeveralFiles']) { refuse('', 'Drop one plan file at a time.'); return; }
      Array.prototype.forEach.call(files, openFile);
    };
    function openFile(file) {
      /* A page (the report holding a plan: '<' first, after a byte-order mark and white space, as
         core/plan_file/plan_in_html.hpp reads it) may be bigger than a plan file; the first bytes tell. */
      file.slice(0, 1024).text().then(function (start) {
        if (file.size > (/^\uFEFF?\s*</.test(start) ? maxPageBytes : maxBytes)) {
          refuse(file.name, 'This file is ' + Math.round(file.size / 1048576) + ' MB, far bigger than any plan file. ' +
                 'Nothing was changed. Check you picked the Stride Back plan file or report (.json or .html).');
          return;
        }
        return file.arrayBuffer().then(function (buffer) {
          pending = new Uint8Array(buffer);
          ccall('stride_files_opened', null, ['number', 'string', 'number'], [owner, file.name, buffer.byteLength]);
        });
      }).catch(function (error) {
        refuse(file.name, 'The file could not be read (' + (error && error.name || 'unknown error') + '). Nothing was changed.');
      });
    }
    /* Drag-and-drop anywhere on the page (desktop: the physio's file from an email). */
    window.addEventListener('dragover', function (event) {
      if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }
    });
    window.addEventListener('drop', function (event) {
      if (!event.dataTransfer || event.dataTransfer.files.length === 0) return;
      event.preventDefault(); /* never let the browser open the file in place of the app */
      Module['strideOpenFiles'](event.dataTransfer.files);
    });
  },
  stride_files_js_take: function (destination) {
    Module['strideFileTake'](destination);
  },
  stride_files_js_several: function (several) {
    Module['strideSeveralFiles'] = !!several;
    var input = document.getElementById('file-input');
    if (input) input.multiple = !!several;
  },
  stride_files_js_pick: function () {
    var input = document.getElementById('file-input');
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.id = 'file-input';
      /* No accept filter: iPhone pickers grey out files it does not name (kiwix/kiwix-js#964) and a plan
         often arrives renamed; the import judges every file by its content (docs/plan-file.md). */
      input.hidden = true;
      input.multiple = !!Module['strideSeveralFiles'];
      input.addEventListener('change', function () {
        Module['strideOpenFiles'](input.files);
        input.value = ''; /* picking the same file again still fires change */
      });
      document.body.appendChild(input);
    }
    input.click();
  },
  stride_files_js_download: function (name, mime, data, size) {
    var blob = new Blob([HEAPU8.slice(data, data + size)], { type: UTF8ToString(mime) });
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  },
  stride_files_js_can_share: function (mime, name) {
    try {
      var probe = new File(['{}'], UTF8ToString(name), { type: UTF8ToString(mime) });
      return navigator.canShare && navigator.share && navigator.canShare({ files: [probe] }) ? 1 : 0;
    } catch (error) {
      return 0;
    }
  },
  /* Outcome codes for stride_files_shared: 0 shared, 1 cancelled by the runner, 2 failed (message says why). */
  stride_files_js_share: function (owner, name, mime, data, size, title) {
    var file = new File([HEAPU8.slice(data, data + size)], UTF8ToString(name), { type: UTF8ToString(mime) });
    function answer(outcome, message) {
      ccall('stride_files_shared', null, ['number', 'number', 'string'], [owner, outcome, message || '']);
    }
    /* Asked again with the real file: a browser may share some types or sizes only (Android Chrome refuses
       .json, w3c/web-share#142); the app then downloads the file instead and says where it went. */
    try {
      if (!navigator.canShare || !navigator.canShare({ files: [file] })) {
        answer(2, 'this browser cannot share this file');
        return;
      }
      navigator.share({ files: [file], title: UTF8ToString(title) }).then(function () { answer(0); }, function (error) {
        answer(error && error.name === 'AbortError' ? 1 : 2, error && error.name || 'unknown error');
      });
    } catch (error) {
      answer(2, error && error.name || 'unknown error');
    }
  },
});
