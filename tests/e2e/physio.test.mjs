// The physio's strength programme in Chromium with real clicks and taps: on a desktop the physio writes a
// programme (two exercises, sessions a week) and exports the plan file; on a phone the runner imports it,
// sees the programme and this week's sessions on Today, and logs a session against it, answering each
// exercise. The exported file carries it. Screenshots of the new parts, phone and desktop,
// light and dark.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  DESKTOP, LABELS, PHONE, assertAllLocal, exportPlan, importPlan, onboard, openApp, recordRequests,
  saved, serveApp,
} from './driver/index.mjs';

const served = serveApp();
const requests = [];
after(() => assertAllLocal(requests));

const TODAY = '2025-03-05'; // a Wednesday

async function fresh(device, scheme = 'light') {
  const app = await openApp(served.browser, `${served.url}?today=${TODAY}`, device,
    { downloads: true, colorScheme: scheme });
  requests.push(...recordRequests(app.profile));
  return app;
}

// Writes the programme on the Plan screen: two exercises and three sessions a week.
async function writeProgramme(app) {
  await app.press(LABELS.planTab);
  await app.press('Add an exercise to the programme');
  await app.type('Exercise 1, name', 'Prone hamstring curl');
  await app.type('Exercise 1, sets', '3');
  await app.type('Exercise 1, repetitions', '8');
  await app.type('Exercise 1, weight in kg (0 = body weight)', '22.5');
  await app.type('Exercise 1, how to do it (optional)', '3 seconds down');
  await app.press('Add an exercise to the programme');
  await app.type('Exercise 2, name', 'Single-leg bridge');
  await app.type('Exercise 2, repetitions', '12');
  await app.type('Sessions a week', '3');
  await app.press('Save strength programme');
  assert.ok(await app.seesText('Saved: Today shows the programme.'));
  await app.toTop(); // a phone shows the save state in the header line
  await saved(app);
}

describe('the strength programme, from the physio to the runner', () => {
  test('prescribed on a desktop, imported and logged against on a phone', async () => {
    const physio = await fresh(DESKTOP);
    await onboard(physio);
    await writeProgramme(physio);
    const file = await exportPlan(physio);
    const plan = JSON.parse(file.text).plan;
    assert.deepEqual(plan.prescription.strength_programme.map((e) => [e.name, e.sets, e.reps, e.load_kg, e.note]), [
      ['Prone hamstring curl', 3, 8, 22.5, '3 seconds down'],
      ['Single-leg bridge', 3, 12, 0, ''],
    ]);
    assert.equal(plan.prescription.strength_programme[0].cereal_class_version, 2);
    assert.equal(plan.settings.strength_sessions_per_week, 3);
    assert.deepEqual(physio.problems, []);
    await physio.close();

    const runner = await fresh(PHONE);
    await onboard(runner);
    await importPlan(runner, file.text, file.name);
    await runner.press(LABELS.todayTab);
    assert.ok(await runner.seesText('This week: your programme asks for 3 strength sessions.'));
    assert.ok(await runner.seesText('Prone hamstring curl 3 x 8 at 22.5 kg'));
    assert.ok(await runner.seesText('3 seconds down'));
    await runner.press("Log today's strength session");
    const save = await runner.reveal('Save strength session');
    assert.equal(save.disabled, true, 'nothing is saved before each exercise is answered');
    await runner.press('Exercise 1: Done');
    await runner.press('Exercise 2: Changed');
    await runner.type('Exercise 2, repetitions', '10');
    await runner.press('Save strength session');
    assert.ok(await runner.seesText('Strength session saved: 2 exercises.'));
    await saved(runner);
    await runner.press('Done: back to Today');
    assert.ok(await runner.seesText('This week: 1 of 3 strength sessions done. 2 more keeps your tendon strong.'));

    const back = JSON.parse((await exportPlan(runner)).text).plan;
    assert.equal(back.strength_sessions.length, 1);
    assert.equal(back.strength_sessions[0].date, TODAY);
    assert.deepEqual(back.strength_sessions[0].exercises.map((e) => [e.name, e.sets, e.reps, e.load_kg, e.note]), [
      ['Prone hamstring curl', 3, 8, 22.5, ''],
      ['Single-leg bridge', 3, 10, 0, ''],
    ]);
    assert.deepEqual(runner.problems, []);
    await runner.close();
  });

  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const scheme of ['light', 'dark']) {
      test(`screenshots: ${name}, ${scheme}`, async () => {
        const app = await fresh(device, scheme);
        await onboard(app);
        await writeProgramme(app);
        await app.reveal('Save strength programme');
        await app.screenshot(`physio-${name}-${scheme}-programme.png`);
        await app.press(LABELS.todayTab);
        await app.reveal("Log today's strength session");
        await app.screenshot(`physio-${name}-${scheme}-today.png`);
        await app.press("Log today's strength session");
        await app.press('Exercise 1: Done');
        await app.press('Exercise 2: Changed');
        await app.reveal('Exercise 2, repetitions');
        await app.screenshot(`physio-${name}-${scheme}-log.png`);
        assert.deepEqual(app.problems, []);
        await app.close();
      });
    }
  }
});
