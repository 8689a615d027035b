/**
 * The page address, parsed once per page: the date finder (a date in the path) and the publisher
 * matcher (the host name) both read it, and parsing a URL costs more than either reading.
 * Callers only read the parsed object; it is never handed out of src/fields.
 */
export interface PageAddress {
  /** The host name, lower-cased. */
  hostname: string;
  /** The path, "/" at least. */
  pathname: string;
}

let lastHref: string | null = null;
let lastParsed: PageAddress | null = null;

/** The parsed address, or null when `url` is not a valid absolute URL. */
export function parsePageUrl(url: string): PageAddress | null {
  if (url !== lastHref) {
    lastHref = url;
    try {
      lastParsed = new URL(url);
    } catch {
      lastParsed = null;
    }
  }
  return lastParsed;
}
