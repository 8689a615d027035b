/**
 * The fixers, in the order they run on each line. Order matters: a UTF-8 reading is tried before
 * a legacy CJK one, because valid UTF-8 is by far the stronger evidence; a later fixer never
 * touches what an earlier one wrote.
 */
import { fixC1Controls } from './fix-c1-controls.js';
import { fixCyrillic } from './fix-cyrillic.js';
import { fixLegacyCjk } from './fix-legacy-cjk.js';
import { fixUtf8Mojibake } from './fix-utf8.js';
import { normalizeTypography } from './normalize-typography.js';
import type { LineFixer } from './types.js';

export interface NamedFixer {
  /** Verb-named, as in ftfy; rule ids are per damage kind (`mojibake/<damage>`). */
  name: string;
  fix: LineFixer;
}

export const FIXERS: readonly NamedFixer[] = [
  { name: 'fix-utf8-mojibake', fix: fixUtf8Mojibake },
  { name: 'fix-legacy-cjk', fix: fixLegacyCjk },
  { name: 'fix-cyrillic', fix: fixCyrillic },
  { name: 'fix-c1-controls', fix: fixC1Controls },
];

/** Run last, and only when asked (`normalizeTypography: true`): not a repair, a house style. */
export const TYPOGRAPHY: NamedFixer = { name: 'normalize-typography', fix: normalizeTypography };
