import { describe, expect, it } from 'vitest';
import { findDateMentions, matchDateline } from '../../src/fields/index.js';

describe('dateline/date-line', () => {
  it.each([
    ['| 29 May 2024, Wednesday |', '2024-05-29'],
    ['Published June 3, 2024 at 4:12 p.m. ET', '2024-06-03'],
    ['Updated: 2024-06-03 09:15', '2024-06-03'],
    ['Mon 3 Jun 2024 10.41 BST', '2024-06-03'],
    ['Nov. 19, 2019', '2019-11-19'],
    ['2019-11-19T10:00:00Z', '2019-11-19'],
    ['19/11/2019', '2019-11-19'],
    ['19.11.2019', '2019-11-19'],
    ['3. Juni 2024', '2024-06-03'],
    ['le 3 juin 2024', '2024-06-03'],
    ['3 de junio de 2024', '2024-06-03'],
    ['2024年5月29日', '2024-05-29'],
    ['2019년 11월 19일', '2019-11-19'],
    ['2024.05.29 10:30', '2024-05-29'],
    ['3 июня 2024, 16:12', '2024-06-03'],
    ['3 червня 2024 року', '2024-06-03'],
    ['15 października 2023', '2023-10-15'],
    ['3. června 2024', '2024-06-03'],
    ['3 Haziran 2024', '2024-06-03'],
    // Day, month and year run together with full stops, as Brazilian papers print them.
    ['3.jun.2024 às 14h05', '2024-06-03'],
    // …or with hyphens, and "the 29th of May".
    ['Updated: 29-May-2024 11:05 IST', '2024-05-29'],
    ['Published: 29th of May 2024', '2024-05-29'],
    // Hindi: the month's vowel signs are marks, and May has two characters.
    ['नई दिल्ली, 04 फरवरी 2025', '2025-02-04'],
    ['04 मई 2025', '2025-05-04'],
    // A month written with a combining accent (decomposed text).
    ['3. Ma\u0308rz 2024', '2024-03-03'],
    // The year run into the time, as some pages' text loses the space between them.
    ['June 3, 20243:40 PM GMT+2Updated 2 hours ago', '2024-06-03'],
    ['Published Tue, Nov 19 20197:05 AM EST', '2019-11-19'],
    ['3 June 202415:40 BST', '2024-06-03'],
    // A time with a zone makes the day the UTC day, the way machine-readable page dates state it.
    ['Updated 10:01 pm PST, Tuesday, November 19, 2019', '2019-11-20'],
  ])('%s → %s', (text, date) => {
    const m = matchDateline(text);
    expect(m).not.toBeNull();
    expect(m!.ruleId).toBe('dateline/date-line');
    expect(m!.dateline).toEqual({ text, place: null, date });
    expect(m!.rest).toBe('');
    expect(m!.reason).toContain(date);
  });

  it('reads a numeric date of two possible orders day first only where the page\'s language writes it so', () => {
    // The same line read for an English page and for a Portuguese one, in either order: each
    // reading is the caller's, none leaks into the other.
    expect(matchDateline('04/02/2025 09h00')).toBeNull();
    expect(matchDateline('04/02/2025 09h00', { dayFirst: true })!.dateline.date).toBe('2025-02-04');
    expect(matchDateline('04/02/2025 09h00')).toBeNull();
    // An impossible month settles it without the language.
    expect(matchDateline('19/11/2019', { dayFirst: false })!.dateline.date).toBe('2019-11-19');
    expect(matchDateline('11/19/2019', { dayFirst: true })!.dateline.date).toBe('2019-11-19');
  });

  it('prefers the published date over the updated one on the same line', () => {
    const m = matchDateline('Updated Nov. 20, 2019 8:21 am ET / Published Nov. 19, 2019 8:02 am ET');
    expect(m!.dateline.date).toBe('2019-11-19');
  });

  it.each(['3 hours ago', 'Published 1 day ago', '11/10/2019', 'June 3'])('%s is a date line with a null date', (text) => {
    const m = matchDateline(text);
    expect(m!.ruleId).toBe('dateline/date-line');
    expect(m!.dateline.date).toBeNull();
  });

  it('completes a yearless date from ref.year', () => {
    expect(matchDateline('Posted Nov 19', { year: 2019 })!.dateline.date).toBe('2019-11-19');
  });
});

describe('dateline/place', () => {
  it.each([
    ['TOKYO -', 'TOKYO', null, null],
    ['TOKYO (AP) —', 'TOKYO', null, 'The Associated Press'],
    ['LONDON, June 3 (Reuters) -', 'LONDON', null, 'Reuters'],
    ['PARIS (AFP) -', 'PARIS', null, 'AFP'],
    ['NEW YORK (AP) —', 'NEW YORK', null, 'The Associated Press'],
    ['NEW DELHI, June 3 (Reuters) -', 'NEW DELHI', null, 'Reuters'],
  ])('%s', (text, place, date, agency) => {
    const m = matchDateline(text);
    expect(m!.ruleId).toBe('dateline/place');
    expect(m!.dateline).toEqual({ text, place, date });
    expect(m!.rest).toBe('');
    expect(m!.credit?.name ?? null).toBe(agency);
  });

  it('reads the date of "LONDON, June 3 (Reuters) -" when the year is known', () => {
    expect(matchDateline('LONDON, June 3 (Reuters) -', { year: 2024 })!.dateline.date).toBe('2024-06-03');
  });

  it('strips a dateline opening a paragraph and returns the rest', () => {
    const m = matchDateline('TOKYO (AP) — Officials said the talks would resume on Monday in the capital.');
    expect(m!.dateline).toEqual({ text: 'TOKYO (AP) —', place: 'TOKYO', date: null });
    expect(m!.rest).toBe('Officials said the talks would resume on Monday in the capital.');
  });

  it('a capitalised place counts with an agency only', () => {
    expect(matchDateline('Tokyo (Reuters) - Japan said on Monday it would expand its cooperation with the alliance.')!.dateline.place).toBe('Tokyo');
    expect(matchDateline('Tokyo - Japan said on Monday it would expand its cooperation with the alliance.')).toBeNull();
  });

  it('reads a colon after an all-caps place opening a paragraph, never one closing a line alone', () => {
    const m = matchDateline('NEW DELHI: The government said on Monday it would extend the scheme for another year.');
    expect(m!.dateline).toEqual({ text: 'NEW DELHI:', place: 'NEW DELHI', date: null });
    expect(m!.rest.startsWith('The government')).toBe(true);
    expect(matchDateline('KARACHI:')).toBeNull();
    expect(matchDateline('KEY POINTS:')).toBeNull();
  });

  it('reads the labels that open lines as no place, "NEW" among them only alone', () => {
    for (const label of ['DEAR ABBY', 'UPDATE', 'NEW', 'NEW VIDEO', 'EDITOR\'S NOTE', 'ATENÇÃO', 'ACHTUNG', 'ВНИМАНИЕ']) {
      expect(matchDateline(`${label}: My husband of more than twenty years just bought plane tickets for the whole family.`), label).toBeNull();
      expect(matchDateline(`${label} — My husband of more than twenty years just bought plane tickets for the whole family.`), label).toBeNull();
    }
  });

  it('reads an outlet in the parentheses as the publisher, and a full stop before the dash', () => {
    const cnn = matchDateline('Washington (CNN) — The Senate passed a stopgap bill late Saturday that would keep federal agencies open.');
    expect(cnn!.dateline.place).toBe('Washington');
    expect(cnn!.credit).toEqual({ name: 'CNN', kind: 'publisher' });
    const efe = matchDateline('MADRID, 3 jun (EFE).- El Gobierno aprobó este martes la reforma de las pensiones tras meses de negociación.');
    expect(efe!.dateline).toMatchObject({ text: 'MADRID, 3 jun (EFE).-', place: 'MADRID' });
    expect(efe!.credit).toEqual({ name: 'EFE', kind: 'wire' });
    expect(efe!.rest.startsWith('El Gobierno')).toBe(true);
    // Europa Press writes its name in capitals, after a day and a month with a full stop.
    const ep = matchDateline('MADRID, 4 Feb. (EUROPA PRESS) - El Consejo de Ministros ha aprobado este martes la reforma.');
    expect(ep!.dateline).toMatchObject({ text: 'MADRID, 4 Feb. (EUROPA PRESS) -', place: 'MADRID' });
    expect(ep!.credit).toEqual({ name: 'Europa Press', kind: 'wire' });
    // Any agency in capitals.
    expect(matchDateline('BEIJING, Feb. 4 (XINHUA) -- China will expand its high-speed rail network this year.')!.credit).toEqual({ name: 'Xinhua', kind: 'wire' });
    // A company and its ticker are no place and agency.
    expect(matchDateline('Tesla (TSLA) - The electric carmaker reported record deliveries in the second quarter, beating forecasts.')).toBeNull();
  });

  it('reads an outlet without parentheses, as CNN now writes it, alone or opening the paragraph', () => {
    const line = matchDateline('Washington CNN —');
    expect(line).toMatchObject({ dateline: { text: 'Washington CNN —', place: 'Washington' }, rest: '', credit: { name: 'CNN', kind: 'publisher' } });
    const opening = matchDateline('Hong Kong CNN — Chinese stocks fell sharply on Monday after weak factory data.');
    expect(opening!.dateline.place).toBe('Hong Kong');
    expect(opening!.rest.startsWith('Chinese stocks')).toBe(true);
    // Not before a lower-case word, and no outlet without a dash.
    expect(matchDateline('Watch CNN — the network airs the debate tonight.')).toBeNull();
    expect(matchDateline('Washington CNN reported on Monday that the talks had stalled.')).toBeNull();
  });

  it('reads the agency after the dash, Russian style', () => {
    const m = matchDateline('МОСКВА, 3 июня — РИА Новости. Правительство России утвердило проект федерального бюджета на следующий год.');
    expect(m!.dateline).toMatchObject({ text: 'МОСКВА, 3 июня — РИА Новости.', place: 'МОСКВА' });
    expect(m!.credit).toEqual({ name: 'RIA Novosti', kind: 'wire' });
    expect(m!.rest.startsWith('Правительство')).toBe(true);
  });

  it('reads a Chinese wire dateline, with the year from the reference', () => {
    const m = matchDateline('新华社北京6月3日电（记者 张三）北京市政府3日发布新规，推动新能源汽车发展。', { year: 2024 });
    expect(m!.dateline).toEqual({ text: '新华社北京6月3日电（记者 张三）', place: '北京', date: '2024-06-03' });
    expect(m!.credit).toEqual({ name: 'Xinhua', kind: 'wire' });
    expect(m!.rest).toBe('北京市政府3日发布新规，推动新能源汽车发展。');
    expect(matchDateline('中新社上海6月3日电 上海市3日公布数据。')!.dateline).toEqual({ text: '中新社上海6月3日电', place: '上海', date: null });
    expect(matchDateline('新华网北京6月3日电 北京市政府3日发布新规。')).toBeNull();
  });

  it.each([
    ['NEW DELHI, Nov 29 (PTI) The Union Cabinet on Wednesday approved the extension of the scheme.', 'NEW DELHI, Nov 29 (PTI)', 'NEW DELHI', 'Press Trust of India', 'The Union'],
    ['STOCKHOLM (TT) Regeringen presenterade på måndagen ett nytt förslag om skatter.', 'STOCKHOLM (TT)', 'STOCKHOLM', 'TT', 'Regeringen'],
    ['Islamabad, June 3 (APP): Prime Minister said on Monday the talks would go on.', 'Islamabad, June 3 (APP):', 'Islamabad', 'Associated Press of Pakistan', 'Prime'],
    ['MOSCOW, June 3. /TASS/. Russian President Vladimir Putin said on Monday the talks would go on.', 'MOSCOW, June 3. /TASS/.', 'MOSCOW', 'TASS', 'Russian'],
    ['Berlin (dpa/AFP) - Die Bundesregierung hat am Montag neue Regeln beschlossen.', 'Berlin (dpa/AFP) -', 'Berlin', 'dpa', 'Die'],
    ['Zürich (awp/sda) - Der Bundesrat hat am Montag neue Massnahmen beschlossen.', 'Zürich (awp/sda) -', 'Zürich', 'Keystone-SDA', 'Der'],
    ['Jakarta (ANTARA) - Pemerintah akan meluncurkan program baru tahun ini.', 'Jakarta (ANTARA) -', 'Jakarta', 'ANTARA', 'Pemerintah'],
    ['WARSZAWA (PAP) - Rząd przyjął w poniedziałek nowy projekt ustawy.', 'WARSZAWA (PAP) -', 'WARSZAWA', 'PAP', 'Rząd'],
  ])('reads the agency in brackets with or without a dash after it: %s', (text, dateline, place, agency, restStart) => {
    const m = matchDateline(text);
    expect(m!.dateline).toMatchObject({ text: dateline, place });
    expect(m!.credit).toEqual({ name: agency, kind: 'wire' });
    expect(m!.rest.startsWith(restStart)).toBe(true);
  });

  it('reads an all-caps place with a broadcaster\'s call sign in capitals before the dash, credited as the publisher', () => {
    const m = matchDateline('SPRINGFIELD, Ill. (WCIA) — The downtown branch of the library will close for two years starting in April.');
    expect(m!.dateline).toMatchObject({ text: 'SPRINGFIELD, Ill. (WCIA) —', place: 'SPRINGFIELD' });
    expect(m!.credit).toEqual({ name: 'WCIA', kind: 'publisher' });
    expect(m!.rest.startsWith('The downtown branch')).toBe(true);
    // Not after a place in title case, where a name in capitals could be anything.
    expect(matchDateline('Springfield (WCIA) — The downtown branch of the library will close for two years.')).toBeNull();
  });

  it("reads a site's domain beside an all-caps place as the publisher, after the place or before it", () => {
    const after = matchDateline('SURABAYA, BERITAKOTA.co.id - Pemerintah kota menambah jadwal bus malam mulai pekan depan.');
    expect(after!.dateline).toMatchObject({ text: 'SURABAYA, BERITAKOTA.co.id -', place: 'SURABAYA' });
    expect(after!.credit).toEqual({ name: 'BERITAKOTA.co.id', kind: 'publisher' });
    expect(after!.rest.startsWith('Pemerintah kota')).toBe(true);
    const before = matchDateline('HARIANKITA.COM, MEDAN - Harga beras di pasar tradisional turun dua persen pekan ini.');
    expect(before!.dateline).toMatchObject({ place: 'MEDAN' });
    expect(before!.credit).toEqual({ name: 'HARIANKITA.COM', kind: 'publisher' });
    // A region with full stops is still a region ("D.C.", "Mo.").
    expect(matchDateline('WASHINGTON, D.C. -')!.credit).toBeNull();
  });

  it('needs the agency, not just brackets, for a dateline without a dash', () => {
    expect(matchDateline('APPLE (AAPL) Shares rose three percent on Monday after the company beat forecasts.')).toBeNull();
    expect(matchDateline('Tokyo (Japan) Officials said on Monday the talks would resume next week.')).toBeNull();
  });

  it.each([
    ['(서울=연합뉴스) 홍길동 기자 = 정부가 내년 예산안을 편성했다.', '(서울=연합뉴스) 홍길동 기자 =', '서울', { name: 'Yonhap', kind: 'wire' }, '정부가'],
    ['(워싱턴=연합뉴스) 김철수 특파원 = 미국 정부는 3일 발표했다.', '(워싱턴=연합뉴스) 김철수 특파원 =', '워싱턴', { name: 'Yonhap', kind: 'wire' }, '미국'],
    ['【ワシントン共同】米政府は3日、新たな制裁を発表した。', '【ワシントン共同】', 'ワシントン', { name: 'Kyodo News', kind: 'wire' }, '米政府'],
    ['【北京＝山田太郎】中国政府は3日、発表した。', '【北京＝山田太郎】', '北京', null, '中国政府'],
  ])('reads a bracketed Korean or Japanese dateline: %s', (text, dateline, place, credit, restStart) => {
    const m = matchDateline(text);
    expect(m!.ruleId).toBe('dateline/place');
    expect(m!.dateline).toEqual({ text: dateline, place, date: null });
    expect(m!.credit).toEqual(credit);
    expect(m!.rest.startsWith(restStart)).toBe(true);
  });

  it.each(['(사진=연합뉴스) 시민들이 3일 서울 광장에서 행사를 즐기고 있다.', '【写真＝共同】首相官邸に入る首相。'])('reads a photo credit in those brackets as no dateline: %s', (text) => {
    expect(matchDateline(text)).toBeNull();
  });

  it('reads an Arabic place before a dash only before prose, with the agency in parentheses', () => {
    const cairo = matchDateline('القاهرة- أعلنت الحكومة المصرية اليوم الاثنين عن خطة جديدة لدعم الاقتصاد الوطني بقيمة عشرة مليارات دولار.');
    expect(cairo!.dateline).toEqual({ text: 'القاهرة-', place: 'القاهرة', date: null });
    expect(cairo!.rest.startsWith('أعلنت')).toBe(true);
    const beirut = matchDateline('بيروت (رويترز) - قال مسؤولون إن المحادثات ستستأنف الأسبوع المقبل في العاصمة اللبنانية.');
    expect(beirut!.dateline.place).toBe('بيروت');
    expect(beirut!.credit).toEqual({ name: 'Reuters', kind: 'wire' });
    // A headline with its site after a dash, and a short line, are no datelines.
    expect(matchDateline('الحكومة تعلن خطة جديدة - الجزيرة نت')).toBeNull();
    expect(matchDateline('غزة - مقتل ثلاثة')).toBeNull();
  });

  it('reads a region after the place', () => {
    const m = matchDateline('CLEVELAND, Ohio – The band will look to ride a potential Hall of Fame induction on tour.');
    expect(m!.dateline.place).toBe('CLEVELAND');
    expect(m!.rest.startsWith('The band')).toBe(true);
  });
});

describe('a source named beside the date', () => {
  it.each([
    ['2024年06月03日 16:12 来源：新华网', { name: '新华网', kind: 'publisher' }],
    ['June 3, 2024 | Source: Reuters', { name: 'Reuters', kind: 'wire' }],
    ['Published June 3, 2024', null],
  ])('%s', (text, credit) => {
    const m = matchDateline(text);
    expect(m!.ruleId).toBe('dateline/date-line');
    expect(m!.credit).toEqual(credit);
  });
});

describe('dateline/agency', () => {
  it('reads "(Reuters) —" opening a paragraph', () => {
    const m = matchDateline('(Reuters) — The state attorney general is investigating the company, two people said.');
    expect(m!.ruleId).toBe('dateline/agency');
    expect(m!.credit).toEqual({ name: 'Reuters', kind: 'wire' });
    expect(m!.rest.startsWith('The state')).toBe(true);
  });
});

describe('hyphens between a day and a month', () => {
  it('read a date only with a hyphen after the month too', () => {
    expect(findDateMentions('Windows 10-May 2019 update').filter((m) => m.date)).toEqual([]);
    expect(findDateMentions('Route 66-June 2024 tour').filter((m) => m.date)).toEqual([]);
    expect(findDateMentions('29-May-2024').map((m) => m.date)).toEqual(['2024-05-29']);
  });
});

describe('must not match', () => {
  it.each([
    'US - China talks resume',
    'US - China talks resume as officials meet in Geneva on Monday',
    'BREAKING - the council has voted on the budget and the result is in.',
    'On June 3, 2024, the council voted to approve the budget after a long debate.',
    'By the end of 2019, the company had 500 employees.',
    'by Regan September 15, 2014',
    'Share',
    'NATO chief wants more friends',
    'NASA - a history of the agency',
    '',
  ])('%s', (text) => {
    expect(matchDateline(text)).toBeNull();
  });
});
