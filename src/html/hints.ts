/**
 * Container hints: what an element's landmark tag, ARIA role, class and id say about the text
 * inside it. Hints are features for the classifier, never verdicts.
 */
import { CLASS_HINTS, LANDMARK_ROLES, LANDMARK_TAGS } from './settings.js';

const WORD_TO_HINT: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASS_HINTS).flatMap(([hint, words]) => words.map((w) => [w, hint] as [string, string])),
);

const CAMEL = /([a-z])([A-Z])/g;
const SEPARATORS = /[^a-z0-9]+/;

/** The hints one class/id string carries, e.g. `article-share-bar` → `share`. */
export function hintsFromNames(names: string): string[] {
  if (!names) return [];
  const found: string[] = [];
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    const joined = token.toLowerCase().replace(/[^a-z]+/g, '');
    const whole = WORD_TO_HINT.get(joined);
    if (whole && !found.includes(whole)) found.push(whole);
    for (const word of token.replace(CAMEL, '$1 $2').toLowerCase().split(SEPARATORS)) {
      const hint = WORD_TO_HINT.get(word);
      if (hint && !found.includes(hint)) found.push(hint);
    }
  }
  return found;
}

/** The hints of one element alone: landmark tag, role, itemprop, class and id. */
export function elementHints(el: Element, tag: string): string[] {
  const hints: string[] = [];
  if (LANDMARK_TAGS.has(tag)) hints.push(tag);
  const role = el.getAttribute('role');
  const landmark = role ? LANDMARK_ROLES[role.toLowerCase()] : undefined;
  if (landmark && !hints.includes(landmark)) hints.push(landmark);
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /articlebody/i.test(itemprop) && !hints.includes('body')) hints.push('body');
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  for (const h of hintsFromNames(names)) if (!hints.includes(h)) hints.push(h);
  return hints;
}

/** Parent hints plus the element's own, without repeats; shares the parent array when nothing is new. */
export function mergeHints(parent: readonly string[], own: readonly string[]): readonly string[] {
  const extra = own.filter((h) => !parent.includes(h));
  return extra.length ? [...parent, ...extra] : parent;
}
