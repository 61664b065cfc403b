// The screens a runner uses, driven as a person would with real taps, clicks and typing: onboarding, the
// readiness checklist, a test jog and its 24/48-hour questions, the first run suggestion, a red run and its
// step back, refused input, undo of a delete, and screenshots of every screen on a phone and a desktop.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  DESKTOP, LABELS, PHONE, artifacts, onboard, openApp, root, serveApp,
} from '../driver/index.mjs';

const served = serveApp();

// Saves a screenshot of the whole screen from its top, for the artifacts and docs/screenshots.
async function shoot(app, name) {
  await app.toTop();
  await app.screenshot(name);
}

async function recordChecklist(app) {
  await app.press('Record rest pain');
  await app.press('Pain at rest: 0');
  await app.press('Save result');
  assert.ok(await app.seesText('No pain at rest: Passed'), 'rest pain passes');
  await app.press('Record drop lunge');
  await app.press('Pain in the drop lunge: 0');
  await app.press('Save result');
  await app.press('Record strength');
  await app.type('Left leg, repetitions', '25');
  await app.type('Right leg, repetitions', '24');
  await app.press('Save result');
  await app.reveal({ label: 'Strength equal left and right: Passed', kind: 'text' });
  await app.press('Record test jog');
  await app.type('Minutes jogged', '8');
  await app.press('Worst pain during the jog: 1');
  await app.press('Save result');
  await app.reveal({ label: 'Test jog settles: Not yet', kind: 'text' });
}

for (const [device, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
  describe(`a new runner on a ${name}`, () => {
    test('onboarding, checklist, test jog, next-morning answers, first run, red run, undo, screenshots', async () => {
      const app = await openApp(served.browser, `${served.url}?today=2025-03-03`, device);
      await app.waitFor({ label: LABELS.welcome, kind: 'text' });
      await shoot(app, `screen-${name}-onboarding.png`);
      await onboard(app);
      await recordChecklist(app);
      await shoot(app, `screen-${name}-readiness.png`);

      // The next day Today asks about the test jog, answered with one tap; the day after, again.
      await app.press(LABELS.todayTab);
      assert.ok(await app.seesText('Not ready to run yet'));
      await app.setToday('2025-03-04');
      assert.ok(await app.seesText('about 24 hours later'), 'the 24-hour question is asked');
      await app.press('Pain this morning: 0');
      await app.setToday('2025-03-05');
      assert.ok(await app.seesText('about 48 hours later'), 'the 48-hour question is asked');
      await app.press('Pain this morning: 0');
      assert.ok(await app.seesText('Start with 5 minutes'), `first run suggested: ${await app.texts()}`);
      await app.press(LABELS.why);
      assert.ok(await app.seesText('Source:'), 'the reason and its source show behind a tap');

      // The first run, logged with the defaults (5 minutes) and pain picked with taps.
      await app.press('Log a run');
      await app.waitFor({ label: 'Log', kind: 'text' });
      assert.equal((await app.reveal({ label: LABELS.minutes, kind: 'number-field' })).value, '5', 'the prescribed run is the default');
      await app.press('Worst pain during: 1');
      await app.press(LABELS.saveRun);
      await app.setToday('2025-03-06');
      await app.press(LABELS.todayTab);
      assert.ok(await app.seesText("Yesterday's run"), 'the next-morning question for the run');
      await shoot(app, `screen-${name}-today-question.png`);
      await app.press('Pain this morning: 0');

      // A red run (pain 7 during) turns Today into a step back with its reason.
      await app.press(LABELS.logTab);
      await app.press('Worst pain during: 7');
      await app.press(LABELS.saveRun);
      await app.press(LABELS.todayTab);
      await app.reveal({ label: 'Step back', kind: 'text' });
      const headline = (await app.texts()).find((t) => t.startsWith('Your last run was red'));
      assert.ok(headline, `step back headline: ${await app.texts()}`);
      assert.ok(await app.seesText('Source:'), 'the reason stays open once opened');
      await shoot(app, `screen-${name}-today.png`);

      // Undo brings a deleted entry back.
      await app.press(LABELS.historyTab);
      await shoot(app, `screen-${name}-history.png`);
      const runsBefore = (await app.texts()).length;
      await app.reveal({ label: 'Delete', kind: 'button' });
      const first = (await app.texts()).find((t) => t.startsWith('Run, '));
      assert.ok(first, 'a run is listed');
      await app.press({ label: 'Delete', kind: 'button' });
      assert.ok(!(await app.texts()).includes(first), 'the run is gone');
      await app.toTop();
      await app.press({ label: 'Undo', kind: 'button' });
      await app.reveal({ label: first, kind: 'text' });
      assert.ok(runsBefore > 0);

      await app.press(LABELS.logTab);
      await shoot(app, `screen-${name}-log.png`);
      await app.press(LABELS.planTab);
      await shoot(app, `screen-${name}-plan.png`);
      if (name === 'phone') { // About is under Today's disclaimer (and the end of Plan) on a phone
        await app.press(LABELS.todayTab);
        await app.press('About Stride Back');
      } else {
        await app.press(LABELS.aboutTab);
      }
      assert.ok(await app.seesText('Only in this browser'));
      await shoot(app, `screen-${name}-about.png`);
      assert.deepEqual(app.problems, []);
      await app.close();
    });
  });
}

describe('refused input', () => {
  for (const [device, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
    test(`pain 11, negative minutes and letters are refused with a message on a ${name}`, async () => {
      const app = await openApp(served.browser, `${served.url}?today=2025-03-03`, device);
      await onboard(app);
      await app.press(LABELS.logTab);
      await app.type('Worst pain during', '11');
      assert.ok(await app.seesText('11 is not on the scale'), 'pain 11 refused');
      await app.type(LABELS.minutes, '-5');
      assert.ok(await app.seesText('-5 is not allowed'), 'negative minutes refused');
      await app.type('Distance in km (optional)', 'abc');
      assert.ok(await app.seesText('"abc" is not a number'), 'letters refused');
      assert.equal((await app.reveal({ label: LABELS.minutes, kind: 'number-field' })).value, '-5', 'what was typed stays, not clamped');
      const save = await app.reveal({ label: LABELS.saveRun, kind: 'button' });
      assert.equal(save.disabled, true, 'Save refuses while a field is wrong');
      await shoot(app, `screen-${name}-log-refused.png`);
      // Fixing the fields lets the run be saved.
      await app.type('Worst pain during', '2');
      await app.type(LABELS.minutes, '10');
      await app.type('Distance in km (optional)', '1.5');
      assert.equal((await app.reveal({ label: LABELS.saveRun, kind: 'button' })).disabled, false);
      assert.deepEqual(app.problems, []);
      await app.close();
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
