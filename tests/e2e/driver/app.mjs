// The app as a person meets it, in any engine (engine.mjs): find what it drew through its probe
// (window.strideProbe, src/ui/probe.hpp), scroll it into view, tap it on a touch device or click it with a
// mouse, type into fields, and wait on the app's frame counter and what it shows, never on the clock.
//
// How long input takes (src/platform/input_queue.hpp): the queue feeds ImGui what cannot share a frame in
// successive frames, so a tap or a click (pointer move and press, then release) is taken over two frames
// and its action runs at the end of the second (run at once, undrawn, inside the event that completes a
// tap, click or key: web_platform.hpp); the next drawn frame shows the result. A wheel step is taken in one
// frame. After the last input the app draws until two frames in a row draw the same, then stops and says
// so (window.strideAsleep = its last frame's number, src/platform/draw_settle.hpp); a frame that does not
// come within a second also means idle.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './server.mjs';

export const artifacts = join(root, 'tests', 'e2e', 'artifacts'); // screenshots (not committed)

const TAP_FRAMES = 3;
const KEY_FRAMES = 2; // down, up
const WHEEL_FRAMES = 1;
const IDLE_GAP_MS = 1000; // no frame for this long: the app has stopped drawing
const NOTCH_PX = 90; // about what one wheel notch (deltaY 100) scrolls: five lines of text
const TOP_NOTCHES = 500; // more than any screen is long

// Runs in the page: everything the driver reads from the probe, in one function, because a function handed
// to the page takes nothing from around it. `match` is a label, or { label, kind, includes, prefix, value }
// (each optional: kind 'field' matches every kind of field; without label and kind, only texts match).
// Returns null until a frame newer than `after` is drawn, and with `need` ('drawn' or 'gone') until one
// that shows the match or does not. `bare`: only the frame number (reading the items costs the page).
// `orAsleep`: also returns (as { frame, asleep: true }) once the app has stopped drawing at frame `after`.
function read({ match = null, after = -1, all = false, need = null, bare = false, orAsleep = false }) {
  const probe = window.strideProbe;
  if (probe && orAsleep && probe.frame <= after && window.strideAsleep === probe.frame) return { frame: probe.frame, asleep: true };
  if (!probe || probe.frame <= after) return null;
  if (bare) return { frame: probe.frame };
  const m = typeof match === 'string' ? { label: match } : match;
  const kind = m && (m.kind || (m.label === undefined ? 'text' : undefined));
  const wanted = (i) => (m.label === undefined || i.label === m.label) &&
    (m.includes === undefined || i.label.includes(m.includes)) &&
    (m.prefix === undefined || i.label.startsWith(m.prefix)) &&
    (m.value === undefined || i.value === m.value) &&
    (!kind || i.kind === kind || (kind === 'field' && i.kind.endsWith('field')));
  const items = probe.items;
  const found = m ? items.filter(wanted) : [];
  if ((need === 'drawn' && !found.length) || (need === 'gone' && found.length)) return null;
  return {
    frame: probe.frame,
    target: found[0] || null,
    ...(all ? { targets: found } : {}),
    layout: items.map((i) => `${i.kind} ${i.label}=${i.value} ${i.x},${i.y},${i.width},${i.height} ${i.active}${i.disabled}`).join('\n'),
  };
}

// Runs in the page: notes the number of the last drawn frame whenever input arrives, so the driver knows
// from which frame on the app takes it (the next one) however late the engine reports the input sent; and
// where the app last saw the mouse (none once a finger lifts: touch_gesture.cpp), so a wheel turned there
// needs no move first.
function watchInput() {
  if ('strideDriverInput' in window) return;
  window.strideDriverInput = null;
  window.strideDriverPointer = null;
  const note = (event) => {
    window.strideDriverInput = window.strideProbe ? window.strideProbe.frame : 0;
    if (event.type === 'mousemove' || event.type === 'mousedown') window.strideDriverPointer = { x: event.clientX, y: event.clientY };
    if (event.type === 'touchend' || event.type === 'touchcancel') window.strideDriverPointer = null;
  };
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'mousedown', 'mousemove', 'mouseup', 'touchstart',
    'touchmove', 'touchend', 'touchcancel', 'wheel', 'keydown', 'keyup', 'input', 'paste']) {
    window.addEventListener(type, note, { capture: true, passive: true });
  }
}

const describe = (match) => JSON.stringify(match);
const isTimeout = (error) => error && error.name === 'TimeoutError';

export function centre(rect) {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

// Drawn wholly inside the page and not a sliver cut off by its window's edge.
function inView(item, view) {
  return item.height >= (item.kind === 'text' ? 8 : 20) && item.y >= 0 && item.y + item.height <= view.height;
}

export class App {
  // Use openApp or openTab.
  constructor(tab, profile, ownsProfile) {
    this.tab = tab;
    this.profile = profile;
    this.ownsProfile = ownsProfile;
  }

  get problems() { return this.tab.problems; } // console errors and uncaught page errors
  get touch() { return this.tab.device.touch; }

  // Opens `url` and waits until the app has drawn its first screen and it has settled.
  async goto(url) {
    await this.tab.goto(url);
    await this.waitForStart();
    await this.settle();
  }

  async reload() {
    await this.tab.reload();
    await this.waitForStart();
    await this.settle();
  }

  // Resolves once the app has drawn its first frame.
  async waitForStart({ timeout = 30000 } = {}) {
    await this.tab.waitForFunction(() => window.strideProbe && window.strideProbe.frame >= 1, null, { timeout });
    await this.tab.evaluate(watchInput);
  }

  // Closes the tab, and the profile too if openApp made it.
  close() {
    return this.ownsProfile ? this.profile.close() : this.tab.close();
  }

  evaluate(fn, arg) { return this.tab.evaluate(fn, arg); }
  waitUntil(fn, arg, { timeout = 10000 } = {}) { return this.tab.waitForFunction(fn, arg, { timeout }); }

  // ---- reading what is drawn (the latest frame; nothing is scrolled) ----

  look(match, options = {}) { return this.tab.evaluate(read, { match, ...options }); }
  probe() { return this.tab.evaluate(() => ({ frame: window.strideProbe.frame, items: window.strideProbe.items })); }
  async frame() { return (await this.look(null, { bare: true })).frame; }
  async find(match) { return (await this.look(match)).target; }
  async findAll(match) { return (await this.look(match, { all: true })).targets; }
  async texts() { return (await this.findAll({ kind: 'text' })).map((i) => i.label); }

  // Waits until an item matching `match` is drawn (wherever it is) and returns it.
  async waitFor(match, { timeout = 10000 } = {}) {
    try {
      return (await this.tab.waitForFunction(read, { match, need: 'drawn' }, { timeout })).target;
    } catch (error) {
      if (isTimeout(error)) throw new Error(`${describe(match)} was not drawn within ${timeout} ms; drawn: ${(await this.texts()).join(' | ')}`);
      throw error;
    }
  }

  // Waits until nothing matching `match` is drawn.
  waitForGone(match, { timeout = 10000 } = {}) {
    return this.tab.waitForFunction(read, { match, need: 'gone' }, { timeout });
  }

  // Resolves with the number of the first frame drawn after frame `after`.
  async waitForFrame(after, { timeout = 5000 } = {}) {
    return (await this.tab.waitForFunction(read, { after, bare: true }, { timeout })).frame;
  }

  // Waits until two frames in a row show the same items, or the app stops drawing, and returns the last
  // look (at `match`): scrolling and layout have come to rest.
  async settle(match, { timeout = 10000 } = {}) {
    let last = await this.look(match);
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      let next;
      try {
        next = await this.tab.waitForFunction(read, { match, after: last.frame, orAsleep: true }, { timeout: IDLE_GAP_MS });
      } catch (error) {
        if (isTimeout(error)) return last; // idle: nothing more will change
        throw error;
      }
      if (next.asleep) return last; // stopped drawing: nothing more will change
      if (next.layout === last.layout) return next;
      last = next;
    }
    return last;
  }

  // Resolves once the app has stopped drawing (it says so, or no frame for a second) with its last frame
  // number.
  async waitForIdle({ timeout = 15000 } = {}) {
    const deadline = Date.now() + timeout;
    let frame = await this.frame();
    while (Date.now() < deadline) {
      try {
        const next = await this.tab.waitForFunction(read, { after: frame, bare: true, orAsleep: true }, { timeout: IDLE_GAP_MS });
        if (next.asleep) return next.frame;
        frame = next.frame;
      } catch (error) {
        if (isTimeout(error)) return frame;
        throw error;
      }
    }
    throw new Error(`the app was still drawing after ${timeout} ms (frame ${frame})`);
  }

  // After input that takes `frames` frames: waits for them, counted from the frame drawn last before the
  // input arrived (or until the app sleeps: it has taken all input and drawn the result, as when a key's
  // release arrives after its press was already taken), then for the screen to settle.
  async taken(frames, match) {
    const { input, frame } = await this.tab.evaluate(() => ({ input: window.strideDriverInput, frame: window.strideProbe.frame }));
    await this.tab.waitForFunction(read, { after: (input ?? frame) + frames - 1, bare: true, orAsleep: true }, { timeout: 10000 });
    return this.settle(match);
  }

  // ---- moving around ----

  // Where the wheel goes when no item says where: the main column (on a desktop's Today screen, the
  // advice column; the charts column scrolls on its own).
  scrollPoint() {
    const view = this.tab.viewport();
    return { x: view.width * (this.touch ? 0.5 : 0.4), y: view.height / 2 };
  }

  // Wheel notches that scroll about three quarters of the page: every item is at least partly drawn at
  // one of the steps.
  pageNotches() {
    return Math.max(1, Math.floor((this.tab.viewport().height * 0.75) / NOTCH_PX));
  }

  // Turns the mouse wheel by `notches` (positive: down the screen) over `at`; returns the settled look.
  async wheel(notches, at = this.scrollPoint(), match) {
    const pointer = await this.tab.evaluate(() => window.strideDriverPointer);
    if (!pointer || Math.abs(pointer.x - at.x) >= 1 || Math.abs(pointer.y - at.y) >= 1) await this.tab.move(at.x, at.y);
    await this.tab.wheel(0, notches * 100);
    return this.taken(WHEEL_FRAMES, match);
  }

  // Scrolls until an item matching `match` is drawn wholly in view, and returns it. ImGui draws only what
  // is inside a window, so an item further up or down appears only once scrolled to. The screen is searched
  // from where it is down to its end, then from its top down to where the search began; if the item is
  // not there, again each time a new frame is drawn (something still loading) until `timeout`. Each step
  // scrolls three quarters of the page: an item is always at least partly drawn at one of them. A drawn
  // item is wheeled towards the middle, with the pointer over it so its own window (a column) scrolls;
  // one that does not move (a tab bar, the end of the screen) is as far in view as it gets.
  async reveal(match, { timeout = 10000 } = {}) {
    const view = this.tab.viewport();
    const scan = this.pageNotches();
    const deadline = Date.now() + timeout;
    let seen = await this.look(match);
    let start = seen.layout;
    let pass = 0; // 0: from where it was down to the end; 1: from the top down to where it began; 2: done
    for (let step = 0; step < 200; step++) {
      const { target } = seen;
      if (target && inView(target, view)) return target;
      if (target) {
        const distance = target.y + target.height / 2 - view.height / 2;
        const notches = Math.max(-scan, Math.min(scan, Math.round(distance / NOTCH_PX))) || Math.sign(distance) || 1;
        const at = { x: centre(target).x, y: Math.max(1, Math.min(view.height - 1, centre(target).y)) };
        seen = await this.wheel(notches, at, match);
        if (seen.target && seen.target.y === target.y) return seen.target;
      } else if (pass < 2) {
        const before = seen.layout;
        seen = await this.wheel(scan, undefined, match);
        if (seen.layout === before && ++pass === 1) seen = await this.wheel(-TOP_NOTCHES, undefined, match);
        if (pass === 1 && seen.layout === start) pass = 2; // back where it began: the whole screen seen
      } else {
        // Searched the whole screen: look again once something new is drawn.
        const left = deadline - Date.now();
        if (left <= 0) break;
        try {
          seen = await this.tab.waitForFunction(read, { match, after: seen.frame }, { timeout: left });
        } catch (error) {
          if (!isTimeout(error)) throw error;
        }
        start = seen.layout;
        pass = 0;
      }
    }
    throw new Error(`${describe(match)} is not on the screen, even scrolling; drawn: ${(await this.texts()).join(' | ')}`);
  }

  // True once a text containing `part` is found, scrolling to it if needed.
  async seesText(part, { timeout = 10000 } = {}) {
    try {
      await this.reveal({ includes: part }, { timeout });
      return true;
    } catch {
      return false;
    }
  }

  // Scrolls the main column back to its top.
  async toTop() {
    await this.wheel(-TOP_NOTCHES);
  }

  // ---- acting ----

  // Taps (touch) or clicks (mouse) the item matching `match` once, scrolled into view; resolves once the
  // app has taken it and shows the result (`settle: false`: as soon as the page has handled the input
  // events, for a test that closes the page right after). Returns the item as it was pressed.
  async press(match, options) {
    const target = await this.reveal(match);
    await this.pressAt(centre(target), options);
    return target;
  }

  // Taps or clicks at a point (CSS px) and waits as press() does.
  async pressAt({ x, y }, { settle = true } = {}) {
    if (this.touch) await this.tab.tap(x, y);
    else await this.tab.click(x, y);
    return settle ? this.taken(TAP_FRAMES) : null;
  }

  // Replaces what a field holds with `text`, typed as a person would (touch: the on-screen keyboard's input
  // events through the hidden input; mouse: key presses), and waits until the field shows it. The keys
  // follow the tap at once: the app takes input in order, so they reach the field it opened. Emptied first
  // and seen empty, so a field that already held `text` is not taken as done before the keys are.
  async type(label, text) {
    const field = await this.reveal({ label, kind: 'field' });
    // Near its right end, so the caret lands after what it holds and Backspace clears it all.
    const at = { x: field.x + field.width - 8, y: field.y + field.height / 2 };
    if (this.touch) await this.tab.tap(at.x, at.y); // focuses the hidden input in the touch handler (page.js)
    else await this.tab.click(at.x, at.y);
    if (field.value) {
      // On a phone two more than it holds: Backspace first deletes the hidden input's sentinel (page.js).
      for (let i = 0; i < field.value.length + (this.touch ? 2 : 0); i++) await this.tab.press('Backspace');
      await this.fieldShows(label, '', { timeout: 15000 + 100 * field.value.length });
    }
    if (this.touch) await this.tab.insertText(text);
    else await this.tab.type(text);
    await this.fieldShows(label, text, { timeout: 15000 + 100 * text.length });
    return this.settle();
  }

  // Waits until the field `label` shows `value`.
  async fieldShows(label, value, { timeout = 15000 } = {}) {
    try {
      await this.tab.waitForFunction(read, { match: { label, kind: 'field', value }, need: 'drawn' }, { timeout });
    } catch (error) {
      if (!isTimeout(error)) throw error;
      throw new Error(`field "${label}" holds "${(await this.find({ label, kind: 'field' }))?.value}", not "${value}"`);
    }
  }

  // One key press (Playwright's key names: 'Enter', 'Backspace', ...), taken by the app.
  async key(name) {
    await this.tab.press(name);
    return this.taken(KEY_FRAMES);
  }

  // Text typed as input events only (what a phone keyboard sends), into the focused field.
  async insertText(text) {
    await this.tab.insertText(text);
    return this.taken(1);
  }

  // A finger dragged from `from` to `to` (CSS px) in 20 px steps, as fast as the engine sends them, then
  // lifted; resolves once the screen has settled (`settle: false`: at once).
  async drag(from, to, { settle = true } = {}) {
    const steps = Math.max(1, Math.round(Math.hypot(to.x - from.x, to.y - from.y) / 20));
    const points = Array.from({ length: steps + 1 }, (_, i) => ({
      x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps,
    }));
    await this.tab.touchDrag(points);
    return settle ? this.taken(TAP_FRAMES) : null;
  }

  // Moves the app's test clock (window.strideTest, page.js) and waits for the screen drawn with it.
  async setToday(iso) {
    const before = await this.frame();
    await this.tab.evaluate((d) => window.strideTest.setToday(d), iso);
    await this.waitForFrame(before);
    return this.settle();
  }

  // ---- pictures ----

  async screenshot(name) {
    mkdirSync(artifacts, { recursive: true });
    const path = join(artifacts, name);
    return { path, png: await this.tab.screenshot({ path }) };
  }

  // The colour [r, g, b] of the page at CSS pixel (x, y), as a screenshot shows it.
  async pixel(x, y) {
    const png = await this.tab.screenshot({ clip: { x, y, width: 1, height: 1 } });
    return this.tab.evaluate(async (base64) => {
      const image = new Image();
      image.src = 'data:image/png;base64,' + base64;
      await image.decode();
      const context = new OffscreenCanvas(1, 1).getContext('2d');
      context.drawImage(image, 0, 0);
      return Array.from(context.getImageData(0, 0, 1, 1).data.slice(0, 3));
    }, png.toString('base64'));
  }

  // Decodes a PNG in the page and measures it: share of pixels that differ from the top-left corner (the
  // background) and how many distinct colours appear. A blank or single-colour canvas scores ~0.
  measurePng(png) {
    return this.tab.evaluate(async (base64) => {
      const image = new Image();
      image.src = 'data:image/png;base64,' + base64;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      const colours = new Set();
      let different = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 24) different++;
        if (colours.size < 5000) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      }
      return { width: image.width, height: image.height, inked: different / (data.length / 4), colours: colours.size };
    }, png.toString('base64'));
  }
}

// A fresh profile (its own storage) on `device` with the app open at `url`; close() closes the profile.
export async function openApp(browser, url, device, options) {
  const profile = await browser.newProfile(device, options);
  const app = new App(await profile.newTab(), profile, true);
  await app.goto(url);
  return app;
}

// The app open in a new tab of an existing profile; close() closes the tab.
export async function openTab(profile, url) {
  const app = new App(await profile.newTab(), profile, false);
  await app.goto(url);
  return app;
}
