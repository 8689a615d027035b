// repairText against cases kept as data: must-change (with the rule that must fire), must-not-change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/repair/plan.js';
import { repairText } from '../../src/repair/repair-text.js';
import iconv from 'iconv-lite';

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

describe('a cp1251 reading that is no language', () => {
  it('is not taken: Chinese GBK bytes read as Latin-1 do not become Russian and Ukrainian letters at once', () => {
    // "免费观看" in GBK read as Latin-1; as cp1251 these bytes read "Гв·С№Ыїґ" (Ы is Russian only, ї and ґ Ukrainian only).
    const line = 'Supporters answered that the plan would pay for itself within twenty years. Ãâ·Ñ¹Û¿´';
    const r = repairText(line);
    expect(r.text).not.toMatch(/[\u0400-\u04ff]/u);
    expect(r.notes.map((n) => n.ruleId)).not.toContain('mojibake/cp1251-as-cp1252');
  });

  it('is still taken for Russian and for Ukrainian text alone', () => {
    for (const text of ['Привет, как дела у вас сегодня', 'Київ — столиця України, її мешканці']) {
      const damaged = decodeAsCp1252(text);
      expect(repairText(damaged).text).toBe(text);
    }
  });
});

/** Cyrillic text written as cp1251 bytes and read back as cp1252 (the damage fixCyrillic undoes). */
function decodeAsCp1252(text: string): string {
  return iconv.decode(iconv.encode(text, 'win1251'), 'win1252');
}
