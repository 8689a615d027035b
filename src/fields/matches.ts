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
