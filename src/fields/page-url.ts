/**
 * The page address, parsed once per page: the date finder (a date in the path) and the publisher
 * matcher (the host name) both read it. Most addresses are plain ("https://www.site.com/2019/11/
 * 19/story-name?x=1"): their host name and path are read off the text, which is what the URL
 * parser would give for them. Any other address goes to the parser.
 * Callers only read the parsed object; it is never handed out of src/fields.
 */
export interface PageAddress {
  /** The host name, lower-cased. */
  hostname: string;
  /** The path, "/" at least. */
  pathname: string;
}

/**
 * An address the URL parser hands back as written (but for the host's case): http or https, a host
 * of letters, digits, hyphens and dots whose last label opens with a letter (no IP address, no
 * port, no user), no punycode label (the parser checks those), and a path of characters it neither
 * escapes nor resolves (no "%", no backslash, no segment opening with a dot), up to "?", "#" or
 * the end. Spaces, tabs or line breaks anywhere before that end make it not plain.
 */
const PLAIN = /^https?:\/\/((?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*)((?:\/(?:[A-Za-z0-9_~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@-]*)?)*)(?=[?#]|$)/i;
const PUNYCODE = /(?:^|\.)xn--/i;

/** The host name and path of a plain address, or null when the parser must decide. */
export function plainAddress(url: string): PageAddress | null {
  const m = PLAIN.exec(url);
  if (!m || PUNYCODE.test(m[1]!)) return null;
  // The parser drops tabs and line breaks anywhere, and spaces and controls at the ends.
  if (/[\t\n\r]/.test(url) || url.charCodeAt(url.length - 1) <= 32) return null;
  return { hostname: m[1]!.toLowerCase(), pathname: m[2] || '/' };
}

let lastHref: string | null = null;
let lastParsed: PageAddress | null = null;

/** The parsed address, or null when `url` is not a valid absolute URL. */
export function parsePageUrl(url: string): PageAddress | null {
  if (url !== lastHref) {
    lastHref = url;
    lastParsed = plainAddress(url) ?? parsed(url);
  }
  return lastParsed;
}

function parsed(url: string): PageAddress | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
