// The fields above the body on hand-made articles (no seed strings): a dateline opening the first
// paragraph is read and stripped from it, also under a date line that names no place.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const body = [
  'The plan, which was debated for more than six hours, also sets aside money for bicycle lanes on the main roads that connect the northern suburbs to the downtown core.',
  'Council members who opposed the plan said the cost of the rail extension had doubled since it was first proposed and that the city could not afford it without raising taxes.',
  'Supporters answered that the transit plan would pay for itself within twenty years as more commuters leave their cars at home and the city spends less on road repairs.',
];
const opener = 'OSAKA (AP) — The city council approved a new transit plan on Tuesday that will add four bus lines and extend the light rail to the airport by the end of the decade, officials said.';
const stripped = opener.slice('OSAKA (AP) — '.length);
const page = (...head: string[]) => ['Council approves transit plan after long debate', '', ...head.flatMap((h) => [h, '']), opener, '', ...body.flatMap((p) => [p, ''])].join('\n');
const clean = (text: string) => cleanArticle({ text }, { repair: false, detectLanguage: false });

describe('a dateline opening the first paragraph', () => {
  it('gives the place and leaves the paragraph', () => {
    const a = clean(page('By Jane Doe'));
    expect(a.dateline).toMatchObject({ place: 'OSAKA', text: 'OSAKA (AP) —' });
    expect(a.paragraphs[0]).toBe(stripped);
    expect(a.notes.find((n) => n.ruleId === 'dateline/place')).toMatchObject({ action: 'pick', text: 'OSAKA (AP) —' });
  });

  it('is still read under a date line that names no place: the place is its, the date the line\'s', () => {
    const a = clean(page('By Jane Doe', 'Published June 3, 2024 at 4:12 p.m. ET'));
    expect(a.byline).toBe('Jane Doe');
    expect(a.dateline).toEqual({ text: 'OSAKA (AP) —', place: 'OSAKA', date: '2024-06-03' });
    expect(a.paragraphs).toEqual([stripped, ...body]);
    // Both lines are picked, each with its own note.
    expect(a.notes.filter((n) => n.action === 'pick').map((n) => n.ruleId)).toEqual(expect.arrayContaining(['dateline/date-line', 'dateline/place']));
  });

  it('credits the agency it names as the source when no credit line does', () => {
    expect(clean(page('By Jane Doe')).source).toEqual({ name: 'The Associated Press', kind: 'wire' });
  });

  it('is not looked for under a dateline that already names a place', () => {
    const a = clean(page('NAGOYA —'));
    expect(a.dateline?.place).toBe('NAGOYA');
    expect(a.paragraphs[0]).toBe(opener);
  });

  it('is not read from a later paragraph', () => {
    const later = 'KYOTO (AP) — Officials in a neighbouring city said they would study the plan closely before deciding whether to follow it with one of their own.';
    const text = ['Council approves transit plan after long debate', '', 'Published June 3, 2024', '', stripped, '', later, '', ...body].join('\n');
    const a = clean(text);
    expect(a.dateline).toMatchObject({ place: null, date: '2024-06-03' });
    expect(a.paragraphs).toContain(later);
  });
});

describe('a byline naming an agency', () => {
  it('credits the agency as the source', () => {
    const text = ['Council approves transit plan after long debate', '', 'By Jane Doe and John Roe, Associated Press', '', stripped, '', ...body.flatMap((p) => [p, ''])].join('\n');
    const a = clean(text);
    expect(a.byline).toBe('Jane Doe and John Roe');
    expect(a.source).toEqual({ name: 'The Associated Press', kind: 'wire' });
  });
});

describe('a Chinese article', () => {
  it('reads the wire dateline opening the first paragraph and the source beside the date', () => {
    const body = ['新规提出，将加快推进公共充电桩建设，在住宅小区、商业区和交通枢纽等区域合理布局充电设施，方便市民出行。', '相关部门负责人表示，新规的出台将有助于推动汽车产业转型升级，促进绿色低碳发展。'];
    const lead = '北京市政府3日发布新规，提出到2025年全市新能源汽车保有量力争达到200万辆，并进一步完善充电基础设施建设。';
    const text = ['北京发布新规 推动新能源汽车发展', '2024年06月03日 16:12 来源：新华网', `新华社北京6月3日电 ${lead}`, ...body].join('\n');
    const a = clean(text);
    expect(a.dateline).toEqual({ text: '新华社北京6月3日电', place: '北京', date: '2024-06-03' });
    expect(a.source).toEqual({ name: 'Xinhua', kind: 'wire' });
    expect(a.paragraphs).toEqual([lead, ...body]);
  });
});

describe('a lead that reads as no prose on its measures', () => {
  it('is the first paragraph when it opens with a dateline above the main run', () => {
    // Few stop words: the lead alone measures as no prose, and the run starts after it.
    const lead = 'Правительство России утвердило проект федерального бюджета на следующий год, сообщили в пресс-службе кабинета министров.';
    const body = [
      'Расходы бюджета составят около 40 триллионов рублей, а доходы, по оценке Минфина, вырастут на восемь процентов благодаря налоговым поступлениям.',
      'Документ будет внесен в Государственную думу до конца сентября, после чего депутаты рассмотрят его в трех чтениях.',
    ];
    const text = ['Правительство утвердило новый бюджет - Новости', 'Главная', 'Политика', 'Экономика', 'Правительство утвердило новый бюджет', '3 июня 2024, 16:12', `МОСКВА, 3 июня — РИА Новости. ${lead}`, ...body, 'Поделиться'].join('\n');
    const a = clean(text);
    expect(a.paragraphs).toEqual([lead, ...body]);
    expect(a.dateline).toEqual({ text: 'МОСКВА, 3 июня — РИА Новости.', place: 'МОСКВА', date: '2024-06-03' });
    expect(a.source).toEqual({ name: 'RIA Novosti', kind: 'wire' });
  });

  it('is not taken from a labelled notice ending in a colon', () => {
    const notice = 'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.';
    const text = ['Council approves transit plan after long debate', '', notice, '', stripped, '', ...body.flatMap((p) => [p, ''])].join('\n');
    expect(clean(text).paragraphs).not.toContain(notice);
  });
});

describe('a line of names alone', () => {
  it('is the byline beside the date line under the headline, and leaves the body', () => {
    const a = clean(page('Jane Doe', 'Published June 3, 2024 at 4:12 p.m. ET'));
    expect(a.byline).toBe('Jane Doe');
    expect(a.paragraphs).toEqual([stripped, ...body]);
    expect(a.notes.find((n) => n.ruleId === 'byline/names-by-date')).toMatchObject({ action: 'pick', text: 'Jane Doe' });
  });

  it('is the byline past the share and save buttons under the date line', () => {
    const a = clean(page('Published June 3, 2024 at 4:12 p.m. ET', 'Share', 'Save', 'Jane Doe'));
    expect(a.byline).toBe('Jane Doe');
    expect(a.paragraphs).toEqual([stripped, ...body]);
  });

  it('is the byline over its job title over the date line, and the title goes with it', () => {
    const a = clean(page('Jane Doe', 'Transport correspondent @janedoe', 'Monday 3 June 2024 10:41, UK'));
    expect(a.byline).toBe('Jane Doe');
    expect(a.paragraphs).toEqual([stripped, ...body]);
    expect(a.notes.filter((n) => n.ruleId === 'byline/names-by-date').map((n) => n.text)).toEqual(['Jane Doe', 'Transport correspondent @janedoe']);
  });

  it('is the byline under the date line with its job title under it', () => {
    const a = clean(page('Monday 3 June 2024 10:41, UK', 'Jane Doe', 'Political editor'));
    expect(a.byline).toBe('Jane Doe');
    expect(a.paragraphs).toEqual([stripped, ...body]);
  });

  it('is no byline past a line the vocabulary does not call a control', () => {
    expect(clean(page('Published June 3, 2024 at 4:12 p.m. ET', 'Transport', 'Jane Doe')).byline).toBeNull();
  });

  it('opens a date line before its bar: the byline, with the outlet and the date', () => {
    const a = clean(page('Jane Doe · The Daily Post · Posted: Jun 03, 2024 4:12 PM EDT | Last Updated: June 3'));
    expect(a.byline).toBe('Jane Doe');
    expect(a.dateline?.date).toBe('2024-06-03');
    expect(a.paragraphs).toEqual([stripped, ...body]);
  });

  it('is no byline without a date line beside it', () => {
    expect(clean(page('Jane Doe')).byline).toBeNull();
  });

  it('is no byline when the story writes each of its words in lower case: a kicker', () => {
    // "transit" and "plan" stand lower-cased in the paragraphs; a person's names would not.
    const a = clean(page('Transit Plan', 'Published June 3, 2024 at 4:12 p.m. ET'));
    expect(a.byline).toBeNull();
    expect(a.notes.find((n) => n.ruleId === 'byline/names-by-date')).toBeUndefined();
    // A name one of whose words is a common word the story uses ("Will") is still a name.
    expect(clean(page('Will Supporters', 'Published June 3, 2024 at 4:12 p.m. ET')).byline).toBe('Will Supporters');
  });
});

describe('a byline with its outlet after a bar', () => {
  it('is read though the line has a breadcrumb\'s shape', () => {
    const a = clean(page('By Jane Doe | Valley News', 'Published June 3, 2024 at 4:12 p.m. ET'));
    expect(a.byline).toBe('Jane Doe');
    expect(a.notes.find((n) => n.text === 'By Jane Doe | Valley News')?.ruleId).toBe('byline/by-line');
  });
});

describe('a caption at the start of the main run', () => {
  it('is passed over: the paragraph after it is the first, and its dateline is read', () => {
    const caption = '[1/2] A bus crosses the city centre on a rainy morning last spring. REUTERS/Jane Doe';
    const a = clean(page('By Jane Doe', 'June 3, 2024', caption));
    expect(a.dateline).toMatchObject({ place: 'OSAKA', date: '2024-06-03' });
    expect(a.paragraphs).toEqual([stripped, ...body]);
    expect(a.notes.find((n) => n.text === caption)?.ruleId).toBe('chrome/caption');
  });

  it('is passed over with a photo credit and a gallery counter after it', () => {
    // A gallery's caption as a text dump repeats it, then its credit and counter, above the story.
    const caption = 'Council members listen to residents during a public hearing on the transit plan, Monday, June 2, 2024, in Osaka.';
    const a = clean(page('By Jane Doe', 'June 3, 2024', caption, caption, 'Photo: Jane Doe, AP', '1 / 5', 'Back to Gallery'));
    expect(a.dateline).toMatchObject({ place: 'OSAKA', date: '2024-06-03' });
    expect(a.paragraphs).toEqual([stripped, ...body]);
  });
});

describe('head lines set one under another, with no blank line between', () => {
  // Each line is of a wrapped line's length and none ends a sentence, as a hard-wrapped paragraph's lines.
  const headline = 'Council approves the new transit plan after a long debate';
  const byline = 'By JANE DOE and JOHN ROE, The Associated Press';
  const dateLine = 'Published June 3, 2024 at 4:12 p.m. ET';
  const stacked = (...head: string[]) => [head.join('\n'), '', opener, '', ...body.flatMap((p) => [p, ''])].join('\n');

  it('reads the headline over the byline, and neither goes into the body', () => {
    const a = clean(stacked(headline, byline));
    expect(a.headline).toBe(headline);
    expect(a.byline).toBe('JANE DOE and JOHN ROE');
    expect(a.paragraphs).toEqual([stripped, ...body]);
  });

  it('reads the byline over the date line', () => {
    const a = clean(stacked(headline, '', byline, dateLine));
    expect(a.byline).toBe('JANE DOE and JOHN ROE');
    expect(a.dateline).toEqual({ text: 'OSAKA (AP) —', place: 'OSAKA', date: '2024-06-03' });
    expect(a.paragraphs).toEqual([stripped, ...body]);
  });

  it('reads all three lines of a headline, byline and date line', () => {
    const a = clean(stacked(headline, byline, dateLine));
    expect(a.headline).toBe(headline);
    expect(a.byline).toBe('JANE DOE and JOHN ROE');
    expect(a.dateline?.date).toBe('2024-06-03');
    expect(a.paragraphs).toEqual([stripped, ...body]);
  });
});

describe('a headline carrying injected spam', () => {
  it('comes without the spam suffix the first pass cut off (repaired from GBK read as Latin-1)', () => {
    const a = cleanArticle({ text: ['Council approves transit plan after long debate ×îÐÂÏûÏ¢', '', 'By Jane Doe', '', stripped, '', ...body.flatMap((p) => [p, ''])].join('\n') }, { detectLanguage: false });
    expect(a.headline).toBe('Council approves transit plan after long debate');
    expect(a.notes.find((n) => n.ruleId === 'spam/foreign-script-fragment')?.text).toBe('最新消息');
  });

  it('a page title comes without the spam appended to its site name, and the site is the source', () => {
    const title = 'Council approves transit plan after a long and heated debate on Tuesday - The Daily Post ×îÐÂÏûÏ¢';
    const a = cleanArticle({ text: [title, '', 'Council approves transit plan after a long and heated debate on Tuesday', '', 'By Jane Doe', '', stripped, '', ...body.flatMap((p) => [p, ''])].join('\n') }, { detectLanguage: false });
    expect(a.source).toEqual({ name: 'The Daily Post', kind: 'publisher' });
    expect(a.notes.find((n) => n.ruleId === 'spam/foreign-script-fragment')?.text).toBe('最新消息');
  });
});

describe('injected spam standing alone', () => {
  it('a line in another script with a web address is removed, and a quotation in prose is kept', () => {
    const spam = '开云体育 kaiyun.com 官方网站';
    const quote = 'The sign at the entrance read 欢迎 (welcome), and the website example.com listed the opening hours for visitors.';
    const a = clean(['Council approves transit plan after long debate', '', 'By Jane Doe', '', stripped, '', spam, '', quote, '', ...body.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).not.toContain(spam);
    expect(a.paragraphs).toContain(quote);
    expect(a.notes.find((n) => n.text === spam)).toMatchObject({ ruleId: 'spam/foreign-script-fragment', action: 'remove' });
  });
});

describe('a date line that names its writer beside the date', () => {
  it.each(['Jun 3, 2024 | By Jane Doe', 'June 3, 2024 • By Jane Doe', 'Published June 3, 2024 | By Jane Doe', 'Jane Doe | June 3, 2024', 'Jane Doe - Jun 3, 2024, 10:31 am'])('"%s" gives the date and the byline', (line) => {
    const a = clean(['Council approves transit plan after long debate', '', line, '', opener, '', ...body.flatMap((p) => [p, ''])].join('\n'));
    expect(a.byline).toBe('Jane Doe');
    expect(a.dateline?.date).toBe('2024-06-03');
    expect(a.paragraphs).toEqual([stripped, ...body]);
  });

  it('gives the byline beside a relative date, which gives no date', () => {
    const a = clean(['Council approves transit plan after long debate', '', 'Jane Doe · 2 hours ago', '', opener, '', ...body.flatMap((p) => [p, ''])].join('\n'));
    expect(a.byline).toBe('Jane Doe');
    expect(a.dateline).toMatchObject({ place: 'OSAKA', date: null });
    expect(a.paragraphs).toEqual([stripped, ...body]);
  });
});

describe('a byline that reads as prose, opening the main run', () => {
  // Long enough, with "on" and "at", to read as prose on its own measures: the run starts at it.
  const byline = 'By Jane Doe, John Roe on Monday, November 18th, 2019 at 11:08 a.m.';
  const caption = 'Commuters wait for a train at the new light rail station near the airport in Osaka, Japan, on Monday. (AP)';
  const text = (...head: string[]) => ['Council approves transit plan after long debate', '', ...head.flatMap((h) => [h, '']), stripped, '', ...body.flatMap((p) => [p, ''])].join('\n');

  it('is the byline, not the first paragraph', () => {
    const a = clean(text(byline));
    expect(a.byline).toBe('Jane Doe, John Roe');
    expect(a.paragraphs).toEqual([stripped, ...body]);
  });

  it('and a photo credit "(AP)" under it, before the first paragraph, does not end the article', () => {
    // A later paragraph sharing (almost) no word with the headline and lead: after an end marker it would go.
    const later = 'A spokesperson for the mayor said a public meeting would be held next month so that residents could ask questions about the timetable.';
    const a = clean(`${text(byline, caption)}\n${later}\n`);
    expect(a.byline).toBe('Jane Doe, John Roe');
    expect(a.paragraphs).toEqual(expect.arrayContaining([stripped, ...body, later]));
  });
});

describe('a numeric date line of two possible orders ("04/02/2025")', () => {
  const pt = [
    'O Índice Nacional de Preços ao Consumidor Amplo, considerado a inflação oficial do país, desacelerou para 0,16% em janeiro, informou nesta terça-feira o instituto de estatística.',
    'Com o resultado, a inflação acumulada em doze meses ficou em 4,56%, acima do teto da meta perseguida pelo Banco Central, que volta a se reunir em março.',
    'Segundo o instituto, o grupo alimentação e bebidas teve queda de preços pela primeira vez em seis meses, puxado pelo recuo do tomate e da batata.',
  ];
  it('is read day first on a page in a language that writes dates so', () => {
    const a = clean(['Inflação oficial desacelera para 0,16% em janeiro', '', '04/02/2025 09h00', '', ...pt.flatMap((p) => [p, ''])].join('\n'));
    expect(a.dateline).toMatchObject({ text: '04/02/2025 09h00', date: '2025-02-04' });
    expect(a.paragraphs).toEqual(pt);
  });

  it('gives no day on an English page, whose pages write either order', () => {
    const a = clean(['Council approves transit plan after long debate', '', '04/02/2025 09:00', '', ...body.flatMap((p) => [p, ''])].join('\n'));
    expect(a.dateline?.date ?? null).toBeNull();
  });
});

describe('the reporter a CJK wire dateline names', () => {
  it.each([
    [
      '我国新能源汽车产销量连续十年位居全球第一',
      '新华社北京2月4日电（记者张明）记者从中国汽车工业协会获悉，去年我国新能源汽车产销量分别完成一千多万辆，同比分别增长三成以上，连续十年位居全球第一。',
      '协会有关负责人表示，新能源汽车已成为拉动汽车产业增长的重要力量，市场渗透率首次超过四成。',
      '张明',
    ],
    [
      '한국은행, 기준금리 연 2.75%로 인하',
      '(서울=연합뉴스) 홍길동 기자 = 한국은행 금융통화위원회가 4일 기준금리를 연 3.00%에서 2.75%로 0.25%포인트 낮췄다.',
      '금통위는 물가 상승률이 목표 수준에서 안정되고 있지만 경기 하방 위험이 커졌다고 판단했다.',
      '홍길동',
    ],
  ])('is the byline: %s', (headline, lead, second, reporter) => {
    const a = clean([headline, '', lead, '', second].join('\n'));
    expect(a.byline).toBe(reporter);
    expect(a.notes.find((n) => n.ruleId === 'byline/dateline-reporter')).toMatchObject({ action: 'pick' });
    expect(a.paragraphs[0]!.startsWith(reporter)).toBe(false);
  });
});

describe('a dateline split over lines', () => {
  // A page that sets the place, the outlet and the dash in spans of their own, scraped one per line.
  const lead = stripped;
  const split = (...lines: string[]) => ['Council approves transit plan after long debate', '', 'By Jane Doe', '', ...lines, lead, '', ...body.flatMap((p) => [p, ''])].join('\n');

  it('is read from the place, the outlet and a lone dash on adjacent lines, and each line is picked', () => {
    const a = clean(split('Springfield', 'BBC News', ' — '));
    expect(a.dateline).toMatchObject({ place: 'Springfield', text: 'Springfield BBC News —' });
    expect(a.source).toEqual({ name: 'BBC News', kind: 'publisher' });
    expect(a.paragraphs[0]).toBe(lead);
    expect(a.paragraphs.join('\n')).not.toContain('BBC News');
    expect(a.notes.filter((n) => n.ruleId === 'dateline/place').map((n) => n.text)).toEqual(['Springfield', 'BBC News', '—']);
  });

  it('reads an agency between the place and the dash as the source', () => {
    const a = clean(split('OSAKA', '(AP)', '—'));
    expect(a.dateline?.place).toBe('OSAKA');
    expect(a.source).toEqual({ name: 'The Associated Press', kind: 'wire' });
  });

  it('is not read across a blank line', () => {
    const a = clean(split('Springfield', '', 'BBC News', '—'));
    expect(a.dateline?.place).not.toBe('Springfield');
  });
});
