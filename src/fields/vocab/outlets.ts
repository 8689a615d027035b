/**
 * Broadcasters and outlets that put their own name in a dateline's parentheses the way a wire
 * agency does ("Washington (CNN) —", "LOS ANGELES (CBS News) –"). Such a dateline credits the
 * outlet as the publisher. Known false positive: a paragraph opening "Atlanta (CNN) — …" in a
 * story that quotes CNN's report.
 */
export const DATELINE_OUTLETS = ['CNN', 'CNN Business', 'CNN Español', 'CNBC', 'NBC', 'NBC News', 'ABC', 'ABC News', 'CBS', 'CBS News', 'BBC', 'BBC News', 'NPR', 'Fox News', 'Sky News', 'Al Jazeera', 'Euronews'];

/** The outlets as an alternation, longest first. */
export const DATELINE_OUTLET_PATTERN = [...DATELINE_OUTLETS].sort((a, b) => b.length - a.length).join('|');
