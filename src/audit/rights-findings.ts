/**
 * The rights a notice leaves out or says do not apply, against the rights its legal bases give
 * (the same matrix Seloste renders from, `deriveRights`). Rights that depend on a basis the notice
 * does not state are not asked for: the missing basis is reported instead.
 */
import { deriveRights } from '../resolve/facts.js';
import type { Register } from '../types.js';
import { namesAuthority } from './authority-names.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';
import { rightsStated } from './rights-stated.js';
import type { StatedRight } from './rights-words.js';

/**
 * The rights the register's bases and purposes give, direct marketing's own objection included.
 * Erasure is not asked for when the notice states no basis at all: it does not apply under a legal
 * obligation or a public task, and which one the notice rests on is not known.
 */
export function rightsThatApply(register: Register): StatedRight[] {
  const basisKnown = (register.purposes ?? []).some((p) => p.legal_basis !== undefined) || (register.legal_bases ?? []).length > 0;
  const rights: StatedRight[] = deriveRights(register)
    .map((r) => r.right)
    .filter((r) => basisKnown || r !== 'erasure');
  if ((register.purposes ?? []).some((p) => p.direct_marketing === true)) rights.push('object_direct_marketing');
  return rights;
}

/** What the notice leaves out or limits of the rights; `start` is where the register's notice starts. */
export function rightsFindings(register: Register, passages: readonly Passage[], start: number): AuditFinding[] {
  const { stated, denied, rightsLine } = rightsStated(passages);
  const applies = rightsThatApply(register);
  const out: AuditFinding[] = [];
  const where = rightsLine ?? start;
  for (const right of applies) {
    if (stated.has(right) || denied.some((d) => d.right === right)) continue;
    out.push({ ruleId: 'right-missing', messageId: 'missing', params: { right }, line: where, severity: 'error' });
  }
  const complaint = stated.get('complaint');
  if (complaint && !passages.some((p) => namesAuthority(p.text))) {
    out.push({ ruleId: 'complaint-authority', messageId: 'notNamed', params: {}, line: complaint.line, severity: 'warning' });
  }
  for (const { right, passage } of denied) {
    if (applies.includes(right)) out.push({ ruleId: 'right-limited', messageId: 'denied', params: { right }, line: passage.line, severity: 'error' });
  }
  return out;
}
