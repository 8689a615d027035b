/**
 * The fast path: one precompiled regex that any damaged text matches. Clean text that does not
 * match is returned at once, without per-character work.
 */
import { SLOPPY_CP1252, UTF8_MISREADS, classOf } from './charsets.js';

const hex = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const CP1252_HIGH = `\\u00a0-\\u00ff${SLOPPY_CP1252.decodeTable.slice(0x80, 0xa0).map(hex).join('')}`;
const UTF8_LEAD = UTF8_MISREADS.map((cs) => classOf(cs, 0xc2, 0xf4)).join('');
const UTF8_CONT = UTF8_MISREADS.map((cs) => classOf(cs, 0x80, 0xbf)).join('');

const SUSPECT_RE = new RegExp(
  [
    // two Latin-1/cp1252 high characters in a row: UTF-8 or legacy CJK read as Latin-1/cp1252
    `[${CP1252_HIGH}][${CP1252_HIGH}]`,
    // a UTF-8 lead byte then a continuation byte, as any of the single-byte charsets shows them
    `[${UTF8_LEAD}][${UTF8_CONT}]`,
    // Cyrillic in the wrong one of cp1251 and KOI8-R: case running backwards, or runs of capitals
    '[\\u0430-\\u045f][\\u0400-\\u042f]|[\\u0400-\\u042f]{4}',
    // C1 controls, lost bytes
    '[\\u0080-\\u009f\\u001a\\ufffd]',
  ].join('|'),
);

export function couldBeDamaged(text: string): boolean {
  return SUSPECT_RE.test(text);
}
