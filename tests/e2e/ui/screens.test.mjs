// The screens a runner uses, driven as a person would with real taps, clicks and typing: onboarding, the
// readiness checklist, a test jog and its 24/48-hour questions, the first run suggestion, a red run and its
// step back, refused input, undo of a delete, and screenshots of every screen on a phone and a desktop.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  DESKTOP, PHONE, artifacts, item, openApp, probe, root, screenshot, serveApp,
} from '../harness.mjs';
import { onboard, press, reveal, seesText, setToday, toTop, typeInto } from './drive.mjs';

const app = serveApp();

const texts = async (page) => (await probe(page)).items.filter((i) => i.kind === 'text').map((i) => i.label);

// Saves a screenshot of the whole screen from its top, for the artifacts and docs/screenshots.
async function shoot(page, name) {
  await toTop(page);
  await screenshot(page, name);
}

async function recordChecklist(page) {
  await press(page, 'Record rest pain');
  await press(page, 'Pain at rest: 0');
  await press(page, 'Save result');
  assert.ok(await seesText(page, 'No pain at rest: Passed'), 'rest pain passes');
  await press(page, 'Record drop lunge');
  await press(page, 'Pain in the drop lunge: 0');
  await press(page, 'Save result');
  await press(page, 'Record strength');
  await typeInto(page, 'Left leg, repetitions', '25');
  await typeInto(page, 'Right leg, repetitions', '24');
  await press(page, 'Save result');
  await reveal(page, 'Strength equal left and right: Passed', 'text');
  await press(page, 'Record test jog');
  await typeInto(page, 'Minutes jogged', '8');
  await press(page, 'Worst pain during the jog: 1');
  await press(page, 'Save result');
  await reveal(page, 'Test jog settles: Not yet', 'text');
}

for (const [device, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
  describe(`a new runner on a ${name}`, () => {
    test('onboarding, checklist, test jog, next-morning answers, first run, red run, undo, screenshots', async () => {
      const page = await openApp(app.browser, `${app.url}?today=2025-03-03`, device);
      await item(page, 'Welcome to Stride Back', 'text');
      await shoot(page, `screen-${name}-onboarding.png`);
      await onboard(page);
      await recordChecklist(page);
      await shoot(page, `screen-${name}-readiness.png`);

      // The next day Today asks about the test jog, answered with one tap; the day after, again.
      await press(page, 'Tab: Today');
      assert.ok(await seesText(page, 'Not ready to run yet'));
      await setToday(page, '2025-03-04');
      assert.ok(await seesText(page, 'about 24 hours later'), 'the 24-hour question is asked');
      await press(page, 'Pain this morning: 0');
      await setToday(page, '2025-03-05');
      assert.ok(await seesText(page, 'about 48 hours later'), 'the 48-hour question is asked');
      await press(page, 'Pain this morning: 0');
      assert.ok(await seesText(page, 'Start with 5 minutes'), `first run suggested: ${await texts(page)}`);
      await press(page, 'Why this advice?');
      assert.ok(await seesText(page, 'Source:'), 'the reason and its source show behind a tap');

      // The first run, logged with the defaults (5 minutes) and pain picked with taps.
      await press(page, 'Log a run');
      await item(page, 'Log', 'text');
      assert.equal((await reveal(page, 'Minutes', 'number-field')).value, '5', 'the prescribed run is the default');
      await press(page, 'Worst pain during: 1');
      await press(page, 'Save run');
      await setToday(page, '2025-03-06');
      await press(page, 'Tab: Today');
      assert.ok(await seesText(page, "Yesterday's run"), 'the next-morning question for the run');
      await shoot(page, `screen-${name}-today-question.png`);
      await press(page, 'Pain this morning: 0');

      // A red run (pain 7 during) turns Today into a step back with its reason.
      await press(page, 'Tab: Log');
      await press(page, 'Worst pain during: 7');
      await press(page, 'Save run');
      await press(page, 'Tab: Today');
      await reveal(page, 'Step back', 'text');
      const headline = (await texts(page)).find((t) => t.startsWith('Your last run was red'));
      assert.ok(headline, `step back headline: ${await texts(page)}`);
      assert.ok(await seesText(page, 'Source:'), 'the reason stays open once opened');
      await shoot(page, `screen-${name}-today.png`);

      // Undo brings a deleted entry back.
      await press(page, 'Tab: History');
      await shoot(page, `screen-${name}-history.png`);
      const runsBefore = (await texts(page)).length;
      await reveal(page, 'Delete', 'button');
      const first = (await texts(page)).find((t) => t.startsWith('Run, '));
      assert.ok(first, 'a run is listed');
      await press(page, 'Delete', 'button');
      await page.waitForTimeout(200);
      assert.ok(!(await texts(page)).includes(first), 'the run is gone');
      await toTop(page);
      await press(page, 'Undo', 'button');
      await reveal(page, first, 'text');
      assert.ok(runsBefore > 0);

      await press(page, 'Tab: Log');
      await shoot(page, `screen-${name}-log.png`);
      await press(page, 'Tab: Plan');
      await shoot(page, `screen-${name}-plan.png`);
      if (name === 'phone') { // About is under Today's disclaimer (and the end of Plan) on a phone
        await press(page, 'Tab: Today');
        await press(page, 'About Stride Back');
      } else {
        await press(page, 'Tab: About');
      }
      assert.ok(await seesText(page, 'Only in this browser'));
      await shoot(page, `screen-${name}-about.png`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  });
}

describe('refused input', () => {
  for (const [device, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
    test(`pain 11, negative minutes and letters are refused with a message on a ${name}`, async () => {
      const page = await openApp(app.browser, `${app.url}?today=2025-03-03`, device);
      await onboard(page);
      await press(page, 'Tab: Log');
      await typeInto(page, 'Worst pain during', '11');
      assert.ok(await seesText(page, '11 is not on the scale'), 'pain 11 refused');
      await typeInto(page, 'Minutes', '-5');
      assert.ok(await seesText(page, '-5 is not allowed'), 'negative minutes refused');
      await typeInto(page, 'Distance in km (optional)', 'abc');
      assert.ok(await seesText(page, '"abc" is not a number'), 'letters refused');
      assert.equal((await reveal(page, 'Minutes', 'number-field')).value, '-5', 'what was typed stays, not clamped');
      const save = await reveal(page, 'Save run', 'button');
      assert.equal(save.disabled, true, 'Save refuses while a field is wrong');
      await shoot(page, `screen-${name}-log-refused.png`);
      // Fixing the fields lets the run be saved.
      await typeInto(page, 'Worst pain during', '2');
      await typeInto(page, 'Minutes', '10');
      await typeInto(page, 'Distance in km (optional)', '1.5');
      assert.equal((await reveal(page, 'Save run', 'button')).disabled, false);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
});

describe('docs', () => {
  test('the screenshots of every screen are copied to docs/screenshots', () => {
    const target = join(root, 'docs', 'screenshots');
    mkdirSync(target, { recursive: true });
    for (const device of ['phone', 'desktop']) {
      for (const screen of ['onboarding', 'readiness', 'today', 'today-question', 'log', 'log-refused', 'history', 'plan', 'about']) {
        const file = `screen-${device}-${screen}.png`;
        copyFileSync(join(artifacts, file), join(target, file));
      }
    }
  });
});
