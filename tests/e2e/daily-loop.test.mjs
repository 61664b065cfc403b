// The runner's daily loop on a phone, with real taps (issue 11): a run logged with only the pain during, the
// next morning answered with the runner's usual morning pain (not red, and "not recorded" in the saved file
// for what was not given), a second save of the same run that asks first, a red run red on Today, in History
// and in the report, and the next-morning reminder as a real iCalendar download whose link opens the app on
// the question. Then screenshots of the changed screens on a phone and a desktop, light and dark.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DESKTOP, LABELS, PHONE, download, exportPlan, onboard, openApp, openTab, serveApp,
} from './driver/index.mjs';

const served = serveApp();

// The Plan screen's exports: the plan file and the physio report.
const planOf = async (app) => JSON.parse((await exportPlan(app)).text).plan;
const reportOf = async (app) => (await download(app, LABELS.exportReport)).text;

// A morning check logged on the Log screen with one tap on the pain at rest.
async function logMorning(app, iso, pain) {
  await app.setToday(iso);
  await app.press(LABELS.todayTab);
  await app.press(LABELS.logTab);
  await app.press('Log: Morning check');
  await app.press(`Pain at rest: ${pain}`);
  await app.press('Save morning check');
  assert.ok(await app.seesText(`Morning check saved: pain at rest ${pain}/10`), `the check of ${iso} is saved`);
}

// A small RFC 5545 reader written for the test: every line ends in CRLF and holds at most 75 octets, folded
// lines are joined, BEGIN/END nest, TEXT escapes are undone. Returns the components as a tree.
function parseICalendar(text) {
  assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  const lines = [];
  for (const line of physical) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line within 75 octets: ${line}`);
    assert.ok(!line.includes('\n') && !line.includes('\r'), 'no bare line breaks');
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const root = { name: 'root', props: {}, children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.indexOf(':');
    assert.ok(colon > 0, `a content line: ${line}`);
    const name = line.slice(0, colon).split(';')[0].toUpperCase();
    const raw = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const component = { name: raw, props: {}, children: [] };
      stack[stack.length - 1].children.push(component);
      stack.push(component);
    } else if (name === 'END') {
      assert.equal(stack.pop().name, raw, `END:${raw} closes its BEGIN`);
    } else {
      const value = name === 'URL' ? raw : raw.replace(/\\([\\;,nN])/g, (m, c) => (c === 'n' || c === 'N' ? '\n' : c));
      (stack[stack.length - 1].props[name] ??= []).push(value);
    }
  }
  assert.equal(stack.length, 1, 'every BEGIN has its END');
  return root;
}

describe('the daily loop on a phone', () => {
  test('only pain during, answered next morning with the usual morning pain: not red, "not recorded" saved, a second save asks', async () => {
    const app = await openApp(served.browser, `${served.url}?today=2025-02-27`, PHONE, { downloads: true });
    await onboard(app);
    // The runner's usual morning: 1/10 at rest.
    await logMorning(app, '2025-02-27', 1);
    await logMorning(app, '2025-02-28', 1);

    // A run on Sunday with only the worst pain during chosen: Save waits for that one pain.
    await app.setToday('2025-03-02');
    await app.press(LABELS.todayTab);
    await app.press(LABELS.logTab);
    await app.press('Log: Run');
    assert.equal((await app.reveal({ label: 'Save run', kind: 'button' })).disabled, true, 'no pain during chosen: no save');
    await app.press('Worst pain during: 2');
    await app.press(LABELS.saveRun);
    assert.ok(await app.seesText('Run saved: 5 minutes, green so far.'), `feedback where the thumb is: ${await app.texts()}`);
    const card = (await app.texts()).find((t) => t.startsWith('Run saved'));
    const cardItem = (await app.probe()).items.find((i) => i.label === card);
    assert.ok(cardItem.y < 844 / 2, `the saved card is in view at the top (y ${cardItem.y})`);

    // Saving what looks like the same run again asks first.
    await app.press('Log another run');
    await app.press('Worst pain during: 2');
    await app.press(LABELS.saveRun);
    assert.ok(await app.seesText('Save it again?'), 'the second save asks');
    await app.press("Don't save");

    // Monday morning: the next-morning question and the morning check are one card; 1/10 is the usual.
    await app.setToday('2025-03-03');
    await app.press(LABELS.todayTab);
    assert.ok(await app.seesText("Yesterday's run (5 minutes): how does your hamstring feel this morning, at rest?"));
    assert.ok(await app.seesText('One answer for both'));
    await app.press('Pain this morning: 1');
    assert.ok(await app.seesText('Your run of Sun 2 Mar 2025: green.'), `the verdict: ${await app.texts()}`);
    assert.ok(!(await app.texts()).some((t) => t.includes('Step back') || t.startsWith('Red')), 'not red');
    await app.press('Daily test this morning: 2');

    const plan = (await planOf(app));
    assert.equal(plan.runs.length, 1, 'the second save was not made');
    const run = plan.runs[0];
    assert.equal(run.pain_during, 2);
    assert.equal(run.pain_before, -1, 'pain before: not recorded');
    assert.equal(run.pain_after, -1, 'pain right after: not recorded');
    assert.equal(run.time, '', 'no start time given, none saved');
    assert.equal(run.surface, 'not_set');
    assert.equal(run.pain_next_morning, 1);
    const monday = plan.daily_checks.find((c) => c.date === '2025-03-03');
    assert.ok(monday, 'the answer is also this morning\'s check');
    assert.equal(monday.pain_at_rest, 1);
    assert.equal(monday.task_pain, 2);

    await app.press(LABELS.historyTab);
    assert.ok(await app.seesText('Zone: green.'), 'History says green');
    assert.deepEqual(app.problems, []);
    await app.close();
  });

  test('a red run is red on Today, in History and in the report', async () => {
    const app = await openApp(served.browser, `${served.url}?today=2025-03-03`, PHONE, { downloads: true });
    await onboard(app);
    await app.press(LABELS.logTab);
    await app.press('Worst pain during: 7');
    await app.press(LABELS.saveRun);
    assert.ok(await app.seesText('Run saved: 5 minutes, red.'));

    await app.press(LABELS.todayTab);
    const heading = await app.reveal({ label: 'Step back', kind: 'text' });
    assert.ok(await app.seesText('Traffic light: red'));
    // The card behind the heading is the red tint (light theme #f7d9d5), not amber.
    const [r, g, b] = await app.pixel(heading.x - 6, heading.y + heading.height / 2);
    assert.ok(r > 235 && g > 200 && g < 228 && b > 200 && b < 225, `red card tint: rgb(${r}, ${g}, ${b})`);

    await app.press(LABELS.historyTab);
    assert.ok(await app.seesText('Run, Mon 3 Mar 2025'), 'the run is listed');
    const row = (await app.probe()).items.find((i) => i.kind === 'text' && i.label.startsWith('Run, Mon 3 Mar 2025'));
    assert.ok(row.label.includes('Zone: red.'), row.label);
    // The dot before the words is the strong red (#b3261e).
    const dot = await app.pixel(row.x - 11, row.y + 9);
    assert.ok(dot[0] > 150 && dot[1] < 80 && dot[2] < 80, `red dot: rgb(${dot})`);

    const report = await reportOf(app);
    assert.match(report, /<g class="verdict red"><title>Mon 3 Mar 2025: red, pain during 7\/10<\/title><line/);
    assert.match(report, /<td class="red">red<\/td>/);
    assert.deepEqual(app.problems, []);
    await app.close();
  });

  test('the reminder is a valid iCalendar event at the chosen time, its link opens the app on the question, with a badge', async () => {
    const profile = await served.browser.newProfile(PHONE, { downloads: true });
    // Record the Badging API's calls (Chromium has it for installed apps; the page must feature-detect).
    await profile.addInitScript(() => {
      window.__badges = [];
      navigator.setAppBadge = (n) => { window.__badges.push(n); return Promise.resolve(); };
      navigator.clearAppBadge = () => { window.__badges.push(0); return Promise.resolve(); };
    });
    const app = await openTab(profile, `${served.url}?today=2025-03-03`);
    await onboard(app);
    await app.press(LABELS.logTab);
    await app.press('Worst pain during: 1');
    await app.press(LABELS.saveRun);
    await app.press('Remind me the morning after at: Change the time');
    await app.press('Remind me the morning after at, hour: 07');
    await app.press('Remind me the morning after at, minutes: :15');
    const file = await app.tab.download(() => app.press('Add the reminder to my calendar'));
    assert.equal(file.name, 'stride-back-reminder-2025-03-04.ics');
    const calendar = parseICalendar(file.text);
    assert.equal(calendar.children.length, 1);
    const vcalendar = calendar.children[0];
    assert.equal(vcalendar.name, 'VCALENDAR');
    assert.deepEqual(vcalendar.props.VERSION, ['2.0']);
    assert.ok(vcalendar.props.PRODID?.[0]);
    const events = vcalendar.children.filter((c) => c.name === 'VEVENT');
    assert.equal(events.length, 1, 'one event');
    const event = events[0];
    assert.deepEqual(event.props.DTSTART, ['20250304T071500'], 'the morning after, at the time chosen');
    assert.match(event.props.DTSTAMP[0], /^\d{8}T\d{6}Z$/);
    assert.ok(event.props.UID[0].length > 5);
    const link = event.props.URL[0];
    assert.equal(link, `${served.url}#answer`, 'the link opens the app on the question');
    assert.ok(event.props.DESCRIPTION[0].includes(link));
    assert.equal(event.children[0]?.name, 'VALARM');
    assert.ok(await app.seesText('open it to add it to your calendar'), 'the app says what happened');

    // The next morning, the link opens the app on Today's question (the test clock in the query).
    const next = await openTab(profile, link.replace('#answer', '?today=2025-03-04#answer'));
    await next.waitFor({ prefix: "Yesterday's run", kind: 'text' });
    const question = await next.find({ prefix: "Yesterday's run", kind: 'text' });
    assert.ok(question.y >= 0 && question.y < 844, 'the question is on the first screen');
    assert.equal(await next.evaluate(() => location.hash), '', 'the fragment is taken, so a reload does not reopen it');
    // A badge while the question waits, cleared once answered.
    await next.waitUntil(() => window.__badges.includes(1));
    await next.press('Pain this morning: 0');
    await next.waitUntil(() => window.__badges[window.__badges.length - 1] === 0);
    assert.deepEqual([...app.problems, ...next.problems], []);
    await profile.close();

    // Where the browser has no Badging API nothing fails.
    const bare = await served.browser.newProfile(PHONE);
    await bare.addInitScript(() => { delete Navigator.prototype.setAppBadge; delete Navigator.prototype.clearAppBadge; });
    const plain = await openTab(bare, `${served.url}?today=2025-03-04#answer`);
    await onboard(plain);
    assert.deepEqual(plain.problems, []);
    await bare.close();
  });
});

describe('screenshots of the changed screens', () => {
  for (const [device, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
    for (const scheme of ['light', 'dark']) {
      test(`${name}, ${scheme}`, async () => {
        const app = await openApp(served.browser, `${served.url}?today=2025-03-02`, device, { colorScheme: scheme });
        const shot = async (what) => { await app.toTop(); await app.screenshot(`loop-${name}-${scheme}-${what}.png`); };
        await onboard(app);
        await app.press(LABELS.logTab);
        await app.press('Date of the run: Another day');
        await shot('log-form');
        await app.press('Date of the run: Today');
        await app.press('Worst pain during: 4');
        await app.press(LABELS.saveRun);
        await shot('log-saved');
        await app.setToday('2025-03-03');
        await app.press(LABELS.todayTab);
        await shot('today-morning');
        await app.press('Pain this morning: 2');
        await shot('today-comparison');
        await app.press('Yes, more than usual');
        await shot('today-red');
        await app.press(LABELS.historyTab);
        await app.reveal({ label: 'Pain with each run', kind: 'chart' });
        await app.screenshot(`loop-${name}-${scheme}-history.png`);
        if (name === 'phone') {
          await app.press(LABELS.planTab);
          await app.press('How the advice works: every rule in plain words');
        } else {
          await app.press('Tab: How it works');
        }
        await shot('rules');
        assert.deepEqual(app.problems, []);
        await app.close();
      });
    }
  }
});
