/**
 * The CLI as a pipeline stage: `--input jsonl` keeps order and ids and gives every record exactly
 * one output (error records with codes included); tens of thousands of records over two worker
 * threads; an early-closed stdout (`| head`) exits quietly; SIGINT leaves only whole JSONL lines.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Each test spawns the CLI (worker threads loading the library); on a loaded shared machine that is slow.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });
import { buildCli, jsonl, runCli, spawnCli, tempDir } from './helpers.js';

let cli = '';
beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

const record = (i: number) =>
  JSON.stringify({
    id: `doc-${i}`,
    text: `Story number ${i} makes the news\n\nA paragraph about event ${i}, told in a full sentence with a few more words.\n\nA closing line for ${i}.`,
  });

describe('--input jsonl', () => {
  it('keeps order and ids, and gives bad records error records with codes', () => {
    const lines = [
      record(1),
      JSON.stringify({ id: 'html-1', html: '<html><body><h1>A title</h1><p>One paragraph of the article body.</p></body></html>' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'b64', bytes_b64: Buffer.from('Caf\u00e9 opens on Main Street\n\nThe owners said the caf\u00e9 serves breakfast.').toString('base64') }),
      JSON.stringify({ id: 'bad-b64', bytes_b64: '###not base64###' }),
      JSON.stringify({ id: 'empty' }),
      '[1, 2, 3]',
      '',
      JSON.stringify({ id: 42, text: 'Numeric ids are kept as numbers.' }),
    ];
    const r = runCli(cli, ['--input', 'jsonl', '-j', '1'], { input: lines.join('\n') + '\n' });
    expect(r.code).toBe(1);
    const out = jsonl(r.stdout);
    expect(out.map((x) => x.id ?? null)).toEqual(['doc-1', 'html-1', null, 'b64', 'bad-b64', 'empty', null, 42]);
    const codes = out.map((x) => (x.error as { code?: string } | undefined)?.code ?? 'ok');
    expect(codes).toEqual(['ok', 'ok', 'EJSON', 'ok', 'EBASE64', 'ERECORD', 'EJSON', 'ok']);
    expect(out[2].line).toBe(3);
    expect((out[3].paragraphs as string[]).join(' ')).toContain('caf\u00e9');
    expect(r.stderr).toContain('[EJSON]');
  });

  it('loads the language detector and the DOM engines inside the built workers when a record needs them', () => {
    const fr = 'Le conseil municipal a approuvé mardi le nouveau budget des transports après un débat qui a duré plus de six heures.';
    const de = 'Der Stadtrat hat am Dienstag nach einer mehr als sechsstündigen Debatte den neuen Verkehrshaushalt beschlossen.';
    const page = (body: string) => `<html><body><article><h1>Der Haushalt</h1><p>${body}</p><p>${body}</p></article></body></html>`;
    const lines = [
      JSON.stringify({ id: 'fr-text', text: `${fr}\n\n${fr}` }),
      JSON.stringify({ id: 'de-html', html: page(de) }),
    ];
    const linkedom = runCli(cli, ['--input', 'jsonl', '-j', '1'], { input: lines.join('\n') + '\n' });
    expect(linkedom.code).toBe(0);
    expect(jsonl(linkedom.stdout).map((x) => [x.id, x.language])).toEqual([['fr-text', 'fr'], ['de-html', 'de']]);
    const jsdom = runCli(cli, ['--input', 'jsonl', '-j', '1', '--dom', 'jsdom'], { input: lines[1] + '\n' });
    expect(jsdom.code).toBe(0);
    const [article] = jsonl(jsdom.stdout);
    expect(article.language).toBe('de');
    expect((article.paragraphs as string[]).join(' ')).toContain('Verkehrshaushalt');
  });

  it('skips blank lines (ASCII or Unicode spaces, CRLF ends) and carries multi-byte text intact both ways', () => {
    const text = 'Zoë opens a café in 東京 🚀\n\nThe café in 東京 serves breakfast 🚀 to the whole street every morning.';
    const lines = [JSON.stringify({ id: 'é-1', text }), ' \t', '\u00a0\u3000', '\ufeff', JSON.stringify({ id: '二', text })];
    const r = runCli(cli, ['--input', 'jsonl', '-j', '1'], { input: lines.join('\r\n') + '\r\n' });
    expect(r.code).toBe(0);
    const out = jsonl(r.stdout);
    expect(out.map((x) => x.id)).toEqual(['é-1', '二']);
    for (const x of out) expect((x.paragraphs as string[]).join('\n')).toContain('The café in 東京 serves breakfast 🚀');
  });

  it('exits 0 when every record succeeds', () => {
    const r = runCli(cli, ['--input', 'jsonl', '-j', '1'], { input: [1, 2, 3].map(record).join('\n') });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((x) => x.id)).toEqual(['doc-1', 'doc-2', 'doc-3']);
  });

  it('cleans tens of thousands of records on two threads: every id exactly once, in order', () => {
    const n = 20_000;
    const input = Array.from({ length: n }, (_, i) => record(i)).join('\n') + '\n';
    const r = runCli(cli, ['--input', 'jsonl', '--jobs', '2'], { input, timeoutMs: 300_000 });
    expect(r.code).toBe(0);
    const ids = jsonl(r.stdout).map((x) => x.id);
    expect(ids).toHaveLength(n);
    for (let i = 0; i < n; i++) if (ids[i] !== `doc-${i}`) expect.fail(`record ${i} is ${String(ids[i])}`);
  }, 300_000);
});

describe('JSONL files', () => {
  it('reads a file, named or as standard input, in large chunks: records cut by chunk ends stay whole and in order', () => {
    const n = 400;
    const sentence = (i: number) => `A paragraph about event ${i}, told in a full sentence with a few more words. `;
    const long = (i: number) => JSON.stringify({ id: `doc-${i}`, text: `Story number ${i} makes the news\n\n${sentence(i).repeat(10 + (i % 7) * 20)}` });
    const path = join(tempDir(), 'in.jsonl');
    const input = Array.from({ length: n }, (_, i) => long(i)).join('\n') + '\n';
    writeFileSync(path, input);
    expect(input.length).toBeGreaterThan(2 * (1 << 20)); // three read chunks of 1 MB
    const named = runCli(cli, ['--input', 'jsonl', '-j', '2', path]);
    const fd = openSync(path, 'r');
    const redirected = runCli(cli, ['--input', 'jsonl', '-j', '2'], { stdin: fd });
    closeSync(fd);
    for (const r of [named, redirected]) {
      expect(r.code).toBe(0);
      const ids = jsonl(r.stdout).map((x) => x.id);
      expect(ids).toHaveLength(n);
      for (let i = 0; i < n; i++) if (ids[i] !== `doc-${i}`) expect.fail(`record ${i} is ${String(ids[i])}`);
    }
  });
});

describe('stream integrity', () => {
  it('exits quietly when stdout closes early (| head)', async () => {
    const input = Array.from({ length: 3000 }, (_, i) => record(i)).join('\n') + '\n';
    const shell = spawn('sh', ['-c', `"${process.execPath}" "${cli}" --input jsonl -j 1 | head -n 2`], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    shell.stdout.on('data', (d) => (stdout += d));
    shell.stderr.on('data', (d) => (stderr += d));
    shell.stdin.on('error', () => {});
    shell.stdin.end(input);
    const code = await new Promise<number | null>((ok) => shell.on('close', ok));
    expect(code).toBe(0);
    expect(jsonl(stdout).map((x) => x.id)).toEqual(['doc-0', 'doc-1']);
    expect(stderr).toBe('');
  }, 120_000);

  it('on SIGINT finishes the line being written, flushes, and leaves only whole JSONL records', async () => {
    const child = spawnCli(cli, ['--input', 'jsonl', '-j', '2']);
    let out = '';
    let i = 0;
    let stopped = false;
    const pump = () => {
      while (!stopped) if (!child.stdin!.write(record(i++) + '\n')) return void child.stdin!.once('drain', pump);
    };
    child.stdin!.on('error', () => {});
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      if (!stopped && out.length > 50_000) {
        stopped = true;
        child.kill('SIGINT');
      }
    });
    pump();
    const [code] = await new Promise<[number | null, NodeJS.Signals | null]>((ok) => child.on('exit', (c, s) => ok([c, s])));
    expect(code).toBe(130);
    const ids = jsonl(out).map((x) => x.id);
    expect(ids.length).toBeGreaterThan(0);
    ids.forEach((id, k) => expect(id).toBe(`doc-${k}`));
  }, 120_000);
});
