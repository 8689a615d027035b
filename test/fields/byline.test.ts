import { describe, expect, it } from 'vitest';
import { isRoleLine, matchByline, matchNamesAlone } from '../../src/fields/index.js';

describe('byline/by-line', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe', '', null],
    ['By JANE DOE and JOHN ROE, Associated Press', 'JANE DOE and JOHN ROE', '', 'The Associated Press'],
    ['By Jane Doe | Reuters', 'Jane Doe', '', 'Reuters'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe', '', null],
    ['Posted by Michael David Smith on November 19, 2019, 6:21 AM EST', 'Michael David Smith', 'on November 19, 2019, 6:21 AM EST', null],
    ['By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy', 'Mike Wall', '2019-11-18T20:51:19Z Science & Astronomy', null],
    ['By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST', 'Chris Pokorny', 'Nov 18, 2019, 11:47am EST', null],
    ['By Sean Martin Sean Martin', 'Sean Martin', '', null],
    ['By Tariq Malik, Mike Wall 2019-11-18T22:05:36Z Spaceflight', 'Tariq Malik, Mike Wall', '2019-11-18T22:05:36Z Spaceflight', null],
    ['By Jill Disis, CNN Business', 'Jill Disis', '', null],
    ['By JANE DOE, Associated Press Writer', 'JANE DOE', '', 'The Associated Press'],
    ['by Regan September 15, 2014', 'Regan', 'September 15, 2014', null],
    ['By Reuters', 'Reuters', '', 'Reuters'],
    ['Автор: Иван Петров', 'Иван Петров', '', null],
    ['Текст: Венера Ерофеева · 24 сентября 2018', 'Венера Ерофеева', '24 сентября 2018', null],
    ['Autor: Maja Nowak', 'Maja Nowak', '', null],
    ['By Kasım Yılmaz and Maja Nowak', 'Kasım Yılmaz and Maja Nowak', '', null],
    ['Door Jan Jansen', 'Jan Jansen', '', null],
    // Where each writer filed from is dropped after an opener.
    ['By Jane Doe in Kyiv', 'Jane Doe', '', null],
    ['By Jane Doe in Kyiv and John Roe in Moscow', 'Jane Doe and John Roe', '', null],
    ['By Jane Doe in New York, Associated Press', 'Jane Doe', '', 'The Associated Press'],
    ['Par Jeanne Dupont, à Bruxelles', 'Jeanne Dupont', '', null],
    ['Par Jeanne Dupont à Bruxelles et Paul Martin à Paris', 'Jeanne Dupont et Paul Martin', '', null],
    // Where the writer files from, or the desk, in parentheses after an opener.
    ['Par Jeanne Dupont (Bruxelles, bureau européen)', 'Jeanne Dupont', '', null],
    ['Por Ana García (Madrid)', 'Ana García', '', null],
    // Given names spelled like a month in another language ("março" folds to "marco").
    ['di Marco Rossi', 'Marco Rossi', '', null],
    ['Por Julio Pérez y Abril Díaz', 'Julio Pérez y Abril Díaz', '', null],
    // The outlet, a lower-case brand among them, then where the writer files from after a dash.
    ['Por Ana Souza, g1 — Rio de Janeiro', 'Ana Souza', '', null],
    ['Por Ana Souza, O Globo — São Paulo', 'Ana Souza', '', null],
    // Indonesian "by" and "writer", the latter before an editor's credit.
    ['Oleh Siti Rahmawati', 'Siti Rahmawati', '', null],
    ['Penulis Siti Rahmawati | Editor Budi Santoso', 'Siti Rahmawati', '', null],
    // Turkish, the Nordic languages, and "Text:" labels; their words for "and" between names.
    ['Yazan: Ahmet Yılmaz', 'Ahmet Yılmaz', '', null],
    ['Av Kari Nordmann og Ola Hansen', 'Kari Nordmann og Ola Hansen', '', null],
    ['Af Anders Hansen', 'Anders Hansen', '', null],
    ['Tekst: Jan Jansen en Piet de Vries', 'Jan Jansen en Piet de Vries', '', null],
    ['Texto: Ana Souza', 'Ana Souza', '', null],
    // A weekday between the label and the date, or after an opener's names.
    ['By Jane Doe, John Roe on Monday, November 18th, 2019 at 11:08 a.m.', 'Jane Doe, John Roe', 'on Monday, November 18th, 2019 at 11:08 a.m.', null],
    ['By Jane Doe, Wednesday, 20 November 2019 08:05 GMT', 'Jane Doe', 'Wednesday, 20 November 2019 08:05 GMT', null],
    // The outlet the writer filed for, after "for".
    ['By Jane Doe For Dailymail.com', 'Jane Doe', '', null],
    ['By Jane Doe for The Washington Post', 'Jane Doe', '', null],
    ['Opinion by Jane Doe', 'Jane Doe', '', null],
    ['Analysis by Jane Doe, CNN', 'Jane Doe', '', null],
  ])('%s', (text, byline, rest, agency) => {
    const m = matchByline(text);
    expect(m).not.toBeNull();
    expect(m!.ruleId).toBe('byline/by-line');
    expect(m!.byline).toBe(byline);
    expect(m!.rest).toBe(rest);
    expect(m!.credit?.name ?? null).toBe(agency);
  });
});

describe('byline/name-role and byline/name-date', () => {
  it('Jane Doe, Staff Reporter', () => {
    const m = matchByline('Jane Doe, Staff Reporter');
    expect(m).toMatchObject({ byline: 'Jane Doe', ruleId: 'byline/name-role', rest: '' });
    expect(m!.reason).toContain('Staff Reporter');
  });

  it('a name and an agency without an opener', () => {
    expect(matchByline('Jane Doe / Reuters')).toMatchObject({ byline: 'Jane Doe', ruleId: 'byline/name-role', credit: { name: 'Reuters', kind: 'wire' } });
  });

  it.each([
    ['Fiona Harvey Environment editor', 'Fiona Harvey', 'Environment editor'],
    ['Patrick Wintour Chief political correspondent', 'Patrick Wintour', 'Chief political correspondent'],
    ['Jane Doe and John Roe Political correspondents', 'Jane Doe and John Roe', 'Political correspondents'],
    ['Jane Doe Beijing bureau chief', 'Jane Doe', 'Beijing bureau chief'],
  ])('names, then a job title in sentence case with no separator: %s', (line, byline, role) => {
    const m = matchByline(line);
    expect(m).toMatchObject({ byline, ruleId: 'byline/name-role', rest: '' });
    expect(m!.reason).toContain(`role "${role}"`);
  });

  it('a name, then the outlet and a labelled date, each set off by a separator', () => {
    const m = matchByline('Jane Doe · The Daily Post · Posted: Jun 03, 2024 4:12 PM EDT');
    expect(m).toMatchObject({ byline: 'Jane Doe', ruleId: 'byline/name-date', rest: 'Jun 03, 2024 4:12 PM EDT' });
    // An agency there is the credit.
    expect(matchByline('Jane Doe | The Canadian Press | Updated: June 3, 2024')!.credit).toEqual({ name: 'The Canadian Press', kind: 'wire' });
    // Without the label the words between are not vouched for.
    expect(matchByline('Jane Doe · City Hall · Jun 03, 2024')).toBeNull();
  });

  it('a name set off from a date', () => {
    const m = matchByline('Chris Davies - Nov 19, 2019, 10:31 pm CST');
    expect(m).toMatchObject({ byline: 'Chris Davies', ruleId: 'byline/name-date', rest: 'Nov 19, 2019, 10:31 pm CST' });
  });
});

describe('isRoleLine', () => {
  it.each(['News reporter @janedoe', 'Political correspondent', 'Senior transport editor', 'Staff writer'])('%s is a job title alone', (t) => {
    expect(isRoleLine(t)).toBe(true);
  });
  it.each(['Jane Doe', 'The editor said the plan would pass.', 'Letters to the editor', 'the reporter', 'Why you can trust our reporters and the standards they keep'])('%s is not', (t) => {
    expect(isRoleLine(t)).toBe(false);
  });
});

describe('must not match', () => {
  it.each([
    'Af og til regner det.',
    'Av de 20 kommunene sa ja',
    'Text message from the mayor',
    'By the end of the year, prices had risen by a third.',
    'By Monday, the committee will vote.',
    'By Tuesday night the storm had passed',
    'Jane Doe said the vote was close, Staff Reporter',
    'Maren Estrada',
    'Share',
    'The Associated Press',
    'By far the best result of the season',
    'By Jane Doe, said the mayor of the town',
    'Jane Doe, CNN Business',
    'Biden picks Powell as Fed chief',
    'Jane Doe, Sunday, Nov. 17, 2019, in Las Vegas.',
    'Opinion Contributors Become a contributor',
    'Fiona Environment editor',
    'The Environment editor',
    'Текст Конституции РФ',
    'Climate Change in Hawaii',
    'By Friday in Washington',
    'By Jan 15',
    'Автор статьи считает, что это ошибка',
    // A place in parentheses only after an opener; nothing with a digit in them.
    'Jane Doe (Brussels)',
    'By Jane Doe (3 min read)',
    '',
  ])('%s', (text) => {
    expect(matchByline(text)).toBeNull();
  });
});

describe('byline/names-by-date: names alone, for the head to place', () => {
  it.each([
    ['María García', 'María García', null],
    ['Jane Doe and John Roe', 'Jane Doe and John Roe', null],
    ['JANIE HAR', 'JANIE HAR', null],
    ['Tom Davies Associated Press', 'Tom Davies', 'The Associated Press'],
    ['Jane Doe in Kyiv', 'Jane Doe', null],
    ['Jane Doe in Kyiv and John Roe in Moscow', 'Jane Doe and John Roe', null],
  ])('%s', (text, byline, agency) => {
    const m = matchNamesAlone(text);
    expect(m).toMatchObject({ byline, ruleId: 'byline/names-by-date' });
    expect(m!.credit?.name ?? null).toBe(agency);
  });

  it.each(['Associated Press', 'Breaking News', 'Enlarge Image', 'Order Reprints', 'Maren', 'By Jane Doe', 'Prices rose on Monday', 'Jane Doe said', ''])('not: %s', (text) => {
    expect(matchNamesAlone(text)).toBeNull();
  });
});
