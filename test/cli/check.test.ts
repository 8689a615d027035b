/**
 * `copydesk check DIR [--update]`: inputs paired with sibling NAME.expected.json goldens, a
 * readable diff and exit 1 on mismatch, --update writes them; the project's fixtures pass.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Each test spawns the CLI (worker threads loading the library); on a loaded shared machine that is slow.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });
import { serializeGolden, toGolden, type Golden } from '../../src/golden/index.js';
import { cleanArticle } from '../../src/index.js';
import { buildCli, projectRoot, runCli, tempDir } from './helpers.js';

let cli = '';
let dir = '';

const STORY = [
  'Ferry service resumes after storm',
  '',
  'Ferry crossings to the islands resumed on Friday after three days of cancellations caused by high winds, the operator said.',
  '',
  'Passengers were advised to check departure times because some sailings would run with smaller boats.',
  '',
].join('\n');

beforeAll(async () => {
  cli = await buildCli();
  dir = tempDir();
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'ferry.txt'), STORY);
  writeFileSync(join(dir, 'nested', 'page.html'), `<html><body><h1>Ferry service resumes</h1><p>${STORY.split('\n')[2]}</p></body></html>`);
  writeFileSync(join(dir, 'notes.md'), 'not a fixture input');
}, 120_000);

describe('copydesk check', () => {
  it('lists inputs without a golden, and --update writes them in the golden form', () => {
    const before = runCli(cli, ['check', dir, '-j', '1']);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('no golden');
    expect(before.stdout).not.toContain('notes.md');
    const update = runCli(cli, ['check', dir, '--update', '-j', '1']);
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/created +.*ferry\.expected\.json/);
    const written = readFileSync(join(dir, 'ferry.expected.json'), 'utf8');
    expect(written).toBe(serializeGolden(toGolden(cleanArticle(new Uint8Array(Buffer.from(STORY))))));
    const after = runCli(cli, ['check', dir, '-j', '1']);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('2 ok, 0 differ');
  });

  it('prints a readable diff of fields and paragraphs and exits 1 on a mismatch', () => {
    runCli(cli, ['check', dir, '--update', '-j', '1']);
    const path = join(dir, 'ferry.expected.json');
    const golden = JSON.parse(readFileSync(path, 'utf8')) as Golden;
    expect(golden.paragraphs.length).toBeGreaterThan(0);
    const edited: Golden = { ...golden, headline: 'A different headline', paragraphs: [...golden.paragraphs, 'An extra paragraph.'] };
    writeFileSync(path, serializeGolden(edited));
    const r = runCli(cli, ['check', dir, '-j', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/DIFFERS +.*ferry\.txt/);
    expect(r.stdout).toContain('headline: "A different headline" →');
    expect(r.stdout).toContain(`paragraph ${golden.paragraphs.length + 1} removed: "An extra paragraph."`);
    expect(r.stdout).toContain('1 differ');

    writeFileSync(path, '{ not json');
    const broken = runCli(cli, ['check', dir, '-j', '1']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('not a readable golden');
    expect(runCli(cli, ['check', dir, '--update', '-j', '1']).code).toBe(0);
    expect(runCli(cli, ['check', dir, '-j', '1']).code).toBe(0);
  });

  it('passes on the project fixtures', () => {
    const r = runCli(cli, ['check', join(projectRoot, 'fixtures')], { timeoutMs: 300_000 });
    expect(r.stdout).not.toContain('DIFFERS');
    expect(r.code, `signal ${r.signal}; stderr: ${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/[1-9]\d* ok/);
  }, 300_000);
});
