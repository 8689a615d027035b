/**
 * Byte input end to end: an article handed to cleanArticle as bytes, in UTF-8 or a legacy charset,
 * gives the same article as the string, plus the decode note that says how the bytes were read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';
import type { Article } from '../../src/types.js';

const root = join(__dirname, '..', '..');
const reuters = readFileSync(join(root, 'fixtures', 'seeds', 'reuters-nato-indo-pacific.txt'), 'utf8');
const chinese = readFileSync(join(root, 'fixtures', 'bytes', 'zh-article.txt'), 'utf8');

function withoutDecodeNotes(a: Article): Article {
  return { ...a, notes: a.notes.filter((n) => !n.ruleId.startsWith('decode/')) };
}

const decodeRules = (a: Article): string[] => a.notes.filter((n) => n.ruleId.startsWith('decode/')).map((n) => n.ruleId);

describe('cleanArticle on bytes', () => {
  it('a UTF-8 article as bytes gives the same article as the string, with no decode note', () => {
    const fromString = cleanArticle(reuters);
    const fromBytes = cleanArticle(new TextEncoder().encode(reuters));
    expect(fromBytes).toEqual(fromString);
  });

  it('a windows-1252 article as bytes gives the same article, with a decode/sniff-legacy note', () => {
    const bytes = new Uint8Array(iconv.encode(reuters, 'windows-1252'));
    const fromBytes = cleanArticle(bytes);
    expect(withoutDecodeNotes(fromBytes)).toEqual(cleanArticle(reuters));
    expect(decodeRules(fromBytes)).toEqual(['decode/sniff-legacy']);
    expect(fromBytes.body).toContain('NATO’s close cooperation');
  });

  it('a GBK article as bytes gives the same article, with a decode/sniff-legacy note', () => {
    const bytes = new Uint8Array(iconv.encode(chinese, 'gbk'));
    const fromBytes = cleanArticle(bytes);
    expect(withoutDecodeNotes(fromBytes)).toEqual(cleanArticle(chinese));
    expect(decodeRules(fromBytes)).toEqual(['decode/sniff-legacy']);
    expect(fromBytes.body).toContain('财政赤字将低于去年');
  });

  it('a GBK article with a Content-Type charset is decoded as declared, via ArticleInput too', () => {
    const bytes = new Uint8Array(iconv.encode(chinese, 'gbk'));
    const fromInput = cleanArticle({ bytes, contentType: 'text/plain; charset=GB2312' });
    expect(withoutDecodeNotes(fromInput)).toEqual(cleanArticle(chinese));
    expect(decodeRules(fromInput)).toEqual(['decode/content-type']);
  });

  it('options.disable reaches byte decoding: decode/declared-wrong off obeys a wrong declaration', () => {
    const bytes = new TextEncoder().encode(reuters);
    const input = { bytes, contentType: 'text/plain; charset=iso-8859-1' };
    expect(cleanArticle(input).body).toContain('NATO’s');
    expect(decodeRules(cleanArticle(input))).toEqual(['decode/declared-wrong']);
    const obeyed = cleanArticle(input, { disable: ['decode/declared-wrong'], repair: false });
    expect(obeyed.body).toContain('NATOâ€™s');
    expect(decodeRules(obeyed)).toEqual(['decode/content-type']);
  });
});
