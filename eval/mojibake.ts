/**
 * `npm run eval -- mojibake`: repairText on ../shared/datasets/mojibake.
 * - ftfy's own test cases: every "pass" case compared at the encoding level (`fixed-encoding`
 *   where given), every negative case unchanged, and how many known failures we fix.
 * - dev-cases.jsonl: per kind, fixed / missed / wrong / false positive, beside ftfy's rate.
 * `scoreMojibake()` is exported so the gate test pins floors on the same figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repairText } from '../src/repair/repair-text.js';
import { missingData, mojibakeDir } from './datasets.js';

interface FtfyCase {
  label: string;
  original: string;
  fixed: string;
  'fixed-encoding'?: string;
  expect: 'pass' | 'fail';
}

interface DevCase {
  id: string;
  kind: string;
  lang: string;
  damaged: string;
  expected: string;
}

export interface KindScore {
  kind: string;
  total: number;
  fixed: number;
  missed: number;
  wrong: number;
  falsePositive: number;
}

export interface MojibakeScores {
  ftfyPass: { total: number; fixed: number; failures: string[] };
  ftfyNegative: { total: number; unchanged: number; failures: string[] };
  ftfyKnownFailures: { total: number; fixed: number };
  kinds: KindScore[];
  /** Wrong answers over all damaged dev cases, as a share. */
  wrongShare: number;
  falsePositives: number;
}

export const CLEAN_KINDS = new Set(['clean', 'clean_upper']);

/** ftfy 6.3.1's fix rates, from the datasets README (encoding repair only). */
export const FTFY_RATE: Record<string, number> = {
  utf8_as_cp1252: 0.998,
  utf8_as_latin1: 0.998,
  utf8_double_cp1252: 0.998,
  utf8_as_cp1252_lossy: 0.998,
  utf8_as_cp1250: 0.957,
  utf8_as_macroman: 0.837,
  utf8_as_cp1251: 0.689,
  utf8_as_cp1252_nbsp: 0.246,
};

const readCases = (name: string): FtfyCase[] =>
  JSON.parse(readFileSync(join(mojibakeDir(), 'ftfy-test-cases', name), 'utf8')) as FtfyCase[];

export function readDevCases(): DevCase[] {
  return readFileSync(join(mojibakeDir(), 'dev-cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevCase);
}

export function scoreMojibake(repair: (text: string) => string = (t) => repairText(t).text): MojibakeScores {
  const pass = [...readCases('synthetic.json'), ...readCases('in-the-wild.json'), ...readCases('language-names.json')]
    .filter((c) => c.expect === 'pass');
  const passFailures = pass
    .filter((c) => repair(c.original) !== (c['fixed-encoding'] ?? c.fixed))
    .map((c) => c.label);
  const negative = readCases('negative.json');
  // A negative case may still want its C1 controls fixed: compare at the encoding level too.
  const negFailures = negative
    .filter((c) => repair(c.original) !== (c['fixed-encoding'] ?? c.fixed))
    .map((c) => c.label);
  const known = readCases('known-failures.json');
  const knownFixed = known.filter((c) => repair(c.original) === (c['fixed-encoding'] ?? c.fixed)).length;

  const byKind = new Map<string, KindScore>();
  for (const c of readDevCases()) {
    let s = byKind.get(c.kind);
    if (!s) byKind.set(c.kind, (s = { kind: c.kind, total: 0, fixed: 0, missed: 0, wrong: 0, falsePositive: 0 }));
    s.total++;
    const out = repair(c.damaged);
    if (CLEAN_KINDS.has(c.kind)) {
      if (out !== c.damaged) s.falsePositive++;
      else s.fixed++;
    } else if (out === c.expected) s.fixed++;
    else if (out === c.damaged) s.missed++;
    else s.wrong++;
  }
  const kinds = [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  const damaged = kinds.filter((k) => !CLEAN_KINDS.has(k.kind));
  const damagedTotal = damaged.reduce((n, k) => n + k.total, 0);
  return {
    ftfyPass: { total: pass.length, fixed: pass.length - passFailures.length, failures: passFailures },
    ftfyNegative: { total: negative.length, unchanged: negative.length - negFailures.length, failures: negFailures },
    ftfyKnownFailures: { total: known.length, fixed: knownFixed },
    kinds,
    wrongShare: damaged.reduce((n, k) => n + k.wrong, 0) / Math.max(1, damagedTotal),
    falsePositives: kinds.reduce((n, k) => n + k.falsePositive, 0),
  };
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;

export async function run(): Promise<void> {
  const missing = missingData(mojibakeDir());
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const s = scoreMojibake();
  console.log(`ftfy pass cases fixed: ${s.ftfyPass.fixed}/${s.ftfyPass.total}`);
  for (const f of s.ftfyPass.failures) console.log(`  not fixed: ${f}`);
  console.log(`ftfy negative cases left as they should be: ${s.ftfyNegative.unchanged}/${s.ftfyNegative.total}`);
  for (const f of s.ftfyNegative.failures) console.log(`  changed: ${f}`);
  console.log(`ftfy known failures fixed: ${s.ftfyKnownFailures.fixed}/${s.ftfyKnownFailures.total} (target ≥ 3)\n`);
  console.log('| kind | cases | fixed | missed | wrong | false pos. | ftfy fixed |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const k of s.kinds) {
    const clean = CLEAN_KINDS.has(k.kind);
    const ftfy = clean ? '0 FP' : FTFY_RATE[k.kind] !== undefined ? `${(FTFY_RATE[k.kind] * 100).toFixed(1)} %` : '0 %';
    console.log(
      `| ${k.kind} | ${k.total} | ${clean ? '' : pct(k.fixed, k.total)} | ${clean ? '' : k.missed} | ` +
        `${clean ? '' : k.wrong} | ${clean ? k.falsePositive : ''} | ${ftfy} |`,
    );
  }
  console.log(`\nwrong over all damaged cases: ${(s.wrongShare * 100).toFixed(2)} % (target ≤ 0.5 %)`);
  console.log(`false positives on clean kinds: ${s.falsePositives} (target 0)`);
}
