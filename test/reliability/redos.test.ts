// ReDoS (issue 6): every regular expression in src/ is checked with recheck, the ReDoS checker,
// and then fed a worst-case input at sizes n and 4n: the time must grow linearly.
//
// The file list is scanned on every run (regex-scan.ts): regex literals and `new RegExp('…')`
// are read from the source; `new RegExp(`…${x}…`)` built from vocabularies is captured at run
// time, by a RegExp proxy installed before src/ is imported, while the seed fixtures are cleaned.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanRegexes, type DynamicSite, type RegexSite } from './regex-scan.js';

const ROOT = process.cwd();
/** 4n over n: linear is 4; quadratic is 16. The bound leaves room for a noisy shared machine. */
export const MAX_GROWTH_RATIO = 10;
/** The 4n run must take at least this long before the ratio is read (timer noise). */
const MIN_MEASURED_MS = 10;
const MAX_INPUT = 1_000_000;
/**
 * recheck fuzzes with a random generator: a fixed seed makes the verdicts the same on every run, so
 * CI cannot pass or fail by luck. Other seeds explore other attacks: `COPYDESK_RECHECK_SEED=7 npx
 * vitest run test/reliability/redos.test.ts`.
 */
const RECHECK_SEED = Number(process.env.COPYDESK_RECHECK_SEED ?? 1);

interface Captured {
  source: string;
  flags: string;
  file: string;
}

const captured: Captured[] = [];
const OriginalRegExp = RegExp;

const SRC_FRAME = new OriginalRegExp('/src/[^\\s):]+\\.ts');

/**
 * The project file that built the regex: the first stack frame outside this test (the proxy's own
 * frames). A regex built inside a dependency (eld builds some of its own) is not ours to rewrite and
 * is not attributed to the project file that happened to call the dependency; what the project owes
 * there is a bounded input, which the last test below pins.
 */
function callerFile(): string | null {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const site = frames.find((f) => !f.includes('redos.test.ts') && !f.includes('new RegExp') && !f.includes('<anonymous>'));
  const match = site ? SRC_FRAME.exec(site) : null;
  return match ? match[0].slice(1) : null;
}

function record(re: RegExp): RegExp {
  const file = callerFile();
  if (file) captured.push({ source: re.source, flags: re.flags, file });
  return re;
}

let scan: { literals: RegexSite[]; dynamic: DynamicSite[] };

beforeAll(async () => {
  scan = scanRegexes(ROOT);
  (globalThis as { RegExp: RegExpConstructor }).RegExp = new Proxy(OriginalRegExp, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    // Importing runs every module-level `new RegExp`; cleaning runs the ones inside functions.
    for (const file of new Set(scan.dynamic.map((d) => d.file))) await import(join(ROOT, file));
    const { cleanArticle } = await import('../../src/index.js');
    const seeds = join(ROOT, 'fixtures', 'seeds');
    for (const name of readdirSync(seeds)) {
      const text = readFileSync(join(seeds, name), 'utf8');
      cleanArticle(text);
      cleanArticle({ html: `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>` });
    }
  } finally {
    (globalThis as { RegExp: RegExpConstructor }).RegExp = OriginalRegExp;
  }
}, 120_000);

afterAll(() => {
  (globalThis as { RegExp: RegExpConstructor }).RegExp = OriginalRegExp;
});

/** Every distinct (source, flags) with the places it comes from. */
function allRegexes(): Map<string, { source: string; flags: string; where: string[] }> {
  const out = new Map<string, { source: string; flags: string; where: string[] }>();
  const add = (source: string, flags: string, where: string): void => {
    const key = `/${source}/${flags}`;
    const entry = out.get(key) ?? { source, flags, where: [] };
    entry.where.push(where);
    out.set(key, entry);
  };
  for (const r of scan.literals) add(r.source, r.flags, `${r.file}:${r.line}`);
  for (const c of captured) add(c.source, c.flags, `${c.file} (built at run time)`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Worst-case inputs and timing

/** Printable characters the pattern names, as a pump: inputs made of them go deepest into it. */
function patternAlphabet(source: string): string {
  const chars = new Set<string>();
  for (const ch of source.replace(/\\[dDwWsSbBpPuxkcnrtfv0]/g, '')) if (/[\p{L}\p{N}\p{P}\p{S} ]/u.test(ch) && !'()[]{}|^$*+?\\'.includes(ch)) chars.add(ch);
  return [...chars].slice(0, 12).join('') || 'a';
}

/** Candidate worst cases: recheck's attack (prefix, pump repeated, suffix) or generic pumps. */
function attacks(source: string, diag: Diagnostics | null): ((size: number) => string)[] {
  const pumpTo = (prefix: string, pump: string, suffix: string) => (size: number): string =>
    prefix + pump.repeat(Math.max(1, Math.ceil((size - prefix.length - suffix.length) / Math.max(1, pump.length)))) + suffix;
  if (diag?.status === 'vulnerable') {
    const { pumps, suffix } = diag.attack;
    return [pumpTo(pumps.map((p) => p.prefix).join(''), pumps.map((p) => p.pump).join(''), suffix)];
  }
  const alphabet = patternAlphabet(source);
  return [
    pumpTo('', 'a', '\u0000'),
    pumpTo('', ' ', '\u0000'),
    pumpTo('', alphabet, '\u0000'),
    pumpTo('', `${alphabet} `, '!\n'),
  ];
}

/**
 * Every match over the input, as a `/g` regex is used, without building match arrays (test()
 * does not allocate them), so the clock measures the matcher and not the garbage collector.
 */
function timeOnce(re: RegExp, input: string): number {
  // CPU time of this process, not wall-clock: on a shared machine the wall clock counts the
  // time other processes hold the core, which grows with the length of the measurement.
  const t0 = process.cpuUsage();
  re.lastIndex = 0;
  for (let last = -1; re.test(input); last = re.lastIndex) if (re.lastIndex === last || re.lastIndex === 0) re.lastIndex++;
  const dt = process.cpuUsage(t0);
  return (dt.user + dt.system) / 1000;
}

/** Best of five: the least disturbed (noise only ever adds time). */
function time(re: RegExp, input: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) best = Math.min(best, timeOnce(re, input));
  return best;
}

interface Growth {
  n: number;
  tn: number;
  t4n: number;
  ratio: number;
}

/** Grows n until the 4n run is long enough to measure, then reads the ratio. */
function growth(source: string, flags: string, make: (size: number) => string): Growth {
  const re = new OriginalRegExp(source, flags.includes('g') ? flags.replace('y', '') : `${flags.replace('y', '')}g`);
  let n = 1_000;
  for (;;) {
    const tn = time(re, make(n));
    const t4n = time(re, make(4 * n));
    if (t4n >= MIN_MEASURED_MS || 4 * n >= MAX_INPUT) return { n, tn, t4n, ratio: t4n / Math.max(tn, 0.05) };
    n *= 4;
  }
}

// ---------------------------------------------------------------------------------------------

describe('ReDoS', () => {
  it('finds the regexes of src/ (the scan works)', () => {
    expect(scan.literals.length).toBeGreaterThan(20);
    expect(scan.literals.some((r) => r.file === 'src/input.ts')).toBe(true);
  });

  it('captures a pattern from every file that builds a RegExp at run time', () => {
    const files = new Set(captured.map((c) => c.file));
    const missed = [...new Set(scan.dynamic.map((d) => d.file))].filter((f) => !files.has(f));
    expect(missed, `dynamic RegExp sites never reached: ${missed.join(', ')}`).toEqual([]);
  });

  it('recheck finds no exponential backtracking, and every regex runs in linear time on its worst case', async () => {
    const regexes = [...allRegexes().entries()];
    const exponential: string[] = [];
    const superlinear: string[] = [];
    const unknown: string[] = [];
    const queue = [...regexes];
    const worker = async (): Promise<void> => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const [key, { source, flags, where }] = item;
        let diag: Diagnostics | null = null;
        try {
          diag = await check(source, flags, { timeout: 2_000, randomSeed: RECHECK_SEED });
        } catch {
          diag = null;
        }
        if (!diag || diag.status === 'unknown') unknown.push(`${key} at ${where[0]}`);
        if (diag?.status === 'vulnerable' && diag.complexity.type === 'exponential') {
          exponential.push(`${key} at ${where.join(', ')}: ${diag.attack.pattern}`);
        }
        for (const make of attacks(source, diag)) {
          let g = growth(source, flags, make);
          // A ratio over the bound is measured once more: a burst of another tenant's load on the
          // shared machine can slow one 4n run (a linear regex once read 14.8 at 0.4 ms and 5.4 ms);
          // a superlinear one stays over the bound on both runs.
          if (g.ratio > MAX_GROWTH_RATIO) {
            const again = growth(source, flags, make);
            if (again.ratio < g.ratio) g = again;
          }
          if (g.ratio > MAX_GROWTH_RATIO) {
            const verdict = diag?.status === 'vulnerable' ? `recheck: ${diag.complexity.summary}, attack ${diag.attack.pattern}` : `recheck: ${diag?.status ?? 'failed'}`;
            superlinear.push(`${key} at ${where.join(', ')}: ${g.tn.toFixed(1)} ms at ${g.n.toLocaleString('en-US')} chars, ${g.t4n.toFixed(1)} ms at 4x (ratio ${g.ratio.toFixed(1)}); ${verdict}`);
            break;
          }
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(regexes.length).toBeGreaterThan(20);
    expect(exponential, 'exponential backtracking').toEqual([]);
    expect(superlinear, 'time not linear on the worst case').toEqual([]);
    // recheck gives up on a few patterns (unsupported syntax, time): the timing check above still covers them.
    expect(unknown.length).toBeLessThan(regexes.length / 4);
  }, 900_000);

  it('hands the language detector (a dependency with regexes of its own) only a bounded sample', async () => {
    const { languageSample } = await import('../../src/fields/language.js');
    const { FIELD_DEFAULTS } = await import('../../src/fields/defaults.js');
    const long = 'word '.repeat(1_000_000);
    expect(languageSample(long).length).toBeLessThanOrEqual(FIELD_DEFAULTS.languageSampleChars);
    expect(languageSample('a'.repeat(5_000_000)).length).toBeLessThanOrEqual(FIELD_DEFAULTS.languageSampleChars);
  });
});
