/**
 * `npm run bench -- cli`: the built CLI as a corpus tool.
 *  1. Throughput: the same JSONL stream through `--jobs 1` and `--jobs 2`, wall-clock articles/s end
 *     to end, in steady state (from the first record out to the last: worker start-up left out) and
 *     over the second half of the stream (JIT warm-up left out too), and the scaling between them
 *     (target ≥ 1.8× on 2 cores, read from the second half). CPU seconds per 1,000 articles show
 *     the pool's own overhead, which wall time on a shared machine cannot.
 *  2. Memory: peak RSS (VmHWM of the whole process, all threads) over a stream of 50,000 records,
 *     with --jobs 2 and --jobs 1, sampled along the way to show it stays flat (target < 300 MB).
 * Records come from the benchmark's plain-text dumps when present, else synthetic text.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { benchmarkDir, missingData, textDumps } from '../eval/datasets.js';
import { buildCli } from '../test/cli/helpers.js';

const TARGET_SCALING = 1.8;
const TARGET_RSS_MB = 300;
/**
 * Records in the throughput stream (full pages) and in the memory stream (article-length slices).
 * 3,000 pages take ~20 s of CPU per run, so that each worker's start-up (loading the library and
 * the language detector, JIT warm-up: 1–2 s of CPU) weighs little in the CPU ratio.
 */
const THROUGHPUT_RECORDS = Number(process.env.COPYDESK_BENCH_CLI_RECORDS ?? 3_000);
const RSS_RECORDS = Number(process.env.COPYDESK_BENCH_CLI_RSS_RECORDS ?? 50_000);
/** A memory-stream record is a page cut at a paragraph boundary near this many characters. */
const SLICE_CHARS = 2_500;
/** Clock ticks per second of /proc times (sysconf(_SC_CLK_TCK), 100 on Linux). */
const TICK = 100;

interface RunFigures {
  records: number;
  wallS: number;
  steadyS: number;
  steadyRecords: number;
  /** Seconds and records from the middle of the stream (records out) to its end. */
  halfS: number;
  halfRecords: number;
  cpuS: number;
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

function runStream(cli: string, jobs: number, records: number, recordAt: (i: number) => string, sampleEvery = 0): Promise<RunFigures> {
  return new Promise((resolve) => {
    const cpu0 = childrenCpuS();
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, '--input', 'jsonl', '--jobs', String(jobs), '--quiet'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let done = 0;
    let firstAt = 0;
    let firstDone = 0;
    let halfAt = 0;
    let halfDone = 0;
    let peak = 0;
    const samples: { done: number; rssMb: number }[] = [];
    const poll = setInterval(() => {
      const s = procStatus(child.pid!);
      if (s) peak = Math.max(peak, s.hwm);
    }, 100);
    child.stdout.on('data', (chunk: Buffer) => {
      let n = 0;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
      if (!firstAt && n) {
        firstAt = performance.now();
        firstDone = n;
      }
      const before = done;
      done += n;
      if (!halfAt && done >= records / 2) {
        halfAt = performance.now();
        halfDone = done;
      }
      if (sampleEvery && Math.floor(done / sampleEvery) > Math.floor(before / sampleEvery)) {
        const s = procStatus(child.pid!);
        if (s) samples.push({ done, rssMb: s.rss });
      }
    });
    let i = 0;
    const pump = () => {
      while (i < records) {
        if (!child.stdin.write(recordAt(i++) + '\n')) return void child.stdin.once('drain', pump);
      }
      child.stdin.end();
    };
    child.stdin.on('error', () => {});
    pump();
    child.on('close', (code) => {
      clearInterval(poll);
      const end = performance.now();
      resolve({
        records: done,
        wallS: (end - t0) / 1000,
        steadyS: (end - firstAt) / 1000,
        steadyRecords: done - firstDone,
        halfS: (end - halfAt) / 1000,
        halfRecords: done - halfDone,
        cpuS: childrenCpuS() - cpu0,
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
  const cli = await buildCli();
  const { texts, from } = pages();
  console.log(`inputs: ${from}; load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this shared machine`);

  const full = (i: number) => JSON.stringify({ id: `page-${i}`, text: texts[i % texts.length] });
  console.log(`\n### throughput: ${THROUGHPUT_RECORDS} records (full pages), the same stream each run`);
  console.log('| jobs | articles/s end to end | articles/s steady | articles/s second half | CPU s per 1,000 articles | peak RSS MB |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const figures: Record<number, RunFigures> = {};
  for (const jobs of [1, 2]) {
    const f = await runStream(cli, jobs, THROUGHPUT_RECORDS, full);
    figures[jobs] = f;
    if (f.code !== 0 || f.records !== THROUGHPUT_RECORDS) console.log(`(jobs ${jobs}: exit ${f.code}, ${f.records} records out)`);
    console.log(
      `| ${jobs} | ${fmt(f.records / f.wallS)} | ${fmt(f.steadyRecords / f.steadyS)} | ${fmt(f.halfRecords / f.halfS)} | ${fmt((f.cpuS * 1000) / f.records, 2)} | ${fmt(f.peakRssMb, 0)} |`,
    );
  }
  const e2e = figures[2].records / figures[2].wallS / (figures[1].records / figures[1].wallS);
  const steady = figures[2].steadyRecords / figures[2].steadyS / (figures[1].steadyRecords / figures[1].steadyS);
  const half = figures[2].halfRecords / figures[2].halfS / (figures[1].halfRecords / figures[1].halfS);
  const cpuRatio = figures[2].cpuS / figures[1].cpuS;
  console.log(
    `scaling jobs 2 / jobs 1: ${fmt(half, 2)}× over the second half, ${fmt(steady, 2)}× steady, ${fmt(e2e, 2)}× end to end ` +
      `(target ≥ ${TARGET_SCALING}×: ${half >= TARGET_SCALING ? 'met' : 'NOT met'}); ` +
      `CPU used by jobs 2 vs jobs 1 for the same work: ${fmt(cpuRatio, 2)}× (1.00 = no pool overhead); ` +
      `load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')} (wall-clock scaling means something only on an idle machine)`,
  );

  const short = (i: number) => JSON.stringify({ id: `rec-${i}`, text: slice(texts[i % texts.length], SLICE_CHARS + ((i * 37) % 1000)) });
  for (const jobs of [2, 1]) {
    console.log(`\n### memory: ${RSS_RECORDS} records streamed through --jobs ${jobs}`);
    const m = await runStream(cli, jobs, RSS_RECORDS, short, RSS_RECORDS / 10);
    console.log(`records out: ${m.records} (exit ${m.code}) in ${fmt(m.wallS)} s, ${fmt(m.records / m.wallS)} articles/s`);
    console.log(`RSS along the stream (records out → MB): ${m.samples.map((s) => `${s.done}→${fmt(s.rssMb, 0)}`).join(', ')}`);
    console.log(`peak RSS ${fmt(m.peakRssMb, 0)} MB (target < ${TARGET_RSS_MB} MB: ${m.peakRssMb < TARGET_RSS_MB ? 'met' : 'NOT met'})`);
  }
}
