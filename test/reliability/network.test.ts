// Page code and network (issue 6): jsdom and linkedom run no script, load no subresource and fetch
// nothing. A listener on 127.0.0.1 (random port) counts every TCP connection; pages point at it in
// every way a page can, and go through cleanArticle with both engines, as strings and as bytes,
// and through the DOM adapter directly. The listener must see 0 connections, and no global an
// inline script sets may exist.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { adoptDocument, parsePage } from '../../src/html/dom.js';
import { DOM_ENGINES } from './support.js';

let server: Server;
let base = '';
const seen: string[] = [];
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('globalThis.__copydeskNet = "loaded";');
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Lets any request a parser might have queued reach the listener. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 400));

const SENTENCE = 'The council approved the new budget on Tuesday after a long debate about the schools.';

/** One page per way of reaching the network or running code. */
function pages(): Record<string, string> {
  const u = (path: string): string => `${base}/${path}`;
  const hit = (path: string): string => `globalThis.__copydeskRan = true; window.__copydeskRan = true;
    try { fetch('${u(`fetch-${path}`)}'); } catch (e) {}
    try { var x = new XMLHttpRequest(); x.open('GET', '${u(`xhr-${path}`)}', false); x.send(); } catch (e) {}
    try { navigator.sendBeacon('${u(`beacon-${path}`)}'); } catch (e) {}
    try { new WebSocket('${u(`ws-${path}`).replace('http', 'ws')}'); } catch (e) {}
    try { new Image().src = '${u(`image-${path}`)}'; } catch (e) {}`;
  return {
    'script src': `<script src="${u('script.js')}"></script><script src="${u('module.js')}" type="module"></script><script defer async src="${u('defer.js')}"></script>`,
    img: `<img src="${u('img.png')}" srcset="${u('img-2x.png')} 2x"><picture><source srcset="${u('source.webp')}"><img src="${u('pic.png')}"></picture><img loading="eager" src="${u('eager.png')}">`,
    'link stylesheet': `<link rel="stylesheet" href="${u('style.css')}"><link rel="preload" as="script" href="${u('preload.js')}"><link rel="prefetch" href="${u('prefetch')}"><link rel="icon" href="${u('favicon.ico')}"><link rel="import" href="${u('import.html')}"><link rel="modulepreload" href="${u('mp.js')}">`,
    iframe: `<iframe src="${u('frame.html')}"></iframe><iframe srcdoc="<script>${hit('srcdoc').replace(/"/g, '&quot;')}</script><img src='${u('srcdoc-img.png')}'>"></iframe><frameset><frame src="${u('frame2.html')}"></frameset>`,
    'css @import and url()': `<style>@import url("${u('import.css')}"); @import '${u('import2.css')}'; body { background: url(${u('bg.png')}); } @font-face { font-family: x; src: url(${u('font.woff2')}); } .a::after { content: url(${u('after.svg')}); }</style><div style="background-image:url('${u('inline-bg.png')}')">styled</div>`,
    'inline script: fetch, XMLHttpRequest and a global': `<script>${hit('inline')}</script><script type="text/javascript">${hit('inline2')}</script>`,
    'event handlers and javascript: URLs': `<body onload="${hit('onload').replace(/"/g, '&quot;')}"><img src="x:" onerror="${hit('onerror').replace(/"/g, '&quot;')}"><svg onload="${hit('svg').replace(/"/g, '&quot;')}"></svg><iframe src="javascript:${encodeURIComponent(hit('jsurl'))}"></iframe>`,
    'object, embed, media, meta refresh, base, form': `<base href="${u('base/')}"><meta http-equiv="refresh" content="0; url=${u('refresh')}"><object data="${u('object.swf')}"></object><embed src="${u('embed.swf')}"><video poster="${u('poster.png')}" src="${u('video.mp4')}" autoplay></video><audio src="${u('audio.mp3')}" autoplay></audio><track src="${u('track.vtt')}"><form action="${u('form')}"><input type="image" src="${u('input.png')}"><button autofocus>b</button></form><a href="${u('link')}" ping="${u('ping')}">a link</a>`,
  };
}

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head><title>Budget passes</title>${head}</head><body><article><h1>Budget passes</h1><p>${SENTENCE}</p>${body}<p>${SENTENCE.replace('Tuesday', 'Monday')}</p></article></body></html>`;
}

describe('no page code, no network', () => {
  for (const dom of DOM_ENGINES) {
    it(`cleanArticle (${dom}): 0 connections to the listener, no global set, the article still comes out`, async () => {
      for (const [name, markup] of Object.entries(pages())) {
        const html = page(markup, markup);
        for (const input of [html, { html, url: `${base}/news/article.html` }, new TextEncoder().encode(html)]) {
          const a = cleanArticle(input, { dom, url: `${base}/news/article.html` });
          expect(a.notes.map((n) => n.ruleId), name).not.toContain('internal/error');
          expect(a.body, name).toContain(SENTENCE);
        }
      }
      await settle();
      expect(seen).toEqual([]);
      expect(connections).toBe(0);
      expect((globalThis as Record<string, unknown>).__copydeskRan).toBeUndefined();
      expect((globalThis as Record<string, unknown>).__copydeskNet).toBeUndefined();
    }, 120_000);

    it(`the DOM adapter (${dom}) runs no inline script and loads nothing, even for a page that asks`, async () => {
      for (const [name, markup] of Object.entries(pages())) {
        const parsed = parsePage(page(markup, markup), dom);
        const win = (parsed.document.defaultView ?? {}) as Record<string, unknown>;
        expect(win.__copydeskRan, name).toBeUndefined();
        expect(win.__copydeskNet, name).toBeUndefined();
        // Adopting a caller's Document must not bring code back to life either.
        const adopted = adoptDocument(parsed.document);
        expect(((adopted.document.defaultView ?? {}) as Record<string, unknown>).__copydeskRan, name).toBeUndefined();
      }
      await settle();
      expect(seen).toEqual([]);
      expect(connections).toBe(0);
    }, 120_000);
  }

  it('the listener does count: a real request reaches it (the test can fail)', async () => {
    const before = connections;
    const res = await fetch(`${base}/probe`);
    await res.text();
    expect(connections).toBe(before + 1);
    expect(seen.pop()).toBe('GET /probe');
  });
});
