/**
 * The reliability properties (issue 6), as data: a name, the runs each gets in CI, and the
 * fast-check property. test/reliability/properties.test.ts asserts each with its CI runs (over
 * 100,000 cases in all); scripts/fuzz.ts runs the same list scaled to 1,000,000 cases.
 * Cheap properties (repairText, the entry's limits) get many runs; whole-page HTML gets fewer.
 */
import fc from 'fast-check';
import { cleanArticle } from '../../src/clean.js';
import { normalizeInput } from '../../src/input.js';
import { capLines, removeDamagedUnits } from '../../src/limits-content.js';
import { cutInput } from '../../src/limits.js';
import { applyPlan } from '../../src/repair/plan.js';
import { repairText } from '../../src/repair/repair-text.js';
import type { Article, ArticleInput, CleanOptions, Note } from '../../src/types.js';
import { anyString, cleanText, codeUnitString, damagedText, htmlPage } from './arbitraries.js';
import { wellFormed } from './support.js';

export interface ReliabilityProperty {
  name: string;
  /** Which test file runs it (files run in parallel). */
  group: 'repair' | 'entry' | 'html';
  /** Runs in CI. */
  runs: number;
  /** The generated input. */
  arbitrary: fc.Arbitrary<unknown>;
  /** Throws an Error saying what broke when the input breaks the property. */
  check: (value: unknown) => void;
  /** The fast-check property: check over arbitrary. */
  property: () => fc.IPropertyWithHooks<[unknown]>;
}

/** One property from its input generator and its check (typed together, stored untyped). */
function define<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void): Pick<ReliabilityProperty, 'arbitrary' | 'check' | 'property'> {
  const untyped = check as (value: unknown) => void;
  return { arbitrary, check: untyped, property: () => fc.property(arbitrary as fc.Arbitrary<unknown>, untyped) };
}

// ---------------------------------------------------------------------------------------------
// Checks shared by several properties; each throws a readable Error when it fails.

function fail(message: string): never {
  throw new Error(message);
}

/** The invariants every article satisfies: no internal error, body = paragraphs joined, sane notes. */
export function checkArticle(a: Article): void {
  const internal = a.notes.find((n) => n.ruleId === 'internal/error');
  if (internal) fail(`internal/error: ${internal.reason}`);
  if (a.body !== a.paragraphs.join('\n\n')) fail('body is not paragraphs.join("\\n\\n")');
  for (const n of a.notes) {
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(n.ruleId)) fail(`note ruleId not family/name: ${n.ruleId}`);
    if (typeof n.reason !== 'string' || n.reason === '') fail(`note ${n.ruleId} has no reason`);
    if (typeof n.text !== 'string') fail(`note ${n.ruleId} has no text`);
  }
  for (const p of a.paragraphs) {
    if (p.trim() === '') fail('an empty paragraph');
    if (!wellFormed(p)) fail(`a paragraph holds a lone surrogate: ${JSON.stringify(p.slice(0, 80))}`);
  }
}

/** Cleans twice (deterministic?) with frozen options, checks the input was not mutated. */
function cleanChecked(input: string | Uint8Array | ArticleInput, options: CleanOptions): Article {
  const before = snapshot(input);
  const frozen = deepFreeze(structuredClone(options));
  const a = cleanArticle(input, frozen);
  const b = cleanArticle(input, frozen);
  if (JSON.stringify(a) !== JSON.stringify(b)) fail('two runs on the same input differ');
  if (snapshot(input) !== before) fail('the input was mutated');
  if (JSON.stringify(frozen) !== JSON.stringify(options)) fail('the options were mutated');
  if ((globalThis as Record<string, unknown>).__copydeskPwned !== undefined) fail('page code ran');
  if (({} as Record<string, unknown>).polluted !== undefined) fail('Object.prototype was polluted');
  checkArticle(a);
  return a;
}

function snapshot(x: unknown): string {
  if (x instanceof Uint8Array) return Buffer.from(x).toString('hex');
  return JSON.stringify(x, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !ArrayBuffer.isView(x)) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const LINE_BREAK = /\r\n|\r|\n/;
const OTHER_TERMINATOR = /[\v\f\u0085\u2028\u2029]/;

/**
 * Conservation (plain text): every non-empty input line ends up in a field, a paragraph, or the
 * text of a note (whitespace runs compared as one space). A repaired line may appear repaired
 * (`repairText` of the line is tried too); a line split into a dateline and a paragraph, or into
 * kept and removed parts, is covered by its parts.
 */
export function checkConservation(input: string, a: Article): void {
  const pieces = [a.headline, a.byline, a.dateline?.text, a.dateline?.place, a.source?.name, ...a.paragraphs, ...a.notes.map((n) => n.text)]
    .filter((s): s is string => typeof s === 'string')
    .map(collapse)
    .filter((s) => s !== '')
    .sort((x, y) => y.length - x.length);
  const ok = (line: string): boolean => {
    const want = collapse(line);
    return want === '' || covered(want, pieces) || covered(collapse(repairText(line).text), pieces);
  };
  // Lines as the segmenter splits them; a line holding rarer terminators (NEL, U+2028…) may also
  // be kept piece by piece.
  for (const line of input.split(LINE_BREAK)) {
    if (ok(line) || line.split(OTHER_TERMINATOR).every(ok)) continue;
    fail(`line lost: ${JSON.stringify(line.slice(0, 120))}`);
  }
}

/** A line is covered when one piece holds it, or when the pieces it holds (a line split into kept and removed parts) make up all of it. */
function covered(line: string, pieces: readonly string[]): boolean {
  if (pieces.some((p) => p.includes(line))) return true;
  let rest = line;
  for (const p of pieces) if (rest.includes(p)) rest = rest.split(p).join(' ');
  return rest.trim() === '';
}

/** Every repair note's plan, replayed over its text, gives its replacement. */
export function checkReplay(notes: readonly Note[]): void {
  for (const n of notes) {
    if (n.action !== 'repair' || !n.plan) continue;
    let replayed: string;
    try {
      replayed = applyPlan(n.text, n.plan);
    } catch (error) {
      fail(`plan of ${n.ruleId} does not replay: ${(error as Error).message}`);
    }
    if (replayed !== n.replacement) fail(`plan of ${n.ruleId} replays to ${JSON.stringify(replayed)}, note says ${JSON.stringify(n.replacement)}`);
  }
}

function checkIdempotent(s: string): void {
  const once = repairText(s);
  const twice = repairText(once.text);
  if (twice.changed || twice.text !== once.text) fail(`repairText not idempotent: ${JSON.stringify(once.text.slice(0, 80))} → ${JSON.stringify(twice.text.slice(0, 80))}`);
  if (once.changed !== (once.text !== s)) fail('repairText.changed disagrees with its text');
  if (!once.changed && once.notes.length > 0) fail('notes without a change');
}

// ---------------------------------------------------------------------------------------------

const DOMS = fc.constantFrom<'linkedom' | 'jsdom'>('linkedom', 'jsdom');

export const PROPERTIES: ReliabilityProperty[] = [
  // repairText: cheap, so many runs.
  {
    name: 'repairText is idempotent on arbitrary strings, and its plans replay',
    group: 'repair',
    runs: 15_000,
    ...define(anyString(), (s) => {
      checkIdempotent(s);
      checkReplay(repairText(s).notes);
    }),
  },
  {
    name: 'repairText never changes clean text (many scripts, curly quotes, dashes, accents, CJK, emoji)',
    group: 'repair',
    runs: 15_000,
    ...define(cleanText, (s) => {
      const r = repairText(s);
      if (r.changed || r.text !== s || r.notes.length) fail(`clean text changed: ${r.notes.map((n) => `${n.ruleId} ${JSON.stringify(n.text)}→${JSON.stringify(n.replacement)}`).join('; ')}`);
    }),
  },
  {
    name: 'repairText on mojibake: idempotent, every plan replays, and the notes rebuild the output',
    group: 'repair',
    runs: 10_000,
    ...define(damagedText, ({ damaged }) => {
      checkIdempotent(damaged);
      const r = repairText(damaged);
      checkReplay(r.notes);
      for (const n of r.notes) if (n.action === 'repair' && !r.text.includes(n.replacement ?? '\u0000')) fail(`replacement of ${n.ruleId} missing from the output`);
    }),
  },
  // The entry's limits: pure string functions, very cheap.
  {
    name: 'limits: cutting and capping keep a prefix, never split a surrogate pair, and note what went',
    group: 'entry',
    runs: 40_000,
    ...define(fc.tuple(codeUnitString(400), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 20 })), ([s, max, lines]) => {
      const notes: Note[] = [];
      const cut = cutInput(s, max, notes);
      if (!s.startsWith(cut) || cut.length > max) fail('cutInput did not keep a prefix within the limit');
      if ((cut.length < s.length) !== notes.length > 0) fail('cutInput cut without a note, or noted without a cut');
      if (wellFormed(s) && !wellFormed(cut)) fail('cutInput split a surrogate pair');
      const capped = capLines(s, lines, max, [], { lines: true, lineLength: true });
      if (capped.split(/\r\n|\r|\n/).length > lines) fail('capLines kept too many lines');
      const cleaned = removeDamagedUnits(s, []);
      if (!wellFormed(cleaned) || cleaned.includes('\0')) fail('removeDamagedUnits left a NUL or lone surrogate');
    }),
  },
  {
    name: 'normalizeInput never throws and always yields a well-formed string within maxInputLength',
    group: 'entry',
    runs: 15_000,
    ...define(fc.tuple(fc.oneof(anyString(), fc.uint8Array({ maxLength: 300 })), fc.integer({ min: 1, max: 500 })), ([input, max]) => {
      const n = normalizeInput(input, { limits: { maxInputLength: max } }, []);
      if (!wellFormed(n.content) || n.content.includes('\0')) fail('content holds a NUL or lone surrogate');
      if (typeof input === 'string' && n.content.length > max) fail('content past maxInputLength');
    }),
  },
  // cleanArticle, plain text.
  {
    name: 'cleanArticle on arbitrary strings: no internal error, deterministic, input untouched, body = paragraphs',
    group: 'entry',
    runs: 3_000,
    ...define(anyString(), (s) => void cleanChecked(s, {})),
  },
  {
    name: 'cleanArticle on arbitrary bytes (and as {bytes, contentType}): same invariants',
    group: 'entry',
    runs: 1_500,
    ...define(
      fc.tuple(
        fc.uint8Array({ maxLength: 400 }),
        fc.option(fc.constantFrom('text/html; charset=utf-8', 'text/plain; charset=gbk', 'text/html; charset=x-bogus', 'application/octet-stream')),
      ),
      ([bytes, contentType]) => {
        cleanChecked(bytes, {});
        cleanChecked({ bytes, contentType: contentType ?? undefined }, {});
      },
    ),
  },
  {
    name: 'conservation: every non-empty line of plain text ends up in the article or in a note',
    group: 'entry',
    runs: 3_000,
    ...define(fc.tuple(fc.oneof(cleanText, anyString(), damagedText.map((d) => d.damaged)), fc.boolean()), ([s, repair]) => {
      const a = cleanChecked({ text: s }, repair ? {} : { repair: false });
      checkConservation(s, a);
    }),
  },
  {
    name: 'cleanArticle keeps clean text: no mojibake repair on well-formed text in many scripts',
    group: 'repair',
    runs: 1_000,
    ...define(cleanText, (s) => {
      const a = cleanChecked({ text: s }, {});
      const repairs = a.notes.filter((n) => n.action === 'repair');
      if (repairs.length) fail(`clean text repaired: ${repairs.map((n) => `${n.ruleId} ${JSON.stringify(n.text)}`).join('; ')}`);
      checkConservation(s, a);
    }),
  },
  {
    name: 'cleanArticle on mojibake: every repair note replays',
    group: 'repair',
    runs: 1_000,
    ...define(damagedText, ({ damaged }) => checkReplay(cleanChecked({ text: damaged }, {}).notes)),
  },
  // cleanArticle, HTML: whole pages through a DOM, so fewer runs.
  {
    name: 'cleanArticle on generated HTML, malformed and deeply nested (linkedom): invariants hold, no page code runs',
    group: 'html',
    runs: 300,
    ...define(htmlPage, (html) => void cleanChecked({ html, url: 'https://example.com/news/1' }, { dom: 'linkedom' })),
  },
  {
    name: 'cleanArticle on generated HTML (jsdom): invariants hold, no page code runs',
    group: 'html',
    runs: 100,
    ...define(htmlPage, (html) => void cleanChecked({ html }, { dom: 'jsdom' })),
  },
  {
    name: 'cleanArticle on arbitrary strings wrapped in markup, either engine',
    group: 'html',
    runs: 200,
    ...define(fc.tuple(anyString(200), DOMS), ([s, dom]) => void cleanChecked(`<html><body><p>${s}</p><div>${s}</div></body></html>`, { dom })),
  },
];

export const CI_CASES = PROPERTIES.reduce((sum, p) => sum + p.runs, 0);
