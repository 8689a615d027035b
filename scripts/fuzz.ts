/**
 * npm run fuzz [-- CASES] [--seed N] [--only TEXT]
 *
 * Runs the reliability properties of test/reliability/properties.ts for 1,000,000 cases in all
 * (or CASES), each property getting the same share of the total as it has of the CI runs. Unlike
 * the tests it does not stop at the first failure: it counts every failing case, keeps the first
 * three of each property, and prints the figures (cases, failures, time, cases per second).
 * Exits 1 when any case failed.
 */
import fc from 'fast-check';
import { CI_CASES, PROPERTIES } from '../test/reliability/properties.js';

interface Figures {
  name: string;
  cases: number;
  failures: number;
  ms: number;
  examples: string[];
}

function parseArgs(argv: string[]): { total: number; seed: number; only: string | null } {
  let total = 1_000_000;
  let seed = Date.now() % 2 ** 31;
  let only: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--only') only = argv[++i] ?? null;
    else if (/^\d[\d_,]*$/.test(a)) total = Number(a.replace(/[_,]/g, ''));
  }
  return { total, seed, only };
}

const short = (value: unknown): string => {
  const s = value instanceof Uint8Array ? `bytes ${Buffer.from(value).toString('hex').slice(0, 120)}` : JSON.stringify(value) ?? String(value);
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
};

/**
 * Cases run in chunks, each with its own seed (seed + chunk number), and the event loop turns
 * between chunks: jsdom releases a closed window only on a later turn of the event loop, so a
 * million cases in one synchronous run would hold every page it parsed.
 */
const CHUNK = 500;

async function runOne(p: (typeof PROPERTIES)[number], cases: number, seed: number): Promise<Figures> {
  const figures: Figures = { name: p.name, cases: 0, failures: 0, ms: 0, examples: [] };
  const t0 = performance.now();
  for (let done = 0, chunk = 0; done < cases; done += CHUNK, chunk++) {
    fc.assert(
      fc.property(p.arbitrary, (value) => {
        figures.cases++;
        try {
          p.check(value);
        } catch (error) {
          figures.failures++;
          if (figures.examples.length < 3) figures.examples.push(`${(error as Error).message.slice(0, 200)} ← ${short(value)}`);
        }
      }),
      { numRuns: Math.min(CHUNK, cases - done), seed: seed + chunk },
    );
    await new Promise((resolve) => setImmediate(resolve));
  }
  figures.ms = performance.now() - t0;
  return figures;
}

async function main(): Promise<void> {
  const { total, seed, only } = parseArgs(process.argv.slice(2));
  const chosen = PROPERTIES.filter((p) => !only || p.name.includes(only));
  const share = chosen.reduce((sum, p) => sum + p.runs, 0) || CI_CASES;
  console.log(`copydesk fuzz: ${total.toLocaleString('en-US')} cases over ${chosen.length} properties, seed ${seed}`);
  const all: Figures[] = [];
  for (const p of chosen) {
    const cases = Math.max(1, Math.round((total * p.runs) / share));
    const f = await runOne(p, cases, seed);
    all.push(f);
    const rate = f.cases / (f.ms / 1000);
    console.log(
      `${f.failures === 0 ? 'ok  ' : 'FAIL'} ${f.cases.toLocaleString('en-US').padStart(9)} cases ${f.failures.toLocaleString('en-US').padStart(7)} failed ${(f.ms / 1000).toFixed(1).padStart(8)} s ${rate.toFixed(0).padStart(7)}/s  ${f.name}`,
    );
    for (const e of f.examples) console.log(`       e.g. ${e}`);
  }
  const cases = all.reduce((s, f) => s + f.cases, 0);
  const failures = all.reduce((s, f) => s + f.failures, 0);
  const ms = all.reduce((s, f) => s + f.ms, 0);
  console.log(`total: ${cases.toLocaleString('en-US')} cases, ${failures.toLocaleString('en-US')} failed, ${(ms / 1000).toFixed(1)} s (seed ${seed})`);
  process.exitCode = failures > 0 ? 1 : 0;
}

await main();
