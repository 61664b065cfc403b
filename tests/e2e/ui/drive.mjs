// Driving the screens as a person would: find an item through the probe (scrolling to it first), tap or
// click it, type into fields, move the app's test clock, and the first-run onboarding. Used by the screen
// tests here and by app.test.mjs.
import { centre, item, nextFrame, probe } from '../harness.mjs';

const isPhone = (page) => page.viewportSize().width < 700;

// Scrolls the main screen until an item with this label (and kind) is in view, and returns it. The probe
// lists only what is drawn on screen, so items further down need scrolling first.
export async function reveal(page, label, kind) {
  const find = () => page.evaluate(([l, k]) => window.strideProbe.items.find(
    (i) => i.label === l && (!k || i.kind === k || (k === 'field' && i.kind.endsWith('field'))) && i.height >= (i.kind === 'text' ? 8 : 20)) || null, [label, kind]);
  if (await find() || await scrollUntil(page, find)) return find();
  throw new Error(`"${label}" is not on the screen`);
}

// Taps (phone) or clicks (desktop) the item with this label once, scrolling it into view first.
export async function press(page, label, kind) {
  const target = await reveal(page, label, kind);
  const at = centre(target);
  const before = (await probe(page)).frame;
  if (isPhone(page)) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
  await nextFrame(page, before);
  await page.waitForTimeout(120); // the action applies after the frame; let the next frame show it
}

// Replaces what a field holds with `text`, typed as a person would (phone: the on-screen keyboard's
// input events through the hidden input; desktop: key presses).
export async function typeInto(page, label, text) {
  const field = await reveal(page, label, 'field');
  // At the right end of the field, so the caret lands after what it holds and Backspace clears it all.
  const at = { x: field.x + field.width - 8, y: field.y + field.height / 2 };
  const before = (await probe(page)).frame;
  if (isPhone(page)) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
  await nextFrame(page, before);
  for (let i = 0; i < field.value.length + 2; i++) await page.keyboard.press('Backspace');
  if (isPhone(page)) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
  await page.waitForTimeout(120);
}

// True when a static text containing `words` is drawn, scrolling the screen to look for it if needed.
export async function seesText(page, words, timeout = 3000) {
  const visible = (w) => window.strideProbe.items.some((i) => i.kind === 'text' && i.label.includes(w));
  try {
    await page.waitForFunction(visible, words, { timeout });
    return true;
  } catch {
    return scrollUntil(page, () => page.evaluate(visible, words));
  }
}

// Scrolls from the top of the screen down until `found()` is true; false at the end of the screen.
async function scrollUntil(page, found) {
  const signature = () => page.evaluate(() => window.strideProbe.items.map((i) => `${i.label}@${i.y}`).join('|'));
  await toTop(page);
  let last = null;
  let still = 0;
  for (let step = 0; step < 120; step++) {
    if (await found()) return true;
    const now = await signature();
    still = now === last ? still + 1 : 0;
    if (still >= 3) return false; // nothing moves: the end of the screen
    last = now;
    await page.mouse.wheel(0, 240);
    await page.waitForTimeout(90);
  }
  return false;
}

// Scrolls the main screen back to its top.
export async function toTop(page) {
  await page.mouse.move(isPhone(page) ? 195 : 500, 300);
  for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, -5000); await page.waitForTimeout(50); }
  await page.waitForTimeout(150);
}

// Moves the app's clock (the test hook in page.js) and waits for a frame drawn with it.
export async function setToday(page, iso) {
  const before = (await probe(page)).frame;
  await page.evaluate((d) => window.strideTest.setToday(d), iso);
  await nextFrame(page, before);
  await page.waitForTimeout(100);
}

// The first-run onboarding: painful side, goal, then on to the readiness checklist.
export async function onboard(page, side = 'Left') {
  await press(page, `Side: ${side}`);
  await press(page, 'Continue');
  await press(page, 'Continue to the readiness checklist');
  await item(page, 'Readiness checklist', 'text');
}
