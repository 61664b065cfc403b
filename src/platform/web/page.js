// The page side of src/platform/web (see page.hpp). Linked with --js-library, so these functions live in
// the module scope; the page shell (web/loader.js) provides window.strideShowError and Module.strideFonts.
mergeInto(LibraryManager.library, {
  stride_page_install: function (platform) {
    var input = document.getElementById('text-input');
    /* The hidden input always holds one sentinel character, so a phone's Backspace has something to delete
       (and fires an input event) even when the app's field is empty. Each input event is diffed against
       the previous value: removed characters become Backspaces, added ones become typed text. While an
       IME composes a word the value is left alone, so autocorrect and word suggestions keep working. */
    var SENTINEL = ' ';
    var previous = SENTINEL;
    function send(inserted, deleted) {
      if (inserted || deleted) ccall('stride_page_text_input', null, ['number', 'string', 'number'], [platform, inserted, deleted]);
    }
    function reset() {
      input.value = SENTINEL;
      previous = SENTINEL;
      input.setSelectionRange(1, 1);
    }
    input.addEventListener('input', function (event) {
      var now = Array.from(input.value), before = Array.from(previous), same = 0;
      while (same < now.length && same < before.length && now[same] === before[same]) same++;
      send(now.slice(same).join(''), before.length - same);
      previous = input.value;
      if (!event.isComposing && (input.value !== SENTINEL)) reset();
    });
    input.addEventListener('compositionend', reset);
    input.addEventListener('focus', reset);
    input.addEventListener('blur', function () {
      Module['strideKeyboardField'] = null;
      Module['strideKeepFieldVisible']();
      ccall('stride_page_text_input_blurred', null, ['number'], [platform]);
    });
    /* The on-screen keyboard must never hide the field being typed into. Where the engine shrinks the page
       for it (interactive-widget=resizes-content: Chromium, Gecko) the canvas is resized and nothing more is
       needed. Where it only shrinks the visual viewport over the page (WebKit: iPhone), the canvas and the
       accessibility mirror are moved up just enough for the field to sit above the keyboard, and back down
       when it closes. Taps still land right: the app reads positions relative to the canvas's box. A visual
       viewport made smaller by pinch zoom (scale > 1) is the reader's, and is left alone. */
    var moved = ['canvas', 'mirror', 'text-input'].map(function (id) { return document.getElementById(id); });
    Module['strideKeepFieldVisible'] = function () {
      var view = window.visualViewport, field = Module['strideKeyboardField'], shift = 0;
      var visibleBottom = view ? view.offsetTop + view.height : 0;
      /* Only while something covers the bottom of the page (the layout viewport is taller than what shows). */
      if (view && field && visibleBottom < document.documentElement.clientHeight - 1 && Math.abs(view.scale - 1) < 0.01) {
        var MARGIN = 12; /* CSS px between the field and the keyboard */
        shift = Math.max(0, Math.min(field.y + field.height + MARGIN - visibleBottom, field.y));
      }
      moved.forEach(function (element) {
        if (element) element.style.transform = shift > 0 ? 'translateY(' + (-shift) + 'px)' : '';
      });
    };
    if (window.visualViewport) {
      window.visualViewport.addEventListener('resize', Module['strideKeepFieldVisible']);
      window.visualViewport.addEventListener('scroll', Module['strideKeepFieldVisible']);
    }
    window.addEventListener('paste', function (event) {
      if (document.activeElement === input) return; /* the input event already carries it */
      var text = (event.clipboardData || window.clipboardData).getData('text');
      if (text) { event.preventDefault(); send(text, 0); }
    });
    function changed() { ccall('stride_page_display_changed', null, ['number'], [platform]); }
    /* The test clock: the app's "today" can be set from the URL and moved while running, so tests can
       answer tomorrow's next-morning question without waiting a day. */
    var requested = new URLSearchParams(location.search).get('today');
    if (requested) Module['strideToday'] = requested;
    window.strideTest = window.strideTest || {};
    window.strideTest.setToday = function (iso) {
      Module['strideToday'] = iso;
      ccall('stride_page_wake', null, ['number'], [platform]);
    };
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', changed);
    window.matchMedia('(prefers-contrast: more), (forced-colors: active)').addEventListener('change', changed);
    window.matchMedia('(pointer: coarse)').addEventListener('change', changed);
    /* A reminder's link opens the app on its question: at start-up, or when the link is opened again in a
       tab that already shows the app. */
    Module['strideAnswerLink'] = location.hash === '#answer';
    window.addEventListener('hashchange', function () {
      if (location.hash !== '#answer') return;
      Module['strideAnswerLink'] = true;
      ccall('stride_page_wake', null, ['number'], [platform]);
    });
  },
  stride_page_app_url: function (out, capacity) {
    var url = location.origin + location.pathname;
    stringToUTF8(url, out, capacity);
    return lengthBytesUTF8(url);
  },
  stride_page_take_answer_link: function () {
    if (!Module['strideAnswerLink']) return 0;
    Module['strideAnswerLink'] = false;
    if (location.hash === '#answer') history.replaceState(null, '', location.pathname + location.search);
    return 1;
  },
  /* WebKit deletes script-written storage after 7 days without use, unless the site runs from the Home Screen
     (WebKit's "Intelligent Tracking Prevention", 2020). Every iPhone browser is WebKit, and WebKit is the one
     engine whose navigator.vendor is Apple's. */
  stride_page_deletes_unused_data: function () {
    var webkit = navigator.vendor === 'Apple Computer, Inc.';
    var installed = navigator.standalone === true ||
      window.matchMedia('(display-mode: standalone), (display-mode: fullscreen), (display-mode: minimal-ui)').matches;
    return webkit && !installed ? 1 : 0;
  },
  stride_page_set_badge: function (count) {
    /* Feature-detected: most desktop browsers and iOS before 16.4 have no Badging API; installed apps do. */
    try {
      if (count > 0 && navigator.setAppBadge) navigator.setAppBadge(count).catch(function () {});
      else if (count <= 0 && navigator.clearAppBadge) navigator.clearAppBadge().catch(function () {});
    } catch (error) { /* a browser that refuses outright: the badge is a courtesy */ }
  },
  stride_page_focus_text_input: function (x, y, width, height, numeric) {
    var input = document.getElementById('text-input');
    input.style.left = x + 'px';
    input.style.top = y + 'px';
    input.style.width = width + 'px';
    input.style.height = height + 'px';
    var mode = numeric ? 'decimal' : 'text';
    /* Keyboards pick their layout on focus: moving from a text field to a number field needs a refocus. */
    if (document.activeElement === input && input.inputMode !== mode) input.blur();
    input.inputMode = mode;
    input.focus({ preventScroll: true });
    Module['strideKeyboardField'] = { x: x, y: y, width: width, height: height };
    Module['strideKeepFieldVisible']();
  },
  stride_page_blur_text_input: function () {
    var input = document.getElementById('text-input');
    if (document.activeElement === input) input.blur();
  },
  stride_page_prefers_dark: function () {
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },
  stride_page_prefers_more_contrast: function () {
    return window.matchMedia('(prefers-contrast: more), (forced-colors: active)').matches ? 1 : 0;
  },
  /* Text size (percent of the app's body text) on this device: as chosen here, else the browser's or the
     system's preferred size where the page can read it (the browser's default font size, iOS Dynamic
     Type through -apple-system-body, Android's through <meta name="text-scale">), snapped to the sizes
     the app offers (ui::kTextSizes: 100 to 200 in steps of 25). */
  stride_page_text_size: function () {
    function snap(percent) { return Math.min(200, Math.max(100, Math.round(percent / 25) * 25)); }
    try {
      var chosen = Number(localStorage.getItem('stride-back-text-size'));
      if (chosen && snap(chosen) === chosen) return chosen;
    } catch (e) { /* storage refused (private mode): use the preferred size */ }
    var probe = document.createElement('span');
    probe.style.fontSize = 'medium';
    document.body.appendChild(probe);
    var preferred = parseFloat(getComputedStyle(probe).fontSize) / 16;
    if (CSS.supports('font', '-apple-system-body')) {
      probe.style.font = '-apple-system-body';
      preferred = Math.max(preferred, parseFloat(getComputedStyle(probe).fontSize) / 17);
    }
    probe.remove();
    return snap((preferred || 1) * 100);
  },
  stride_page_store_text_size: function (percent) {
    try { localStorage.setItem('stride-back-text-size', String(percent)); } catch (e) { /* kept for this visit only */ }
  },
  stride_page_coarse_pointer: function () {
    return window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },
  stride_page_today: function () {
    var iso = Module['strideToday'];
    var match = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (match) return Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]);
    var now = new Date();
    return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
  },
  stride_page_random: function (limit) {
    var word = new Uint32Array(1);
    crypto.getRandomValues(word);
    return word[0] % (limit + 1);
  },
  stride_page_font_size: function (which) {
    var fonts = Module['strideFonts'] || [];
    return fonts[which] ? fonts[which].length : 0;
  },
  stride_page_font_copy: function (which, destination) {
    HEAPU8.set(Module['strideFonts'][which], destination);
  },
  stride_page_publish_probe: function (platform, frame) {
    /* Tests and the benchmark read the probe; the app never does. So each frame publishes only an object
       knowing its frame number, and the module writes the items as JSON when a property is first read:
       same shape as {"frame":N,"items":[...],"log":[...]}, still the latest drawn frame, and free for a
       runner nobody is testing. */
    var probe = { frame: frame }, read = null;
    function load() {
      if (!read) read = JSON.parse(ccall('stride_page_probe_json', 'string', ['number'], [platform]));
      return read;
    }
    Object.defineProperty(probe, 'items', { enumerable: true, get: function () { return load().items; } });
    Object.defineProperty(probe, 'log', { enumerable: true, get: function () { return load().log; } });
    window.strideProbe = probe;
  },
  stride_page_set_asleep: function (frame) {
    window.strideAsleep = frame < 0 ? null : frame;
  },
  stride_page_show_error: function (message) {
    window.strideShowError(UTF8ToString(message));
  },
  stride_page_set_cursor: function (name) {
    document.getElementById('canvas').style.cursor = UTF8ToString(name);
  },
  stride_page_copy_text: function (text) {
    var value = UTF8ToString(text);
    if (navigator.clipboard) navigator.clipboard.writeText(value).catch(function () {});
  },
});
