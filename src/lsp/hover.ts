/** Hover on a finding: the doc of its rule, from the rule's page. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Diagnostic } from '../diagnostic.js';
import { rangeOf } from './diagnostics.js';
import { contains } from './ranges.js';
import { ruleDoc } from './rule-docs.js';

/** The docs of the findings at a position, each rule once; undefined where there is none. */
export function hoverAt(diagnostics: readonly Diagnostic[], position: Position): Hover | undefined {
  const here = diagnostics.filter((d) => contains(rangeOf(d), position));
  const docs = [...new Map(here.map((d) => [d.ruleId, d])).values()].flatMap((d) => ruleDoc(d.ruleId, d.url) ?? []);
  if (!docs.length) return undefined;
  return { contents: { kind: MarkupKind.Markdown, value: docs.join('\n\n---\n\n') }, range: rangeOf(here[0]!) };
}
