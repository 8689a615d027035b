// Chrome removal and what must be kept, on hand-made articles (no seed strings).
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const lead = [
  'The city council approved a new transit plan on Tuesday that will add four bus lines and extend the light rail to the airport by the end of the decade, officials said.',
  'The plan, which was debated for more than six hours, also sets aside money for bicycle lanes on the main roads that connect the northern suburbs to the downtown core.',
  'Council members who opposed the plan said the cost of the rail extension had doubled since it was first proposed and that the city could not afford it without raising taxes.',
  'Supporters answered that the transit plan would pay for itself within twenty years as more commuters leave their cars at home and the city spends less on road repairs.',
];
const clean = (text: string, disable?: string[]) => cleanArticle({ text }, { disable, repair: false });

describe('site chrome', () => {
  const page = [
    'Skip to content',
    '',
    'Home\nNews\nSport\nWeather\nOpinion',
    '',
    'Council approves transit plan after long debate',
    '',
    'Share on Facebook',
    'Listen to this article',
    '',
    lead[0],
    '',
    'Advertisement',
    '',
    lead[1],
    '',
    'Photo: Jane Smith / Getty Images',
    '',
    lead[2],
    '',
    lead[3],
    '',
    'Jane Smith contributed to this report.',
    '',
    '12 comments',
    '',
    'Sign up for our daily newsletter',
    '',
    'Click here to subscribe to our morning briefing.',
    '',

    'We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.',
  ].join('\n');
  const a = clean(page);
  const ruleOf = (text: string) => a.notes.find((n) => n.text === text)?.ruleId;

  it('keeps exactly the article paragraphs', () => {
    expect(a.paragraphs).toEqual(lead);
    expect(a.headline).toBe('Council approves transit plan after long debate');
  });

  it('removes each kind of chrome under its own rule id', () => {
    expect(ruleOf('Skip to content')).toBe('chrome/skip-link');
    expect(ruleOf('Home')).toBe('chrome/menu');
    expect(ruleOf('Share on Facebook')).toBe('chrome/share');
    expect(ruleOf('Listen to this article')).toBe('chrome/listen');
    expect(ruleOf('Advertisement')).toBe('chrome/advertisement');
    expect(ruleOf('Photo: Jane Smith / Getty Images')).toBe('chrome/photo-credit');
    expect(ruleOf('12 comments')).toBe('chrome/comment-count');
    expect(ruleOf('Sign up for our daily newsletter')).toBe('chrome/subscribe');
    expect(ruleOf('Click here to subscribe to our morning briefing.')).toBe('chrome/subscribe');
    expect(ruleOf('Jane Smith contributed to this report.')).toBe('chrome/contributor-credit');
    expect(ruleOf('We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.')).toBe('chrome/consent');
  });

  it('switches a rule off by id or by family', () => {
    const offAd = clean(page, ['chrome/advertisement']);
    expect(offAd.notes.some((n) => n.ruleId === 'chrome/advertisement')).toBe(false);
    expect(offAd.notes.find((n) => n.text === 'Share on Facebook')?.ruleId).toBe('chrome/share');
    const offChrome = clean(page, ['chrome']);
    expect(offChrome.notes.some((n) => n.ruleId.startsWith('chrome/'))).toBe(false);
    expect(offChrome.paragraphs).toContain('Advertisement');
  });
});

describe('chrome between two paragraphs, where context alone would keep a short line', () => {
  it.each([
    ['Listen to this article · 5 min', 'chrome/listen'],
    ['Listen to this article · 5:12 min Learn more', 'chrome/listen'],
    ['Reading time: 4 minutes', 'chrome/listen'],
    ['Artikel anhören (3 Minuten)', 'chrome/listen'],
    ["Écouter l'article", 'chrome/listen'],
    ['Escuchar este artículo · 4 min', 'chrome/listen'],
    ["Ascolta l'articolo", 'chrome/listen'],
    ['Lecture 3 min.', 'chrome/listen'],
    ['Lesezeit: 4 Min.', 'chrome/listen'],
    ['Tempo di lettura: 5 minuti', 'chrome/listen'],
    ['Advertisement - Scroll to continue', 'chrome/advertisement'],
    ['Continue reading the main story', 'chrome/advertisement'],
    ['Supported by', 'chrome/advertisement'],
    ['We value your privacy', 'chrome/consent'],
    ['Click to share on Facebook (Opens in new window)', 'chrome/share'],
    ['Like this story? Share it with a friend!', 'chrome/share'],
    ['Share your thoughts with friends.', 'chrome/share'],
    ['Compartir en Facebook', 'chrome/share'],
    ['Partager sur Twitter', 'chrome/share'],
    ['Condividi su WhatsApp', 'chrome/share'],
    ['Compartilhar no LinkedIn', 'chrome/share'],
    ['Auf Facebook teilen', 'chrome/share'],
    ['Per E-Mail teilen', 'chrome/share'],
    ['Share full article', 'chrome/share'],
    ['Save', 'chrome/share'],
    ['Download our free news app', 'chrome/subscribe'],
    ['Get the latest news delivered to your inbox every morning. Sign up for our free newsletter.', 'chrome/subscribe'],
    ['Simak breaking news dan berita pilihan kami langsung di ponselmu.', 'chrome/subscribe'],
    ['Turn on notifications', 'chrome/subscribe'],
    ['Gift this article', 'chrome/subscribe'],
    ['Save articles to read later and create your own reading list.', 'chrome/subscribe'],
    ['Enlarge this image', 'chrome/media-control'],
    ['Image 2 of 5', 'chrome/media-control'],
    ['CLICK HERE TO GET THE NEWS APP', 'chrome/click-prompt'],
    ['Click here for more coverage of the city council', 'chrome/click-prompt'],
    ['WATCH THE FULL INTERVIEW WITH THE MAYOR BY CLICKING HERE', 'chrome/click-prompt'],
    ['Read more', 'chrome/click-prompt'],
    ['Continue reading', 'chrome/click-prompt'],
    ['FILE - A bus crosses the city centre in this photo taken last spring.', 'chrome/caption'],
    ['A bus crosses the city centre on Tuesday. (AP Photo/Jane Doe)', 'chrome/caption'],
    ['A version of this article appears in print on June 4, 2024, Section A, Page 8 of the New York edition with the headline: Council Approves Plan. Order Reprints | Today’s Paper | Subscribe', 'chrome/print-notice'],
    ['(Except for the headline, this story has not been edited by City Post staff and is published from a syndicated feed.)', 'chrome/syndication-notice'],
    ['Item 1 of 2 A bus crosses the city centre on Tuesday. REUTERS/Jane Doe', 'chrome/caption'],
    ['A bus crosses the city centre on Tuesday (Image: GETTY)', 'chrome/caption'],
    ['The new depot opened in the spring. Credit: City Transit', 'chrome/caption'],
    ['The mayor at the opening of the new depot. Photograph by Jane Doe/AFP/Getty Images', 'chrome/caption'],
    ['The mayor at the opening of the new depot. (Photo by Jane Doe/Getty Images)', 'chrome/caption'],
    ['The mayor at the opening of the new depot (Photo courtesy of City Transit)', 'chrome/caption'],
    ['2 of 4 A shopper looks at the new depot, Tuesday, Nov. 19, 2019, in Grass Valley, Calif. (Jane Doe/The Union via AP)', 'chrome/caption'],
    ["We've detected you are on Internet Explorer. For the best experience, please update to a modern browser.", 'chrome/browser-notice'],
    ['Your browser is out of date and may not display this page correctly.', 'chrome/browser-notice'],
    ['Please enable JavaScript to view the comments.', 'chrome/browser-notice'],
    ['CHROME SAFARI FIREFOX', 'chrome/browser-notice'],
    ['[1/2]A bus crosses the city centre on Tuesday. REUTERS/Jane Doe Purchase Licensing Rights', 'chrome/caption'],
    // The same controls in other languages.
    ['Zum Inhalt springen', 'chrome/skip-link'],
    ['Aller au contenu principal', 'chrome/skip-link'],
    ['Saltar al contenido', 'chrome/skip-link'],
    ['Pular para o conteúdo', 'chrome/skip-link'],
    ['Ana içeriğe atla', 'chrome/skip-link'],
    ['Lompat ke konten', 'chrome/skip-link'],
    ['Przejdź do treści', 'chrome/skip-link'],
    ['Hoppa till innehåll', 'chrome/skip-link'],
    ['Siirry sisältöön', 'chrome/skip-link'],
    ['Teilen', 'chrome/share'],
    ['Partager', 'chrome/share'],
    ['Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.', 'chrome/consent'],
    ['Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.', 'chrome/consent'],
    ['Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.', 'chrome/consent'],
    ['Newsletter abonnieren', 'chrome/subscribe'],
    ['Abonnez-vous à notre newsletter', 'chrome/subscribe'],
    ['Suscríbete a nuestro boletín', 'chrome/subscribe'],
  ])('%s → %s', (line, ruleId) => {
    const a = clean(['Council approves transit plan after long debate', '', lead[0], '', lead[1], '', line, '', lead[2], '', lead[3]].join('\n'));
    expect(a.paragraphs).toEqual(lead);
    expect(a.notes.find((n) => n.text === line)?.ruleId).toBe(ruleId);
  });
});

describe('a page in Japanese', () => {
  it('has its title split at the full-width bar, and its share button read as chrome, not as the headline', () => {
    const body = [
      '市議会は3日、6時間以上に及ぶ議論の末、新しい交通予算を可決した。バス路線を4本新設し、ライトレールを空港まで延伸する。',
      '計画には、北部の郊外と中心部を結ぶ幹線道路に自転車レーンを整備する費用も盛り込まれた。',
      '反対した議員は、鉄道延伸の費用が当初の提案から倍増しており、増税なしには賄えないと主張した。',
    ];
    const a = clean(['市議会、交通予算を可決｜日報新聞', '', '市議会、交通予算を可決', '', '2024/6/3 14:05', '', 'この記事をシェアする', '', ...body.flatMap((p) => [p, ''])].join('\n'));
    expect(a.headline).toBe('市議会、交通予算を可決');
    expect(a.paragraphs).toEqual(body);
    expect(a.notes.find((n) => n.text === 'この記事をシェアする')?.ruleId).toBe('chrome/share');
  });

  it.each(['分享到：', '공유하기'])('reads the share button "%s" as chrome in its language', (share) => {
    const body = share === '分享到：'
      ? ['市议会3日经过六个多小时的辩论，通过了新的交通预算，将新增四条公交线路，并把轻轨延伸至机场。', '该计划还拨出资金，在连接北部郊区和市中心的主要道路上修建自行车道。']
      : ['시의회는 3일 여섯 시간이 넘는 토론 끝에 새 교통 예산안을 통과시켰다. 버스 노선 네 개를 새로 만들고 경전철을 공항까지 연장한다.', '계획에는 북부 교외와 도심을 잇는 간선도로에 자전거 도로를 만드는 비용도 포함됐다.'];
    const a = clean([share === '分享到：' ? '市议会通过交通预算' : '시의회, 교통 예산안 통과', '', body[0], '', share, '', body[1]].join('\n'));
    expect(a.paragraphs).toEqual(body);
    expect(a.notes.find((n) => n.text === share)?.ruleId).toBe('chrome/share');
  });
});

describe('a page in Russian', () => {
  it('has its chrome read in its own language and its prose read as prose', () => {
    const body = [
      'Городской совет во вторник утвердил новый план развития транспорта, который добавит четыре автобусных маршрута к концу года.',
      'Противники плана заявили, что стоимость продления линии удвоилась с тех пор, как её впервые предложили, и город не может себе этого позволить.',
      'Сторонники ответили, что план окупится в течение двадцати лет, поскольку всё больше жителей будут оставлять машины дома.',
    ];
    const chrome: [string, string][] = [
      ['Перейти к содержанию', 'chrome/skip-link'],
      ['Подписаться на рассылку', 'chrome/subscribe'],
      ['Мы используем файлы cookie, чтобы улучшить работу сайта.', 'chrome/consent'],
    ];
    const a = clean([chrome[0][0], '', 'Совет утвердил план развития транспорта', '', ...body.flatMap((p) => [p, '']), chrome[1][0], '', chrome[2][0]].join('\n'));
    // The skip link opening the page is no headline: the line under it is.
    expect(a.headline).toBe('Совет утвердил план развития транспорта');
    expect(a.paragraphs).toEqual(body);
    for (const [line, ruleId] of chrome) expect(a.notes.find((n) => n.text === line)?.ruleId).toBe(ruleId);
  });

  it.each(['Перейти к контенту', 'Перейти к основному содержимому'])('reads "%s" as a skip link, and the line under it as the headline', (skip) => {
    const body = [
      'Городской совет во вторник утвердил новый план развития транспорта, который добавит четыре автобусных маршрута к концу года.',
      'Противники плана заявили, что стоимость продления линии удвоилась с тех пор, как её впервые предложили, и город не может себе этого позволить.',
    ];
    const a = clean([skip, '', 'Совет утвердил план развития транспорта', '', ...body.flatMap((p) => [p, ''])].join('\n'));
    expect(a.headline).toBe('Совет утвердил план развития транспорта');
    expect(a.notes.find((n) => n.text === skip)?.ruleId).toBe('chrome/skip-link');
  });
});

describe('a page in Arabic', () => {
  it('drops its "read also" link and its share bar, and keeps the paragraph between them', () => {
    const body = [
      'قرر البنك المركزي خفض سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية، في خطوة تهدف إلى دعم النمو الاقتصادي بعد تباطؤ التضخم خلال الأشهر الماضية.',
      'وقال البنك في بيان إن لجنة السياسة النقدية قررت خفض سعر عائد الإيداع إلى 25 في المئة، مشيرا إلى أن معدلات التضخم تراجعت للشهر الرابع على التوالي.',
      'ويتوقع محللون أن يواصل البنك خفض أسعار الفائدة خلال الاجتماعات المقبلة إذا استمر تراجع الأسعار.',
    ];
    const last = 'وكانت الحكومة قد أعلنت الشهر الماضي عن حزمة إجراءات لتخفيف أعباء المعيشة على الأسر محدودة الدخل.';
    const link = 'اقرأ أيضا: الجنيه يرتفع أمام الدولار في التعاملات الصباحية';
    const share = ['شارك', 'فيسبوك', 'تويتر'];
    const a = clean(['البنك المركزي يخفض سعر الفائدة للمرة الثانية هذا العام', '', ...body.flatMap((p) => [p, '']), link, '', last, '', ...share].join('\n'));
    expect(a.paragraphs).toEqual([...body, last]);
    expect(a.notes.find((n) => n.text === link)?.ruleId).toBe('offtopic/inline-teaser');
    for (const s of share) expect(a.notes.find((n) => n.text === s)?.ruleId).toBe('chrome/share');
  });
});

describe('a page in Hindi', () => {
  it('reads its skip link, headline, date line and paragraphs, which end with a danda', () => {
    const body = [
      'भारतीय रिज़र्व बैंक ने मंगलवार को रेपो दर में 0.25 प्रतिशत की कटौती करने की घोषणा की, जिससे घर और वाहन कर्ज़ सस्ते होने की उम्मीद है।',
      'केंद्रीय बैंक के गवर्नर ने कहा कि महंगाई में लगातार गिरावट के कारण मौद्रिक नीति समिति ने यह फैसला लिया है।',
      'विशेषज्ञों का मानना है कि इस कदम से आर्थिक विकास को गति मिलेगी और बाज़ार में मांग बढ़ेगी।',
    ];
    const headline = 'रिज़र्व बैंक ने रेपो दर में चौथाई फीसदी की कटौती की';
    const a = clean(['मुख्य सामग्री पर जाएं', 'होम', 'देश', 'विदेश', '', headline, '', 'नई दिल्ली, 04 फरवरी 2025', '', ...body.flatMap((p) => [p, ''])].join('\n'));
    expect(a.headline).toBe(headline);
    expect(a.dateline?.date).toBe('2025-02-04');
    expect(a.paragraphs).toEqual(body);
  });
});

describe('a page in Indonesian', () => {
  it('reads a short paragraph as prose by its prepositions and quantifiers ("menjelang", "beberapa")', () => {
    const body = [
      'Pemerintah memutuskan menaikkan anggaran subsidi pupuk tahun ini menjadi Rp 54 triliun, naik dari Rp 47 triliun pada tahun lalu.',
      'Menteri Pertanian mengatakan, tambahan anggaran itu akan digunakan untuk menambah volume pupuk bersubsidi bagi petani kecil di seluruh Indonesia.',
      'Sebelumnya, sejumlah kelompok tani mengeluhkan kelangkaan pupuk menjelang musim tanam di beberapa daerah.',
      'Pemerintah juga akan memperketat pengawasan distribusi agar pupuk bersubsidi tepat sasaran dan tidak dijual di atas harga eceran tertinggi.',
    ];
    const a = clean(['Pemerintah Naikkan Anggaran Subsidi Pupuk', '', ...body.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(body);
  });
});

describe('what belongs to the article is kept', () => {
  // Prose that mentions a rule's words, between two paragraphs of the story: kept whole, and no chrome note names it.
  it.each([
    [
      'share prices, a newsletter, related or contributing to a report',
      'Company warns on profits',
      [
        'Share prices fell sharply on Monday after the company warned that its profits would be lower than expected this year.',
        'In a newsletter to investors, the chief executive said the related costs of the recall would be spread over two years.',
        'Two analysts who contributed to the report said the costs of the recall had been underestimated.',
      ],
    ],
    [
      'web browsers and JavaScript',
      'Browsers patch flaw found by city researchers',
      [
        'Firefox and Chrome both shipped the fix on Tuesday, while Safari users will have to wait for the next update, the researchers said.',
        'Safari, Chrome and Firefox users can check which version they run in the settings menu.',
        'Your browser is not the only thing the city wants residents to update: the council also asked them to renew their transit passes online by the end of the month, a spokeswoman said.',
      ],
    ],
    [
      'a credit or a photograph',
      'Council approves transit plan after long debate',
      [
        'The mayor said the drivers deserved the credit: they kept the buses running through the worst winter in a decade.',
        'The council also voted to restore the old depot, which appears in a photograph by a local artist that hangs in city hall.',
      ],
    ],
  ])('keeps prose that merely mentions %s', (_what, headline, mentions) => {
    const a = clean([headline, '', lead[0], '', ...mentions.flatMap((m) => [m, '']), lead[1]].join('\n'));
    expect(a.paragraphs).toEqual([lead[0], ...mentions, lead[1]]);
    expect(a.notes.filter((n) => n.ruleId.startsWith('chrome/')).map((n) => n.text)).toEqual([]);
  });

  it('keeps a one-line paragraph and a subheading inside the body', () => {
    const a = clean(['Council approves transit plan', '', lead[0], '', lead[1], '', 'What happens next', '', lead[2], '', 'The vote was 7 to 4.', '', lead[3]].join('\n'));
    expect(a.paragraphs).toEqual([lead[0], lead[1], 'What happens next', lead[2], 'The vote was 7 to 4.', lead[3]]);
  });

  it.each(['Bike lanes', 'Market reaction', 'Key Findings'])('keeps a subheading with no function word in it: "%s"', (subheading) => {
    const a = clean(['Council approves transit plan', '', lead[0], '', lead[1], '', subheading, '', lead[2], '', lead[3]].join('\n'));
    expect(a.paragraphs).toEqual([lead[0], lead[1], subheading, lead[2], lead[3]]);
  });

  it('keeps a lone short text instead of dropping everything', () => {
    expect(clean('Hello world.').paragraphs).toEqual(['Hello world.']);
  });
});

describe('chrome/author-bio: a note about the writer closing the story', () => {
  const page = (byline: string, ...tail: string[]) =>
    clean(['Council approves transit plan after long debate', '', byline, '', ...lead.flatMap((p) => [p, '']), ...tail.flatMap((p) => [p, ''])].join('\n'));

  it.each([
    ['By Jane Smith', 'Jane Smith is a reporter for the Valley News. Story tips can be sent to jane.smith@example.com.'],
    ['By JOHN DOE and MARY ROE', 'Doe covers city hall for the Valley News.'],
  ])('%s: "%s"', (byline, bio) => {
    const a = page(byline, bio);
    expect(a.paragraphs).toEqual(lead);
    expect(a.notes.find((n) => n.text === bio)?.ruleId).toBe('chrome/author-bio');
  });

  it('keeps a closing paragraph about someone else, and one without a byline to tie it to', () => {
    const quote = 'Mayor Ann Lee is expected to sign the plan next week, her office said.';
    expect(page('By Jane Smith', quote).paragraphs).toEqual([...lead, quote]);
    const bio = 'Jane Smith is a reporter for the Valley News.';
    expect(clean(['Council approves transit plan after long debate', '', ...lead.flatMap((p) => [p, '']), bio].join('\n')).paragraphs).toContain(bio);
  });
});

describe('no-break spaces ("&nbsp;" turned into text)', () => {
  it('are read as plain spaces by the rules, and kept in the article text', () => {
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    const story = [
      'The city council on Tuesday approved a plan to plant ten thousand trees along the main streets over the next five years, the mayor said.',
      'The trees will be chosen for their tolerance of heat and drought, and residents can ask for one in front of their homes through the city website.',
    ];
    const kept = [nb(story[0]!), story[1]!];
    const a = clean([nb('Skip to main content'), '', nb('Council approves plan to plant trees'), '', 'OTTAWA -', '', ...kept.flatMap((p) => [p, ''])].join('\n'));
    expect(a.headline).toBe('Council approves plan to plant trees');
    expect(a.paragraphs).toEqual(kept);
    expect(a.notes.find((n) => n.text === nb('Skip to main content'))?.ruleId).toBe('chrome/skip-link');
  });
});
