/**
 * repairText: find and undo encoding damage, line by line and span by span, with a note carrying a
 * replayable plan for every repair. Clean text comes back unchanged, and fast: one scan with a
 * table lookup per character finds the lines that show a sign of damage, and only those are read.
 */
import type { Note, RepairOptions, RepairResult } from '../types.js';
import { FIXERS, TYPOGRAPHY } from './fixers.js';
import { anyFixerSignal, firstSign, lineSignals, type LineSignals } from './suspect.js';
import type { SpanFix } from './types.js';

export function repairText(text: string, options: RepairOptions = {}): RepairResult {
  if (typeof text !== 'string') return { text, changed: false, notes: [] };
  const typography = options.normalizeTypography === true;
  // Without typography only the lines that show a sign of damage are read (most text shows none).
  const next = typography ? nextLine : firstSign;
  let at = next(text, 0);
  if (at < 0) return { text, changed: false, notes: [] };
  const disabled = new Set(options.disable ?? []);
  const isEnabled = disabled.size
    ? (ruleId: string): boolean => !disabled.has(ruleId) && !disabled.has(ruleId.slice(0, ruleId.indexOf('/')))
    : ALL_ENABLED;
  const notes: Note[] = [];
  // The repaired text: `out` then the text from `copied` on.
  let out = '';
  let copied = 0;
  let changed = false;
  let lineNo = 1;
  let counted = 0;
  while (at >= 0) {
    const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    lineNo += newlinesBetween(text, counted, start);
    counted = start;
    const line = text.slice(start, end);
    const fixed = repairLine(line, lineSignals(line, 'utf8'), lineNo, isEnabled, notes, typography);
    if (fixed !== line) {
      out += text.slice(copied, start) + fixed;
      copied = end;
      changed = true;
    }
    at = newline < 0 ? -1 : next(text, newline + 1);
  }
  return changed ? { text: out + text.slice(copied), changed: true, notes } : { text, changed: false, notes: [] };
}

/** Typography reads every line: the next one starts where the last one ended. */
const nextLine = (_text: string, from: number): number => from;

function newlinesBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const ALL_ENABLED = (): boolean => true;

/** Passes over a line before giving up on a fixed point (double and triple damage need 2–3). */
export const MAX_PASSES = 6;

/**
 * Repeat passes over the line until one changes nothing (as ftfy does), so repairing the output
 * again changes nothing more: a repair can reveal context that makes a neighbouring span readable,
 * or leave a span that a later pass reads again. A note whose replacement a later pass rewrote is
 * superseded by the later note (whose text is what the earlier pass wrote).
 */
function repairLine(
  line: string,
  signals: LineSignals,
  lineNo: number,
  isEnabled: (id: string) => boolean,
  notes: Note[],
  typography: boolean,
): string {
  const lineNotes: Note[] = [];
  let current = line;
  let currentSignals = signals;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = repairPass(current, currentSignals, lineNo, isEnabled, lineNotes, typography);
    if (next.text === current) break;
    current = next.text;
    currentSignals = next.signals;
    // A line that shows no sign any fixer acts on is at its fixed point already.
    if (!typography && !anyFixerSignal(currentSignals)) break;
  }
  for (const n of lineNotes) if (current.includes(n.replacement ?? '')) notes.push(n);
  return current;
}

/**
 * One pass: each fixer sees the line as earlier fixers left it; within a pass a later fixer may not
 * touch what an earlier one wrote.
 */
function repairPass(
  line: string,
  lineSignalsNow: LineSignals,
  lineNo: number,
  isEnabled: (id: string) => boolean,
  notes: Note[],
  typography: boolean,
): { text: string; signals: LineSignals } {
  let current = line;
  let signals = lineSignalsNow;
  let written: [number, number][] = [];
  for (const fixer of typography ? [...FIXERS, TYPOGRAPHY] : FIXERS) {
    const proposed = fixer.fix(current, isEnabled, signals);
    if (!proposed.length) continue;
    const fixes = written.length ? proposed.filter((f) => !written.some(([s, e]) => f.start < e && f.end > s)) : proposed;
    if (!fixes.length) continue;
    fixes.sort((a, b) => a.start - b.start);
    const next = applyFixes(current, fixes, written);
    current = next.text;
    signals = lineSignals(current);
    written = next.written;
    for (const f of next.applied) notes.push(toNote(f, lineNo));
  }
  return { text: current, signals };
}

/** Apply non-overlapping fixes (the first wins) and map the already-written ranges along. */
function applyFixes(line: string, fixes: SpanFix[], written: [number, number][]) {
  let out = '';
  let pos = 0;
  const applied: SpanFix[] = [];
  const added: [number, number][] = [];
  const shifts: [number, number][] = [];
  for (const f of fixes) {
    if (f.start < pos) continue;
    out += line.slice(pos, f.start);
    const at = out.length;
    out += f.replacement;
    added.push([at, out.length]);
    shifts.push([f.end, f.replacement.length - (f.end - f.start)]);
    applied.push(f);
    pos = f.end;
  }
  out += line.slice(pos);
  const moved: [number, number][] = [];
  for (const [s, e] of written) moved.push([shifted(s, shifts), shifted(e, shifts)]);
  return { text: out, applied, written: [...moved, ...added] };
}

/** Where position `x` moves to after the replacements (each ending at `end` and changing the length by `d`). */
function shifted(x: number, shifts: readonly [number, number][]): number {
  let acc = x;
  for (const [end, d] of shifts) if (end <= x) acc += d;
  return acc;
}

function toNote(f: SpanFix, line: number): Note {
  return {
    ruleId: f.ruleId,
    action: 'repair',
    reason: f.reason,
    text: f.text,
    replacement: f.replacement,
    line,
    plan: f.plan,
  };
}
