/**
 * Work on the markup string before any DOM sees it. Both steps are linear scans (indexOf, no
 * backtracking regex over the body of an element), so a page without closing tags costs no more.
 *
 * 1. Empty the contents of `<script>` and `<style>` elements, except JSON-LD scripts, which the
 *    metadata stage reads. Nothing downstream reads code or CSS; emptying first made jsdom ~30 %
 *    faster with identical bodies, and it keeps jsdom's CSS parser away from leftover SCSS.
 * 2. Give the markup an `<html><head><body>` skeleton when it lacks one: linkedom does not imply
 *    the missing elements as an HTML5 parser does (a bare `<p>` became its documentElement).
 */

/** The opening tag of an element whose contents are code, not text. */
const OPENER = /<(script|style)\b([^<>]*)>/gi;
const JSON_LD_TYPE = /\btype\s*=\s*(?:["']\s*)?application\/ld\+json/i;

/** The markup with script and style contents removed (JSON-LD kept). Never throws. */
export function emptyScriptsAndStyles(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let from = 0;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(html); m; m = OPENER.exec(html)) {
    const tag = m[1].toLowerCase();
    const bodyStart = m.index + m[0].length;
    const close = lower.indexOf(`</${tag}`, bodyStart);
    const bodyEnd = close === -1 ? html.length : close;
    if (tag === 'script' && JSON_LD_TYPE.test(m[2])) {
      OPENER.lastIndex = bodyEnd;
      continue;
    }
    out.push(html.slice(from, bodyStart));
    from = bodyEnd;
    OPENER.lastIndex = bodyEnd;
  }
  if (from === 0) return html;
  out.push(html.slice(from));
  return out.join('');
}

const HTML_OPEN = /<html[\s>]/i;
const BODY_OPEN = /<body[\s>]/i;
const HEAD_OPEN = /<head[\s>]/i;

const HEAD_ONLY = /^<(title|script|style|meta|link|base|!doctype)\b/i;

/** Where the leading run of head-only elements (`<title>`, `<meta>`…) of a bare fragment ends. */
function headElementsEnd(html: string): number {
  const lower = html.toLowerCase();
  let pos = 0;
  for (;;) {
    while (pos < html.length && /\s/.test(html[pos])) pos++;
    const m = HEAD_ONLY.exec(html.slice(pos, pos + 12));
    if (!m) return pos;
    const tag = m[1].toLowerCase();
    const open = html.indexOf('>', pos);
    if (open === -1) return pos;
    if (tag === 'title' || tag === 'script' || tag === 'style') {
      const close = lower.indexOf(`</${tag}`, open);
      const end = close === -1 ? -1 : html.indexOf('>', close);
      if (end === -1) return pos;
      pos = end + 1;
    } else {
      pos = open + 1;
    }
  }
}

/** Adds `<html>`, `<head>` and `<body>` where the markup leaves them implied. */
export function ensureSkeleton(html: string): string {
  const lower = html.toLowerCase();
  const hasHtml = HTML_OPEN.test(html);
  const hasBody = BODY_OPEN.test(html);
  if (hasHtml && hasBody && HEAD_OPEN.test(html)) return html;
  if (hasBody) {
    const bodyAt = lower.search(BODY_OPEN);
    const before = html.slice(0, bodyAt);
    const rest = html.slice(bodyAt);
    const head = HEAD_OPEN.test(before) ? before : `${before}<head></head>`;
    return hasHtml ? `${head}${rest}` : `<html>${head}${rest}</html>`;
  }
  // No <body>: everything after </head> (or after <html …>, or the whole string) is the body.
  const headEnd = lower.indexOf('</head>');
  let headPart = '';
  let bodyPart = html;
  if (headEnd !== -1) {
    headPart = html.slice(0, headEnd + 7);
    bodyPart = html.slice(headEnd + 7);
  } else if (hasHtml) {
    const open = HTML_OPEN.exec(html);
    const tagEnd = open ? html.indexOf('>', open.index) : -1;
    if (tagEnd !== -1) {
      headPart = `${html.slice(0, tagEnd + 1)}<head></head>`;
      bodyPart = html.slice(tagEnd + 1);
    }
  } else {
    const split = headElementsEnd(html);
    headPart = `<head>${html.slice(0, split)}</head>`;
    bodyPart = html.slice(split);
  }
  bodyPart = bodyPart.replace(/<\/html\s*>\s*$/i, '');
  if (!hasHtml) {
    const doctype = /^\s*<!doctype[^>]*>/i.exec(headPart);
    const prefix = doctype ? doctype[0] : '';
    return `${prefix}<html>${headPart.slice(prefix.length)}<body>${bodyPart}</body></html>`;
  }
  return `${headPart}<body>${bodyPart}</body></html>`;
}
