/**
 * Facts derived from a register: which GDPR articles apply (13, 14, 21(4) …) and which rights
 * follow from its legal bases. The rules, the notice and the site all read these, never re-derive them.
 */
import type { LegalBasis, Purpose, Register, RightId } from '../types.js';
import { chooseAuthority, type AuthorityChoice } from './authority.js';

export interface DerivedRight {
  right: RightId;
  /** Indexes of the purposes the right applies to; empty when it applies to the whole register. */
  purposes: number[];
}

export interface Facts {
  bases: Set<LegalBasis>;
  /** Some data come from the data subject (including observation): Art. 13 applies. */
  art13: boolean;
  /** Some data come from elsewhere: Art. 14 applies. */
  art14: boolean;
  directMarketing: boolean;
  transfers: boolean;
  automatedDecisions: boolean;
  dpo: boolean;
  consent: boolean;
  rights: DerivedRight[];
  /** The supervisory authority the notice names. */
  authority: AuthorityChoice;
}

export const RIGHT_ORDER: readonly RightId[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'object',
  'withdraw_consent',
  'complaint',
];

function purposesWith(purposes: readonly Purpose[], test: (p: Purpose) => boolean): number[] {
  const out: number[] = [];
  purposes.forEach((p, i) => {
    if (test(p)) out.push(i);
  });
  return out;
}

/**
 * The rights matrix (GDPR Art. 15–21, 7(3), 77 by Art. 6(1) basis):
 * access, rectification, restriction and complaint always; erasure except where every basis is a
 * legal obligation or a public task (17(3)(b)); portability under consent or contract when the
 * processing is automated (20(1)); objection under public task or legitimate interests (21(1)) and
 * always against direct marketing (21(2)); withdrawal under consent (7(3)). Bases listed for the
 * register as a whole (`legal_bases`, not paired with purposes) give their rights to the whole register.
 */
export function deriveRights(register: Register): DerivedRight[] {
  const purposes = register.purposes ?? [];
  const rights: DerivedRight[] = [];
  const all = (right: RightId): void => {
    rights.push({ right, purposes: [] });
  };
  const listed = new Set(Array.isArray(register.legal_bases) ? register.legal_bases : []);
  const some = (right: RightId, idx: number[], wholeRegister = false): void => {
    if (idx.length) rights.push({ right, purposes: idx });
    else if (wholeRegister) all(right);
  };
  all('access');
  all('rectification');
  const erasable = purposesWith(purposes, (p) => p.legal_basis !== 'legal_obligation' && p.legal_basis !== 'public_task');
  some('erasure', purposes.length === 0 ? [] : erasable);
  if (purposes.length === 0) all('erasure');
  all('restriction');
  some(
    'portability',
    purposesWith(purposes, (p) => (p.legal_basis === 'consent' || p.legal_basis === 'contract') && p.automated !== false),
    listed.has('consent') || listed.has('contract'),
  );
  some(
    'object',
    purposesWith(purposes, (p) => p.legal_basis === 'public_task' || p.legal_basis === 'legitimate_interests' || p.direct_marketing === true),
    listed.has('public_task') || listed.has('legitimate_interests'),
  );
  const consentPurposes = purposesWith(purposes, (p) => p.legal_basis === 'consent');
  const explicitConsent =
    (register.special_categories ?? []).some((s) => s.condition === 'a') || register.personal_identity_code?.ground === 'consent';
  if (consentPurposes.length) some('withdraw_consent', consentPurposes);
  else if (explicitConsent || listed.has('consent')) all('withdraw_consent');
  all('complaint');
  return rights;
}

export function deriveFacts(register: Register): Facts {
  const purposes = register.purposes ?? [];
  const bases = new Set<LegalBasis>();
  for (const p of purposes) if (p.legal_basis) bases.add(p.legal_basis);
  if (Array.isArray(register.legal_bases)) for (const b of register.legal_bases) bases.add(b);
  const sources = register.sources ?? [];
  const art13 = sources.length === 0 || sources.some((s) => s.type === 'data_subject' || s.type === 'observation');
  const art14 = sources.some((s) => s.type !== 'data_subject' && s.type !== 'observation');
  const rights = deriveRights(register);
  return {
    bases,
    art13,
    art14,
    directMarketing: purposes.some((p) => p.direct_marketing === true),
    transfers: Array.isArray(register.transfers) && register.transfers.length > 0,
    automatedDecisions: typeof register.automated_decisions === 'object',
    dpo: register.dpo !== undefined,
    consent: rights.some((r) => r.right === 'withdraw_consent'),
    rights,
    authority: chooseAuthority(register),
  };
}

export function hasRight(facts: Facts, right: RightId): boolean {
  return facts.rights.some((r) => r.right === right);
}
