/**
 * `npm run bench -- cli`: the built CLI as a corpus tool.
 *  1. Throughput: the same JSONL stream through `--jobs 1` and `--jobs 2`: articles/s (records
 *     cleaned and written per wall-clock second) end to end, in steady state (from the first record
 *     out to the last: worker start-up left out) and over the second half of the stream (JIT
 *     warm-up left out too), and the scaling between them (target ≥ 1.8× on 2 cores, read from the
 *     second half). CPU seconds per 1,000 articles show the pool's own overhead, which wall time on a
 *     shared machine cannot; they are split by thread (main thread, worker threads, V8's helper
 *     threads: compiler and collector), over the whole run and over the second half. The main
 *     thread's CPU beside the workers' is the part of the pool that does not scale (with 2 workers
 *     on 2 cores it takes its share from them), and unlike wall time it hardly depends on the load.
 *     The helpers' CPU is elastic: concurrent marking and compilation take up a core the workers
 *     leave idle (with --jobs 1, ~1.2 ms per article over the second half; with --jobs 2, ~0.6), so
 *     it bounds nothing.
 *     Thread CPU times are sampled every SAMPLE_MS, so a split is exact to that (and to the 10 ms
 *     clock tick of /proc); the CPU per 1,000 articles of the whole run is exact (the child's
 *     rusage).
 *  2. Memory: peak RSS (VmHWM of the whole process, all threads) over a stream of 50,000 records,
 *     with --jobs 2 and --jobs 1, sampled along the way to show it stays flat (target < 300 MB).
 * Records come from the benchmark's plain-text dumps when present, else synthetic text.
 *
 * The harness keeps out of the way of what it measures: each stream is written to a temporary file
 * first and is the child's stdin (the same bytes for both runs), and the child's stdout is another
 * temporary file. While the child runs, the harness only samples, every SAMPLE_MS, the output's
 * size, the child's RSS and its threads' CPU times (from /proc); after the run it finds the line
 * ends in the output once, which turns each size sample into the number of whole records out at
 * that moment. So "first record out" and "half the records out" are known to within SAMPLE_MS.
 */
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchmarkDir, missingData, textDumps } from '../eval/datasets.js';
import { buildCli } from '../test/cli/helpers.js';

const TARGET_SCALING = 1.8;
const TARGET_RSS_MB = 300;
/**
 * Records in the throughput stream (full pages) and in the memory stream (article-length slices).
 * 3,000 pages take ~10 s of CPU per run, so that each worker's start-up (loading the library and
 * the language detector, JIT warm-up: 1–2 s of CPU) weighs little in the CPU ratio.
 */
const THROUGHPUT_RECORDS = Number(process.env.COPYDESK_BENCH_CLI_RECORDS ?? 3_000);
const RSS_RECORDS = Number(process.env.COPYDESK_BENCH_CLI_RSS_RECORDS ?? 50_000);
/** A built cli.js to measure instead of building src/ (to compare two builds on the same machine). */
const CLI = process.env.COPYDESK_BENCH_CLI;
/** A memory-stream record is a page cut at a paragraph boundary near this many characters. */
const SLICE_CHARS = 2_500;
/** Clock ticks per second of /proc times (sysconf(_SC_CLK_TCK), 100 on Linux). */
const TICK = 100;
/** How often the running child is sampled (output size, RSS, threads' CPU). */
const SAMPLE_MS = 50;

/** CPU seconds by thread: the main thread, the busiest `jobs` other threads (the workers), the rest. */
interface ThreadCpu {
  main: number;
  workers: number;
  helpers: number;
}

interface RunFigures {
  records: number;
  wallS: number;
  steadyS: number;
  steadyRecords: number;
  /** Seconds and records from the middle of the stream (records out) to its end. */
  halfS: number;
  halfRecords: number;
  cpuS: number;
  threads: ThreadCpu;
  /** CPU seconds by thread over the second half (JIT warm-up left out). */
  halfThreads: ThreadCpu;
  peakRssMb: number;
  samples: { done: number; rssMb: number }[];
  code: number | null;
}

/** CPU seconds of this process's waited-for children (cutime + cstime). */
function childrenCpuS(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICK;
}

function procStatus(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) of each thread of a process, by thread id. */
function threadCpu(pid: number, into: Map<number, number>): void {
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const s = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      into.set(Number(tid), (Number(f[11]) + Number(f[12])) / TICK);
    }
  } catch {
    // the process (or a thread) ended between the listing and the read
  }
}

function splitThreads(pid: number, jobs: number, cpu: Map<number, number>): ThreadCpu {
  const others = [...cpu].filter(([tid]) => tid !== pid).map(([, s]) => s).sort((a, b) => b - a);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { main: cpu.get(pid) ?? 0, workers: sum(others.slice(0, jobs)), helpers: sum(others.slice(jobs)) };
}

/** Byte offsets just past each newline of a file, read in blocks. */
function lineEnds(path: string): number[] {
  const ends: number[] = [];
  const fd = openSync(path, 'r');
  const block = Buffer.allocUnsafe(1 << 20);
  let base = 0;
  for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
    for (let i = block.indexOf(10); i >= 0 && i < n; i = block.indexOf(10, i + 1)) ends.push(base + i + 1);
    base += n;
  }
  closeSync(fd);
  return ends;
}

/** Writes `records` JSONL records to a file (the stream every run of a part reads). */
function writeStream(path: string, records: number, recordAt: (i: number) => string): void {
  const fd = openSync(path, 'w');
  for (let i = 0; i < records; i++) writeSync(fd, recordAt(i) + '\n');
  closeSync(fd);
}

function runStream(cli: string, jobs: number, input: string, records: number, sampleEvery = 0): Promise<RunFigures> {
  return new Promise((resolve) => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-cli-'));
    const outPath = join(dir, 'out.jsonl');
    const inFd = openSync(input, 'r');
    const outFd = openSync(outPath, 'w');
    const cpu0 = childrenCpuS();
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, '--input', 'jsonl', '--jobs', String(jobs), '--quiet'], { stdio: [inFd, outFd, 'inherit'] });
    closeSync(inFd);
    const pid = child.pid!;
    const sizes: { at: number; bytes: number; rssMb: number; threads: ThreadCpu }[] = [];
    const cpu = new Map<number, number>();
    let peak = 0;
    const poll = setInterval(() => {
      const at = performance.now();
      const s = procStatus(pid);
      if (!s) return;
      peak = Math.max(peak, s.hwm);
      threadCpu(pid, cpu);
      sizes.push({ at, bytes: fstatSync(outFd).size, rssMb: s.rss, threads: splitThreads(pid, jobs, cpu) });
    }, SAMPLE_MS);
    child.on('close', (code) => {
      clearInterval(poll);
      const end = performance.now();
      closeSync(outFd);
      const ends = lineEnds(outPath);
      rmSync(dir, { recursive: true, force: true });
      const done = ends.length;
      // Whole records out at each sample: the line ends at or before the size sampled.
      let k = 0;
      const counted = sizes.map((x) => {
        while (k < ends.length && ends[k] <= x.bytes) k++;
        return { ...x, done: k };
      });
      const threads = splitThreads(pid, jobs, cpu);
      const first = counted.find((x) => x.done > 0) ?? { at: end, done };
      const half = counted.find((x) => x.done >= records / 2) ?? { at: end, done, threads };
      const samples: { done: number; rssMb: number }[] = [];
      if (sampleEvery) {
        for (const x of counted) {
          if (Math.floor(x.done / sampleEvery) > (samples.length ? Math.floor(samples[samples.length - 1].done / sampleEvery) : 0)) samples.push({ done: x.done, rssMb: x.rssMb });
        }
      }
      resolve({
        records: done,
        wallS: (end - t0) / 1000,
        steadyS: (end - first.at) / 1000,
        steadyRecords: done - first.done,
        halfS: (end - half.at) / 1000,
        halfRecords: done - half.done,
        cpuS: childrenCpuS() - cpu0,
        threads,
        halfThreads: { main: threads.main - half.threads.main, workers: threads.workers - half.threads.workers, helpers: threads.helpers - half.threads.helpers },
        peakRssMb: peak,
        samples,
        code,
      });
    });
  });
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

const fmt = (n: number, d = 1) => n.toFixed(d);

export async function run(): Promise<void> {
  const cli = CLI ?? (await buildCli());
  const { texts, from } = pages();
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`CLI: ${CLI ?? 'built from src/'}; inputs: ${from}; load average at start ${load()} on this shared machine`);
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-in-'));
  try {
    const full = join(dir, 'full.jsonl');
    writeStream(full, THROUGHPUT_RECORDS, (i) => JSON.stringify({ id: `page-${i}`, text: texts[i % texts.length] }));
    console.log(`\n### throughput: ${THROUGHPUT_RECORDS} records (full pages), the same stream each run`);
    console.log(
      '| jobs | articles/s end to end | articles/s steady | articles/s second half | CPU s per 1,000 articles | of which main / workers / helpers | ' +
        'second half: CPU ms per article, main / workers / helpers | peak RSS MB |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    const figures: Record<number, RunFigures> = {};
    for (const jobs of [1, 2]) {
      const f = await runStream(cli, jobs, full, THROUGHPUT_RECORDS);
      figures[jobs] = f;
      if (f.code !== 0 || f.records !== THROUGHPUT_RECORDS) console.log(`(jobs ${jobs}: exit ${f.code}, ${f.records} records out)`);
      const per = (s: number) => fmt((s * 1000) / f.records, 2);
      const perHalf = (s: number) => fmt((s * 1000) / f.halfRecords, 2);
      const h = f.halfThreads;
      console.log(
        `| ${jobs} | ${fmt(f.records / f.wallS)} | ${fmt(f.steadyRecords / f.steadyS)} | ${fmt(f.halfRecords / f.halfS)} | ${per(f.cpuS)} | ` +
          `${per(f.threads.main)} / ${per(f.threads.workers)} / ${per(f.threads.helpers)} | ` +
          `${perHalf(h.main)} / ${perHalf(h.workers)} / ${perHalf(h.helpers)} | ${fmt(f.peakRssMb, 0)} |`,
      );
    }
    const e2e = figures[2].records / figures[2].wallS / (figures[1].records / figures[1].wallS);
    const steady = figures[2].steadyRecords / figures[2].steadyS / (figures[1].steadyRecords / figures[1].steadyS);
    const half = figures[2].halfRecords / figures[2].halfS / (figures[1].halfRecords / figures[1].halfS);
    const cpuRatio = figures[2].cpuS / figures[1].cpuS;
    const t = figures[1].halfThreads;
    const mainShare = t.main / t.workers;
    console.log(
      `scaling jobs 2 / jobs 1: ${fmt(half, 2)}× over the second half, ${fmt(steady, 2)}× steady, ${fmt(e2e, 2)}× end to end ` +
        `(target ≥ ${TARGET_SCALING}×: ${half >= TARGET_SCALING ? 'met' : 'NOT met'}); ` +
        `over the second half of --jobs 1 the main thread used ${fmt(100 * mainShare)} % of the worker's CPU; ` +
        `CPU used by jobs 2 vs jobs 1 for the same work: ${fmt(cpuRatio, 2)}× (1.00 = no pool overhead); ` +
        `load average now ${load()} (wall-clock scaling means something only on an idle machine)`,
    );

    const short = join(dir, 'short.jsonl');
    writeStream(short, RSS_RECORDS, (i) => JSON.stringify({ id: `rec-${i}`, text: slice(texts[i % texts.length], SLICE_CHARS + ((i * 37) % 1000)) }));
    for (const jobs of [2, 1]) {
      console.log(`\n### memory: ${RSS_RECORDS} records streamed through --jobs ${jobs}`);
      const m = await runStream(cli, jobs, short, RSS_RECORDS, RSS_RECORDS / 10);
      console.log(`records out: ${m.records} (exit ${m.code}) in ${fmt(m.wallS)} s, ${fmt(m.records / m.wallS)} articles/s`);
      console.log(`RSS along the stream (records out → MB): ${m.samples.map((x) => `${x.done}→${fmt(x.rssMb, 0)}`).join(', ')}`);
      console.log(`peak RSS ${fmt(m.peakRssMb, 0)} MB (target < ${TARGET_RSS_MB} MB: ${m.peakRssMb < TARGET_RSS_MB ? 'met' : 'NOT met'})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
