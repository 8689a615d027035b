// Recirculation: decided by position, topical overlap and shape, never by a heading alone.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const article = [
  'Heavy rain flooded dozens of homes in the river valley overnight, forcing hundreds of residents to leave as the water rose faster than forecasters had expected.',
  'Emergency crews used boats to reach families stranded on the upper floors of their homes, and the regional government opened three shelters in school gymnasiums.',
  'The river crested early on Thursday at nearly two metres above flood stage, the highest level recorded in the valley since the great flood of 1974, officials said.',
  'Residents who returned to their homes in the afternoon found mud and debris in their kitchens and said the flood had ruined furniture, cars and family photographs.',
];
const teasers = [
  'A local bakery has won a national award for its sourdough bread, beating more than two hundred entries from across the country.',
  'The hockey team signed a new goaltender on a three-year contract worth nine million dollars, the club announced on Wednesday.',
  'Police are asking for help finding a stolen vintage motorcycle that was taken from a garage in the east end last weekend.',
  'A new exhibition of modern sculpture opens at the art gallery this weekend with works by artists from twelve countries.',
];
/** A fifth lede, where a run must stand below the lead before it reaches into it. */
const fifthTeaser = 'The city marathon will follow a new route through the old port this year, organisers announced, after complaints about crowded streets.';
const clean = (text: string) => cleanArticle({ text }, { repair: false });

describe('off-topic recirculation', () => {
  it('drops unrelated ledes after a recirculation heading', () => {
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), 'Most Read', '', ...teasers.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(article);
    expect(a.notes.find((n) => n.text === 'Most Read')?.ruleId).toBe('offtopic/recirculation-heading');
    for (const t of teasers) expect(a.notes.find((n) => n.text === t)?.ruleId).toMatch(/^offtopic\//);
  });

  it.each(['Most read in World', 'Next Up In Science & Health', 'Explore further', 'More articles from Jane Doe', 'Related coverage from City News:', 'Материалы по теме', 'Berita Terkait'])(
    'reads "%s" as a recirculation heading',
    (heading) => {
      const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), heading, '', ...teasers.flatMap((p) => [p, ''])].join('\n'));
      expect(a.paragraphs).toEqual(article);
      expect(a.notes.find((n) => n.text === heading)?.ruleId).toBe('offtopic/recirculation-heading');
    },
  );

  it('drops a run of unrelated ledes with no heading at all', () => {
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), ...teasers.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(article);
    expect(a.notes.find((n) => n.text === teasers[0])?.ruleId).toBe('offtopic/teaser-run');
  });

  it('drops a run of unrelated ledes that follows a story of two paragraphs, from inside the lead', () => {
    // The lead is the first three paragraphs: here its third is the first teaser, and the four
    // below it are a run of their own. The lead names a weekday that teasers name too ("on
    // Thursday", "on Wednesday"): a weekday is no topic.
    const story = article.slice(0, 2).map((p) => p.replace('overnight', 'overnight on Wednesday'));
    const five = [...teasers, fifthTeaser];
    const a = clean(['Floods force hundreds from homes', '', ...story.flatMap((p) => [p, '']), ...five.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(story);
    for (const t of five) expect(a.notes.find((n) => n.text === t)?.ruleId).toBe('offtopic/teaser-run');
  });

  it("keeps a story's closing paragraphs that share no word with its lead: three are no run to reach into the lead from", () => {
    // Italian: the second paragraph names the plan "il progetto", the third its reach, the fourth
    // the city's offices; the last two turn to the critics and the details. None repeats the
    // headline's or the lead's words.
    const story = [
      'Il consiglio comunale ha approvato ieri sera il piano della mobilità che prevede di raddoppiare la rete ciclabile cittadina, portandola da 120 a 240 chilometri nei prossimi tre anni.',
      'Il progetto, finanziato in gran parte con fondi europei, era stato presentato in primavera dalla giunta e discusso a lungo con le associazioni dei ciclisti e dei commercianti.',
      "Secondo le stime dell'assessorato ai trasporti, i nuovi percorsi serviranno circa duecentomila residenti, soprattutto nei quartieri periferici oggi poco collegati.",
      "L'assessora ha spiegato in conferenza stampa che le prime opere partiranno a settembre e che i cantieri saranno organizzati per ridurre i disagi al traffico.",
      "Le opposizioni, dal canto loro, criticano i costi dell'operazione e chiedono maggiori controlli sulle imprese che si aggiudicheranno gli appalti.",
      'Il testo finale include anche nuove rastrelliere vicino alle stazioni e un servizio di noleggio esteso fino alle aree industriali della zona nord.',
    ];
    const a = clean(['Il Comune approva il piano per raddoppiare le piste ciclabili entro il 2027', '', ...story.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(story);
  });

  it("keeps a lead paragraph that names the story's subject in another form of a long word", () => {
    // Spanish: the third paragraph's "Ministerio" is the lead's "Ministros"; it shares no word as
    // written. The three paragraphs under it share next to none with the lead either.
    const story = [
      'El Consejo de Ministros ha aprobado este martes el anteproyecto de ley que reduce la jornada laboral máxima de 40 a 37,5 horas semanales sin merma salarial.',
      'La reforma, que ahora deberá ser tramitada en el Congreso, fue pactada en diciembre con los sindicatos mayoritarios, aunque la patronal se descolgó del acuerdo tras meses de negociación.',
      'Según los cálculos del Ministerio de Trabajo, la medida beneficiará a unos 12 millones de asalariados, sobre todo en sectores como el comercio, la hostelería y la agricultura.',
      'La ministra defendió en rueda de prensa que la reducción "mejorará la productividad y la conciliación" y recordó que la última rebaja se produjo hace más de cuatro décadas.',
      'Las organizaciones empresariales, por su parte, advierten de que la medida elevará los costes de las pequeñas empresas y piden ayudas públicas para compensarlos.',
      'El texto prevé un periodo de adaptación hasta finales de año y refuerza el registro horario para evitar el fraude en las horas extraordinarias.',
    ];
    const a = clean(['El Gobierno aprueba una reforma para reducir la jornada laboral', '', ...story.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(story);
  });

  it('drops teasers under their own short titles after a story of two paragraphs', () => {
    const titled = ['Bakery wins national award', teasers[0], 'Hockey club signs goaltender', teasers[1], 'Vintage motorcycle stolen', teasers[2], 'Sculpture show opens', teasers[3], 'Marathon route changes', fifthTeaser];
    const a = clean(['Floods force hundreds from homes', '', ...article.slice(0, 2).flatMap((p) => [p, '']), ...titled.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(article.slice(0, 2));
  });

  it("drops a teaser whose title shares one word with the story: the title is judged with its lede", () => {
    // "Homes" is the story's word: alone the title shares a fifth of its words with the core, with
    // its lede a twentieth.
    const titled = ['Bakery wins national award', teasers[0], 'Hockey club signs goaltender', teasers[1], 'Collectors open homes for vintage motorcycle tour', teasers[2], 'Sculpture show opens', teasers[3]];
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), ...titled.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(article);
    expect(a.notes.find((n) => n.text === titled[4])?.ruleId).toBe('offtopic/teaser-run');
  });

  it('drops titles over one lede each, unrelated to each other, though each lede shares a word or two with a long lead by chance', () => {
    // "river", "water", "night": words of the flood story's lead, by chance in other stories' ledes.
    const pairs = [
      'Bakery wins national award',
      'A local bakery by the river has won a national award for its sourdough bread, beating more than two hundred entries.',
      'Hockey club signs goaltender',
      'The hockey team signed a new goaltender late at night on a three-year contract worth nine million dollars.',
      'Vintage motorcycle stolen',
      'Police are asking for help finding a stolen vintage motorcycle taken from a garage near the water tower last weekend.',
    ];
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), ...pairs.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(article);
    for (const t of pairs) expect(a.notes.find((n) => n.text === t)?.ruleId).toBe('offtopic/teaser-run');
  });

  it("keeps a story's own sections: subheadings over paragraphs that share the story's subject with each other", () => {
    const sections = [
      'Shelters stay open',
      'The three shelters in school gymnasiums will stay open for residents whose homes are still flooded, the regional government said.',
      'Cleanup begins',
      'Residents whose homes were flooded began the cleanup on Friday, and the regional government promised money for the families.',
      'Warnings remain',
      'Forecasters warned that more rain could flood the valley again next week, and residents were told to keep their homes ready.',
    ];
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), ...sections.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual([...article, ...sections]);
  });

  it("keeps the story's last paragraph under a subheading: a paragraph sharing the story's words is never judged with the line above it", () => {
    const last = 'Officials said the shelters would stay open until the flood water left the valley and the homes were safe again.';
    const titled = ['What happens next', last, 'Bakery wins national award', teasers[0], 'Hockey club signs goaltender', teasers[1], 'Vintage motorcycle stolen', teasers[2], 'Sculpture show opens', teasers[3]];
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), ...titled.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual([...article, 'What happens next', last]);
  });

  it('drops the titles under a recirculation heading, one of which shares a word with the lead ("homes")', () => {
    const titles = [
      'Police seal off city square after warning of a large operation',
      'Museum returns stolen paintings to family homes after eighty years',
      'Hockey club signs goaltender on three-year contract worth millions',
      'Vintage motorcycle stolen from garage in the east end',
    ];
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), 'Most read', '', ...titles.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(article);
    for (const t of titles) expect(a.notes.find((n) => n.text === t)?.ruleId).toBe('offtopic/recirculation-heading');
  });

  it("keeps the article's paragraph after a box of links to other stories, however few words it shares with the lead", () => {
    // A scene described in the middle of the story: few of its words are the lead's.
    const scene = 'Dressed in a yellow raincoat and rubber boots, the mayor waded across the main square at dawn and stopped to talk with shopkeepers who were sweeping mud out of their doorways, promising that the city would pay for the cleaning crews and for new stock. Several of them said they had heard such promises before.';
    const a = clean(['Floods force hundreds from homes', '', ...article.slice(0, 3).flatMap((p) => [p, '']), 'Related', '', 'Hockey club signs goaltender on three-year contract', '', 'Sculpture show opens at the art gallery', '', scene, '', article[3]].join('\n'));
    expect(a.paragraphs).toEqual([...article.slice(0, 3), scene, article[3]]);
    expect(a.notes.find((n) => n.text === 'Related')?.ruleId).toBe('offtopic/recirculation-heading');
  });

  it('drops the titles stacked under a recirculation heading even when they are on the story\'s subject', () => {
    const links = ['River valley floods force hundreds from their homes', 'Shelters open in school gymnasiums as the river rises'];
    const a = clean(['Floods force hundreds from homes', '', ...article.slice(0, 3).flatMap((p) => [p, '']), 'Related', '', ...links.flatMap((p) => [p, '']), article[3]].join('\n'));
    expect(a.paragraphs).toEqual(article);
    for (const l of links) expect(a.notes.find((n) => n.text === l)?.reason).toMatch(/^block \d of the 2 of titles stacked under the recirculation heading/);
  });

  it('drops titles on lines of their own that were read as one wrapped block under the heading', () => {
    // Three lines of a wrapped length with no blank line between: the segmenter joins them.
    const links = ['River valley floods force hundreds of families from their homes', 'Shelters open in school gymnasiums as the river keeps on rising', 'Emergency crews use boats to reach families on upper floors'];
    const a = clean(['Floods force hundreds from homes', '', ...article.slice(0, 3).flatMap((p) => [p, '']), 'Related', '', links.join('\n'), '', article[3]].join('\n'));
    expect(a.paragraphs).toEqual(article);
  });

  it('keeps one short line under a recirculation-like heading: one title is no stack', () => {
    const a = clean(['Floods force hundreds from homes', '', ...article.slice(0, 3).flatMap((p) => [p, '']), 'Related', '', 'Shelters open in school gymnasiums as the river rises', '', article[3]].join('\n'));
    expect(a.paragraphs).toContain('Shelters open in school gymnasiums as the river rises');
  });

  it('keeps a paragraph under a recirculation-like heading that shares a fifth of its words with the lead', () => {
    const more = 'Residents of the valley said the river had never risen so fast, and many asked why the shelters opened only after midnight.';
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), 'Related', '', more].join('\n'));
    expect(a.paragraphs).toContain(more);
  });

  it("keeps a short story's later paragraphs that share words with one another", () => {
    const later = [
      'Insurance companies said they expected thousands of claims from the valley, and several insurers sent extra adjusters to the shelters to meet families.',
      'Adjusters from the insurers began visiting damaged homes on Friday, and the companies promised to pay urgent claims for hotels and food within days.',
      'Families without flood insurance can apply for provincial disaster aid, which covers repairs that private insurers exclude from their policies.',
      'The insurers warned that claims for cars parked in flooded streets would take longer, because many policies treat flood damage to vehicles separately.',
    ];
    const a = clean(['Floods force hundreds from homes', '', ...article.slice(0, 2).flatMap((p) => [p, '']), ...later.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual([...article.slice(0, 2), ...later]);
  });

  it('reads a bare "Read more" as a button, not a recirculation heading: the paragraphs after it stay', () => {
    const a = clean(['Floods force hundreds from homes', '', article[0], '', article[1], '', 'Read more', '', ...article.slice(2).flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(article);
  });

  it('keeps on-topic paragraphs under a heading that looks like recirculation', () => {
    const more = 'More than forty homes in the valley remain without power, and the flood warning stays in place until the river drops below its banks.';
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), 'Related', '', more].join('\n'));
    expect(a.paragraphs).toContain(more);
  });

  it('drops unrelated prose after a wire credit, keeping the credit as the source', () => {
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), '— The Associated Press', '', teasers[0], '', teasers[1]].join('\n'));
    expect(a.paragraphs).toEqual(article);
    expect(a.source?.kind).toBe('wire');
  });

  it('judges a trailer after the credit without the agency named by the lead\'s dateline', () => {
    // The trailer shares one word with the whole first paragraph, the agency's name, and none
    // with what is left of it once its dateline is read.
    const trailer = 'Our Standards: The Thomson Reuters Trust Principles.';
    const body = [
      'The Bank of England kept interest rates at a 16-year high on Thursday but dropped its reference to possible further increases, a step towards cutting borrowing costs later this year.',
      "The BoE's Monetary Policy Committee voted 6-3 to keep Bank Rate at 5.25%, with two members voting for a rise and one for a cut, the first split three ways since 2008.",
      'Governor Andrew Bailey said the central bank needed more evidence that inflation would fall to its 2% target and stay there before it could lower rates.',
      '"We\'re not yet at the point where we can lower interest rates," Bailey told reporters, although he said the economy had moved in the right direction.',
      'Sterling rose after the decision, while investors pared bets on a cut as soon as May.',
    ];
    const lines = [
      'Bank of England holds rates, signals cuts may come later this year | Reuters',
      'Skip to main content',
      'World',
      'Business',
      'Markets',
      'Bank of England holds rates, signals cuts may come later this year',
      'By David Milliken and Andy Bruce',
      'February 1, 2024 1:15 PM GMT+1 Updated 2 hours ago',
      `LONDON, Feb 1 (Reuters) - ${body[0]}`,
      ...body.slice(1),
      '(Reporting by David Milliken and Andy Bruce; Editing by William Schomberg)',
      trailer,
      'Read Next',
      'Oil prices fall as Middle East ceasefire hopes grow',
      'EU leaders agree 50 billion euro Ukraine aid package',
    ];
    const a = clean(lines.join('\n'));
    expect(a.dateline).toMatchObject({ place: 'LONDON', date: '2024-02-01' });
    expect(a.paragraphs).toEqual(body);
    expect(a.notes.find((n) => n.text === trailer)?.ruleId).toBe('offtopic/after-end-marker');
  });

  it('drops one-line links to other stories set between the paragraphs, in several languages', () => {
    const links = ['RELATED: Storm season expected to be the wettest in a decade', 'Read more: How towns along the river prepare for floods', 'Lire aussi : Les crues de la Seine en images', 'Te puede interesar: Las inundaciones más graves del siglo', 'Baca juga: Banjir Rendam Ratusan Rumah Warga'];
    const lines = ['Floods force hundreds from homes', '', article[0], '', links[0], '', article[1], '', links[1], '', article[2], '', links[2], '', links[3], '', links[4], '', article[3]];
    const a = clean(lines.join('\n'));
    expect(a.paragraphs).toEqual(article);
    for (const l of links) expect(a.notes.find((n) => n.text === l)?.ruleId).toBe('offtopic/inline-teaser');
  });

  it('keeps paragraphs that open with the same words as prose', () => {
    const prose = [
      'More than forty homes in the valley remain without power, and the flood warning stays in place until the river drops below its banks.',
      'Read the full report: officials say the levees held, but three of them need repairs before the spring thaw brings the next high water.',
      'Watch for updates: the regional government said it will publish new river readings every hour until the warning is lifted.',
    ];
    const a = clean(['Floods force hundreds from homes', '', article[0], '', prose[0], '', article[1], '', prose[1], '', article[2], '', prose[2], '', article[3]].join('\n'));
    for (const p of prose) expect(a.paragraphs).toContain(p);
  });

  it('keeps a tail that drifts from the lead\'s words when a wire credit closes it', () => {
    const lead = [
      'Stocks on Wall Street were little changed on Tuesday as investors weighed fresh comments from central bankers about the path of interest rates this year.',
      'The benchmark index ended flat after trading in a narrow range for most of the session, while shares of technology companies edged slightly higher.',
      'Traders said the market was waiting for inflation figures due later this week, which could decide whether borrowing costs fall before the summer.',
    ];
    const tail = [
      'Spot gold added 0.1% to $1,472.19 an ounce, while silver slipped after two days of gains in quiet Asian dealings.',
      'Copper rose 0.86% to $5,880.00 a tonne on the London Metal Exchange as warehouse inventories in Shanghai dropped again.',
      'The Japanese yen strengthened 0.13% versus the greenback, and sterling was last quoted at $1.2925, down 0.21% overall.',
      'Brent crude futures slid 2.1% to $61.60 a barrel after sources said producers were unlikely to agree deeper output cuts.',
    ];
    const lines = ['Stocks flat as investors weigh rate outlook', '', ...lead.flatMap((p) => [p, '']), ...tail.flatMap((p) => [p, '']), '(Reporting by Jane Doe; Editing by John Roe)'];
    const a = clean(lines.join('\n'));
    expect(a.paragraphs).toEqual([...lead, ...tail]);
    expect(a.source).toEqual({ name: 'Reuters', kind: 'wire' });
  });

  it('drops a comment section found by its commenters\' signatures', () => {
    const comments = ['riverfan says:', 'November 19, 2019 at 6:34 am', 'This flood was worse than anyone expected, and the shelters were already full by midnight when we arrived with our neighbours and their children, so the volunteers had to open the old church hall for the rest of us.', 'oldtimer says:', 'November 19, 2019 at 7:02 am', 'We saw the same thing in 1974, and nobody in the regional government learned anything from it, because the money for the new levees was spent on other projects that nobody remembers now, sadly.'];
    const a = clean(['Floods force hundreds from homes', '', ...article.flatMap((p) => [p, '']), ...comments.flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual(article);
    expect(a.notes.find((n) => n.text === comments[2])?.ruleId).toBe('offtopic/comments');
  });
});

describe("the story's own closing paragraphs, far from the lead's words", () => {
  it('are kept when they share their subject with each other: other stories\' ledes do not', () => {
    const lead = [
      'A utility began cutting electricity to about 150,000 homes and businesses across the northern valleys on Tuesday because strong winds raised the danger of wildfires.',
      'The shutoff, the third this month, could last until Thursday while crews inspect lines for damage, the utility said in a statement.',
      'Schools in several counties closed for the day, and shelters with generators opened for residents who rely on medical equipment.',
    ];
    const tail = [
      'Consumer advocates urged the state commission to require backup batteries at cell towers and to make telephone carriers publish where their networks failed during outages.',
      'The commission said in a letter to telephone carriers in October that their preparation for the outages had been unacceptable and that their networks must stay up.',
      'Regulators are frustrated with both the telephone carriers and the power company, saying neither warned customers early enough that their networks could fail during outages.',
      'Businesses have complained that the telephone networks failed within hours of the outages, leaving shops unable to take card payments or call for help.',
    ];
    const a = clean(['Utility cuts power to thousands as wildfire danger rises', '', ...[...lead, ...tail].flatMap((p) => [p, ''])].join('\n'));
    expect(a.paragraphs).toEqual([...lead, ...tail]);
  });
});
