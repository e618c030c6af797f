/**
 * Consent named beside another basis for one purpose: "Legal basis: legitimate interest and your
 * consent", "Kontakt med deltagarna – Intresseavvägning och ibland samtycke". The reader cannot tell
 * which basis the processing rests on, nor whether it stops when consent is withdrawn (Art. 13(1)(c),
 * 7(3)): processing said to rest on consent must stop with it, and may not go on under another basis.
 */
import type { LegalBasis } from '../types.js';
import { statedBases } from '../import/recognise/bases.js';
import { basisParts, jointParts } from '../import/recognise/basis-parts.js';
import { isPurposeSentence } from '../import/recognise/purpose-prose.js';
import { cellBases, EXAMPLES, rowBases } from './bases-said.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';

/** A basis given under its label: "Oikeusperuste: …", "Legal basis: …", "Rättslig grund: …". */
const LABEL = /^(?:käsittelyn\s+)?(?:oikeusperuste|lawful basis|legal basis|rättslig grund|laglig grund)\s*:/iu;

/**
 * The bases the passage states for the one purpose it pairs them with: in its row, after the purpose
 * said before it in the same item ("Responding to requests. Legal basis: …"), under its label in a
 * section on one use ("Analytiikka … Oikeusperuste: …"), not in a section on the bases of all, or in a
 * sentence that says its own purpose with two bases.
 */
function onePurposeBases(passages: readonly Passage[], i: number): readonly LegalBasis[] | undefined {
  const p = passages[i]!;
  const row = rowBases(p.text) ?? cellBases(p.text);
  if (row) return row;
  const before = passages[i - 1];
  const sameItem = before !== undefined && !before.heading && before.line === p.line && before.sectionLine === p.sectionLine;
  const labelled = LABEL.test(p.text) && !p.kinds.includes('legal_basis');
  const bases = statedBases(p.text).bases;
  // A sentence that says its own purpose with two bases ("kerätään … suostumuksella, tai … sopimuksen täytäntöön panemiseksi").
  const ownPurpose = bases.length === 2 && isPurposeSentence(p.text);
  return (sameItem && !statedBases(before.text).bases.length) || labelled || ownPurpose ? bases : undefined;
}

/** A scope said after a basis's name: "samtycke för utskicket", "consent for the newsletter", "suostumus markkinoinnin osalta". */
const SCOPE = /(?<!\p{L})(?:för|for|varten|osalta|kun|när|when|where|if|jos|om)(?!\p{L})/iu;

/** Each basis of the sentence with a scope of its own: the bases share out the processing, not one purpose. */
function eachScoped(text: string): boolean {
  const parts = jointParts(text);
  return basisParts(text) !== undefined || (parts.length > 1 && parts.every((part) => SCOPE.test(part)));
}

/** Consent beside a basis that goes on without it, for one purpose, not each basis with a part of its own. */
function consentBesideOther(passages: readonly Passage[], i: number): boolean {
  const p = passages[i]!;
  if (p.heading || p.kinds.includes('rights') || EXAMPLES.test(p.text) || eachScoped(p.text)) return false;
  const bases = onePurposeBases(passages, i);
  return bases !== undefined && bases.includes('consent') && bases.some((b) => b !== 'consent');
}

export function consentBesideFindings(passages: readonly Passage[]): AuditFinding[] {
  return passages.flatMap((p, i) =>
    consentBesideOther(passages, i) ? [{ ruleId: 'legal-basis', messageId: 'consentBeside', params: {}, line: p.line, severity: 'warning' as const }] : [],
  );
}
