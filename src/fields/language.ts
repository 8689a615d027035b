/**
 * detectLanguage: the body's language as a BCP 47 tag, where the detector is confident, else null.
 * The detector is eld (Efficient Language Detector, the "small" n-gram set: 60 languages, ISO 639-1
 * codes, which are valid BCP 47 primary tags). It reads a bounded sample of the text so that its cost
 * stays flat however long the article is (measured in README: the sample size barely changes accuracy).
 */
import { eld } from 'eld/small';
import { FIELD_DEFAULTS } from './defaults.js';

/** The first `max` characters, cut back to a word boundary. */
export function languageSample(text: string, max: number = FIELD_DEFAULTS.languageSampleChars): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

const LETTER = /^\p{L}$/u;

/** Whether `text` holds at least `min` letters (counted by code point; stops as soon as it does). */
function hasLetters(text: string, min: number): boolean {
  let letters = 0;
  for (let i = 0; i < text.length && letters < min; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : LETTER.test(text.slice(i, i + width))) letters++;
    i += width;
  }
  return letters >= min;
}

export function detectLanguage(text: string): string | null {
  if (typeof text !== 'string') return null;
  const sample = languageSample(text);
  if (!hasLetters(sample, FIELD_DEFAULTS.languageMinLetters)) return null;
  try {
    const result = eld.detect(sample);
    return result.language && result.isReliable() ? result.language : null;
  } catch {
    return null;
  }
}
