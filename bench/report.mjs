// Turns a results file of bench/run.mjs into the Markdown tables of docs/benchmarks.md, with each target
// marked met or missed, so the document's figures are always copied from one measured run.
//
// usage: node bench/report.mjs [bench/results/latest.json]
import { readFileSync } from 'node:fs';

const r = JSON.parse(readFileSync(process.argv[2] || 'bench/results/latest.json', 'utf8'));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1);
const ms = (x) => (x == null ? 'n/a' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const verdict = (ok) => (ok == null ? 'not measured' : ok ? '**met**' : '**missed**');
const out = [];
const line = (s = '') => out.push(s);

const m = r.machine;
line(`Measured ${r.date.slice(0, 10)} on ${m.cpus} CPUs (${m.cpuModel}), ${mb(m.memoryBytes)} MiB memory, Chromium ${r.chromium}` +
  ` (headless, SwiftShader WebGL2); ${r.runs} runs per figure, medians. Load average ${m.loadAverageAtStart.join(' / ')}` +
  ` at the start and ${m.loadAverageAtEnd.join(' / ')} at the end (1 / 5 / 15 minutes).`);
line();

const save = r.save || {};
const ten = r.scale ? r.scale.rows.find((row) => row.history === 'history-10y') : null;
line('| target | measured | |');
line('|---|---|---|');
if (r.transfer) line(`| first-load transfer <= 400 KB gzip | ${kb(r.transfer.totalGzip)} KB gzip (${kb(r.transfer.totalRaw)} KB raw) | ${verdict(r.transfer.totalGzip <= 400 * 1024)} |`);
if (r.firstFrame) line(`| first usable frame <= 1.3 x baseline, cold | ${ms(r.firstFrame.coldMs)} ms vs ${ms(r.firstFrame.baselineMs)} ms = ${r.firstFrame.ratioCold} x | ${verdict(r.firstFrame.ratioCold <= 1.3)} |`);
if (r.idle) line(`| idle: 0 frames/s once it stops drawing | ${r.idle.framesPerSecond} frames/s, ${ms(r.idle.pageCpuMsPer10s)} ms page CPU per 10 s | ${verdict(r.idle.framesPerSecond === 0)} |`);
const split = save.tapToWriteP50Ms == null ? '' : `; of which tap -> handed to storage p50 ${ms(save.tapToWriteP50Ms)} / p95 ${ms(save.tapToWriteP95Ms)} ms, storage -> committed p50 ${ms(save.writeToCommitP50Ms)} / p95 ${ms(save.writeToCommitP95Ms)} ms`;
// A tap's result is drawn at most 2 frames after its touchend (issue 16).
const LATENCY = [['tabSwitch', 'a tab switch'], ['painChoice', 'a pain choice'], ['saveRun', '"Save run"']];
if (r.latency && !r.latency.error) {
  for (const [key, what] of LATENCY) {
    const l = r.latency[key];
    line(`| input latency, ${what} (10 years, phone): drawn <= 2 frames after the tap | ${l.framesP50} frames p50, ${l.framesMax} at most; ${ms(l.msP50)} ms p50, ${ms(l.msP95)} ms p95 (${l.samples} taps) | ${verdict(l.samples ? l.framesMax <= 2 : null)} |`);
  }
}
const save1 = r.saveRatio1 || {};
if (r.saveRatio1) line(`| save p95 <= 100 ms, 10 years, pixel ratio 1 | p50 ${ms(save1.p50Ms)} ms, p95 ${ms(save1.p95Ms)} ms (${save1.samples} saves) | ${verdict(save1.p95Ms == null ? null : save1.p95Ms <= 100)} |`);
// The journal (issue 18) makes a save durable while the tap is handled; the IndexedDB commit follows.
if (r.saveRatio1 && save1.tapToJournalP50Ms != null) line(`| (the same saves) tap -> durable in the journal, 10 years, pixel ratio 1 | p50 ${ms(save1.tapToJournalP50Ms)} ms, p95 ${ms(save1.tapToJournalP95Ms)} ms (${save1.journaled} saves) | not a target: where a save becomes durable |`);
if (r.save) line(`| save p95 <= 50 ms, 10 years, phone at pixel ratio 3 (issue 7) | p50 ${ms(save.p50Ms)} ms, p95 ${ms(save.p95Ms)} ms (${save.samples} saves${split}) | ${verdict(save.p95Ms == null ? null : save.p95Ms <= 50)} |`);
if (ten) {
  line(`| 10 years: start-up load <= 150 ms | ${ms(ten.loadMs)} ms | ${verdict(ten.loadMs <= 150)} |`);
  line(`| 10 years: suggestion <= 5 ms | ${ms(ten.suggestionMs)} ms | ${verdict(ten.suggestionMs <= 5)} |`);
  line(`| 10 years: history frame <= 8 ms | ${ms(ten.historyFrameMs)} ms (p95 ${ms(ten.historyFrameP95Ms)} ms) | ${verdict(ten.historyFrameMs <= 8)} |`);
  line(`| 10 years: heap <= 64 MB | ${mb(ten.wasmHeapBytes)} MiB at start-up, ${save.heapAfterSavesBytes ? mb(save.heapAfterSavesBytes) : 'n/a'} MiB after ${save.samples} saves | ${verdict(ten.wasmHeapBytes <= 64 * 1024 * 1024 && (!save.heapAfterSavesBytes || save.heapAfterSavesBytes <= 64 * 1024 * 1024))} |`);
}
line();

if (r.transfer) {
  line('#### Transfer, first load (every file the server sent)');
  line('| file | raw KB | gzip KB | times sent |');
  line('|---|---:|---:|---:|');
  for (const f of r.transfer.files) line(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${f.fetches} |`);
  line(`| **total (each file once)** | **${kb(r.transfer.totalRaw)}** | **${kb(r.transfer.totalGzip)}** | |`);
  line();
  line(`${r.transfer.requests} requests; ${kb(r.transfer.bytesSentIncludingRepeats)} KB raw sent counting repeats.`);
  line();
}
if (r.firstFrame) {
  const f = r.firstFrame, c = f.coldBreakdown || {}, b = f.baselineBreakdown || {};
  line('#### Time to first usable frame');
  line('| | app cold | app warm | bare ImGui baseline |');
  line('|---|---:|---:|---:|');
  line(`| navigation -> first Today frame (ms) | ${ms(f.coldMs)} | ${ms(f.warmMs)} | ${ms(f.baselineMs)} |`);
  line(`| ratio to baseline | ${f.ratioCold} | ${f.ratioWarm} | 1 |`);
  line(`| script arrived (ms) | ${ms(c.scriptArrivedMs)} | | ${ms(b.scriptArrivedMs)} |`);
  line(`| fonts arrived (ms) | ${ms(c.fontsArrivedMs)} | | - |`);
  line(`| wasm arrived (ms) | ${ms(c.wasmArrivedMs)} | | ${ms(b.wasmArrivedMs)} |`);
  line(`| first frame started (ms) | ${ms(c.firstFrameStartMs)} | | ${ms(b.firstFrameStartMs)} |`);
  line(`| first frame CPU (ms) | ${ms(c.firstFrameCpuMs)} | | ${ms(b.firstFrameCpuMs)} |`);
  line();
  line(`Warm load ${f.warmHasServiceWorker ? 'served by the service worker' : 'revalidated over HTTP (no service worker registered)'}.`);
  line();
}
if (r.scale) {
  line('#### Scale with years of history');
  line('| history | runs | plan JSON KB | first Today frame ms | load ms | suggestion ms | history summaries ms | history frame ms (p95) | export plan ms | CSV ms | report ms | save encode ms (whole plan) | wasm heap MiB | one plan in heap KB |');
  line('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of r.scale.rows) {
    line(`| ${row.history} | ${row.runs} | ${kb(row.jsonBytes)} | ${ms(row.firstTodayFrameMs)} | ${ms(row.loadMs)} | ${ms(row.suggestionMs)} | ${ms(row.summariesMs)} | ${ms(row.historyFrameMs)} (${ms(row.historyFrameP95Ms)}) | ${ms(row.exportMs)} | ${ms(row.csvMs)} | ${ms(row.reportMs)} | ${ms(row.saveEncodeMs)} (${ms(row.saveWholeMs)}) | ${mb(row.wasmHeapBytes)} | ${kb(row.planHeapBytes)} |`);
  }
  const big = r.scale.core100k;
  if (big && !big.error) {
    line(`| history-100k (core timings only: ${big.entries} entries) | ${big.runs} | ${kb(big.jsonBytes)} | - | ${ms(big.load)} | ${ms(big.suggestion)} | ${ms(big.summaries)} | - | ${ms(big.export)} | ${ms(big.csv)} | ${ms(big.report)} | ${ms(big.save_encode)} (${ms(big.save_whole)}) | - | ${kb(big.planBytes)} |`);
  }
  line();
}
if (r.scale && r.scale.growthPerThousandRuns) {
  line('Extra cost per 1000 more runs of history, from each history to the next (flat from row to row =');
  line('linear growth; climbing in step with the length = worse than linear):');
  line();
  const keys = Object.keys(r.scale.growthPerThousandRuns);
  line(`| from -> to | ${keys.join(' | ')} |`);
  line(`|---|${keys.map(() => '---:').join('|')}|`);
  const steps = r.scale.growthPerThousandRuns[keys[0]];
  for (const [i, step] of steps.entries()) {
    line(`| ${step.from} -> ${step.to} | ${keys.map((k) => r.scale.growthPerThousandRuns[k][i].perThousandRuns).join(' | ')} |`);
  }
  line();
}
process.stdout.write(out.join('\n') + '\n');
