/**
 * Byline vocabulary: the words that introduce names and the job titles that follow them.
 * Known false positives: "By" opens ordinary sentences ("By the end of the year"), so the names after
 * it must be capitalised name tokens and fill the line; a role word alone ("Editor") never makes a
 * byline without a name before it.
 */

/** Openers before the names. Case-insensitive. */
export const BYLINE_OPENERS = [
  'by', 'posted by', 'written by', 'words by', 'story by', 'reporting by', 'opinion by', 'analysis by', 'commentary by',
  'von', 'par', 'por', 'di', 'door', 'de',
  // "By" and "Writer" in Indonesian and Malay.
  'oleh', 'penulis',
  // "Author" in Russian, Polish, Czech, German; "Text:" (with its colon: "Текст" also opens prose) in Russian.
  'автор', 'autor', 'текст:',
  // "Written by" and "Author" in Turkish; "By" in Danish, Norwegian and Swedish; "Text:" (with its
  // colon: the bare words open prose) in Portuguese, Spanish, Dutch, the Nordic languages and German.
  'yazan', 'yazar', 'af', 'av', 'texto:', 'tekst:', 'text:',
];

/** Role words after a name ("Jane Doe, Staff Reporter"; "Tom Krisher, AP Auto Writer"). */
export const BYLINE_ROLES = [
  'reporter', 'writer', 'correspondent', 'editor', 'columnist', 'contributor', 'staff', 'journalist',
  'producer', 'critic', 'analyst', 'bureau chief', 'photographer', 'freelance', 'senior', 'chief',
  'news service', 'special to', 'redakteur', 'redakteurin', 'korrespondent', 'rédacteur', 'rédactrice',
  'periodista', 'redactor', 'repórter', 'jornalista', 'giornalista', 'redacteur', 'verslaggever',
];

/** Lower-case words allowed inside a name ("Ludwig van Beethoven", "Gabriel García de la Cruz"). */
export const NAME_PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'y',
]);

/** Words joining several names. */
export const NAME_JOINERS = ['and', '&', 'with', 'und', 'et', 'y', 'e', 'en', 'og', 'och', 've', 'i'];

/** Capitalised words that are not names, so "By Monday" or "By The Numbers" is not a byline. */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'o', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'my', 'your', 'its',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'far', 'then', 'now', 'using', 'taking', 'making', 'law', 'default', 'design',
  'email', 'phone', 'admin', 'numbers', 'all', 'some', 'most', 'many', 'way', 'comparison', 'contrast',
  'continuing', 'clicking', 'signing', 'subscribing', 'registering', 'category', 'tag', 'topic',
  // Kickers and labels that stand where a byline would ("Breaking News", "Live Updates").
  'breaking', 'news', 'live', 'updates', 'exclusive', 'analysis', 'opinion', 'video', 'photos', 'sponsored',
  'latest', 'home', 'world', 'politics', 'sport', 'sports', 'watch', 'listen', 'share', 'follow', 'enlarge', 'image',
  'order', 'reprints', 'print', 'save', 'bookmark', 'more', 'read', 'subscribe', 'comments',
  // "By Jane Doe For Dailymail.com": the outlet the writer filed for follows.
  'for',
]);

/** Words that make a segment after a comma an outlet, not another name ("By Jill Disis, CNN Business").
 * Known false positive: a person named "Jane Post" or "Tom Press" would be read as an outlet. */
export const OUTLET_WORDS = [
  'news', 'business', 'media', 'times', 'post', 'press', 'magazine', 'journal', 'herald', 'tribune', 'tv',
  'radio', 'online', 'daily', 'weekly', 'gazette', 'digital', 'network', 'wire', 'agency', 'group',
  'politics', 'sports', 'staff', 'newsroom', 'desk', 'bureau', 'insider', 'reporter', 'review', 'today',
];
