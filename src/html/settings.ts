/**
 * The HTML stage's vocabularies and thresholds, as data, in one place. Each vocabulary is one
 * concept; each entry notes its known false positive where it has one.
 */

/** Elements that start and end a block of text. Inline elements (a, span, b, em…) do not. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'legend', 'noembed',
]);

/** Elements whose content is never article text: code, media, form controls, head-only elements. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'picture', 'select', 'option', 'textarea', 'input', 'button', 'head', 'title', 'meta',
  'link', 'base', 'map',
  // known false positive: a <button> labelled with a sentence of the article (accordions); rare in news.
]);

/** Landmark elements reported in `containerHints` under their own name. */
export const LANDMARK_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'form', 'article', 'main']);

/** ARIA roles that mean the same as a landmark element. */
export const LANDMARK_ROLES: Readonly<Record<string, string>> = {
  navigation: 'nav',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
  search: 'form',
  article: 'article',
  main: 'main',
};

/**
 * Class/id hints, by concept. A class or id is split into words at `-`, `_`, camelCase and digits;
 * a hint fires when one of those words (or the whole token) is in the concept's list.
 */
export const CLASS_HINTS: Readonly<Record<string, readonly string[]>> = {
  // false positive: "related" on a wrapper of the whole article on some CMSes (rare).
  related: ['related', 'recirc', 'recirculation', 'recommended', 'recommendations', 'readmore', 'trending',
    'popular', 'mostread', 'outbrain', 'taboola', 'teaser', 'teasers', 'more', 'promo', 'spotlight'],
  share: ['share', 'sharing', 'social', 'sharebar', 'sociable', 'addthis', 'sharethis'],
  newsletter: ['newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'registration', 'login'],
  comment: ['comment', 'comments', 'disqus', 'respond', 'reply', 'replies'],
  // false positive: "ad" inside a compound word is not split ("shadow", "header" stay whole words).
  ad: ['ad', 'ads', 'advert', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'dfp', 'gpt', 'banner', 'commercial'],
  nav: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'skip', 'pagination', 'pager'],
  footer: ['footer', 'copyright', 'colophon'],
  sidebar: ['sidebar', 'rail', 'widget', 'aside'],
  // false positive: a "caption" class on a pull quote that repeats body text.
  caption: ['caption', 'credit', 'credits', 'figcaption', 'photo', 'image', 'img', 'gallery'],
  byline: ['byline', 'author', 'authors', 'contributor', 'writer'],
  // false positive: "date" on a dateline paragraph that is part of the body's first sentence.
  dateinfo: ['date', 'time', 'timestamp', 'published', 'updated', 'dateline', 'pubdate'],
  tags: ['tags', 'tag', 'topics', 'keywords', 'categories'],
  consent: ['cookie', 'cookies', 'consent', 'gdpr', 'privacy'],
  body: ['articlebody', 'storybody', 'postbody', 'entrycontent', 'articlecontent', 'storycontent', 'postcontent', 'articletext', 'storytext'],
};

/** Hidden by markup: elements skipped with their whole subtree. */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export const HTML_LIMITS = {
  /** JSON-LD scripts longer than this (characters) are not parsed. */
  maxJsonLdLength: 1_000_000,
  /** Nodes visited per JSON-LD document before giving up. */
  maxJsonLdNodes: 5_000,
  /** Elements walked when turning the DOM into blocks; the rest is not read. */
  maxElements: 200_000,
} as const;
