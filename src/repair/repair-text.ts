/**
 * repairText: find and undo encoding damage, line by line and span by span, with a note carrying a
 * replayable plan for every repair. Clean text comes back unchanged, and fast: one precompiled
 * regex test decides whether the text can be damaged at all.
 */
import type { Note, RepairOptions, RepairResult } from '../types.js';
import { FIXERS, TYPOGRAPHY } from './fixers.js';
import { anyFixerSignal, couldBeDamaged, lineSignals, type LineSignals } from './suspect.js';
import type { SpanFix } from './types.js';

export function repairText(text: string, options: RepairOptions = {}): RepairResult {
  if (typeof text !== 'string') return { text, changed: false, notes: [] };
  const typography = options.normalizeTypography === true;
  if (!typography && !couldBeDamaged(text)) return { text, changed: false, notes: [] };
  const disabled = new Set(options.disable ?? []);
  const isEnabled = disabled.size
    ? (ruleId: string): boolean => !disabled.has(ruleId) && !disabled.has(ruleId.slice(0, ruleId.indexOf('/')))
    : ALL_ENABLED;
  const notes: Note[] = [];
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const signals = lineSignals(line, true);
    // The signs couldBeDamaged looks for, read from the line's signals.
    if (
      !typography &&
      !(signals.utf8Pairs || signals.latinHighPair || signals.damageMark || signals.cyrillicOdd || signals.spaceLead)
    )
      continue;
    const fixed = repairLine(line, signals, i + 1, isEnabled, notes, typography);
    if (fixed !== line) {
      lines[i] = fixed;
      changed = true;
    }
  }
  return changed ? { text: lines.join('\n'), changed, notes } : { text, changed: false, notes: [] };
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
