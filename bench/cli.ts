/**
 * `npm run bench -- cli`: the built CLI as a corpus tool.
 *  1. Throughput: the same JSONL stream through `--jobs 1` and `--jobs 2`: articles/s (records
 *     cleaned and written per wall-clock second) end to end, in steady state (from the first record
 *     out to the last: worker start-up left out) and over the second half of the stream (JIT
 *     warm-up left out too), and the pool's scaling between them (issue #5's target: ≥ 1.8× on 2
 *     cores, read from the second half).
 *  2. The ceiling, measured in the same run on the same records: two independent `--jobs 1`
 *     processes at once, one on each half of the stream (every other record, so both halves hold
 *     the same mix of pages and end together), no pool and nothing shared. Their combined
 *     articles/s over one `--jobs 1` process's is what 2 cores give this workload on this machine,
 *     read over the same windows (steady: from the later first record out to the earlier end;
 *     second half: from the later of their own half-way points to the earlier end, where each has
 *     cleaned as many records as a pool worker has at the pool's half-way point). The pool's
 *     efficiency is its scaling over that ceiling: the part of the shortfall the pool itself
 *     causes. On this VM, otherwise idle, two cleaning processes at once each cleaned 15–25 % fewer
 *     articles per CPU second than one alone, so the ceiling sits well below 2× and the 1.8× target
 *     can be missed with a pool that loses nothing; the target line still reports the pool's own
 *     figure, and the ceiling beside it is the explanation, not a new target.
 *  3. Controls (bench/cli-controls.ts): small loops alone and two at once, by their own CPU time:
 *     pure compute (expected ~1.00×: the cores themselves are not shared), allocation and random
 *     memory reads (what two cores of this machine do share). Beside them, the same ratio for the
 *     cleaning workload: CPU per article over the second half, two processes at once over one.
 *  CPU seconds per 1,000 articles show the pool's own overhead, which wall time on a shared machine
 *  cannot; they are split by thread (main thread, worker threads, V8's helper threads: compiler and
 *  collector), over the whole run and over the second half. The main thread's CPU beside the
 *  workers' is the part of the pool that does not scale (with 2 workers on 2 cores it takes its
 *  share from them), and unlike wall time it hardly depends on the load. The helpers' CPU is
 *  elastic: concurrent marking and compilation take up a core the workers leave idle, so it bounds
 *  nothing. Thread CPU times are sampled every SAMPLE_MS, so a split is exact to that (and to the
 *  10 ms clock tick of /proc); the CPU per 1,000 articles of the whole run is exact (the children's
 *  rusage).
 *  4. Memory: peak RSS (VmHWM of the whole process, all threads) over a stream of 50,000 records,
 *     with --jobs 2 and --jobs 1, sampled along the way to show it stays flat (target < 300 MB).
 * Records come from the benchmark's plain-text dumps when present, else synthetic text.
 *
 * The harness keeps out of the way of what it measures (bench/cli-trace.ts): each stream is written
 * to a temporary file first and is the child's stdin (the same bytes for every run), and the
 * child's stdout is another temporary file. While a child runs, the harness only samples, every
 * SAMPLE_MS, the output's size, the child's RSS and its threads' CPU times (from /proc); after the
 * run it finds the line ends in the output once, which turns each size sample into the number of
 * whole records out at that moment. So "first record out" and "half the records out" are known to
 * within SAMPLE_MS. The three throughput runs are repeated ROUNDS times in alternate order, and
 * each figure is read over all of them (records and seconds added up).
 *
 * Wall-clock figures mean something only when the machine is otherwise idle, and "cores used"
 * (CPU seconds over wall seconds) shows whether a run had them: ~1.2 for --jobs 1 (the worker and
 * V8's helpers), ~2.0 for --jobs 2 and for the pair when nothing else runs. This machine's
 * scheduler shares the CPU between sessions (autogroups), not threads: while other sessions are
 * busy, a second worker or process of ours gets little more CPU than the first, and both the
 * scaling and the ceiling fall towards 1× or below. The compute control's wall time measures the
 * cores the benchmark got; the ceiling, measured in the same rounds as the pool, is the figure to
 * read the pool's scaling against. CPU seconds are no steadier a measure of work: V8 optimises hot
 * code on helper threads, which wait while both cores are busy, and meanwhile the code runs
 * unoptimised (a tight loop went 5× slower per CPU second; on a loaded machine the library alone
 * cleaned 0.65–1.84 MB per CPU second in 3-second runs). Only ratios of runs made back to back,
 * under the same load, mean much.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchmarkDir, missingData, textDumps } from '../eval/datasets.js';
import { buildCli } from '../test/cli/helpers.js';
import { measureControls } from './cli-controls.js';
import { addCpu, NO_CPU, runAtOnce, commonWindow, firstOut, halfOut, type ThreadCpu, type Trace, type Window } from './cli-trace.js';

const TARGET_SCALING = 1.8;
const TARGET_RSS_MB = 300;
/**
 * Records in the throughput stream (full pages) and in the memory stream (article-length slices).
 * 3,000 pages take ~10 s of CPU per run, so that each worker's start-up (loading the library and
 * the language detector, JIT warm-up: 1–2 s of CPU) weighs little in the CPU ratio.
 */
const THROUGHPUT_RECORDS = Number(process.env.COPYDESK_BENCH_CLI_RECORDS ?? 3_000);
const RSS_RECORDS = Number(process.env.COPYDESK_BENCH_CLI_RSS_RECORDS ?? 50_000);
/**
 * Rounds of the three throughput runs (--jobs 1, --jobs 2, the ceiling's pair), in alternate
 * order. Two rounds take ~1 minute on an idle machine.
 */
const ROUNDS = Number(process.env.COPYDESK_BENCH_CLI_ROUNDS ?? 2);
/** A built cli.js to measure instead of building src/ (to compare two builds on the same machine). */
const CLI = process.env.COPYDESK_BENCH_CLI;
/** A memory-stream record is a page cut at a paragraph boundary near this many characters. */
const SLICE_CHARS = 2_500;
/** Writes `records` JSONL records to a file (the stream every run of a part reads). */
function writeStream(path: string, records: number, recordAt: (i: number) => string): void {
  const fd = openSync(path, 'w');
  for (let i = 0; i < records; i++) writeSync(fd, recordAt(i) + '\n');
  closeSync(fd);
}

interface Figures {
  label: string;
  records: number;
  wallS: number;
  cpuS: number;
  threads: ThreadCpu;
  steady: Window;
  half: Window;
  peakRssMb: number[];
  codes: (number | null)[];
}

function figures(label: string, run: { traces: Trace[]; cpuS: number }): Figures {
  const { traces, cpuS } = run;
  return {
    label,
    records: traces.reduce((n, t) => n + t.records, 0),
    wallS: (Math.max(...traces.map((t) => t.end)) - Math.min(...traces.map((t) => t.t0))) / 1000,
    cpuS,
    threads: traces.reduce((c, t) => addCpu(c, t.threads), NO_CPU),
    steady: commonWindow(traces, firstOut),
    half: commonWindow(traces, halfOut),
    peakRssMb: traces.map((t) => t.peakRssMb),
    codes: traces.map((t) => t.code),
  };
}

/** Repeated runs of one kind as one: records, seconds and CPU added up (rates are ratios of sums). */
function pooled(runs: Figures[]): Figures {
  const add = (a: Window, b: Window): Window => ({ s: a.s + b.s, records: a.records + b.records, threads: addCpu(a.threads, b.threads) });
  return runs.reduce((a, b) => ({
    label: a.label,
    records: a.records + b.records,
    wallS: a.wallS + b.wallS,
    cpuS: a.cpuS + b.cpuS,
    threads: addCpu(a.threads, b.threads),
    steady: add(a.steady, b.steady),
    half: add(a.half, b.half),
    peakRssMb: a.peakRssMb.map((m, i) => Math.max(m, b.peakRssMb[i])),
    codes: [...a.codes, ...b.codes],
  }));
}

const fmt = (n: number, d = 1) => n.toFixed(d);
const rate = (w: Window) => w.records / w.s;

function printRow(f: Figures): void {
  const per = (s: number) => fmt((s * 1000) / f.records, 2);
  const perHalf = (s: number) => fmt((s * 1000) / f.half.records, 2);
  const t = f.threads;
  const h = f.half.threads;
  console.log(
    `| ${f.label} | ${fmt(f.records / f.wallS)} | ${fmt(rate(f.steady))} | ${fmt(rate(f.half))} | ${fmt(f.cpuS / f.wallS, 2)} | ${per(f.cpuS)} | ` +
      `${per(t.main)} / ${per(t.workers)} / ${per(t.helpers)} | ` +
      `${perHalf(h.main)} / ${perHalf(h.workers)} / ${perHalf(h.helpers)} | ${f.peakRssMb.map((m) => fmt(m, 0)).join(' + ')} |`,
  );
}

/**
 * Writes the stream of `records` records to `full`, and every other record of it to each of two
 * files (the two halves of the stream), each from `recordAt`: the halves are never read back.
 */
function writeStreamAndHalves(full: string, halves: [string, string], records: number, recordAt: (i: number) => string): void {
  writeStream(full, records, recordAt);
  halves.forEach((path, k) => writeStream(path, Math.ceil((records - k) / 2), (i) => recordAt(2 * i + k)));
}

async function throughput(cli: string, full: string, halves: [string, string], load: () => string): Promise<void> {
  console.log(
    `\n### throughput: ${THROUGHPUT_RECORDS} records (full pages), the same stream each run; ` +
      `${ROUNDS} round(s) of the three runs, in alternate order (figures over all rounds)`,
  );
  console.log(
    '| run | articles/s end to end | articles/s steady | articles/s second half | cores used (CPU s / wall s) | CPU s per 1,000 articles | ' +
      'of which main / workers / helpers | second half: CPU ms per article, main / workers / helpers | peak RSS MB |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const kinds = [
    { label: '--jobs 1', jobs: 1, inputs: [full] },
    { label: '--jobs 2', jobs: 2, inputs: [full] },
    { label: '2 × --jobs 1 at once, one per half (the ceiling)', jobs: 1, inputs: halves },
  ];
  const runs: Figures[][] = kinds.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate the order (1, 2, pair, then pair, 2, 1…) so that a drift of the machine's speed weighs on every kind alike.
    const order = r % 2 ? [2, 1, 0] : [0, 1, 2];
    for (const k of order) runs[k].push(figures(kinds[k].label, await runAtOnce(cli, kinds[k].jobs, kinds[k].inputs)));
  }
  const [one, pool, pair] = runs.map(pooled);
  for (const f of [one, pool, pair]) printRow(f);
  for (const f of runs.flat()) {
    if (f.codes.some((c) => c !== 0) || f.records !== THROUGHPUT_RECORDS) console.log(`(${f.label}: exit ${f.codes.join(', ')}, ${f.records} records out)`);
  }

  const ratio = (f: Figures, w: 'steady' | 'half') => rate(f[w]) / rate(one[w]);
  const scaling = ratio(pool, 'half');
  const ceiling = ratio(pair, 'half');
  console.log(
    `pool scaling, --jobs 2 / --jobs 1: ${fmt(scaling, 2)}× over the second half, ${fmt(ratio(pool, 'steady'), 2)}× steady, ` +
      `${fmt(pool.records / pool.wallS / (one.records / one.wallS), 2)}× end to end ` +
      `(issue #5's target ≥ ${TARGET_SCALING}× over the second half: ${scaling >= TARGET_SCALING ? 'met' : 'NOT met'})`,
  );
  console.log(
    `ceiling, two independent --jobs 1 processes at once / one: ${fmt(ceiling, 2)}× over the second half, ${fmt(ratio(pair, 'steady'), 2)}× steady ` +
      `(what 2 cores give this workload on this machine, with no pool)`,
  );
  console.log(
    `pool efficiency against the ceiling (pool scaling / ceiling): ${fmt((100 * scaling) / ceiling, 0)} % over the second half, ` +
      `${fmt((100 * ratio(pool, 'steady')) / ratio(pair, 'steady'), 0)} % steady`,
  );
  const cpuPer = (f: Figures) => (f.half.threads.main + f.half.threads.workers + f.half.threads.helpers) / f.half.records;
  const t = one.half.threads;
  console.log(
    `CPU per article over the second half (all threads): one --jobs 1 process ${fmt(1000 * cpuPer(one), 2)} ms; ` +
      `two at once ${fmt(1000 * cpuPer(pair), 2)} ms (${fmt(cpuPer(pair) / cpuPer(one), 2)}×); the pool ${fmt(1000 * cpuPer(pool), 2)} ms ` +
      `(${fmt(cpuPer(pool) / cpuPer(one), 2)}×); the main thread of --jobs 1 used ${fmt((100 * t.main) / t.workers)} % of its worker's CPU; ` +
      `CPU used by --jobs 2 vs --jobs 1 for the whole stream: ${fmt(pool.cpuS / one.cpuS, 2)}×; load average now ${load()}`,
  );
  console.log(`\n### controls: one process alone vs two at once (1.00× = the cores share nothing it uses)`);
  console.log('| loop | leans on | CPU s alone | CPU s two at once | slowdown by CPU time | wall s alone | wall s two at once |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const controls = await measureControls();
  for (const { control, alone, paired } of controls) {
    console.log(
      `| ${control.name} | ${control.what} | ${fmt(alone.cpuS, 3)} | ${fmt(paired.cpuS, 3)} | ${fmt(paired.cpuS / alone.cpuS, 2)}× | ` +
        `${fmt(alone.wallS, 3)} | ${fmt(paired.wallS, 3)} |`,
    );
  }
  console.log(
    `| cleaning (above) | the library: CPU per article over the second half | ${fmt(1000 * cpuPer(one), 2)} ms | ${fmt(1000 * cpuPer(pair), 2)} ms | ` +
      `${fmt(cpuPer(pair) / cpuPer(one), 2)}× | | |`,
  );
  const compute = controls[0];
  console.log(
    `cores this benchmark got (2 × the compute loop's wall time alone / two at once): ${fmt(Math.min(2, (2 * compute.alone.wallS) / compute.paired.wallS), 2)} of 2 ` +
      `(below ~1.9, other sessions were busy and the wall-clock figures above understate both the scaling and the ceiling)`,
  );
}

async function memory(cli: string, short: string, jobs: number): Promise<void> {
  console.log(`\n### memory: ${RSS_RECORDS} records streamed through --jobs ${jobs}`);
  const [m] = (await runAtOnce(cli, jobs, [short])).traces;
  const wallS = (m.end - m.t0) / 1000;
  const every = RSS_RECORDS / 10;
  const along: { done: number; rssMb: number }[] = [];
  for (const x of m.samples) if (Math.floor(x.done / every) > Math.floor((along[along.length - 1]?.done ?? 0) / every)) along.push(x);
  console.log(`records out: ${m.records} (exit ${m.code}) in ${fmt(wallS)} s, ${fmt(m.records / wallS)} articles/s`);
  console.log(`RSS along the stream (records out → MB): ${along.map((x) => `${x.done}→${fmt(x.rssMb, 0)}`).join(', ')}`);
  console.log(`peak RSS ${fmt(m.peakRssMb, 0)} MB (target < ${TARGET_RSS_MB} MB: ${m.peakRssMb < TARGET_RSS_MB ? 'met' : 'NOT met'})`);
}

/** Page texts: the benchmark dumps, or synthetic articles when the data is absent. */
function pages(): { texts: string[]; from: string } {
  if (!missingData(benchmarkDir())) {
    const dumps = Object.entries(textDumps()).sort(([a], [b]) => a.localeCompare(b));
    return { texts: dumps.map(([, t]) => t), from: `${dumps.length} benchmark text dumps (html-text)` };
  }
  const words = 'the council said on monday that a new bridge would open next year after a long debate among residents and officials'.split(' ');
  const texts = Array.from({ length: 50 }, (_, k) => {
    const para = (n: number) => Array.from({ length: 30 + ((n * 7 + k) % 40) }, (_, w) => words[(w * 3 + n + k) % words.length]).join(' ') + '.';
    return [`Story ${k}: bridge vote`, ...Array.from({ length: 6 + (k % 8) }, (_, n) => para(n))].join('\n\n');
  });
  return { texts, from: 'synthetic articles (benchmark data not found)' };
}

function slice(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf('\n', chars);
  return text.slice(0, cut > chars / 2 ? cut : chars);
}

export async function run(): Promise<void> {
  const cli = CLI ?? (await buildCli());
  const { texts, from } = pages();
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`CLI: ${CLI ?? 'built from src/'}${process.env.COPYDESK_BENCH_CLI_NODE_FLAGS ? ` run with ${process.env.COPYDESK_BENCH_CLI_NODE_FLAGS}` : ''}; inputs: ${from}; load average at start ${load()} on this shared machine`);
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-in-'));
  try {
    const full = join(dir, 'full.jsonl');
    const halves: [string, string] = [join(dir, 'half-a.jsonl'), join(dir, 'half-b.jsonl')];
    writeStreamAndHalves(full, halves, THROUGHPUT_RECORDS, (i) => JSON.stringify({ id: `page-${i}`, text: texts[i % texts.length] }));
    await throughput(cli, full, halves, load);
    const short = join(dir, 'short.jsonl');
    writeStream(short, RSS_RECORDS, (i) => JSON.stringify({ id: `rec-${i}`, text: slice(texts[i % texts.length], SLICE_CHARS + ((i * 37) % 1000)) }));
    for (const jobs of [2, 1]) await memory(cli, short, jobs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
