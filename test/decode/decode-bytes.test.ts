import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeBytesWith } from '../../src/decode/decode-bytes.js';

const dir = join(__dirname, '..', '..', 'fixtures', 'bytes');
interface ByteFixture {
  file: string;
  expected: string;
  contentType?: string;
  encoding: string;
  rules: string[];
}
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ByteFixture[];

const DECODE_RULES = new Set([
  'decode/bom',
  'decode/content-type',
  'decode/meta-charset',
  'decode/xml-declaration',
  'decode/sniff-utf8',
  'decode/sniff-legacy',
  'decode/declared-wrong',
]);

describe('decodeBytes on committed byte fixtures', () => {
  for (const f of manifest) {
    it(`${f.file}: decodes as ${f.encoding}${f.rules.length ? ` with ${f.rules.join(', ')}` : ' with no note'}`, () => {
      const bytes = new Uint8Array(readFileSync(join(dir, f.file)));
      const result = decodeBytes(bytes, f.contentType ? { contentType: f.contentType } : {});
      expect(result.text).toBe(readFileSync(join(dir, f.expected), 'utf8'));
      expect(result.encoding).toBe(f.encoding);
      expect(result.notes.map((n) => n.ruleId)).toEqual(f.rules);
      for (const note of result.notes) {
        expect(note.action).toBe('decode');
        expect(note.reason).toMatch(/\d/); // measured evidence, not a bare verdict
      }
    });
  }
});

describe('declarations and their evidence', () => {
  const enc = new TextEncoder();

  it('decode/bom: a UTF-8 BOM wins over a contrary Content-Type and is dropped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('Zoë')]);
    const r = decodeBytes(bytes, { contentType: 'text/plain; charset=windows-1251' });
    expect(r).toMatchObject({ text: 'Zoë', encoding: 'utf-8' });
    expect(r.notes).toEqual([
      {
        ruleId: 'decode/bom',
        action: 'decode',
        reason: 'a byte order mark (EF BB BF) opens the input: decoded as utf-8, and the 3-byte mark dropped',
        text: 'EF BB BF',
        line: 1,
      },
    ]);
  });

  it('decode/bom: UTF-16LE and UTF-16BE marks', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]);
    expect(decodeBytes(le)).toMatchObject({ text: 'Aé', encoding: 'utf-16le' });
    expect(decodeBytes(be)).toMatchObject({ text: 'Aé', encoding: 'utf-16be' });
  });

  it('decode/content-type outranks <meta>, and an iso-8859-1 label means windows-1252', () => {
    const bytes = new Uint8Array([...enc.encode('<meta charset="koi8-r"><p>'), 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]);
    const r = decodeBytes(bytes, { contentType: 'text/html; charset="ISO-8859-1"' });
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('<meta charset="koi8-r"><p>“Café”');
    expect(r.notes.map((n) => n.ruleId)).toEqual(['decode/content-type']);
    expect(r.notes[0]!.text).toBe('text/html; charset="ISO-8859-1"');
  });

  it('decode/meta-charset: the note quotes the tag and gives its line', () => {
    const head = '<html>\n<head>\n<!-- <meta charset="big5"> -->\n<meta charset="windows-1250">\n</head><p>';
    const bytes = new Uint8Array([...enc.encode(head), 0x8a, 0x6b, 0x6f, 0x64, 0x61]);
    const r = decodeBytes(bytes);
    expect(r.text.endsWith('Škoda')).toBe(true);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ ruleId: 'decode/meta-charset', text: '<meta charset="windows-1250">', line: 4 });
  });

  it('no note for undeclared valid UTF-8, nor for pure ASCII under any label', () => {
    expect(decodeBytes(enc.encode('Ünïcödé ✓')).notes).toEqual([]);
    expect(decodeBytes(enc.encode('plain ascii'), { contentType: 'text/plain; charset=gbk' }).notes).toEqual([]);
  });

  it('decode/declared-wrong: UTF-8 under a Latin-1 label, with the mojibake it would have made as evidence', () => {
    const r = decodeBytes(enc.encode('Crème brûlée à la carte'), { contentType: 'text/html; charset=iso-8859-1' });
    expect(r).toMatchObject({ text: 'Crème brûlée à la carte', encoding: 'utf-8' });
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]!.ruleId).toBe('decode/declared-wrong');
    expect(r.notes[0]!.reason).toContain('all 4 multi-byte sequences are valid UTF-8');
    expect(r.notes[0]!.reason).toContain('CrÃ¨me');
  });

  it('decode/sniff-utf8: a stray windows-1252 byte in UTF-8 text is read alone as windows-1252, and noted', () => {
    const good = enc.encode('Ça va très bien, merci. Ünïcödé everywhere: é è ê ë à â ä ô ö û ü ç œ æ ß ñ í ó ú ý ž š č ř ě ů ł ő ű.\n');
    const quote = [...enc.encode('He said it'), 0x92, ...enc.encode('s fine.\n')];
    const bytes = new Uint8Array([...good, ...good, ...quote, ...good]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('He said it’s fine.');
    expect(r.text).not.toContain('\ufffd');
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ ruleId: 'decode/sniff-utf8', text: 'He said it’s fine.', line: 3 });
    expect(r.notes[0]!.reason).toContain('1 stray byte');
    expect(r.notes[0]!.reason).toContain('→ "’"');
  });

  it('a sequence cut off by the end stays U+FFFD (a truncation, not a stray byte)', () => {
    const bytes = new Uint8Array([...enc.encode('Ünïcödé '.repeat(10)), 0xe2, 0x80]);
    const r = decodeBytes(bytes);
    expect(r.text.endsWith(' \ufffd')).toBe(true);
    expect(r.notes).toEqual([]);
  });
});

describe('switching rules off', () => {
  const utf8 = new TextEncoder().encode('Crème brûlée');
  const latin1 = { contentType: 'text/plain; charset=iso-8859-1' };

  it('decode/declared-wrong off: the declaration is obeyed, and noted as such', () => {
    const r = decodeBytesWith(utf8, latin1, { disable: ['decode/declared-wrong'] });
    expect(r.text).toBe('CrÃ¨me brÃ»lÃ©e');
    expect(r.notes.map((n) => n.ruleId)).toEqual(['decode/content-type']);
    expect(decodeBytesWith(utf8, latin1, { disable: ['decode'] }).text).toBe('CrÃ¨me brÃ»lÃ©e');
  });

  it('decode/sniff-legacy off: undeclared legacy bytes are read as UTF-8, with U+FFFD and a note', () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'fr-windows-1252.bin')));
    const r = decodeBytesWith(bytes, {}, { disable: ['decode/sniff-legacy'] });
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('pr\ufffdsident');
    expect(r.notes.map((n) => n.ruleId)).toEqual(['decode/sniff-utf8']);
  });
});

describe('invariants', () => {
  it('never throws, always returns a string and only decode notes, on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), (bytes, ct) => {
        const r = decodeBytes(bytes, ct === undefined ? {} : { contentType: ct });
        expect(typeof r.text).toBe('string');
        expect(typeof r.encoding).toBe('string');
        for (const n of r.notes) expect(DECODE_RULES.has(n.ruleId)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('survives empty, NUL-filled, truncated and non-Uint8Array input', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', notes: [] });
    expect(decodeBytes(new Uint8Array(64)).text).toBe('\0'.repeat(64));
    expect(decodeBytes(new Uint8Array([0xe4, 0xb8])).text).toBe('\ufffd');
    expect(decodeBytes(null as unknown as Uint8Array).text).toBe('');
    expect(decodeBytes(new Uint8Array([0x41]), null as unknown as { contentType?: string }).text).toBe('A');
  });

  it('is deterministic and never mutates its input', () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'zh-gbk.bin')));
    const copy = bytes.slice();
    const a = decodeBytes(bytes);
    const b = decodeBytes(bytes);
    expect(b).toEqual(a);
    expect(bytes).toEqual(copy);
  });

  it('decodes bytes that are a view into a larger buffer, reading only the view', () => {
    const big = new Uint8Array([0x58, 0x58, ...new TextEncoder().encode('é'), 0x58]);
    expect(decodeBytes(big.subarray(2, 4)).text).toBe('é');
  });
});
