/**
 * Generators for the reliability properties: arbitrary strings (lone surrogates and NULs
 * included), well-formed clean text in many scripts, mojibake made from it, and generated HTML,
 * malformed and deeply nested. Shared by the property tests and scripts/fuzz.ts.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';

/** Any UTF-16 code unit: lone surrogates, NUL and C0/C1 controls included. */
export const codeUnitString = (maxLength = 200): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

/** Any string: code units, whole code points, or printable ASCII, with line breaks mixed in. */
export const anyString = (maxLength = 300): fc.Arbitrary<string> =>
  fc.oneof(
    codeUnitString(maxLength),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.array(fc.oneof(fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), fc.constantFrom('\n', '\n\n', '\r\n', ' ')), { maxLength: 30 }).map((a) => a.join('')),
  );

// ---------------------------------------------------------------------------------------------
// Clean, well-formed text in many scripts

/**
 * Common words of many languages and scripts. Real words, not letter soup: a string of random
 * Cyrillic letters is exactly what KOI8-R read as cp1251 looks like, so only real text can be
 * called clean. Each list is general vocabulary (function words, everyday nouns and verbs).
 */
const WORDS: Record<string, string> = {
  english: 'the of and to in is was for on that with said year people government minister city police week',
  french: 'le la les des est été à où être très après déjà français ministre année ça garçon élève Noël hôpital théâtre',
  german: 'der die und ist nicht für über Straße größer Mädchen schön Bürger Regierung Bundesländer heißt Übung Zürich',
  spanish: 'el la de que y en los año niño señor también más está política información mañana corazón Perú ¿qué',
  portuguese: 'não são ação informações também governo cidade já você está português São João coração mãe',
  polish: 'się nie że jest już może być przez także rząd miasto Łódź Kraków źródło żółć wiadomości',
  czech: 'že se na je to byl vláda město Praha řeka příliš čeština dítě žena Brno',
  turkish: 'bir ve bu için çok değil İstanbul şehir güzel öğrenci ağaç yıl hükümet Türkiye',
  vietnamese: 'Việt Nam người của và những được có không một thành phố Hà Nội chính phủ năm',
  greek: 'και το της η ο των στην για με είναι Αθήνα κυβέρνηση πόλη χρόνια άνθρωποι Ελλάδα',
  russian: 'и в не на что он как все она так его но да это год Москва правительство город люди сказал ТЕАТР МОСКВА России',
  ukrainian: 'і в не що це як та Київ уряд місто рік люди їхній є Україна',
  arabic: 'في من على أن إلى عن مع هذا كان التي الحكومة مدينة الناس سنة قال',
  hebrew: 'של את על לא הוא זה עם היא ממשלה עיר שנה אנשים אמר ירושלים',
  hindi: 'और के है में की को से यह था सरकार शहर लोग साल कहा भारत दिल्ली',
  thai: 'และ ที่ ของ ใน เป็น ได้ ไม่ มี รัฐบาล เมือง คน ปี กรุงเทพ',
  chinese: '的 是 在 我们 中国 政府 城市 人民 今年 表示 北京 新闻 记者 经济 发展 问题 国际',
  japanese: 'です ます 日本 東京 政府 記者 ニュース によると 今年 経済 問題 大阪 の は を',
  korean: '그리고 있다 정부 서울 한국 기자 뉴스 올해 경제 문제 사람 도시 대통령',
};

const LANGUAGES = Object.keys(WORDS);

const EMOJI = ['😀', '🎉', '👍🏽', '👨‍👩‍👧', '🇨🇦', '❤️', '🌍', '📰'];
const JOINERS = [' ', ' ', ' ', ', ', '. ', ' — ', ' – ', '… ', '; ', ': ', ' / ', '-'];
const WRAPS: [string, string][] = [
  ['“', '”'], ['‘', '’'], ['«', '»'], ['«\u00a0', '\u00a0»'], ['„', '“'], ['「', '」'], ['(', ')'], ['¿', '?'], ['¡', '!'], ['"', '"'], ["'", "'"],
];

const word = (language: string): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...WORDS[language].split(' ')), fc.nat({ max: 9 })).map(([w, roll]) => {
    if (roll === 0) return w.toUpperCase();
    if (roll === 1) return w.charAt(0).toUpperCase() + w.slice(1);
    return w;
  });

const token = (script: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 12, arbitrary: word(script) },
    { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
    { weight: 1, arbitrary: fc.oneof(fc.nat({ max: 99_999 }).map(String), fc.constantFrom('€12', '£3.50', '¥500', '45%', '1½', '2024-05-01', '10:30')) },
    { weight: 1, arbitrary: fc.tuple(word(script), fc.constantFrom(...WRAPS)).map(([w, [a, b]]) => a + w + b) },
  );

/** A sentence in one language (sometimes with a second one mixed in), with typographic punctuation. */
export const cleanSentence: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LANGUAGES), fc.constantFrom(...LANGUAGES), fc.nat({ max: 4 }))
  .chain(([main, other, mixEvery]) =>
    fc
      .array(fc.tuple(mixEvery === 0 ? token(other) : token(main), fc.constantFrom(...JOINERS)), { minLength: 1, maxLength: 14 })
      .map((parts) => parts.map(([t, j], i) => (i === parts.length - 1 ? t : t + j)).join('') + fc_end(main)),
  );

function fc_end(language: string): string {
  return language === 'chinese' || language === 'japanese' ? '。' : '.';
}

/** Clean multi-paragraph text: lines of sentences, blank lines between paragraphs. */
export const cleanText: fc.Arbitrary<string> = fc
  .array(fc.array(cleanSentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 6 })
  .chain((paras) => fc.constantFrom('\n\n', '\n', '\r\n\r\n').map((sep) => paras.join(sep)));

// ---------------------------------------------------------------------------------------------
// Mojibake: clean text written in one charset and read in another

/** [written as, read as]: the common real-world misreadings. */
export const MISREADINGS: [string, string][] = [
  ['utf-8', 'windows-1252'],
  ['utf-8', 'latin1'],
  ['utf-8', 'windows-1251'],
  ['utf-8', 'macintosh'],
  ['gbk', 'latin1'],
  ['big5', 'windows-1252'],
  ['shift_jis', 'latin1'],
  ['euc-kr', 'latin1'],
  ['windows-1251', 'windows-1252'],
];

/** Clean text, then the same text damaged by one misreading, whole or in one span. */
export const damagedText: fc.Arbitrary<{ clean: string; damaged: string }> = fc
  .tuple(cleanSentence, fc.constantFrom(...MISREADINGS), fc.boolean(), cleanSentence)
  .map(([clean, [written, read], whole, around]) => {
    const damagedSpan = iconv.decode(iconv.encode(clean, written), read);
    return whole ? { clean, damaged: damagedSpan } : { clean: `${around} ${clean}`, damaged: `${around} ${damagedSpan}` };
  });

// ---------------------------------------------------------------------------------------------
// Generated HTML

const TAGS = [
  'div', 'p', 'span', 'a', 'h1', 'h2', 'h3', 'section', 'article', 'nav', 'footer', 'header', 'aside', 'main', 'ul', 'ol',
  'li', 'table', 'tr', 'td', 'b', 'i', 'em', 'strong', 'blockquote', 'figure', 'figcaption', 'time', 'form', 'button',
  'select', 'option', 'textarea', 'pre', 'code', 'font', 'center', 'details', 'summary', 'svg', 'math', 'template',
];
const CLASSES = ['content', 'article-body', 'related', 'share', 'byline', 'nav', 'footer', 'ad', 'promo', 'comments', 'x'];

/** Markup fragments that trip parsers: stray brackets, odd entities, raw-text elements, foreign content. */
const JUNK = [
  '<', '>', '&', '&amp;', '&#x1F600;', '&#0;', '&#xD800;', '&#1114112;', '&nbsp', '&notanentity;', '<!--', '-->', '<!-->',
  '</div>', '</p>', '</body>', '<br/>', '<![CDATA[x]]>', '<?php echo 1; ?>', '<script>globalThis.__copydeskPwned = 1</script>',
  '<style>p{color:red} .a{width:calc(($x - 1px) / 2)}</style>', '<svg><path d="M0 0"/><foreignObject><p>f</p></foreignObject></svg>',
  '<math><mi>x</mi></math>', '\0', '\uD800', '<img src=x onerror="globalThis.__copydeskPwned=1">', '<template><p>t</p></template>',
  '<noscript><p>ns</p></noscript>', '<iframe srcdoc="<script>parent.__copydeskPwned=1</script>"></iframe>', '<table><td>cell',
  '<select><option>a', '<title>t', '<textarea><p>x', '<plaintext>', '<a href="javascript:alert(1)">j</a>', '<base href="http://127.0.0.1/">',
  '<meta http-equiv="refresh" content="0;url=http://127.0.0.1/">', '<frameset><frame src="x">', '<isindex>', '<xmp><b>x</xmp>',
];

const attrs: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...CLASSES).map((c) => ` class="${c}"`),
      fc.constantFrom(' id="main"', ' hidden', ' style="display:none"', ' role="navigation"', ' lang="fr"', " title='a > b'", ' data-x=unquoted', ' onclick="globalThis.__copydeskPwned=1"'),
    ),
    { maxLength: 2 },
  )
  .map((a) => a.join(''));

const { node: htmlNode } = fc.letrec<{ node: string; element: string; text: string; junk: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('text'), tie('element'), tie('junk')),
  text: cleanSentence,
  junk: fc.constantFrom(...JUNK),
  element: fc
    .tuple(fc.constantFrom(...TAGS), attrs, fc.array(tie('node'), { maxLength: 4 }), fc.integer({ min: 0, max: 9 }))
    .map(([tag, a, children, closeRoll]) => `<${tag}${a}>${children.join('')}${closeRoll === 0 ? '' : `</${tag}>`}`),
}));

/** A run of nested elements, closed or left open: exercises the depth limit. */
const deepRun: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('div', 'span', 'b', 'table', 'ul', 'section'), fc.integer({ min: 20, max: 400 }), fc.boolean(), cleanSentence)
  .map(([tag, depth, closed, text]) => `${`<${tag}>`.repeat(depth)}${text}${closed ? `</${tag}>`.repeat(depth) : ''}`);

const jsonLd: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.json({ maxDepth: 2 }).map((j) => j.slice(0, Math.max(1, j.length - 3))),
  fc.constantFrom(
    '{"@type":"NewsArticle","headline":"H","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
    '{"@graph":[{"@type":"Person","name":{"__proto__":{"x":1}}}]}',
    '[[[[[[[[[[]]]]]]]]]]',
  ),
);

/** A whole page: maybe a doctype and head (title, meta, JSON-LD), then a body of generated nodes. */
export const htmlPage: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.option(cleanSentence),
    fc.option(jsonLd),
    fc.array(fc.oneof({ weight: 80, arbitrary: htmlNode }, { weight: 1, arbitrary: deepRun }), { maxLength: 8 }),
    fc.boolean(),
  )
  .map(([doctype, title, ld, body, wrap]) => {
    const head = `${title ? `<title>${title}</title><meta property="og:title" content="${title.replace(/"/g, '&quot;')}">` : ''}${ld ? `<script type="application/ld+json">${ld}</script>` : ''}`;
    const inner = body.join('\n');
    return `${doctype ? '<!DOCTYPE html>' : ''}${wrap ? `<html><head>${head}</head><body>${inner}</body></html>` : head + inner}`;
  });
