// The page half of the accessibility mirror (see mirror.hpp and src/ui/mirror.hpp; docs/accessibility.md).
// Linked with --js-library. #mirror holds one element per node of the mirror, invisible and laid over the
// item ImGui drew, so screen readers, keyboards, switches and touch exploration find real buttons, text
// boxes and headings. Each drawn frame's diff is applied to them (removed, created, changed, put in order),
// never rebuilt. What a person does to them comes back to C++ as requests (stride_mirror_request):
//   0 focus (the key focused, "" when focus left the mirror), 1 activate, 2 text (the text box's value),
//   3 escape (close what is open near the focus).
// Keyboard: Tab and Shift+Tab move through the mirror in reading order (from the item last pressed when the
// focus is outside it); arrows move within a radio group or the tabs, Enter and Space press; Up and Down
// step a spin button; Escape closes what is open. Keys on the mirror never reach ImGui, except Enter and
// Escape in a text box being edited (they end or undo the edit there).
mergeInto(LibraryManager.library, {
  $StrideMirror: {
    root: null,
    live: null,
    elements: {}, // key -> element
    nodes: {},    // key -> the node's fields as last applied
    sent: {},     // key -> text sent for a text box and not yet seen back in a diff
    focusInside: false,
    lastActive: '', // the item ImGui pressed or edited last
    TAGS: { navigation: 'nav', main: 'main', text: 'p', button: 'button', radio: 'button', tab: 'button',
            checkbox: 'button', textbox: 'input', spinbutton: 'input' },
    ARIA_ROLES: { radio: 1, tab: 1, checkbox: 1, spinbutton: 1, tablist: 1, radiogroup: 1, img: 1 },

    request: function (kind, key, text) {
      ccall('stride_mirror_request', null, ['number', 'string', 'string'], [kind, key || '', text || '']);
    },
    keyOf: function (element) {
      var at = element && element.closest ? element.closest('[data-k]') : null;
      return at && StrideMirror.root.contains(at) ? at.dataset.k : '';
    },
    isEditable: function (node) { return !!node && (node.r === 'textbox' || node.r === 'spinbutton'); },
    isChoice: function (node) { return !!node && (node.r === 'radio' || node.r === 'tab'); },
    // Landmarks and groups hold items and have no place of their own.
    isContainer: function (role) { return /^(navigation|main|tablist|radiogroup)$/.test(role); },

    create: function (node) {
      var tag = node.r === 'heading' ? 'h' + Math.min(Math.max(node.l || 2, 1), 6) : StrideMirror.TAGS[node.r] || 'div';
      var element = document.createElement(tag);
      element.id = 'm-' + node.k;
      element.dataset.k = node.k;
      if (StrideMirror.ARIA_ROLES[node.r]) element.setAttribute('role', node.r);
      if (tag === 'button') element.type = 'button';
      if (tag === 'input') {
        element.type = 'text';
        element.autocomplete = 'off';
        element.spellcheck = false;
        element.setAttribute('autocorrect', 'off');
      }
      return element;
    },

    // Writes the fields in `changed` (a whole node or a part of one) to its element; `node` is all of it.
    update: function (element, changed, node) {
      var r = node.r, editable = StrideMirror.isEditable(node);
      if ('n' in changed) {
        if (editable || r === 'tablist' || r === 'radiogroup' || r === 'img') element.setAttribute('aria-label', node.n);
        else if (!StrideMirror.isContainer(r)) element.textContent = node.n;
      }
      if ('v' in changed && editable) StrideMirror.showValue(element, node);
      if ('c' in changed && node.c >= 0) element.setAttribute(r === 'tab' ? 'aria-selected' : 'aria-checked', node.c ? 'true' : 'false');
      StrideMirror.flag(element, 'aria-expanded', 'o' in changed, node.o >= 0, node.o ? 'true' : 'false');
      StrideMirror.flag(element, 'aria-disabled', 'dis' in changed, node.dis, 'true');
      StrideMirror.flag(element, 'aria-invalid', 'e' in changed, !!node.e, 'true');
      StrideMirror.flag(element, 'aria-describedby', 'db' in changed, !!node.db, 'm-' + node.db);
      if ('num' in changed && editable) element.inputMode = r === 'spinbutton' ? 'numeric' : node.num ? 'decimal' : 'text';
      if ('min' in changed) element.setAttribute('aria-valuemin', node.min);
      if ('max' in changed) element.setAttribute('aria-valuemax', node.max);
      if (StrideMirror.isContainer(r)) return;
      var style = element.style;
      if ('x' in changed) style.left = node.x + 'px';
      if ('y' in changed) style.top = node.y + 'px';
      if ('w' in changed) style.width = node.w + 'px';
      if ('h' in changed) style.height = node.h + 'px';
    },
    flag: function (element, name, changed, on, value) {
      if (!changed) return;
      if (on) element.setAttribute(name, value);
      else element.removeAttribute(name);
    },

    // A text box shows what the field holds, except while the person's own typing is on its way there.
    showValue: function (element, node) {
      var sent = StrideMirror.sent[node.k];
      if (sent !== undefined && document.activeElement === element) {
        if (node.v !== sent) return;
        delete StrideMirror.sent[node.k];
      }
      if (element.value !== node.v) element.value = node.v;
      if (node.r !== 'spinbutton') return;
      var whole = /^-?\d+$/.test(node.v);
      StrideMirror.flag(element, 'aria-valuenow', true, whole, node.v);
      StrideMirror.flag(element, 'aria-valuetext', true, !whole && !!node.v, node.v);
    },

    // In a radio group or the tabs only one choice is in the Tab order: the focused one, else the chosen
    // one, else the first. Arrows move between them.
    rove: function (group) {
      var choices = group.children, target = null, i;
      for (i = 0; i < choices.length && !target; i++) if (choices[i] === document.activeElement) target = choices[i];
      for (i = 0; i < choices.length && !target; i++) {
        if (choices[i].getAttribute('aria-checked') === 'true' || choices[i].getAttribute('aria-selected') === 'true') target = choices[i];
      }
      target = target || choices[0];
      for (i = 0; i < choices.length; i++) choices[i].tabIndex = choices[i] === target ? 0 : -1;
    },

    tabbable: function () {
      return Array.prototype.filter.call(StrideMirror.root.querySelectorAll('button, input'), function (e) { return e.tabIndex >= 0; });
    },

    announce: function (words) {
      var line = document.createElement('p');
      line.textContent = words;
      StrideMirror.live.appendChild(line);
      while (StrideMirror.live.childNodes.length > 3) StrideMirror.live.removeChild(StrideMirror.live.firstChild);
    },

    apply: function (diff) {
      var M = StrideMirror;
      diff.remove.forEach(function (key) {
        if (M.elements[key]) M.elements[key].remove();
        delete M.elements[key];
        delete M.nodes[key];
        delete M.sent[key];
      });
      diff.create.forEach(function (node) {
        M.nodes[node.k] = node;
        M.elements[node.k] = M.create(node);
        M.update(M.elements[node.k], node, node);
      });
      diff.change.forEach(function (changed) {
        var node = Object.assign(M.nodes[changed.k], changed), element = M.elements[changed.k];
        if (!('r' in changed) && !('l' in changed)) return M.update(element, changed, node);
        var fresh = M.create(node); // another kind of element, made anew in the same place
        M.update(fresh, node, node);
        if (M.isContainer(node.r)) while (element.firstChild) fresh.appendChild(element.firstChild);
        element.replaceWith(fresh);
        M.elements[changed.k] = fresh;
      });
      diff.order.forEach(function (entry) {
        var parent = entry[0] ? M.elements[entry[0]] : M.root;
        entry[1].forEach(function (key, i) {
          var element = M.elements[key];
          if (element && parent.children[i] !== element) parent.insertBefore(element, parent.children[i] || null);
        });
      });
      for (var key in M.nodes) if (M.nodes[key].act) M.lastActive = key;
      Array.prototype.forEach.call(M.root.querySelectorAll('[role=radiogroup], [role=tablist]'), M.rove);
      var target = diff.focus && M.elements[diff.focus];
      if (target && M.focusInside) {
        if (!target.matches('button, input')) target.tabIndex = -1; // headings and text take focus when told
        target.focus({ preventScroll: true });
      }
      diff.announce.forEach(M.announce);
    },

    onFocusIn: function (event) {
      StrideMirror.focusInside = true;
      var group = event.target.parentElement;
      if (group && group.matches('[role=radiogroup], [role=tablist]')) StrideMirror.rove(group);
      StrideMirror.request(0, StrideMirror.keyOf(event.target), '');
    },
    onFocusOut: function (event) {
      if (event.relatedTarget && StrideMirror.root.contains(event.relatedTarget)) return;
      var left = event.target;
      delete StrideMirror.sent[StrideMirror.keyOf(left)];
      // A focused element taken out of the page (its item went) keeps the focus "inside": the mirror
      // moves it on to what took the item's place.
      setTimeout(function () {
        if (!left.isConnected || StrideMirror.root.contains(document.activeElement)) return;
        StrideMirror.focusInside = false;
        StrideMirror.request(0, '', '');
      }, 0);
    },

    onClick: function (event) {
      var key = StrideMirror.keyOf(event.target);
      if (!StrideMirror.nodes[key] || event.target.tagName !== 'BUTTON') return;
      event.preventDefault();
      StrideMirror.request(1, key, '');
    },

    onInput: function (event) {
      var key = StrideMirror.keyOf(event.target);
      if (!StrideMirror.isEditable(StrideMirror.nodes[key])) return;
      StrideMirror.sent[key] = event.target.value;
      StrideMirror.request(2, key, event.target.value);
    },

    // Keys on the mirror's elements, before they bubble to the window (where Emscripten hands them to ImGui).
    onKey: function (event) {
      var M = StrideMirror, key = M.keyOf(event.target), node = M.nodes[key], element = event.target;
      if ((event.key === 'Enter' || event.key === 'Escape') && M.isEditable(node) && node.act) {
        if (event.key === 'Escape') delete M.sent[key]; // ImGui puts the text back as it was: show that
        return;
      }
      event.stopPropagation();
      if (event.type !== 'keydown' || event.altKey || event.ctrlKey || event.metaKey) return;
      if (M.isChoice(node) && /^(Arrow(Left|Right|Up|Down)|Home|End)$/.test(event.key)) {
        var choices = Array.prototype.slice.call(element.parentElement.children), at = choices.indexOf(element);
        var step = /Left|Up/.test(event.key) ? -1 : 1;
        var to = event.key === 'Home' ? 0 : event.key === 'End' ? choices.length - 1 : (at + step + choices.length) % choices.length;
        choices[to].focus();
        event.preventDefault();
      } else if (node && node.r === 'spinbutton' && /^Arrow(Up|Down)$/.test(event.key)) {
        var now = parseInt(element.value, 10), up = event.key === 'ArrowUp';
        var next = isNaN(now) ? (up ? node.min : node.max) : Math.min(node.max, Math.max(node.min, now + (up ? 1 : -1)));
        element.value = String(next);
        M.sent[key] = element.value;
        M.request(2, key, element.value);
        event.preventDefault();
      } else if (event.key === 'Escape') {
        M.request(3, key, '');
        event.preventDefault();
      }
    },

    // Tab with the focus outside the mirror (on the page, after a click or tap on the canvas) enters it at
    // the item pressed last, so the keyboard carries on from where the pointer was.
    onWindowTab: function (event) {
      var M = StrideMirror;
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
      if (M.root.contains(document.activeElement)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      var list = M.tabbable();
      if (!list.length) return;
      var back = event.shiftKey, from = M.elements[M.lastActive], target;
      if (!from) {
        target = back ? list[list.length - 1] : list[0];
      } else {
        var after = list.findIndex(function (e) { return e !== from && (from.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING); });
        var at = list.indexOf(from);
        if (back) target = list[((at >= 0 ? at : after < 0 ? list.length : after) - 1 + list.length) % list.length];
        else target = list[after < 0 ? 0 : after];
      }
      target.focus();
    },
  },

  stride_mirror_install__deps: ['$StrideMirror'],
  stride_mirror_install: function () {
    var M = StrideMirror;
    M.root = document.getElementById('mirror');
    M.live = document.getElementById('mirror-live');
    document.getElementById('canvas').setAttribute('aria-hidden', 'true'); // the mirror speaks for it
    M.root.addEventListener('focusin', M.onFocusIn);
    M.root.addEventListener('focusout', M.onFocusOut);
    M.root.addEventListener('click', M.onClick);
    M.root.addEventListener('input', M.onInput);
    M.root.addEventListener('keydown', M.onKey);
    M.root.addEventListener('keyup', M.onKey);
    M.root.addEventListener('paste', function (event) { event.stopPropagation(); }); // the text box takes it
    window.addEventListener('keydown', M.onWindowTab, true);
  },

  stride_mirror_apply__deps: ['$StrideMirror'],
  stride_mirror_apply: function (json) {
    StrideMirror.apply(JSON.parse(UTF8ToString(json)));
  },

  stride_mirror_focus_colours__deps: ['$StrideMirror'],
  stride_mirror_focus_colours: function (ring, gap) {
    StrideMirror.root.style.setProperty('--focus', UTF8ToString(ring));
    StrideMirror.root.style.setProperty('--focus-gap', UTF8ToString(gap));
  },
});
