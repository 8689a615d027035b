// Invariants of repairText: never throws, deterministic, clean text untouched, every plan replays,
// repairing twice changes nothing more, notes point at the exact original text of their line.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { missingData, mojibakeDir } from '../../eval/datasets.js';
import { readDevCases } from '../../eval/mojibake.js';
import { applyPlan, decodeAs } from '../../src/repair/plan.js';
import { repairText } from '../../src/repair/repair-text.js';
import type { RepairResult } from '../../src/types.js';

function checkNotes(input: string, r: RepairResult): void {
  const lines = input.split('\n');
  for (const note of r.notes) {
    expect(note.ruleId).toMatch(/^mojibake\/[a-z0-9-]+$/);
    expect(lines[(note.line ?? 0) - 1]).toContain(note.text);
    expect(applyPlan(note.text, note.plan ?? [])).toBe(note.replacement);
  }
}

describe('repairText properties', () => {
  it('never throws and is deterministic on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const a = repairText(s);
        expect(repairText(s)).toEqual(a);
        checkNotes(s, a);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves text of ASCII, CJK, Hangul, kana and emoji alone', () => {
    const clean = fc.string({
      unit: fc.constantFrom(...'abc XYZ 123.,;!?\'"-\n中文字社会の世界한국어テスト😀🎉“”’—…'.split('')),
      maxLength: 120,
    });
    fc.assert(
      fc.property(clean, (s) => {
        expect(repairText(s)).toEqual({ text: s, changed: false, notes: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('repairs UTF-8 text read as cp1252, and a second repair changes nothing', () => {
    const words = fc.array(fc.constantFrom('déjà', 'naïve', 'Zürich', 'São', 'Łódź', 'más', 'the', 'and', '“quoted”'), {
      minLength: 2,
      maxLength: 12,
    });
    fc.assert(
      fc.property(words, (ws) => {
        const text = ws.join(' ');
        // as a browser reads it: bytes cp1252 leaves undefined pass through as C1 characters
        const damaged = decodeAs(iconv.encode(text, 'utf-8'), 'sloppy-windows-1252');
        const r = repairText(damaged);
        checkNotes(damaged, r);
        expect(r.text).toBe(text);
        expect(repairText(r.text).changed).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('does not change its input and returns it as is when clean', () => {
    const input = 'Plain text, “quoted”, café.';
    const r = repairText(input);
    expect(r.text).toBe(input);
    expect(r.changed).toBe(false);
  });
});

const missing = missingData(mojibakeDir());
describe.skipIf(missing !== null)('repair plans over the dev cases', () => {
  it('every note on every 10th dev case replays, and repairing the output again changes nothing', () => {
    const cases = readDevCases().filter((_, i) => i % 10 === 0);
    let notes = 0;
    for (const c of cases) {
      const r = repairText(c.damaged);
      checkNotes(c.damaged, r);
      notes += r.notes.length;
      if (r.text === c.expected) expect(repairText(r.text).changed).toBe(false);
    }
    expect(notes).toBeGreaterThan(500);
  }, 60_000);
});
