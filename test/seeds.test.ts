// The table for the two seed articles, read as bytes the way the CLI reads files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/index.js';

const seed = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'seeds', name)));

describe('seed 000: Reuters, NATO and the Indo-Pacific', () => {
  const bytes = seed('reuters-nato-indo-pacific.txt');
  const a = cleanArticle(bytes);

  it('reads headline, dateline and wire source', () => {
    expect(a.headline).toBe('NATO chief stresses importance of Indo-Pacific partners amid security tensions');
    expect(a.dateline?.date).toBe('2024-05-29');
    expect(a.dateline?.place).toBeNull();
    expect(a.source).toEqual({ name: 'Reuters', kind: 'wire' });
  });

  it('keeps the 11 body paragraphs, first and last exactly', () => {
    expect(a.paragraphs).toHaveLength(11);
    expect(a.paragraphs[0].startsWith('NATO Secretary-General Jens Stoltenberg emphasized')).toBe(true);
    expect(a.paragraphs[10].endsWith('as a threat to its security.')).toBe(true);
    expect(a.body).toBe(a.paragraphs.join('\n\n'));
  });

  it('carries curly quotes and apostrophes byte for byte', () => {
    const source = Buffer.from(bytes).toString('utf8');
    for (const p of a.paragraphs) expect(source).toContain(p);
    expect(a.body).toContain('“Working with partners throughout the world');
    expect(a.body).toContain('NATO’s close cooperation');
    expect(a.body).not.toMatch(/["']Working with partners/);
  });

  it('keeps neither the credit line nor the date line in the body', () => {
    expect(a.body).not.toContain('• Reuters');
    expect(a.body).not.toContain('29 May 2024');
    expect(a.notes.some((n) => n.action === 'pick' && n.text.includes('Reuters') && n.ruleId.startsWith('source/'))).toBe(true);
    expect(a.notes.some((n) => n.action === 'pick' && n.text.includes('29 May 2024') && n.ruleId.startsWith('dateline/'))).toBe(true);
  });
});

describe('seed 004: CTV, NATO wants friends, with GBK spam', () => {
  const a = cleanArticle(seed('ctv-nato-friends-gbk-spam.txt'));
  const ruleIdPattern = /^[a-z]+\/[a-z0-9-]+$/;

  it('reads headline, dateline and publisher source', () => {
    expect(a.headline).toBe("NATO chief wants more 'friends' as Russia, China move closer");
    expect(a.dateline?.place).toBe('TOKYO');
    expect(a.dateline?.date).toBeNull();
    expect(a.source).toEqual({ name: 'CTVNews.ca', kind: 'publisher' });
  });

  it('keeps the 16 body paragraphs, first and last exactly', () => {
    expect(a.paragraphs).toHaveLength(16);
    expect(a.paragraphs[0].startsWith("China's growing assertiveness")).toBe(true);
    expect(a.paragraphs[15].endsWith('raise tensions in the region.')).toBe(true);
  });

  it('holds no chrome, spam or off-topic text in the body', () => {
    for (const absent of ['Skip to main content', 'ÐÇ¿Õ´«Ã½', '星空传媒', 'CTVNews.ca', 'Local Spotlight', 'Hells Angels', 'Ginny Lam', 'insurance surcharge', 'temporary residence permit', 'Heather McArthur', 'Siberian husky', 'wedding photographer', 'trove of extraordinary fossils', 'chocolate donkey', '50 years since the first women', 'Lotto Max', 'bottle cart', 'David Krumholtz', 'tiger salamander']) {
      expect(a.body, absent).not.toContain(absent);
    }
    expect(a.paragraphs).not.toContain('Share');
  });

  it('notes the repair ÐÇ¿Õ´«Ã½ → 星空传媒', () => {
    const repairs = a.notes.filter((n) => n.action === 'repair');
    expect(repairs.some((n) => n.text === 'ÐÇ¿Õ´«Ã½' && n.replacement === '星空传媒' && n.ruleId === 'mojibake/gbk-as-latin1')).toBe(true);
  });

  it('notes every removal with a rule id, the exact text and its line', () => {
    const removed = a.notes.filter((n) => n.action === 'remove');
    expect(removed.length).toBeGreaterThanOrEqual(18);
    for (const n of removed) {
      expect(n.ruleId).toMatch(ruleIdPattern);
      expect(n.reason.length).toBeGreaterThan(10);
      expect(n.line).toBeGreaterThan(0);
      expect(n.text.length).toBeGreaterThan(0);
    }
    const byText = (t: string) => removed.find((n) => n.text.startsWith(t));
    expect(byText('Skip to main content')?.ruleId).toBe('chrome/skip-link');
    expect(byText('Share')?.ruleId).toBe('chrome/share');
    expect(removed.filter((n) => n.text === '星空传媒' && n.ruleId === 'spam/foreign-script-fragment').map((n) => n.line)).toEqual([1, 42]);
    expect(byText('Local Spotlight')?.ruleId).toMatch(/^offtopic\//);
    for (const teaser of ["The province's public security minister", 'Since she was a young girl', 'Edmontonians can count themselves']) {
      expect(byText(teaser)?.ruleId, teaser).toMatch(/^offtopic\//);
    }
  });
});
