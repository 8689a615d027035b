// Metadata: JSON-LD in every shape (plain, arrays, @graph, @id references, malformed, huge,
// __proto__ keys), meta tags, <time>, URL dates, and the reconciliation note.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/html/dom.js';
import { jsonLdArticles } from '../../src/html/jsonld.js';
import { collectMeta, normaliseLang } from '../../src/html/meta.js';
import { metaDay, urlDay } from '../../src/html/meta-dates.js';
import { reconcileMeta } from '../../src/html/reconcile.js';

describe('jsonLdArticles', () => {
  it('reads an article node inside @graph, resolving its author and publisher by @id', () => {
    const src = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Page title | Site' },
        { '@type': 'Person', '@id': '#p', name: 'Ana Silva' },
        { '@type': 'Organization', '@id': '#o', name: 'Daily Example' },
        { '@type': ['NewsArticle'], headline: 'Bridge reopens', datePublished: '2020-01-02T03:04:05Z', author: { '@id': '#p' }, publisher: { '@id': '#o' } },
      ],
    });
    const [a] = jsonLdArticles([src]);
    expect(a).toEqual({ type: 'newsarticle', headline: 'Bridge reopens', datePublished: '2020-01-02T03:04:05Z', authors: ['Ana Silva'], publisher: 'Daily Example' });
  });

  it('reads top-level arrays and ranks web pages after articles', () => {
    const src = JSON.stringify([{ '@type': 'WebPage', headline: 'Web page' }, { '@type': 'BlogPosting', headline: 'Post', author: [{ name: 'A' }, 'B'] }]);
    const list = jsonLdArticles([src]);
    expect(list.map((a) => a.headline)).toEqual(['Post', 'Web page']);
    expect(list[0].authors).toEqual(['A', 'B']);
  });

  it('decodes character references CMSes leave in values', () => {
    const [a] = jsonLdArticles([JSON.stringify({ '@type': 'Article', headline: '&#8216;Quoted&#8217; &amp; more' })]);
    expect(a.headline).toBe('‘Quoted’ & more');
  });

  it('skips malformed and oversized scripts without throwing', () => {
    expect(jsonLdArticles(['{"@type": "NewsArticle", "headline": ', '<!-- -->', ''])).toEqual([]);
    const huge = JSON.stringify({ '@type': 'NewsArticle', headline: 'x'.repeat(2_000_000) });
    expect(jsonLdArticles([huge])).toEqual([]);
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const src = '{"@type":"NewsArticle","headline":"H","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"author":{"__proto__":{"name":"x"}}}';
    const [a] = jsonLdArticles([src]);
    expect(a.headline).toBe('H');
    expect(a.authors).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('dates in metadata', () => {
  it('reads the stated day literally, whatever the time zone', () => {
    expect(metaDay('2019-03-15T23:30:00-05:00')).toBe('2019-03-15');
    expect(metaDay('20190315')).toBe('2019-03-15');
    expect(metaDay('2019/03/15 10:00')).toBe('2019-03-15');
    expect(metaDay('Fri, 15 Mar 2019 10:00:00 GMT')).toBe('2019-03-15');
    expect(metaDay('March 15, 2019')).toBe('2019-03-15');
    expect(metaDay('2019-02-30')).toBeNull();
    expect(metaDay('yesterday')).toBeNull();
  });

  it('finds dates in URL paths only', () => {
    expect(urlDay('https://x.example/2019/03/15/story')).toBe('2019-03-15');
    expect(urlDay('https://x.example/news/story-20190315.html')).toBe('2019-03-15');
    expect(urlDay('https://x.example/story?id=20190315')).toBeNull();
    expect(urlDay(null)).toBeNull();
  });

  it('normalises language tags', () => {
    expect(normaliseLang('en_us')).toBe('en-US');
    expect(normaliseLang('zh-hant-TW')).toBe('zh-Hant');
    expect(normaliseLang('??')).toBeNull();
  });
});

const PAGE = `<html lang="en"><head><title>Bridge reopens after repairs | Daily Example</title>
<meta property="og:title" content="Bridge reopens after repairs | Daily Example">
<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2020-01-02T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens after repairs","datePublished":"2020-01-02"}</script>
</head><body><h1>Bridge reopens after repairs</h1><time datetime="2020-01-03">Jan 3</time><p>Text.</p></body></html>`;

describe('collectMeta and reconcileMeta', () => {
  for (const engine of ['linkedom', 'jsdom'] as const) {
    it(`${engine}: collects every source with where it came from`, () => {
      const meta = collectMeta(parsePage(PAGE, engine).document, 'https://daily.example/2020/01/02/bridge');
      expect(meta.headlines.map((h) => h.from)).toEqual(['json-ld', 'og:title', 'h1', 'title']);
      expect(meta.dates).toEqual([
        { value: '2020-01-02', from: 'json-ld' },
        { value: '2020-01-02', from: 'meta:article:published_time' },
        { value: '2020-01-03', from: 'time' },
        { value: '2020-01-02', from: 'url' },
      ]);
      expect(meta.publishers).toEqual([{ value: 'Daily Example', from: 'meta:og:site_name' }]);
      expect(meta.language).toBe('en');
    });
  }

  it('picks the <h1> that metadata backs and the day most sources agree on, saying why', () => {
    const meta = collectMeta(parsePage(PAGE).document, 'https://daily.example/2020/01/02/bridge');
    const before = JSON.stringify(meta);
    const { meta: out, picks } = reconcileMeta(meta);
    expect(JSON.stringify(meta)).toBe(before);
    expect(out.headlines[0]).toEqual({ value: 'Bridge reopens after repairs', from: 'reconciled' });
    expect(picks.headline?.note).toMatchObject({ ruleId: 'meta/headline', action: 'pick', text: 'Bridge reopens after repairs' });
    expect(picks.headline?.note.reason).toContain('json-ld and og:title');
    expect(picks.date?.value).toBe('2020-01-02');
    expect(picks.date?.note.reason).toContain('3 of 4 sources agree');
    expect(picks.date?.note.reason).toContain('time says 2020-01-03');
  });

  it('cuts the site name from og:title when no <h1> backs it', () => {
    const { picks } = reconcileMeta({ headlines: [{ value: 'Storm closes schools across the region | Daily Example', from: 'og:title' }], dates: [], authors: [], publishers: [], language: null, url: null });
    expect(picks.headline?.value).toBe('Storm closes schools across the region');
  });
});
