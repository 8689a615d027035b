/** Internal shapes of the repair engine. */
import type { RepairStep } from '../types.js';
import type { LineSignals } from './suspect.js';

/** One repaired span of one line: where it sits in the line, what it was and what it became. */
export interface SpanFix {
  /** Offset of the span in the line, in UTF-16 code units. */
  start: number;
  end: number;
  /** The exact damaged text: `line.slice(start, end)`. */
  text: string;
  replacement: string;
  /** `mojibake/<damage>` */
  ruleId: string;
  /** A sentence with the measured values. */
  reason: string;
  /** Replaying it over `text` gives `replacement`. */
  plan: RepairStep[];
}

/** A fixer looks at one line and proposes span repairs; it never edits the line itself. */
export type LineFixer = (line: string, isEnabled: (ruleId: string) => boolean, signals: LineSignals) => SpanFix[];
