/**
 * JSON-LD: the article node(s) of a page's `application/ld+json` scripts, in plain arrays, `@graph`
 * forms and nested values. Robust to malformed and huge JSON (skipped), to cycles of `@id`
 * references (resolved one level), and to `__proto__`/`constructor` keys: values are only read with
 * own-property checks and never copied onto objects, so nothing can reach a prototype.
 */
import { HTML_LIMITS } from './settings.js';

/** Schema.org types whose node describes the article itself. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting',
  'socialmediaposting', 'techarticle', 'scholarlyarticle', 'report', 'satiricalarticle', 'posting',
  // known false positive: "webpage" nodes often carry the page <title>, not the headline; ranked last.
  'webpage', 'itempage',
]);

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (v: unknown): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v);

function get(o: Record<string, Json>, key: string): Json | undefined {
  return own(o, key) ? o[key] : undefined;
}

function types(node: Record<string, Json>): string[] {
  const t = get(node, '@type');
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, '').toLowerCase());
}

/** Named entities CMSes leave escaped inside JSON-LD strings. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lsquo: '‘', rsquo: '’', ldquo: '“',
  rdquo: '”', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»',
};

/** Decodes the HTML character references some CMSes write into JSON-LD values. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (m, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0) return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    const named = name ? ENTITIES[name.toLowerCase()] : undefined;
    return named ?? m;
  });
}

function text(v: Json | undefined): string | null {
  if (typeof v === 'string') {
    const s = decodeEntities(v).replace(/\s+/g, ' ').trim();
    return s || null;
  }
  if (Array.isArray(v)) return text(v[0]);
  return null;
}

/** A person or organisation value: a string, `{name}`, an `@id` reference, or a list of those. */
function names(v: Json | undefined, byId: Map<string, Record<string, Json>>): string[] {
  const out: string[] = [];
  const list = Array.isArray(v) ? v : [v];
  for (const item of list.slice(0, 20)) {
    if (typeof item === 'string') {
      const s = text(item);
      if (s) out.push(s);
    } else if (isObject(item)) {
      let name = text(get(item, 'name'));
      const id = get(item, '@id');
      if (!name && typeof id === 'string') {
        const target = byId.get(id);
        if (target) name = text(get(target, 'name'));
      }
      if (name) out.push(name);
    }
  }
  return out;
}

/** Every object node in the parsed values, breadth-first, capped. */
function nodes(roots: Json[]): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const queue: Json[] = [...roots];
  let seen = 0;
  while (queue.length && seen++ < HTML_LIMITS.maxJsonLdNodes) {
    const v = queue.shift() as Json;
    if (Array.isArray(v)) {
      queue.push(...v);
    } else if (isObject(v)) {
      out.push(v);
      for (const key of Object.keys(v)) {
        const child = v[key];
        if (child && typeof child === 'object') queue.push(child);
      }
    }
  }
  return out;
}

/** Parses one script's text; malformed, huge or empty text gives nothing. */
export function parseJsonLd(source: string): Json[] {
  if (!source || source.length > HTML_LIMITS.maxJsonLdLength) return [];
  // Some CMSes wrap JSON-LD in CDATA or HTML comments.
  const body = source.replace(/^\s*(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\]\]>|-->)\s*$/, '');
  try {
    return [JSON.parse(body) as Json];
  } catch {
    return [];
  }
}

/** The article nodes of all JSON-LD scripts, best-typed first (article types before web pages). */
export function jsonLdArticles(sources: string[]): JsonLdArticle[] {
  const all = nodes(sources.flatMap(parseJsonLd));
  const byId = new Map<string, Record<string, Json>>();
  for (const n of all) {
    const id = get(n, '@id');
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, n);
  }
  const found: JsonLdArticle[] = [];
  for (const n of all) {
    const type = types(n).find((t) => ARTICLE_TYPES.has(t));
    if (!type) continue;
    found.push({
      type,
      headline: text(get(n, 'headline')) ?? (type === 'webpage' || type === 'itempage' ? null : text(get(n, 'name'))),
      datePublished: text(get(n, 'datePublished')) ?? text(get(n, 'dateCreated')),
      authors: names(get(n, 'author') ?? get(n, 'creator'), byId),
      publisher: names(get(n, 'publisher'), byId)[0] ?? null,
    });
  }
  const rank = (a: JsonLdArticle): number => (a.type === 'webpage' || a.type === 'itempage' ? 1 : 0);
  return found.sort((a, b) => rank(a) - rank(b));
}
