/**
 * `--explain` and `--report`. The report is opened in real headless Chromium (Debian's `chromium`):
 * every block renders with its label's colour, removed blocks are struck through, hover and focus
 * show the rule id and reason, repairs show before/after, the batch index links to each input, and
 * the page makes no request at all. Where no browser can be launched, the browser test is skipped
 * and says why.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Each test spawns the CLI (worker threads loading the library); on a loaded shared machine that is slow.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });
import { explainArticle } from '../../src/cli/explain.js';
import { cleanArticle } from '../../src/index.js';
import { buildCli, projectRoot, runCli, tempDir } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** null when Chromium launches; otherwise why the browser test is skipped. */
async function browserProblem(): Promise<string | null> {
  if (!existsSync(CHROMIUM)) return `no browser at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH)`;
  try {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
    await browser.close();
    return null;
  } catch (e) {
    return `chromium at ${CHROMIUM} does not launch: ${(e as Error).message.split('\n')[0]}`;
  }
}

const skipReason = await browserProblem();
if (skipReason) console.warn(`report browser test skipped: ${skipReason}`);

const seeds = join(projectRoot, 'fixtures', 'seeds');
const inputs = ['ctv-nato-friends-gbk-spam.txt', 'reuters-nato-indo-pacific.txt'].map((f) => join(seeds, f));
let cli = '';
let dir = '';
let report = '';

beforeAll(async () => {
  cli = await buildCli();
  dir = tempDir();
  report = join(dir, 'report.html');
  const r = runCli(cli, ['--report', report, '-q', '-j', '1', ...inputs]);
  expect(r.code).toBe(0);
}, 180_000);

describe('--explain', () => {
  it('prints every note as path:line: reason [ruleId], in input order', () => {
    const r = runCli(cli, ['--explain', '-j', '1', ...inputs]);
    expect(r.code).toBe(0);
    const expected = inputs.flatMap((file) =>
      cleanArticle(new Uint8Array(readFileSync(file))).notes.map(
        (n) => `${file}${typeof n.line === 'number' ? `:${n.line}` : ''}: ${n.reason.replace(/\s*\n\s*/g, ' ')} [${n.ruleId}]`,
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(expected);
  });
});

describe('--report', () => {
  it('is one self-contained page: no script, no external asset, a CSP that forbids fetching', () => {
    const html = readFileSync(report, 'utf8');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)="(?!#)/i);
    for (const file of inputs) expect(html).toContain(`href="#input-${inputs.indexOf(file) + 1}"`);
  });

  it.skipIf(skipReason !== null)(
    'renders every label in headless Chromium: colours, strike-through, hover/focus reasons, repairs',
    async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
      try {
        const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
        const requests: string[] = [];
        page.on('request', (req) => {
          if (!req.url().startsWith('file:')) requests.push(req.url());
        });
        await page.goto(pathToFileURL(report).href);
        const shots = join(projectRoot, 'node_modules', '.cache', 'copydesk-cli-test');
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: join(shots, 'report.png'), fullPage: true });

        // What the pipeline labelled, computed here through the library itself.
        const expected = inputs.flatMap((f) => explainArticle(new Uint8Array(readFileSync(f))).labelled.map((lb) => lb.decision.label));
        const rendered = await page.$$eval('.doc .b', (els) =>
          els.map((e) => {
            const box = e.getBoundingClientRect();
            const strike = e.querySelector('s');
            return {
              label: e.getAttribute('data-label'),
              tag: e.querySelector('.tag')?.textContent ?? '',
              background: getComputedStyle(e).backgroundColor,
              border: getComputedStyle(e).borderLeftColor,
              height: box.height,
              struck: strike ? getComputedStyle(strike).textDecorationLine.includes('line-through') : false,
            };
          }),
        );
        expect(rendered.map((r) => r.label)).toEqual(expected);
        const colourOf = new Map<string, string>();
        for (const r of rendered) {
          expect(r.height).toBeGreaterThan(0);
          expect(r.tag.length).toBeGreaterThan(0);
          expect(r.struck).toBe(['chrome', 'offtopic', 'spam'].includes(r.label!));
          // One colour per label, and no two labels share one.
          const colour = `${r.background}|${r.border}`;
          expect(colourOf.get(r.label!) ?? colour).toBe(colour);
          colourOf.set(r.label!, colour);
        }
        expect(new Set(colourOf.values()).size).toBe(colourOf.size);
        expect(colourOf.size).toBeGreaterThanOrEqual(3);
        expect(rendered.some((r) => r.struck)).toBe(true);

        // Hover and keyboard focus reveal the rule id and reason.
        const removed = page.locator('.doc .b.removed').first();
        const tip = removed.locator('.tip');
        expect(await tip.isVisible()).toBe(false);
        await removed.hover();
        expect(await tip.isVisible()).toBe(true);
        const rule = await removed.getAttribute('data-rule');
        expect(await tip.textContent()).toContain(rule!);
        await page.mouse.move(0, 0);
        const kept = page.locator('.doc .b.kept').first();
        await kept.focus();
        expect(await kept.locator('.tip').isVisible()).toBe(true);
        await kept.screenshot({ path: join(shots, 'report-focus.png') });

        // Repairs show before and after.
        const repairs = inputs.flatMap((f) => cleanArticle(new Uint8Array(readFileSync(f))).notes.filter((n) => n.action === 'repair'));
        if (repairs.length) {
          const fixed = page.locator('.doc .b.repaired').first();
          await fixed.hover();
          const text = (await fixed.locator('.tip').textContent()) ?? '';
          expect(text).toContain('before:');
          expect(repairs.some((n) => text.includes(n.text) && text.includes(n.replacement ?? '\u0000'))).toBe(true);
        }

        // The index links to each section.
        await page.locator('nav a').nth(1).click();
        expect(page.url()).toMatch(/#input-2$/);
        expect(requests).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    180_000,
  );
});

describe('--report for one input', () => {
  it('has no index', () => {
    const one = join(dir, 'one.html');
    const input = join(dir, 'one.txt');
    writeFileSync(input, 'A headline about the harbour\n\nThe harbour reopened on Monday after repairs, officials said.\n');
    const r = runCli(cli, ['--report', one, '-j', '1', input]);
    expect(r.code).toBe(0);
    const html = readFileSync(one, 'utf8');
    expect(html).not.toContain('<nav');
    expect(html).toContain('id="input-1"');
  });
});
