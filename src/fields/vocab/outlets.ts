/**
 * Broadcasters and outlets that put their own name in a dateline's parentheses the way a wire
 * agency does ("Washington (CNN) —", "LOS ANGELES (CBS News) –"). Such a dateline credits the
 * outlet as the publisher. Known false positive: a paragraph opening "Atlanta (CNN) — …" in a
 * story that quotes CNN's report.
 */
export const DATELINE_OUTLETS = ['CNN', 'CNN Business', 'CNN Español', 'CNBC', 'NBC', 'NBC News', 'ABC', 'ABC News', 'CBS', 'CBS News', 'BBC', 'BBC News', 'NPR', 'Fox News', 'Sky News', 'Al Jazeera', 'Euronews'];

/** The outlets as an alternation, longest first. */
export const DATELINE_OUTLET_PATTERN = [...DATELINE_OUTLETS].sort((a, b) => b.length - a.length).join('|');

/**
 * Section names that a page title may end with instead of its site ("Headline - Opinion"): never a
 * source. Lower case, matched against the whole last part of the title.
 * Known false positive: a site named only by one of these words.
 */
export const SECTION_NAMES: ReadonlySet<string> = new Set([
  'news', 'latest news', 'breaking news', 'top stories', 'opinion', 'opinions', 'comment', 'editorial', 'analysis',
  'politics', 'world', 'world news', 'national', 'international', 'local', 'local news', 'us', 'u.s.', 'uk',
  'business', 'economy', 'markets', 'money', 'finance', 'tech', 'technology', 'science', 'health', 'education',
  'sport', 'sports', 'football', 'soccer', 'culture', 'arts', 'entertainment', 'lifestyle', 'life', 'travel',
  'food', 'style', 'weather', 'video', 'videos', 'photos', 'gallery', 'live', 'blog', 'blogs', 'podcast', 'home',
  'nachrichten', 'politik', 'wirtschaft', 'actualités', 'noticias', 'notícias', 'política', 'politique', 'economía',
]);
