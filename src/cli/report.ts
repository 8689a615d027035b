/**
 * The visual report: one self-contained HTML page (inline CSS, no script, no network: a
 * Content-Security-Policy forbids every fetch) showing each input's blocks coloured by label.
 * Removed blocks are struck through; hovering or focusing a block shows its rule id and reason;
 * repaired spans show before and after. A section is rendered per input (in a worker); the page
 * wraps the sections with a legend and, for a batch, an index.
 */
import type { Label, LabelledBlock } from '../blocks/types.js';
import type { Note } from '../types.js';
import type { Explained } from './explain.js';
import type { ErrorInfo, ReportPart } from './protocol.js';

/** The labels the report colours, in legend order. `repaired` marks a block an encoding repair touched. */
export const REPORT_LABELS = ['headline', 'dateline', 'byline', 'body', 'source', 'chrome', 'offtopic', 'spam', 'repaired'] as const;
export type ReportLabel = (typeof REPORT_LABELS)[number];

/** Labels whose blocks assembly drops. */
const REMOVED: ReadonlySet<Label> = new Set<Label>(['chrome', 'offtopic', 'spam']);

const LABEL_TEXT: Record<ReportLabel, string> = {
  headline: 'headline',
  dateline: 'dateline',
  byline: 'byline',
  body: 'body',
  source: 'source',
  chrome: 'chrome',
  offtopic: 'off-topic',
  spam: 'spam',
  repaired: 'repaired',
};

/** Background and accent per label; chosen to stay distinct for common colour-vision deficiencies. */
const COLOURS: Record<ReportLabel, [string, string]> = {
  headline: ['#dbeafe', '#1d4ed8'],
  dateline: ['#e0f2fe', '#0369a1'],
  byline: ['#ede9fe', '#6d28d9'],
  body: ['#ffffff', '#15803d'],
  source: ['#fef3c7', '#b45309'],
  chrome: ['#f1f5f9', '#64748b'],
  offtopic: ['#ffedd5', '#c2410c'],
  spam: ['#fee2e2', '#b91c1c'],
  repaired: ['#dcfce7', '#047857'],
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function anchorFor(index: number): string {
  return `input-${index + 1}`;
}

/** Repair notes that fall inside a block: by line range where both have lines, else by the repaired text. */
function repairsIn(lb: LabelledBlock, repairs: readonly Note[]): Note[] {
  const { line, lineCount, text } = lb.block;
  return repairs.filter((n) => {
    if (n.replacement === undefined) return false;
    if (line !== null && typeof n.line === 'number') return n.line >= line && n.line < line + Math.max(lineCount, 1);
    return n.replacement !== '' && text.includes(n.replacement);
  });
}

/** The block's text with each repaired span marked, showing the original on hover/focus. */
function markedText(text: string, repairs: readonly Note[]): string {
  let html = '';
  let at = 0;
  for (const n of repairs) {
    const after = n.replacement ?? '';
    const i = after ? text.indexOf(after, at) : -1;
    if (i < 0) continue;
    html += escapeHtml(text.slice(at, i));
    html += `<mark class="fix" title="${escapeHtml(`${n.ruleId}: ${n.text} → ${after}`)}">${escapeHtml(after)}</mark>`;
    at = i + after.length;
  }
  return html + escapeHtml(text.slice(at));
}

function blockHtml(lb: LabelledBlock, repairs: readonly Note[]): string {
  const label = lb.decision.label;
  const removed = REMOVED.has(label);
  const fixes = repairsIn(lb, repairs);
  const classes = [`b`, `l-${label}`, removed ? 'removed' : 'kept', fixes.length ? 'repaired' : ''].filter(Boolean).join(' ');
  const where = lb.block.line !== null ? `line ${lb.block.line}` : `block ${lb.block.index + 1}`;
  const tip =
    `<span class="tip" role="tooltip"><b>${escapeHtml(LABEL_TEXT[label])}</b> · ${escapeHtml(where)}<br>` +
    `<code>${escapeHtml(lb.decision.ruleId)}</code> ${escapeHtml(lb.decision.reason)}` +
    fixes
      .map(
        (n) =>
          `<br><code>${escapeHtml(n.ruleId)}</code> before: <del>${escapeHtml(n.text)}</del> after: <ins>${escapeHtml(n.replacement ?? '')}</ins>`,
      )
      .join('') +
    `</span>`;
  const body = removed ? `<s>${markedText(lb.block.text, fixes)}</s>` : markedText(lb.block.text, fixes);
  const title = `${LABEL_TEXT[label]} [${lb.decision.ruleId}] ${lb.decision.reason}`;
  return (
    `<div class="${classes}" tabindex="0" data-label="${label}" data-rule="${escapeHtml(lb.decision.ruleId)}" title="${escapeHtml(title)}">` +
    `<span class="tag">${escapeHtml(LABEL_TEXT[label])}${fixes.length ? ' · repaired' : ''}</span>${body}${tip}</div>`
  );
}

function count(labelled: readonly LabelledBlock[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const lb of labelled) c[lb.decision.label] = (c[lb.decision.label] ?? 0) + 1;
  return c;
}

/** One input's section and index row. `index` is the input's 0-based position in the batch. */
export function renderSection(name: string, index: number, x: Explained): ReportPart {
  const id = anchorFor(index);
  const repairs = x.article.notes.filter((n) => n.action === 'repair');
  const unplaced = repairs.filter((n) => !x.labelled.some((lb) => repairsIn(lb, [n]).length));
  const other = x.article.notes.filter((n) => n.action === 'decode' || n.action === 'pick' || n.ruleId === 'internal/error');
  const counts = count(x.labelled);
  const removed = x.labelled.filter((lb) => REMOVED.has(lb.decision.label)).length;
  const noteList = [...other, ...unplaced]
    .map(
      (n) =>
        `<li><code>${escapeHtml(n.ruleId)}</code> ${escapeHtml(n.reason)}` +
        (n.replacement !== undefined ? ` — before: <del>${escapeHtml(n.text)}</del> after: <ins>${escapeHtml(n.replacement)}</ins>` : '') +
        `</li>`,
    )
    .join('');
  const html =
    `<article class="doc" id="${id}"><h2>${escapeHtml(name)}</h2>` +
    `<p class="meta">${x.mode} input · ${x.labelled.length} blocks · ${removed} removed · ${repairs.length} repairs` +
    (x.fromPipeline ? '' : ' · blocks rebuilt from the article (pipeline labels unavailable)') +
    `</p>` +
    (noteList ? `<ul class="notes">${noteList}</ul>` : '') +
    x.labelled.map((lb) => blockHtml(lb, repairs)).join('') +
    `</article>\n`;
  const row =
    `<tr><td><a href="#${id}">${escapeHtml(name)}</a></td><td>${escapeHtml(x.article.headline ?? '')}</td>` +
    `<td>${x.labelled.length - removed}</td><td>${removed}</td><td>${repairs.length}</td>` +
    `<td>${Object.entries(counts)
      .map(([k, v]) => `<span class="chip l-${k}">${escapeHtml(LABEL_TEXT[k as ReportLabel] ?? k)} ${v}</span>`)
      .join(' ')}</td></tr>\n`;
  return { html, row };
}

export function renderErrorSection(name: string, index: number, error: ErrorInfo): ReportPart {
  const id = anchorFor(index);
  return {
    html: `<article class="doc" id="${id}"><h2>${escapeHtml(name)}</h2><p class="error">error: ${escapeHtml(error.message)} [${escapeHtml(error.code)}]</p></article>\n`,
    row: `<tr class="error"><td><a href="#${id}">${escapeHtml(name)}</a></td><td colspan="5">error: ${escapeHtml(error.code)}</td></tr>\n`,
  };
}

const CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#0f172a}
h1{font-size:1.4rem}h2{font-size:1.1rem;border-bottom:1px solid #cbd5e1;padding-bottom:.2rem}
.legend span,.chip{display:inline-block;padding:0 .45rem;margin:.1rem;border-radius:.3rem;border-left:4px solid;font-size:.8rem}
table{border-collapse:collapse;width:100%;font-size:.85rem}td,th{border-bottom:1px solid #e2e8f0;padding:.2rem .4rem;text-align:left;vertical-align:top}
.meta{color:#475569;font-size:.85rem}.notes{font-size:.85rem}.error{color:#b91c1c}
.b{position:relative;margin:.35rem 0;padding:.3rem .5rem .3rem .6rem;border-left:5px solid;border-radius:.2rem;white-space:pre-wrap}
.b:focus{outline:2px solid #0f172a}
.b .tag{float:right;font-size:.7rem;color:#475569;margin-left:.5rem;text-transform:uppercase;letter-spacing:.03em}
.b.removed{color:#64748b}.b.removed s{text-decoration-thickness:1px}
.b .tip{display:none;position:absolute;z-index:2;left:1rem;top:100%;max-width:40rem;background:#0f172a;color:#f8fafc;padding:.4rem .6rem;border-radius:.3rem;font-size:.8rem;white-space:normal}
.b:hover .tip,.b:focus .tip,.b:focus-within .tip{display:block}
.tip code{color:#fde68a}.tip del{color:#fca5a5}.tip ins{color:#86efac}
mark.fix{background:#bbf7d0;border-bottom:2px solid #047857}
.b.repaired{outline:2px dashed #047857;outline-offset:-2px}
`;

function labelCss(): string {
  return REPORT_LABELS.map((l) => {
    const [bg, accent] = COLOURS[l];
    return `.l-${l}{background:${bg};border-left-color:${accent}}`;
  }).join('\n');
}

/** The page's head, legend and title. */
export function pageHead(title: string): string {
  const legend = REPORT_LABELS.map((l) => `<span class="l-${l}">${LABEL_TEXT[l]}</span>`).join('');
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${CSS}${labelCss()}</style></head><body>\n` +
    `<h1>${escapeHtml(title)}</h1><p class="legend">${legend} <span class="l-chrome removed"><s>removed</s></span></p>` +
    `<p class="meta">Hover or focus (Tab) a block to see its rule and reason.</p>\n`
  );
}

/** The batch index wraps the rows of every input; a page of one input has none. */
export function indexOpen(total: number): string {
  return `<nav id="index"><h2>Index · ${total} inputs</h2><table><thead><tr><th>input</th><th>headline</th><th>kept</th><th>removed</th><th>repairs</th><th>labels</th></tr></thead><tbody>\n`;
}
export const INDEX_CLOSE = '</tbody></table></nav>\n';
export const PAGE_FOOT = '</body></html>\n';
