// The markup stage before any DOM: script/style emptying (JSON-LD kept) and the html/head/body skeleton.
import { describe, expect, it } from 'vitest';
import { emptyScriptsAndStyles, ensureSkeleton } from '../../src/html/prepare.js';

describe('emptyScriptsAndStyles', () => {
  it('empties scripts and styles but keeps JSON-LD', () => {
    const html = '<head><script>var a = "</p><p>x";</script><style>p{color:red}</style>' +
      '<script type="application/ld+json">{"headline":"H"}</script></head><body><p>Text</p></body>';
    expect(emptyScriptsAndStyles(html)).toBe(
      '<head><script></script><style></style><script type="application/ld+json">{"headline":"H"}</script></head><body><p>Text</p></body>',
    );
  });

  it('handles upper case, attributes and an unclosed script', () => {
    expect(emptyScriptsAndStyles('<p>a</p><SCRIPT defer>x()</SCRIPT><p>b</p>')).toBe('<p>a</p><SCRIPT defer></SCRIPT><p>b</p>');
    expect(emptyScriptsAndStyles('<p>a</p><script>never closed <p>b</p>')).toBe('<p>a</p><script>');
  });

  it('returns markup without scripts unchanged', () => {
    const html = '<p>Describing a <b>script</b> and a style in words</p>';
    expect(emptyScriptsAndStyles(html)).toBe(html);
  });

  it('stays linear on many unclosed openers', () => {
    const html = '<script>'.repeat(20_000);
    const t = performance.now();
    emptyScriptsAndStyles(html);
    expect(performance.now() - t).toBeLessThan(2_000);
  });
});

describe('ensureSkeleton', () => {
  it('wraps a fragment in html/head/body', () => {
    expect(ensureSkeleton('<p>a</p>')).toBe('<html><head></head><body><p>a</p></body></html>');
  });

  it('keeps a head and adds the missing body', () => {
    expect(ensureSkeleton('<html><head><title>T</title></head><p>a</p></html>')).toBe('<html><head><title>T</title></head><body><p>a</p></body></html>');
  });

  it('adds html around head and body', () => {
    expect(ensureSkeleton('<head><title>T</title></head><body><p>a</p></body>')).toBe('<html><head><title>T</title></head><body><p>a</p></body></html>');
  });

  it('leaves a complete document alone', () => {
    const html = '<!doctype html><html><head></head><body><p>a</p></body></html>';
    expect(ensureSkeleton(html)).toBe(html);
  });
});
