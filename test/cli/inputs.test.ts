/**
 * Inputs and outputs of the built CLI: one input → the article as JSON (the same as the API),
 * many → JSONL records carrying their path; formats; stdin; folders, globs and --out mirroring;
 * bad files (unreadable, dangling, binary, symlink loop, 0-byte) each yield exactly one record.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Each test spawns the CLI (worker threads loading the library); on a loaded shared machine that is slow.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });
import { cleanArticle } from '../../src/index.js';
import { buildCli, jsonl, projectRoot, runCli, tempDir } from './helpers.js';

let cli = '';
let dir = '';
const seeds = join(projectRoot, 'fixtures', 'seeds');
const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();

const ARTICLE = [
  'Council approves new river bridge',
  '',
  'The city council voted on Tuesday to fund a new bridge across the river, ending a decade of debate.',
  '',
  'Construction is expected to begin next spring and take three years, the mayor said.',
  '',
].join('\n');

beforeAll(async () => {
  cli = await buildCli();
  dir = tempDir();
  mkdirSync(join(dir, 'site', 'news', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'site', 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'site', 'news', 'b.html'), `<html><body><h1>Bridge vote</h1><p>${ARTICLE.split('\n')[2]}</p></body></html>`);
  writeFileSync(join(dir, 'site', 'news', 'deep', 'c.txt'), ARTICLE.replace('bridge', 'tunnel'));
  writeFileSync(join(dir, 'site', '.hidden.txt'), ARTICLE);
  writeFileSync(join(dir, 'site', 'a.expected.json'), '{}');
}, 120_000);

describe('one input', () => {
  it('prints the same article as the API, as pretty JSON', () => {
    const file = join(seeds, seedFiles[0]);
    const r = runCli(cli, [file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"/);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(cleanArticle(new Uint8Array(readFileSync(file))))));
  });

  it('reads standard input with no path and with -', () => {
    const api = JSON.parse(JSON.stringify(cleanArticle(new Uint8Array(Buffer.from(ARTICLE)))));
    for (const args of [[], ['-']]) {
      const r = runCli(cli, args, { input: ARTICLE });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(api);
    }
  });

  it('prints text and markdown with every paragraph', () => {
    const api = cleanArticle(ARTICLE);
    expect(api.paragraphs.length).toBeGreaterThan(0);
    const text = runCli(cli, ['--format', 'text', '-'], { input: ARTICLE });
    const md = runCli(cli, ['--format', 'markdown', '-'], { input: ARTICLE });
    expect(text.code).toBe(0);
    expect(md.code).toBe(0);
    for (const p of api.paragraphs) expect(text.stdout).toContain(p);
    if (api.headline) expect(md.stdout).toContain(`# ${api.headline}`);
    expect(md.stdout.split('\n\n').length).toBeGreaterThanOrEqual(api.paragraphs.length);
  });
});

describe('many inputs', () => {
  it('walks folders recursively in name order, skipping hidden files and goldens, one JSONL record each', () => {
    const r = runCli(cli, ['site', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    const paths = jsonl(r.stdout).map((x) => x.path);
    expect(paths).toEqual(['site/a.txt', 'site/news/b.html', 'site/news/deep/c.txt']);
  });

  it('expands globs and keeps argument order', () => {
    const r = runCli(cli, ['site/news/**/*.txt', 'site/a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((x) => x.path)).toEqual(['site/news/deep/c.txt', 'site/a.txt']);
  });

  it('gives each record the article of its file', () => {
    const r = runCli(cli, seedFiles.map((f) => join(seeds, f)));
    const records = jsonl(r.stdout);
    expect(records).toHaveLength(seedFiles.length);
    records.forEach((rec, i) => {
      const { path, ...article } = rec;
      expect(path).toBe(join(seeds, seedFiles[i]));
      expect(article).toEqual(JSON.parse(JSON.stringify(cleanArticle(new Uint8Array(readFileSync(join(seeds, seedFiles[i])))))));
    });
  });

  it('--out writes one file per input, mirroring the tree', () => {
    const out = join(dir, 'out-json');
    const r = runCli(cli, ['site', '--out', out], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const a = JSON.parse(readFileSync(join(out, 'a.txt.json'), 'utf8'));
    expect(a).toEqual(JSON.parse(JSON.stringify(cleanArticle(new Uint8Array(Buffer.from(ARTICLE))))));
    expect(existsSync(join(out, 'news', 'b.html.json'))).toBe(true);
    expect(existsSync(join(out, 'news', 'deep', 'c.txt.json'))).toBe(true);
    const md = runCli(cli, ['site', '--out', join(dir, 'out-md'), '--format', 'markdown'], { cwd: dir });
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'out-md', 'news', 'deep', 'c.txt.md'), 'utf8')).toContain('tunnel');
  });
});

describe('bad input', () => {
  it('gives a 0-byte file an empty article, one record per file, exit 0', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    for (let i = 0; i < 5; i++) writeFileSync(join(empty, `e${i}.txt`), '');
    const r = runCli(cli, [empty]);
    expect(r.code).toBe(0);
    const records = jsonl(r.stdout);
    expect(records.map((x) => relative(empty, x.path as string))).toEqual(['e0.txt', 'e1.txt', 'e2.txt', 'e3.txt', 'e4.txt']);
    for (const rec of records) expect(rec.paragraphs).toEqual([]);
  });

  it('reports a symlink loop once, keeps going, and exits 1', () => {
    const tree = join(dir, 'loop');
    mkdirSync(join(tree, 'x'), { recursive: true });
    writeFileSync(join(tree, 'x', 'doc.txt'), ARTICLE);
    symlinkSync('..', join(tree, 'x', 'up'));
    symlinkSync('self', join(tree, 'self'));
    const r = runCli(cli, [tree], { timeoutMs: 60_000 });
    expect(r.code).toBe(1);
    const records = jsonl(r.stdout);
    const byPath = new Map(records.map((x) => [relative(tree, x.path as string), x]));
    expect([...byPath.keys()].sort()).toEqual(['self', 'x/doc.txt', 'x/up']);
    expect((byPath.get('x/up')!.error as { code: string }).code).toBe('ELOOP');
    expect((byPath.get('self')!.error as { code: string }).code).toBe('ELOOP');
    expect(byPath.get('x/doc.txt')!.error).toBeUndefined();
    expect(r.stderr).toContain('[ELOOP]');
  });

  it('gives unreadable, missing and binary files error records with codes; the batch goes on', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'good.txt'), ARTICLE);
    writeFileSync(join(bad, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(bad, 'nul.txt'), Buffer.from('text\0with a NUL byte'));
    symlinkSync('missing-target.txt', join(bad, 'dangling.txt'));
    const locked = join(bad, 'locked.txt');
    writeFileSync(locked, ARTICLE);
    chmodSync(locked, 0o000);
    const r = runCli(cli, [bad, join(dir, 'does-not-exist.txt')]);
    expect(r.code).toBe(1);
    const records = jsonl(r.stdout);
    const code = (name: string) => (records.find((x) => (x.path as string).endsWith(name))?.error as { code?: string } | undefined)?.code;
    expect(records).toHaveLength(6);
    expect(code('good.txt')).toBeUndefined();
    expect(code('image.png')).toBe('EBINARY');
    expect(code('nul.txt')).toBe('EBINARY');
    expect(code('dangling.txt')).toBe('ENOENT');
    expect(code('does-not-exist.txt')).toBe('ENOENT');
    // root reads any file; everyone else gets EACCES.
    expect(code('locked.txt')).toBe(process.getuid?.() === 0 ? undefined : 'EACCES');
  });
});

describe('usage', () => {
  it('exits 2 on a usage error and 0 on --help', () => {
    expect(runCli(cli, ['--no-such-flag']).code).toBe(2);
    expect(runCli(cli, ['--format', 'yaml', 'x']).code).toBe(2);
    expect(runCli(cli, ['--jobs', '0', 'x']).code).toBe(2);
    const help = runCli(cli, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--input <kind>');
  });
});

describe('progress', () => {
  // `script` gives the CLI a terminal on stderr (stdout goes to /dev/null inside it).
  const hasScript = existsSync('/usr/bin/script');
  if (!hasScript) console.warn('progress bar test skipped: /usr/bin/script (util-linux) is not installed');

  it.skipIf(!hasScript)('draws done/total, rate and ETA on a terminal, and nothing with --quiet', () => {
    const tty = (flags: string) =>
      spawnSync('/usr/bin/script', ['-qec', `"${process.execPath}" "${cli}" -j 1 ${flags} site > /dev/null`, '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
      }).stdout.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, '');
    expect(tty('')).toMatch(/copydesk .*3\/3 \| [\d.]+\/s \| ETA \d+s/);
    expect(tty('--quiet')).not.toContain('/s |');
  });

  it('prints nothing on stderr when it is not a terminal and all went well', () => {
    const r = runCli(cli, ['-j', '1', 'site'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
