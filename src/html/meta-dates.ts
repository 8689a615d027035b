/**
 * Publication dates as metadata writes them, reduced to the calendar day `YYYY-MM-DD` the page
 * states. The day is read literally (an ISO timestamp's own date part), never shifted to another
 * time zone, so the result does not depend on where the code runs.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Years accepted as a publication date. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function iso(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ISO_DAY = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const SLASHED = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

/** A metadata date value (`2019-03-15T10:00:00Z`, `20190315`, `Fri, 15 Mar 2019 …`, `March 15, 2019`) → day. */
export function metaDay(value: string): string | null {
  const v = value.slice(0, 200);
  let m = ISO_DAY.exec(v) ?? SLASHED.exec(v) ?? COMPACT.exec(v);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(v);
  if (m) {
    const month = MONTHS[m[2].slice(0, 4).toLowerCase()] ?? MONTHS[m[2].slice(0, 3).toLowerCase()];
    if (month) return iso(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(v);
  if (m) {
    const month = MONTHS[m[1].slice(0, 4).toLowerCase()] ?? MONTHS[m[1].slice(0, 3).toLowerCase()];
    if (month) return iso(Number(m[3]), month, Number(m[2]));
  }
  return null;
}

const URL_DAY = [
  /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|[-_.])/,
  /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$|[-_.])/,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:\/|$|[-_.])/,
];

/** A day written in a URL's path (`/2019/03/15/`, `/20190315/`, `-2019-03-15-`). */
export function urlDay(url: string | null): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not an absolute URL: read the string as a path
  }
  for (const re of URL_DAY) {
    const m = re.exec(path);
    if (m) {
      const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      if (d) return d;
    }
  }
  return null;
}
