// repairText against cases kept as data: must-change (with the rule that must fire), must-not-change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/repair/plan.js';
import { repairText } from '../../src/repair/repair-text.js';

interface Case {
  label: string;
  original: string;
  fixed?: string;
  rule?: string;
}
const load = (name: string): Case[] => JSON.parse(readFileSync(join(__dirname, 'cases', name), 'utf8')) as Case[];

describe('repairText must-change cases', () => {
  for (const c of load('must-change.json')) {
    it(`${c.rule}: ${c.label}`, () => {
      const r = repairText(c.original);
      expect(r.text).toBe(c.fixed);
      expect(r.changed).toBe(true);
      expect(r.notes.map((n) => n.ruleId)).toContain(c.rule);
    });

    it(`${c.rule}: ${c.label} — every plan replays, repairing twice changes nothing more`, () => {
      const r = repairText(c.original);
      for (const note of r.notes) {
        expect(note.action).toBe('repair');
        expect(note.plan).toBeDefined();
        expect(applyPlan(note.text, note.plan ?? [])).toBe(note.replacement);
        expect(c.original.split('\n')[(note.line ?? 0) - 1]).toContain(note.text);
      }
      expect(repairText(r.text)).toEqual({ text: r.text, changed: false, notes: [] });
    });

    it(`${c.rule}: ${c.label} — switched off by its rule id and by its family`, () => {
      expect(repairText(c.original, { disable: [c.rule ?? ''] }).notes.map((n) => n.ruleId)).not.toContain(c.rule);
      expect(repairText(c.original, { disable: ['mojibake'] }).changed).toBe(false);
    });
  }
});

describe('repairText must-not-change cases', () => {
  for (const c of load('must-not-change.json')) {
    it(c.label, () => {
      expect(repairText(c.original)).toEqual({ text: c.original, changed: false, notes: [] });
    });
  }
});

describe('repairText strict known failures', () => {
  // Cases it gets wrong today, kept so that fixing one is noticed and the case moves to must-change.
  for (const c of load('known-failures.json')) {
    it(`still misses: ${c.label}`, () => {
      expect(repairText(c.original).text).not.toBe(c.fixed);
    });
  }
});

describe('normalizeTypography', () => {
  const text = '“Quoted” and ‘single’ — ＡＢＣ１２３';
  it('is off by default: typography stays as it is', () => {
    expect(repairText(text)).toEqual({ text, changed: false, notes: [] });
  });
  it('straightens quotes and folds full-width forms when asked, with replayable notes', () => {
    const r = repairText(text, { normalizeTypography: true });
    expect(r.text).toBe('"Quoted" and \'single\' — ABC123');
    expect(r.notes.map((n) => n.ruleId).sort()).toEqual([
      'typography/fold-width',
      'typography/uncurl-quotes',
      'typography/uncurl-quotes',
      'typography/uncurl-quotes',
      'typography/uncurl-quotes',
    ]);
    for (const n of r.notes) expect(applyPlan(n.text, n.plan ?? [])).toBe(n.replacement);
  });
});
