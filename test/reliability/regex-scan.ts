/**
 * Finds every regular expression in src/: regex literals, and `new RegExp(...)` / `RegExp(...)`
 * calls. Calls whose pattern is a string literal are read statically; the others are "dynamic"
 * sites, whose patterns the ReDoS test captures at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface RegexSite {
  file: string;
  line: number;
  source: string;
  flags: string;
}

export interface DynamicSite {
  file: string;
  line: number;
  code: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const isStringy = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);

export function scanRegexes(root: string): { literals: RegexSite[]; dynamic: DynamicSite[] } {
  const literals: RegexSite[] = [];
  const dynamic: DynamicSite[] = [];
  for (const path of tsFiles(join(root, 'src'))) {
    const text = readFileSync(path, 'utf8');
    const file = relative(root, path);
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const raw = node.getText(sf);
        const end = raw.lastIndexOf('/');
        literals.push({ file, line: lineOf(node), source: raw.slice(1, end), flags: raw.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && isStringy(pattern) && (!flags || isStringy(flags))) {
          literals.push({ file, line: lineOf(node), source: pattern.text, flags: flags && isStringy(flags) ? flags.text : '' });
        } else {
          dynamic.push({ file, line: lineOf(node), code: node.getText(sf).slice(0, 160) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}
