/**
 * The draft register against the facts a reader wrote down before the import was run.
 * Each expected fact becomes one result: `right`, `wrong` (the draft says something else) or
 * `missed` (the draft does not say it).
 */
import * as norm from './normalise.js';
import { phrasePeriod } from './period.js';

/** One result row. */
const fact = (group, field, status, expected, found) => ({ group, field, status, expected, found: found ?? null });

/** A scalar compared with `same` over its alternatives; `found` lists what the draft has there. */
function scalar(group, field, expected, found, same) {
  const values = found.filter((v) => !norm.isPlaceholder(v));
  if (values.length === 0) return fact(group, field, 'missed', expected);
  const ok = values.some((v) => norm.alternatives(expected).some((e) => (field.endsWith('.name') ? NAME(e, v) : same(e) === same(v))));
  return fact(group, field, ok ? 'right' : 'wrong', expected, values.join(' | '));
}

/** A name is found when the draft's holds it whole, e.g. with a title before it. */
const NAME = (e, v) => ` ${norm.text(v)} `.includes(` ${norm.text(e)} `);

const SAME = { email: norm.email, phone: norm.phone, business_id: norm.businessId, website: norm.website };
const sameFor = (key) => SAME[key] ?? norm.text;
const ADDRESS_KEYS = ['street', 'po_box', 'postal_code', 'city'];

/** Where a key of a controller or contact sits in the draft: the address keys in either address. */
function draftValues(party, key) {
  if (!party) return [];
  if (ADDRESS_KEYS.includes(key)) return [party.address?.[key], party.postal_address?.[key]];
  // A company number of another country (a Swedish organisation number) stands in `registration`.
  if (key === 'business_id') return [party.business_id, party.registration?.number];
  return [party[key]];
}

/** The keys a party's facts may have: any other could never be matched. */
export const PARTY_KEYS = ['name', 'business_id', ...ADDRESS_KEYS, 'email', 'phone', 'website'];

/** A spec's party facts under a key the bench does not compare, said so that none goes unmatched for a misnamed key. */
export function unknownPartyKeys(file, expected) {
  return ['controller', 'contact_person', 'dpo'].flatMap((who) => {
    const facts = expected?.[who];
    if (!facts || typeof facts !== 'object') return [];
    return Object.keys(facts).filter((k) => !PARTY_KEYS.includes(k)).map((k) => `${file}: ${who}.${k} is none of ${PARTY_KEYS.join(', ')}`);
  });
}

/** Controller, contact person or DPO, key by key. */
export function party(group, prefix, expected, found) {
  return Object.entries(expected).map(([key, value]) =>
    scalar(group, `${prefix}.${key}`, value, draftValues(found, key), sameFor(key)));
}

/** `dpo: none`: right when the draft names no DPO. */
export function dpo(expected, found) {
  if (expected !== 'none') return party('DPO', 'dpo', expected, found);
  return [fact('DPO', 'dpo', found ? 'wrong' : 'right', 'none', found ? norm.allText(found) : null)];
}

const contains = (haystack, phrase) => norm.text(haystack).includes(norm.text(phrase));

/** What a purpose says it is for: its description, and the legitimate interest it pursues (Art. 13(1)(d)) when it names one. */
const aims = (p) => `${norm.allText(p.description)} ${p.legitimate_interest ? norm.allText(p.legitimate_interest) : ''}`;

/** A purpose is right when a draft purpose holds its key phrase and has the basis stated for it. */
export function purposes(expected, draft) {
  const list = Array.isArray(draft.purposes) ? draft.purposes : [];
  return expected.map(({ phrase, legal_basis: basis }) => {
    const matches = list.filter((p) => contains(aims(p), phrase));
    const shown = `${phrase} → ${basis === null ? 'no basis' : norm.alternatives(basis).join(' or ')}`;
    if (matches.length === 0) return fact('purposes+bases', 'purpose', 'missed', shown);
    const fits = (p) => (basis === null ? p.legal_basis == null : norm.alternatives(basis).includes(p.legal_basis));
    const found = matches.map((p) => p.legal_basis ?? 'no basis').join(' | ');
    return fact('purposes+bases', 'purpose', matches.some(fits) ? 'right' : 'wrong', shown, found);
  });
}

/** A basis stated for the register as a whole: right in `legal_bases`, wrong when pinned on a purpose. */
export function registerBases(expected, draft) {
  const listed = Array.isArray(draft.legal_bases) ? draft.legal_bases : [];
  const onPurposes = (Array.isArray(draft.purposes) ? draft.purposes : []).map((p) => p.legal_basis);
  return expected.map((basis) => {
    if (listed.includes(basis)) return fact('purposes+bases', 'legal_bases', 'right', basis, basis);
    const status = onPurposes.includes(basis) ? 'wrong' : 'missed';
    return fact('purposes+bases', 'legal_bases', status, basis, status === 'wrong' ? `${basis} on a purpose` : null);
  });
}

/** Recipients: each key phrase in some draft recipient, or `none` met by `none`. */
export function recipients(expected, found) {
  if (expected === 'none') {
    const status = found === 'none' ? 'right' : Array.isArray(found) ? 'wrong' : 'missed';
    return [fact('recipients', 'recipients', status, 'none', Array.isArray(found) ? `${found.length} listed` : found)];
  }
  return expected.map((phrase) => {
    if (found === 'none') return fact('recipients', 'recipient', 'wrong', phrase, 'none');
    const hit = (Array.isArray(found) ? found : []).find((r) => contains(norm.allText(r), phrase));
    return fact('recipients', 'recipient', hit ? 'right' : 'missed', phrase, hit ? norm.allText(hit) : null);
  });
}

/** Transfers: `none`, a set of countries, `unnamed` (a transfer with no country) or `unstated`. */
export function transfers(expected, found) {
  const list = Array.isArray(found) ? found : null;
  const countries = list ? [...new Set(list.map((t) => t.country).filter(Boolean))].sort() : [];
  const shown = found === 'none' ? 'none' : list ? `[${countries.join(', ')}] (${list.length})` : null;
  return [fact('transfers', 'transfers', transferStatus(expected, found, list, countries), shownExpected(expected), shown)];
}

function transferStatus(expected, found, list, countries) {
  if (expected === 'unstated') return found == null ? 'right' : 'wrong';
  if (found == null) return 'missed';
  if (expected === 'none') return found === 'none' ? 'right' : 'wrong';
  if (!list) return 'wrong';
  if (expected === 'unnamed') return countries.length === 0 ? 'right' : 'wrong';
  return [...expected].sort().join(',') === countries.join(',') ? 'right' : 'wrong';
}

const shownExpected = (e) => (Array.isArray(e) ? `[${[...e].sort().join(', ')}]` : e);

/** Retention: each key phrase in some draft retention rule, or its period equal to the rule's. */
export function retention(expected, found) {
  const list = Array.isArray(found) ? found : [];
  return expected.map((phrase) => {
    const period = phrasePeriod(phrase);
    const hit = list.find((r) => contains(norm.allText(r), phrase) || (period && r.period === period));
    return fact('retention', 'retention', hit ? 'right' : 'missed', phrase, hit ? norm.allText(hit) : null);
  });
}

/** The date the notice gives as last updated; `null` expected means the draft must not give one. */
export function updated(expected, found) {
  const e = expected == null ? null : norm.date(expected);
  const f = norm.isPlaceholder(found) ? null : norm.date(found);
  if (e === null) return [fact('date', 'updated', f === null ? 'right' : 'wrong', 'none', f)];
  return [fact('date', 'updated', f === null ? 'missed' : f === e ? 'right' : 'wrong', e, f)];
}

/** Every expected fact of one notice against one draft register. */
export function compareAll(expected, draft) {
  return [
    ...party('controller identity and contacts', 'controller', expected.controller ?? {}, draft.controller),
    ...party('controller identity and contacts', 'contact_person', expected.contact_person ?? {}, draft.contact_person),
    ...dpo(expected.dpo, draft.dpo),
    ...purposes(expected.purposes ?? [], draft),
    ...registerBases(expected.bases_unmapped ?? [], draft),
    ...recipients(expected.recipients, draft.recipients),
    ...transfers(expected.transfers, draft.transfers),
    ...retention(expected.retention ?? [], draft.retention),
    ...updated(expected.updated, draft.updated),
  ];
}
