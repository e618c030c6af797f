/**
 * `seloste audit --fix-plan`: the register draft `seloste import` makes of the notice, with every
 * finding of the audit as a TODO at the top, where `seloste check` reports each until it is done.
 */
import type { AuditedRegister } from './audit.js';

/** A message as one comment line: no line breaks, nothing that ends the comment. */
function commentLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function fixPlan(audited: AuditedRegister): string {
  const lines = audited.draft.yaml.split('\n');
  // The draft's own header: its schema line and the comment that says what it is.
  let at = 0;
  while (at < lines.length && lines[at]!.startsWith('#')) at++;
  const todos = audited.diagnostics.map((d) => `# TODO: ${commentLine(d.message)} [${d.ruleId}] (line ${d.line} of the notice)`);
  if (!todos.length) return audited.draft.yaml;
  return [...lines.slice(0, at), '#', '# What `seloste audit` found in the notice as published: fix each in the register below.', ...todos, ...lines.slice(at)].join('\n');
}
