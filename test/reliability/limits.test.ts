// The entry's limits, unit by unit: each cut or refusal happens at the documented limit, keeps
// what it should, and says so in a note with the measured values.
import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../src/input.js';
import { capLines, removeDamagedUnits, sniffBinaryBytes, sniffBinaryString } from '../../src/limits-content.js';
import { capEntities, flattenDeepNesting } from '../../src/limits-html.js';
import { Budget, capBlocks, cutBytes, cutInput, DEFAULT_LIMITS, resolveLimits } from '../../src/limits.js';
import type { Note } from '../../src/types.js';

describe('resolveLimits', () => {
  it('keeps the defaults for missing, NaN, zero, negative and non-numeric values', () => {
    expect(resolveLimits(undefined)).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({ maxInputLength: Number.NaN, maxLineLength: 0, maxBlocks: -3, timeoutMs: '5' })).toEqual(
      DEFAULT_LIMITS,
    );
  });
  it('takes positive values, Infinity included', () => {
    const r = resolveLimits({ maxInputLength: 10, timeoutMs: Number.POSITIVE_INFINITY });
    expect(r.maxInputLength).toBe(10);
    expect(r.timeoutMs).toBe(Number.POSITIVE_INFINITY);
  });
  it('ignores inherited keys (a polluted prototype cannot set a limit)', () => {
    const limits = Object.create({ maxInputLength: 1 }) as object;
    expect(resolveLimits(limits).maxInputLength).toBe(DEFAULT_LIMITS.maxInputLength);
  });
});

describe('limits/input-cut', () => {
  it('cuts after the last line break before the limit, and the note holds the start of the cut text', () => {
    const notes: Note[] = [];
    const s = 'aaaa\nbbbb\ncccc\n';
    expect(cutInput(s, 12, notes)).toBe('aaaa\nbbbb\n');
    expect(notes).toEqual([
      expect.objectContaining({ ruleId: 'limits/input-cut', action: 'remove', text: 'cccc\n', line: 3 }),
    ]);
    expect(notes[0].reason).toContain('15 characters');
    expect(notes[0].reason).toContain('limit of 12');
  });
  it('never splits a surrogate pair when there is no line break', () => {
    const notes: Note[] = [];
    const kept = cutInput('ab😀cd', 3, notes);
    expect(kept).toBe('ab');
    expect(notes[0].text).toBe('😀cd');
  });
  it('returns the same string under the limit, with no note', () => {
    const notes: Note[] = [];
    const s = 'short';
    expect(cutInput(s, 5, notes)).toBe(s);
    expect(notes).toEqual([]);
  });
  it('cuts bytes as a view at a line feed or a UTF-8 character boundary, never mutating them', () => {
    const bytes = new TextEncoder().encode('héllo wörld');
    const copy = bytes.slice();
    const notes: Note[] = [];
    const kept = cutBytes(bytes, 9, notes); // byte 9 is inside "ö"
    expect(new TextDecoder('utf-8', { fatal: true }).decode(kept)).toBe('héllo w');
    expect(kept.buffer).toBe(bytes.buffer);
    expect(bytes).toEqual(copy);
    expect(notes[0].ruleId).toBe('limits/input-cut');
  });
});

describe('limits/lines-cut and limits/line-cut', () => {
  it('keeps the first maxLines lines and notes the rest', () => {
    const notes: Note[] = [];
    const out = capLines('1\n2\n3\n4\n5', 3, 100, notes, { lines: true, lineLength: true });
    expect(out).toBe('1\n2\n3');
    expect(notes).toEqual([expect.objectContaining({ ruleId: 'limits/lines-cut', text: '4\n5', line: 4 })]);
    expect(notes[0].reason).toContain('5 lines');
  });
  it('counts \\r\\n and lone \\r as line breaks', () => {
    const notes: Note[] = [];
    expect(capLines('a\r\nb\rc\nd', 2, 100, notes, { lines: true, lineLength: true })).toBe('a\r\nb');
  });
  it('cuts each long line at maxLineLength, one note per line with its line number', () => {
    const notes: Note[] = [];
    const out = capLines('short\nxxxxxxxxxx\nyyyyyyyyyyyy', 10, 4, notes, { lines: true, lineLength: true });
    expect(out).toBe('shor\nxxxx\nyyyy');
    expect(notes.map((n) => [n.ruleId, n.line, n.text])).toEqual([
      ['limits/line-cut', 1, 't'],
      ['limits/line-cut', 2, 'xxxxxx'],
      ['limits/line-cut', 3, 'yyyyyyyy'],
    ]);
  });
  it('sums up past 100 long lines in one closing note', () => {
    const notes: Note[] = [];
    capLines('abcdef\n'.repeat(150), 1000, 3, notes, { lines: true, lineLength: true });
    expect(notes.filter((n) => n.ruleId === 'limits/line-cut')).toHaveLength(101);
    expect(notes[100].reason).toContain('150 lines');
  });
  it('returns the same string when within both limits', () => {
    const s = 'a\nb\n';
    expect(capLines(s, 3, 10, [], { lines: true, lineLength: true })).toBe(s);
  });
});

describe('limits/control-chars', () => {
  it('removes NULs and lone surrogates, keeps well-formed pairs, notes each line with its original text', () => {
    const notes: Note[] = [];
    const out = removeDamagedUnits('ok 😀\nA\0B\n\uD800x\uDC00y', notes);
    expect(out).toBe('ok 😀\nAB\nxy');
    expect(notes.map((n) => [n.line, n.text])).toEqual([
      [2, 'A\0B'],
      [3, '\uD800x\uDC00y'],
    ]);
    expect(notes[1].reason).toContain('2 lone surrogate');
  });
  it('leaves clean text alone (the same string, no note)', () => {
    const notes: Note[] = [];
    const s = 'Zürich — “quoted” 東京 😀';
    expect(removeDamagedUnits(s, notes)).toBe(s);
    expect(notes).toEqual([]);
  });
});

describe('limits/binary', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  it('knows PNG, ZIP and PDF by their signature, as bytes and as strings', () => {
    expect(sniffBinaryBytes(png)?.kind).toBe('PNG image');
    expect(sniffBinaryBytes(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]))?.kind).toMatch(/^ZIP/);
    expect(sniffBinaryBytes(new TextEncoder().encode('%PDF-1.4\n'))?.kind).toBe('PDF document');
    expect(sniffBinaryString(Buffer.from(png).toString('latin1'))?.kind).toBe('PNG image');
    expect(sniffBinaryString(Buffer.from(png).toString('utf8'))?.kind).toBe('PNG image');
  });
  it('refuses control-byte soup but not UTF-16 without a byte-order mark, nor text with a stray NUL', () => {
    expect(sniffBinaryBytes(new Uint8Array(4096))?.kind).toBe('control bytes');
    expect(sniffBinaryBytes(new Uint8Array(Buffer.from('Plain words in UTF-16.', 'utf16le')))).toBeNull();
    expect(sniffBinaryString(`${'A line of words.\n'.repeat(20)}\0`)).toBeNull();
    expect(sniffBinaryString('Clean text — “quotes”, 東京.')).toBeNull();
  });
});

describe('limits/nesting-depth', () => {
  it('drops tags deeper than maxDepth, keeps their text and the markup around them', () => {
    const notes: Note[] = [];
    const html = `<body>${'<div>'.repeat(5)}deep${'</div>'.repeat(5)}<p>after</p></body>`;
    const out = flattenDeepNesting(html, 3, notes);
    expect(out.match(/<div>/g)).toHaveLength(3);
    expect(out.match(/<\/div>/g)).toHaveLength(3);
    expect(out).toContain('deep');
    expect(out).toContain('<p>after</p></body>');
    expect(notes).toEqual([expect.objectContaining({ ruleId: 'limits/nesting-depth', line: 1 })]);
    expect(notes[0].reason).toContain('4 start and end tags');
  });
  it('does not count unclosed p/li, void elements, comments, raw text or quoted ">"', () => {
    const notes: Note[] = [];
    const html = [
      '<body>',
      '<p>one '.repeat(50),
      '<li>item '.repeat(50),
      '<br><img src="a>b.png">'.repeat(50),
      '<!-- <div><div><div><div> -->',
      '<script>"<div><div><div><div>"</script>',
      '<div title="x > <div>">ok</div>',
      '</body>',
    ].join('');
    expect(flattenDeepNesting(html, 2, notes)).toBe(html);
    expect(notes).toEqual([]);
  });
  it('flattens 100,000 nested divs to the default limit', () => {
    const notes: Note[] = [];
    const html = `<html><body>${'<div>'.repeat(100_000)}hello world${'</div>'.repeat(100_000)}</body></html>`;
    const out = flattenDeepNesting(html, DEFAULT_LIMITS.maxDepth, notes);
    expect(out.match(/<div>/g)).toHaveLength(DEFAULT_LIMITS.maxDepth);
    expect(out).toContain('hello world');
    expect(notes[0].reason).toContain(`${((100_000 - DEFAULT_LIMITS.maxDepth) * 2).toLocaleString('en-US')} start and end tags`);
  });
});

describe('limits/entities-cut', () => {
  it('cuts the markup before the first character reference past maxEntities, counting all of them', () => {
    const notes: Note[] = [];
    const html = '<p>a &amp; b &#233; c &eacute d &#x41; e</p>';
    expect(capEntities(html, 2, notes)).toBe('<p>a &amp; b &#233; c ');
    expect(notes[0]).toMatchObject({ ruleId: 'limits/entities-cut', text: '&eacute d &#x41; e</p>' });
    expect(notes[0].reason).toContain('4 character references');
  });
  it('leaves markup within the limit alone, and a lone & is no reference', () => {
    const html = '<p>Q&A: R & D &amp; more</p>';
    const notes: Note[] = [];
    expect(capEntities(html, 1, notes)).toBe(html);
    expect(notes).toEqual([]);
  });
});

describe('limits/blocks-cut', () => {
  it('keeps the first maxBlocks blocks and notes the first cut one', () => {
    const notes: Note[] = [];
    const blocks = ['a', 'b', 'c'];
    expect(capBlocks(blocks, 2, notes, (b) => b)).toEqual(['a', 'b']);
    expect(notes[0]).toMatchObject({ ruleId: 'limits/blocks-cut', text: 'c' });
    expect(blocks).toEqual(['a', 'b', 'c']);
  });
});

describe('limits/timeout', () => {
  it('skips once the budget is spent and notes it once, naming the first stage skipped', () => {
    let now = 0;
    const budget = new Budget(100, () => now);
    const notes: Note[] = [];
    expect(budget.skip('classify', notes)).toBe(false);
    now = 150;
    expect(budget.skip('classify', notes)).toBe(true);
    expect(budget.skip('assemble', notes)).toBe(true);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ ruleId: 'limits/timeout', action: 'remove' });
    expect(notes[0].reason).toContain('150 ms');
    expect(notes[0].reason).toContain('classify');
  });
});

describe('normalizeInput applies the limits and honours options.disable', () => {
  it('uses the caller’s limits', () => {
    const notes: Note[] = [];
    const n = normalizeInput('one\ntwo\nthree', { limits: { maxBlocks: 2 } }, notes);
    expect(n.content).toBe('one\ntwo');
    expect(n.limits.maxBlocks).toBe(2);
    expect(notes[0].ruleId).toBe('limits/lines-cut');
  });
  it('switches a limit off by rule id or by family', () => {
    const a: Note[] = [];
    expect(normalizeInput('one\ntwo\nthree', { limits: { maxBlocks: 2 }, disable: ['limits/lines-cut'] }, a).content).toBe(
      'one\ntwo\nthree',
    );
    const b: Note[] = [];
    expect(normalizeInput('a\0b', { disable: ['limits'] }, b).content).toBe('a\0b');
    expect([...a, ...b]).toEqual([]);
  });
  it('refuses empty and whitespace-only input with a limits/empty note', () => {
    for (const s of ['', ' \n\t\n ']) {
      const notes: Note[] = [];
      expect(normalizeInput(s, {}, notes).refused).toBe(true);
      expect(notes).toEqual([expect.objectContaining({ ruleId: 'limits/empty', text: s })]);
    }
  });
});
