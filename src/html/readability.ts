/**
 * Readability as one strong signal. @mozilla/readability mutates the Document it reads, so it runs
 * last, on the stage's private Document, after blocks and metadata have been read from it. Its
 * verdict comes back as the set of block owners (see OWNER_ATTRIBUTE) that survived into its article.
 */
import { Readability } from '@mozilla/readability';
import { OWNER_ATTRIBUTE } from './blocks.js';

export interface ReadabilitySignal {
  /** Owner ids of the elements Readability kept in its article. */
  kept: Set<number>;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

const clean = (v: string | null | undefined): string | null => {
  const s = (v ?? '').replace(/\s+/g, ' ').trim();
  return s ? s : null;
};

/** Runs Readability on `doc` (which it mutates). null when it finds no article or fails. */
export function readabilitySignal(doc: Document): ReadabilitySignal | null {
  let result: ReturnType<Readability<Element>['parse']>;
  try {
    // JSON-LD is read by the metadata stage; Readability's own reading would only repeat the work.
    result = new Readability<Element>(doc, { serializer: (node) => node as Element, disableJSONLD: true }).parse();
  } catch {
    return null;
  }
  const content = result?.content;
  if (!result || !content) return null;
  const kept = new Set<number>();
  const mark = (el: Element): void => {
    const id = el.getAttribute(OWNER_ATTRIBUTE);
    if (id !== null) kept.add(Number(id));
  };
  mark(content);
  for (const el of Array.from(content.querySelectorAll(`[${OWNER_ATTRIBUTE}]`))) mark(el);
  return {
    kept,
    title: clean(result.title),
    byline: clean(result.byline),
    siteName: clean(result.siteName),
    publishedTime: clean(result.publishedTime),
  };
}
