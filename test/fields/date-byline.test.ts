// A date line that goes on with the byline, opened by its word with no separator between.
import { describe, expect, it } from 'vitest';
import { matchDateThenByline } from '../../src/fields/index.js';
import { cleanArticle } from '../../src/index.js';

describe('matchDateThenByline', () => {
  it.each([
    ['Publicado em 14/06/2024 - 15:20 Por Ana Souza - Repórter da Agência Brasil', '2024-06-14', 'Ana Souza'],
    ['Updated June 3, 2024 at 4:12 p.m. By Jane Doe', '2024-06-03', 'Jane Doe'],
    ['Publié le 3 juin 2024 à 10h41 par Jean Dupont', '2024-06-03', 'Jean Dupont'],
  ])('%s', (line, date, byline) => {
    const m = matchDateThenByline(line);
    expect(m?.date.dateline.date).toBe(date);
    expect(m?.byline.byline).toBe(byline);
  });

  it.each([
    // No date before the opener; a place dateline; prose; a date with no byline after it.
    'The council met By the river on Monday',
    'TOKYO (AP) — Officials said By Monday the plan would pass',
    'Published June 3, 2024 at 4:12 p.m. ET',
    'On June 3, 2024 the council voted by a wide margin to approve the plan for the new bridge.',
    '14 de junho de 2024 de São Paulo',
  ])('not: %s', (line) => {
    expect(matchDateThenByline(line)).toBeNull();
  });
});

describe('in an article', () => {
  it('gives the date and the byline, and the line leaves the body', () => {
    const lead = [
      'O governo federal anunciou nesta sexta-feira um novo pacote de crédito para a agricultura familiar, com juros menores e prazos mais longos para os pequenos produtores.',
      'Segundo o ministério, os recursos poderão ser usados na compra de máquinas, na recuperação de solos e na construção de armazéns nas propriedades rurais.',
    ];
    const line = 'Publicado em 14/06/2024 - 15:20 Por Ana Souza - Repórter da Agência Brasil';
    const a = cleanArticle({ text: ['Governo anuncia novo pacote para a agricultura familiar', line, ...lead].join('\n\n') }, { repair: false });
    expect(a.byline).toBe('Ana Souza');
    expect(a.dateline?.date).toBe('2024-06-14');
    expect(a.paragraphs).toEqual(lead);
  });
});
