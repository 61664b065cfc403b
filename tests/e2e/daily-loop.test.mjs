// The runner's daily loop on a phone, with real taps (issue 11): a run logged with only the pain during, the
// next morning answered with the runner's usual morning pain (not red, and "not recorded" in the saved file
// for what was not given), a second save of the same run that asks first, a red run red on Today, in History
// and in the report, and the next-morning reminder as a real iCalendar download whose link opens the app on
// the question. Then screenshots of the changed screens on a phone and a desktop, light and dark.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { DESKTOP, PHONE, centre, item, openApp, pixel, probe, screenshot, serveApp } from './harness.mjs';
import { onboard, press, reveal, seesText, setToday, toTop } from './ui/drive.mjs';

const app = serveApp();

const texts = async (page) => (await probe(page)).items.filter((i) => i.kind === 'text').map((i) => i.label);

// Presses an item and waits for the browser download it starts; returns { name, text }.
async function downloadFrom(page, label) {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, label)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

// The Plan screen's exports: the plan file and the physio report.
const exportPlan = async (page) => { await press(page, 'Tab: Plan'); return JSON.parse((await downloadFrom(page, 'Export the plan file')).text); };
const exportReport = async (page) => { await press(page, 'Tab: Plan'); return (await downloadFrom(page, 'Physio report (printable page)')).text; };

// A morning check logged on the Log screen with one tap on the pain at rest.
async function logMorning(page, iso, pain) {
  await setToday(page, iso);
  await press(page, 'Tab: Today');
  await press(page, 'Tab: Log');
  await press(page, 'Log: Morning check');
  await press(page, `Pain at rest: ${pain}`);
  await press(page, 'Save morning check');
  assert.ok(await seesText(page, `Morning check saved: pain at rest ${pain}/10`), `the check of ${iso} is saved`);
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
    const page = await openApp(app.browser, `${app.url}?today=2025-02-27`, PHONE);
    await onboard(page);
    // The runner's usual morning: 1/10 at rest.
    await logMorning(page, '2025-02-27', 1);
    await logMorning(page, '2025-02-28', 1);

    // A run on Sunday with only the worst pain during chosen: Save waits for that one pain.
    await setToday(page, '2025-03-02');
    await press(page, 'Tab: Today');
    await press(page, 'Tab: Log');
    await press(page, 'Log: Run');
    assert.equal((await reveal(page, 'Save run', 'button')).disabled, true, 'no pain during chosen: no save');
    await press(page, 'Worst pain during: 2');
    await press(page, 'Save run');
    assert.ok(await seesText(page, 'Run saved: 5 minutes, green so far.'), `feedback where the thumb is: ${await texts(page)}`);
    const card = (await texts(page)).find((t) => t.startsWith('Run saved'));
    const cardItem = (await probe(page)).items.find((i) => i.label === card);
    assert.ok(cardItem.y < 844 / 2, `the saved card is in view at the top (y ${cardItem.y})`);

    // Saving what looks like the same run again asks first.
    await press(page, 'Log another run');
    await press(page, 'Worst pain during: 2');
    await press(page, 'Save run');
    assert.ok(await seesText(page, 'Save it again?'), 'the second save asks');
    await press(page, "Don't save");

    // Monday morning: the next-morning question and the morning check are one card; 1/10 is the usual.
    await setToday(page, '2025-03-03');
    await press(page, 'Tab: Today');
    assert.ok(await seesText(page, "Yesterday's run (5 minutes): how does your hamstring feel this morning, at rest?"));
    assert.ok(await seesText(page, 'One answer for both'));
    await press(page, 'Pain this morning: 1');
    assert.ok(await seesText(page, 'Your run of Sun 2 Mar 2025: green.'), `the verdict: ${await texts(page)}`);
    assert.ok(!(await texts(page)).some((t) => t.includes('Step back') || t.startsWith('Red')), 'not red');
    await press(page, 'Daily test this morning: 2');

    const plan = (await exportPlan(page)).plan;
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

    await press(page, 'Tab: History');
    assert.ok(await seesText(page, 'Zone: green.'), 'History says green');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a red run is red on Today, in History and in the report', async () => {
    const page = await openApp(app.browser, `${app.url}?today=2025-03-03`, PHONE);
    await onboard(page);
    await press(page, 'Tab: Log');
    await press(page, 'Worst pain during: 7');
    await press(page, 'Save run');
    assert.ok(await seesText(page, 'Run saved: 5 minutes, red.'));

    await press(page, 'Tab: Today');
    const heading = await reveal(page, 'Step back', 'text');
    assert.ok(await seesText(page, 'Traffic light: red'));
    // The card behind the heading is the red tint (light theme #f7d9d5), not amber.
    const [r, g, b] = await pixel(page, heading.x - 6, heading.y + heading.height / 2);
    assert.ok(r > 235 && g > 200 && g < 228 && b > 200 && b < 225, `red card tint: rgb(${r}, ${g}, ${b})`);

    await press(page, 'Tab: History');
    assert.ok(await seesText(page, 'Run, Mon 3 Mar 2025'), 'the run is listed');
    const row = (await probe(page)).items.find((i) => i.kind === 'text' && i.label.startsWith('Run, Mon 3 Mar 2025'));
    assert.ok(row.label.includes('Zone: red.'), row.label);
    // The dot before the words is the strong red (#b3261e).
    const dot = await pixel(page, row.x - 11, row.y + 9);
    assert.ok(dot[0] > 150 && dot[1] < 80 && dot[2] < 80, `red dot: rgb(${dot})`);

    const report = await exportReport(page);
    assert.match(report, /<g class="verdict red"><title>Mon 3 Mar 2025: red, pain during 7\/10<\/title><line/);
    assert.match(report, /<td class="red">red<\/td>/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('the reminder is a valid iCalendar event at the chosen time, its link opens the app on the question, with a badge', async () => {
    const context = await app.browser.newContext(PHONE);
    // Record the Badging API's calls (Chromium has it for installed apps; the page must feature-detect).
    await context.addInitScript(() => {
      window.__badges = [];
      navigator.setAppBadge = (n) => { window.__badges.push(n); return Promise.resolve(); };
      navigator.clearAppBadge = () => { window.__badges.push(0); return Promise.resolve(); };
    });
    const page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(String(error)));
    page.on('console', (message) => { if (message.type() === 'error') page.problems.push(message.text()); });
    await page.goto(`${app.url}?today=2025-03-03`);
    await page.waitForFunction(() => window.strideProbe && window.strideProbe.frame >= 1, null, { timeout: 30000 });
    await onboard(page);
    await press(page, 'Tab: Log');
    await press(page, 'Worst pain during: 1');
    await press(page, 'Save run');
    await press(page, 'Remind me the morning after at: Change the time');
    await press(page, 'Remind me the morning after at, hour: 07');
    await press(page, 'Remind me the morning after at, minutes: :15');
    const file = await downloadFrom(page, 'Add the reminder to my calendar');
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
    assert.equal(link, `${app.url}#answer`, 'the link opens the app on the question');
    assert.ok(event.props.DESCRIPTION[0].includes(link));
    assert.equal(event.children[0]?.name, 'VALARM');
    assert.ok(await seesText(page, 'open it to add it to your calendar'), 'the app says what happened');

    // The next morning, the link opens the app on Today's question (the test clock in the query).
    const next = await context.newPage();
    next.problems = [];
    next.on('pageerror', (error) => next.problems.push(String(error)));
    await next.goto(link.replace('#answer', '?today=2025-03-04#answer'));
    await next.waitForFunction(() => window.strideProbe && window.strideProbe.frame >= 1, null, { timeout: 30000 });
    await next.waitForFunction(() => window.strideProbe.items.some((i) => i.kind === 'text' && i.label.startsWith("Yesterday's run")), null, { timeout: 10000 });
    const question = (await probe(next)).items.find((i) => i.label.startsWith("Yesterday's run"));
    assert.ok(question.y >= 0 && question.y < 844, 'the question is on the first screen');
    assert.equal(await next.evaluate(() => location.hash), '', 'the fragment is taken, so a reload does not reopen it');
    // A badge while the question waits, cleared once answered.
    await next.waitForFunction(() => window.__badges.includes(1));
    await press(next, 'Pain this morning: 0');
    await next.waitForFunction(() => window.__badges[window.__badges.length - 1] === 0);
    assert.deepEqual([...page.problems, ...next.problems], []);
    await context.close();

    // Where the browser has no Badging API nothing fails.
    const bare = await app.browser.newContext(PHONE);
    await bare.addInitScript(() => { delete Navigator.prototype.setAppBadge; delete Navigator.prototype.clearAppBadge; });
    const plain = await bare.newPage();
    const errors = [];
    plain.on('pageerror', (error) => errors.push(String(error)));
    await plain.goto(`${app.url}?today=2025-03-04#answer`);
    await plain.waitForFunction(() => window.strideProbe && window.strideProbe.frame >= 1, null, { timeout: 30000 });
    await onboard(plain);
    assert.deepEqual(errors, []);
    await bare.close();
  });
});

describe('screenshots of the changed screens', () => {
  for (const [device, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
    for (const scheme of ['light', 'dark']) {
      test(`${name}, ${scheme}`, async () => {
        const page = await openApp(app.browser, `${app.url}?today=2025-03-02`, device, { colorScheme: scheme });
        const shot = async (what) => { await toTop(page); await screenshot(page, `loop-${name}-${scheme}-${what}.png`); };
        await onboard(page);
        await press(page, 'Tab: Log');
        await press(page, 'Date of the run: Another day');
        await shot('log-form');
        await press(page, 'Date of the run: Today');
        await press(page, 'Worst pain during: 4');
        await press(page, 'Save run');
        await shot('log-saved');
        await setToday(page, '2025-03-03');
        await press(page, 'Tab: Today');
        await shot('today-morning');
        await press(page, 'Pain this morning: 2');
        await shot('today-comparison');
        await press(page, 'Yes, more than usual');
        await shot('today-red');
        await press(page, 'Tab: History');
        await reveal(page, 'Pain with each run', 'chart');
        await screenshot(page, `loop-${name}-${scheme}-history.png`);
        if (name === 'phone') {
          await press(page, 'Tab: Plan');
          await press(page, 'How the advice works: every rule in plain words');
        } else {
          await press(page, 'Tab: How it works');
        }
        await shot('rules');
        assert.deepEqual(page.problems, []);
        await page.context().close();
      });
    }
  }
});
