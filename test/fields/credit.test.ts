import { describe, expect, it } from 'vitest';
import { matchCredit } from '../../src/fields/index.js';

const wire = (name: string) => ({ name, kind: 'wire' });

describe('whole-line credits', () => {
  it.each([
    ['  • Reuters', 'Reuters', 'source/wire-line'],
    ['— The Associated Press', 'The Associated Press', 'source/wire-line'],
    ['-AFP', 'AFP', 'source/wire-line'],
    ['(AP)', 'The Associated Press', 'source/wire-line'],
    ['Reuters', 'Reuters', 'source/wire-line'],
    ['Source: AFP', 'AFP', 'source/wire-line'],
    ['With files from The Canadian Press', 'The Canadian Press', 'source/files-from'],
    ['With files from CTV News and The Canadian Press', 'The Canadian Press', 'source/files-from'],
    ['(Reporting by Jane Doe; Editing by John Roe)', 'Reuters', 'source/reporting-credit'],
    ['© 2024 Reuters', 'Reuters', 'source/copyright'],
    ['Copyright 2024 The Associated Press. All rights reserved.', 'The Associated Press', 'source/copyright'],
    ['The Associated Press contributed to this report.', 'The Associated Press', 'source/contributed'],
    ['Associated Press writer Jane Doe contributed to this report.', 'The Associated Press', 'source/contributed'],
    ['© Thomson Reuters 2024', 'Reuters', 'source/copyright'],
    // A rights notice first, as Italian and German agency sites set it.
    ['Riproduzione riservata © Copyright ANSA', 'ANSA', 'source/copyright'],
    ['Alle Rechte vorbehalten. © dpa', 'dpa', 'source/copyright'],
    // Initials and agencies between slashes, as German papers credit: the first agency.
    ['mes/dpa/AFP', 'dpa', 'source/wire-line'],
    ['(AFP/lkw)', 'AFP', 'source/wire-line'],
    ['Reuters/AP', 'Reuters', 'source/wire-line'],
  ])('%s → %s', (text, name, ruleId) => {
    const m = matchCredit(text);
    expect(m).not.toBeNull();
    expect(m!.source).toEqual(wire(name));
    expect(m!.ruleId).toBe(ruleId);
    expect(m!.rest).toBe('');
    expect(m!.reason.length).toBeGreaterThan(10);
  });
});

describe('a "Source:" line naming the publisher beside unnamed agencies', () => {
  it('credits the publisher, or the agency when it names one', () => {
    expect(matchCredit('Source: Gulf Daily Times and news agencies')).toMatchObject({ source: { name: 'Gulf Daily Times', kind: 'publisher' }, ruleId: 'source/wire-line', rest: '' });
    expect(matchCredit('Source: Reuters and agencies')!.source).toEqual(wire('Reuters'));
    // Not a sentence that goes on.
    expect(matchCredit('Source: officials and news agencies said the talks had stalled.')).toBeNull();
  });
});

describe('no credit', () => {
  it.each(['and/or', 'km/h', 'TV/Radio', 'mes/abc'])('%s', (text) => {
    expect(matchCredit(text)).toBeNull();
  });
});

describe('source/trailing-credit', () => {
  it.each([
    ['The talks resumed on Monday, officials said. — Reuters', 'Reuters'],
    ['The talks resumed on Monday, officials said. (AP)', 'The Associated Press'],
    ['The talks resumed on Monday, officials said. (Reporting by Jane Doe in Tokyo; Editing by John Roe)', 'Reuters'],
  ])('%s', (text, name) => {
    const m = matchCredit(text);
    expect(m!.ruleId).toBe('source/trailing-credit');
    expect(m!.source).toEqual(wire(name));
    expect(m!.rest).toBe('The talks resumed on Monday, officials said.');
  });
});

describe('source/originally-published', () => {
  it.each([
    ['This article was originally published on The Conversation.', { name: 'The Conversation', kind: 'publisher' }],
    ['This story was originally published by the Los Angeles Times.', { name: 'Los Angeles Times', kind: 'publisher' }],
    ['This story first appeared in U.S. News.', { name: 'U.S. News', kind: 'publisher' }],
    ['This article was originally published on the Kaiser Health News website.', { name: 'Kaiser Health News', kind: 'publisher' }],
    ['Originally published at example.com', { name: 'example.com', kind: 'publisher' }],
    ['This story was first published by Reuters.', wire('Reuters')],
  ])('%s', (text, source) => {
    const m = matchCredit(text);
    expect(m?.ruleId).toBe('source/originally-published');
    expect(m!.source).toEqual(source);
    expect(m!.rest).toBe('');
  });

  it.each([
    'Originally published on June 3, 2024.',
    'The report was first published in the journal Nature, which said the results were clear.',
    'The story was first published in Nature and shared widely',
    'It first appeared in The Lancet in 2019, and doctors have cited it since.',
  ])('not: %s', (text) => {
    expect(matchCredit(text)).toBeNull();
  });
});

describe('must not match', () => {
  it.each([
    'AP',
    'The AP reported that the talks resumed.',
    'Reuters reported that talks resumed on Monday.',
    'He joined Reuters in 2010.',
    'With files from our newsroom',
    'Bloomberg',
    'Share',
    '',
  ])('%s', (text) => {
    expect(matchCredit(text)).toBeNull();
  });
});
