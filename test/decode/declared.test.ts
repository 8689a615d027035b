import { describe, expect, it } from 'vitest';
import { findBom, fromContentType, fromMeta, fromXmlDeclaration } from '../../src/decode/declared.js';
import { encodingForLabel } from '../../src/decode/labels.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('WHATWG labels', () => {
  it.each([
    ['iso-8859-1', 'windows-1252'],
    ['Latin1', 'windows-1252'],
    ['  ascii ', 'windows-1252'],
    ['us-ascii', 'windows-1252'],
    ['gb2312', 'gbk'],
    ['GB_2312-80', 'gbk'],
    ['shift_jis', 'shift_jis'],
    ['x-sjis', 'shift_jis'],
    ['ks_c_5601-1987', 'euc-kr'],
    ['iso-8859-9', 'windows-1254'],
    ['big5-hkscs', 'big5'],
    ['utf8', 'utf-8'],
    ['cp1251', 'windows-1251'],
  ])('%s → %s', (label, name) => {
    expect(encodingForLabel(label)?.name).toBe(name);
  });

  it('knows no made-up label, and no encoding iconv-lite cannot decode', () => {
    expect(encodingForLabel('utf-9')).toBeNull();
    expect(encodingForLabel('iso-2022-jp')).toBeNull();
    expect(encodingForLabel('')).toBeNull();
  });
});

describe('declarations', () => {
  it('finds the three byte order marks and nothing else', () => {
    expect(findBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toMatchObject({ label: 'utf-8', skip: 3 });
    expect(findBom(new Uint8Array([0xff, 0xfe]))).toMatchObject({ label: 'utf-16le', skip: 2 });
    expect(findBom(new Uint8Array([0xfe, 0xff]))).toMatchObject({ label: 'utf-16be', skip: 2 });
    expect(findBom(new Uint8Array([0xef, 0xbb]))).toBeNull();
  });

  it('reads the charset parameter of a Content-Type, quoted or not', () => {
    expect(fromContentType('text/html; charset=Shift_JIS')?.label).toBe('Shift_JIS');
    expect(fromContentType("text/html;charset='koi8-r'; q=1")?.label).toBe('koi8-r');
    expect(fromContentType('text/html; charset="utf-8"')?.label).toBe('utf-8');
    expect(fromContentType('text/html')).toBeNull();
    expect(fromContentType(undefined)).toBeNull();
  });

  it('prescans <meta charset> and http-equiv, skipping comments, with the line', () => {
    expect(fromMeta(bytes('<html><meta charset=euc-kr>'))).toMatchObject({ label: 'euc-kr', line: 1 });
    expect(fromMeta(bytes('<!-- <meta charset="big5"> -->\n<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=windows-1251">'))).toMatchObject({
      how: 'meta-charset',
      label: 'windows-1251',
      line: 2,
    });
    expect(fromMeta(bytes('<meta name="description" content="charset=gbk">'))).toBeNull();
    expect(fromMeta(bytes('<meta http-equiv="refresh" content="0; charset=gbk">'))).toBeNull();
  });

  it('finds a meta declaration past the first kilobyte, within the prescan window', () => {
    const head = `<head>${'<link rel="x">'.repeat(150)}<meta charset="gbk">`;
    expect(head.length).toBeGreaterThan(2000);
    expect(fromMeta(bytes(head))?.label).toBe('gbk');
    expect(fromMeta(bytes(`<head>${' '.repeat(5000)}<meta charset="gbk">`))).toBeNull();
  });

  it('reads an XML declaration only at the start', () => {
    expect(fromXmlDeclaration(bytes('<?xml version="1.0" encoding="ISO-8859-2"?><r/>'))).toMatchObject({
      how: 'xml-declaration',
      label: 'ISO-8859-2',
    });
    expect(fromXmlDeclaration(bytes('<r><?xml version="1.0" encoding="gbk"?></r>'))).toBeNull();
  });

  it("reads the XML declaration's encoding in either quotes, and only inside a closed declaration", () => {
    expect(fromXmlDeclaration(bytes("  <?xml version='1.0' encoding = 'euc-kr' standalone='yes'?>\n<r/>"))).toMatchObject({
      label: 'euc-kr',
      text: "<?xml version='1.0' encoding = 'euc-kr' standalone='yes'?>",
    });
    expect(fromXmlDeclaration(bytes('<?xml version="1.0"?><r encoding="gbk"/>'))).toBeNull();
    expect(fromXmlDeclaration(bytes('<?xml version="1.0" encoding="gbk"><r/>'))).toBeNull();
    expect(fromXmlDeclaration(bytes('<?xml version="1.0" encoding=""?><r/>'))).toBeNull();
  });
});
