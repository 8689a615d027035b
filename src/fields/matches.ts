/**
 * Every match of a global regex, by an exec loop. `String.prototype.matchAll` copies the regex on
 * each call (a new RegExp per line read), which costs more than the match itself on the many
 * short lines the date reader sees.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++; // an empty match must not stall the loop
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Every match of a sticky regex, in order, as a global search for it finds them, trying only the
 * positions where `starts` (a global regex, one code unit a match) matches: these must include
 * every position a match can start at. A global regex is compiled for an unanchored search, which
 * for some patterns costs far more than using them (a day-month-year date pattern took ~200 ms of
 * CPU to compile for text beyond Latin-1); anchored at a position, the same pattern compiles in
 * a few ms.
 */
export function matchesAt(sticky: RegExp, starts: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  starts.lastIndex = 0;
  for (let s = starts.exec(text); s; s = starts.exec(text)) {
    sticky.lastIndex = s.index;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    // The next match starts after this one (past it when it is empty), as in a global search.
    starts.lastIndex = Math.max(sticky.lastIndex, s.index + 1);
  }
  starts.lastIndex = 0;
  sticky.lastIndex = 0;
  return out;
}
