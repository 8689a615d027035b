/**
 * Metadata collection: every candidate the page offers for headline, date, author, publisher and
 * language, each with where it came from. Reading only; reconciliation is in reconcile.ts.
 */
import type { PageMeta } from '../blocks/types.js';
import { jsonLdArticles } from './jsonld.js';
import { metaDay, urlDay } from './meta-dates.js';
import { HIDDEN_STYLE } from './settings.js';

/** `<meta>` names/properties by field, in order of trust (first = most specific). */
export const META_SOURCES = {
  headline: ['og:title', 'twitter:title', 'sailthru.title', 'parsely-title', 'dc.title', 'headline'],
  date: [
    'article:published_time', 'og:article:published_time', 'datepublished', 'published_time', 'pubdate',
    'publishdate', 'publish-date', 'publish_date', 'publication_date', 'date', 'dc.date', 'dc.date.issued',
    'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime',
    // known false positive: "date" is sometimes the crawl or render date; it is outvoted when others agree.
  ],
  author: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'],
  publisher: ['og:site_name', 'application-name', 'publisher', 'article:publisher', 'dc.publisher'],
} as const;

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** `<meta>` contents keyed by lower-cased name / property / itemprop (first occurrence wins). */
function metaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = squash(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function isVisible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return false;
    const style = e.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return false;
  }
  return true;
}

/** The first visible `<h1>` with text. */
function visibleH1(doc: Document): string | null {
  for (const h of Array.from(doc.querySelectorAll('h1'))) {
    const t = squash(h.textContent);
    if (t && isVisible(h)) return t;
  }
  return null;
}

/** `<time>` elements: the one marked as the publication date first, then the first with a datetime. */
function timeDays(doc: Document): { value: string; from: string }[] {
  const out: { value: string; from: string }[] = [];
  const times = Array.from(doc.querySelectorAll('time[datetime]'));
  const marked = times.find((t) => t.hasAttribute('pubdate') || /datepublished/i.test(t.getAttribute('itemprop') ?? ''));
  for (const [el, from] of [[marked, 'time[pubdate]'], [times[0], 'time']] as const) {
    const day = el ? metaDay(el.getAttribute('datetime') ?? '') : null;
    if (day) out.push({ value: day, from });
    if (day) break;
  }
  return out;
}

export function collectMeta(doc: Document, url: string | null): PageMeta {
  const tags = metaTags(doc);
  const ld = jsonLdArticles(Array.from(doc.querySelectorAll('script')).filter((s) => /ld\+json/i.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''));
  const meta: PageMeta = { headlines: [], dates: [], authors: [], publishers: [], language: null, url };
  const add = (list: { value: string; from: string }[], value: string | null, from: string): void => {
    const v = squash(value);
    if (v && !list.some((c) => c.from === from)) list.push({ value: v, from });
  };

  const article = ld[0];
  if (article) {
    add(meta.headlines, article.headline, 'json-ld');
    add(meta.dates, article.datePublished ? metaDay(article.datePublished) : null, 'json-ld');
    for (const a of article.authors) if (!meta.authors.some((x) => x.value === a)) meta.authors.push({ value: a, from: 'json-ld' });
    add(meta.publishers, article.publisher, 'json-ld');
  }
  for (const key of META_SOURCES.headline) add(meta.headlines, tags.get(key) ?? null, key);
  add(meta.headlines, visibleH1(doc), 'h1');
  add(meta.headlines, squash(doc.querySelector('title')?.textContent), 'title');

  for (const key of META_SOURCES.date) {
    const v = tags.get(key);
    add(meta.dates, v ? metaDay(v) : null, `meta:${key}`);
  }
  for (const t of timeDays(doc)) add(meta.dates, t.value, t.from);
  add(meta.dates, urlDay(url), 'url');

  for (const key of META_SOURCES.author) {
    const v = tags.get(key);
    // An author meta holding a profile URL names nobody.
    if (v && !/^https?:/i.test(v)) add(meta.authors, v, `meta:${key}`);
  }
  for (const key of META_SOURCES.publisher) {
    const v = tags.get(key);
    if (v && !/^https?:/i.test(v)) add(meta.publishers, v, `meta:${key}`);
  }

  const lang = doc.documentElement?.getAttribute('lang') ?? tags.get('og:locale') ?? tags.get('content-language') ?? null;
  meta.language = lang ? normaliseLang(lang) : null;
  return meta;
}

/** `en_US` → `en-US`; nonsense → null. */
export function normaliseLang(raw: string): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]([a-z]{2}|[a-z]{4}|\d{3}))?\b/i.exec(raw);
  if (!m) return null;
  const base = m[1].toLowerCase();
  if (!m[2]) return base;
  const sub = m[2].length === 2 ? m[2].toUpperCase() : m[2].length === 4 ? m[2][0].toUpperCase() + m[2].slice(1).toLowerCase() : m[2];
  return `${base}-${sub}`;
}
