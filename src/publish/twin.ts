/** The machine-readable twin of a notice: the register's facts, the derived rights, and JSON-LD in DPV terms. */
import { CONTROLLER_ANCHOR, factAnchors, type FactAnchors } from '../compose/anchors.js';
import { inline, toPlain } from '../compose/author-text.js';
import { nameIn, type Named } from '../compose/party-name.js';
import { phrasesFor } from '../compose/phrases/index.js';
import { pickText } from '../compose/translation.js';
import type { Facts } from '../resolve/facts.js';
import { refuseInternal, type PublicRegister } from '../resolve/public-register.js';
import { BASIS_DPV, BASIS_GDPR, CONTEXT, countryIri, MECHANISM_GDPR, recipientTypes } from './dpv-terms.js';
import { transferRecipients, type Party } from './transfer-recipients.js';

/** The JSON twin as written to `json/<id>.json`: two-space indented, with a final newline. */
export function twinText(register: PublicRegister, facts: Facts): string {
  return `${JSON.stringify(registerJson(register, facts), null, 2)}\n`;
}

export function registerJson(register: PublicRegister, facts: Facts): Record<string, unknown> {
  refuseInternal(register);
  return {
    seloste: 1,
    register,
    derived: {
      art13: facts.art13,
      art14: facts.art14,
      legal_bases: [...facts.bases].sort(),
      rights: facts.rights,
    },
  };
}

type Node = Record<string, unknown>;

/** A text with the language it is written in: the notice's, or another's under `--force`. */
interface LangString {
  '@value': string;
  '@language': string;
}

/** What the parts of the JSON-LD share: the language, author text as read, the page's anchors. */
interface Ld {
  lang: string;
  /** A text as the reader sees it, in the first language that has it; none when no language has it. */
  text: (t: Partial<Record<string, string>> | undefined) => LangString | undefined;
  /** The `@id` of the element with this id on the page. */
  at: (fragment: string) => string;
  anchors: FactAnchors;
}

/** `dct:description` of a text, when it is written: never an empty string. */
function described(value: LangString | undefined): Node {
  return value?.['@value'] ? { 'dct:description': value } : {};
}

/** A party's `schema:name` in the notice's language, and beside it the name the register knows it by when that differs. */
function named(party: Named, lang: string): Node {
  const name = nameIn(party, lang);
  return name !== party.name ? { 'schema:name': name, 'schema:legalName': party.name } : { 'schema:name': name };
}

function controllerNode(register: PublicRegister, ld: Ld): Node | undefined {
  if (!register.controller) return undefined;
  const c: Node = { '@id': ld.at(CONTROLLER_ANCHOR), '@type': 'dpv:DataController', ...named(register.controller, ld.lang) };
  if (register.controller.business_id) c['schema:taxID'] = register.controller.business_id;
  if (register.controller.email) c['schema:email'] = register.controller.email;
  return c;
}

/** The data categories, then the special categories (Art. 9), each its kind in words and what the notice says of it. */
function personalData(register: PublicRegister, ld: Ld): Node[] {
  const { text, lang, at, anchors } = ld;
  const kinds = phrasesFor(lang)?.specialCategories;
  const categories = (register.data_categories ?? []).map((c, i) => ({ '@id': at(anchors.dataCategories[i]!), '@type': 'dpv:PersonalData', ...described(text(c.description)) }));
  const special = (register.special_categories ?? []).map((s, i) => {
    const description = text(s.description);
    const words = [kinds?.[s.category], description?.['@value']].filter(Boolean).join(': ');
    const language = kinds?.[s.category] ? lang : (description?.['@language'] ?? lang);
    return { '@id': at(anchors.specialCategories[i]!), '@type': 'dpv:SpecialCategoryPersonalData', ...described({ '@value': words, '@language': language }) };
  });
  return [...categories, ...special];
}

function recipientNodes(register: PublicRegister, ld: Ld): Node[] {
  const { text, at, anchors } = ld;
  if (!Array.isArray(register.recipients)) return [];
  return register.recipients.map((r, i) => {
    const node: Node = { '@id': at(anchors.recipients[i]!), '@type': recipientTypes(r.role) };
    if (r.name) Object.assign(node, named(r, ld.lang));
    Object.assign(node, described(text(r.category)));
    if (r.country) node['dpv:hasCountry'] = { '@id': countryIri(r.country) };
    return node;
  });
}

/** The controller and the named recipients, by their `@id` and by each name they have: those a transfer can name. */
function parties(register: PublicRegister, ld: Ld): Party[] {
  const recipients = Array.isArray(register.recipients) ? register.recipients : [];
  const keyed: [Named, string][] = recipients.map((r, i) => [r, ld.at(ld.anchors.recipients[i]!)]);
  if (register.controller) keyed.push([register.controller, ld.at(CONTROLLER_ANCHOR)]);
  return keyed.filter(([p]) => p.name).map(([p, key]) => ({ key, names: [p.name!, ...Object.values(p.names ?? {}).filter((n): n is string => !!n)] }));
}

/**
 * Each transfer, pointing at each recipient it names by `@id`: a party of the register, or one
 * named only there, which is a recipient too (`others`).
 */
function transferNodes(register: PublicRegister, ld: Ld, known: Party[]): { transfers: Node[]; others: Node[] } {
  const others: Node[] = [];
  const list = Array.isArray(register.transfers) ? register.transfers : [];
  const transfers = list.map((t, i) => {
    const node: Node = { '@id': ld.at(ld.anchors.transfers[i]!), '@type': 'dpv:Transfer' };
    if (t.country) node['dpv:hasCountry'] = { '@id': countryIri(t.country) };
    const named = transferRecipients(t.recipient ?? '', known);
    const unlisted = named.others.map((name, k) => ({ '@id': `_:transfer-${i + 1}-recipient-${k + 1}`, '@type': 'dpv:Recipient', 'schema:name': name }));
    others.push(...unlisted);
    const ids = [...named.parties, ...unlisted.map((r) => r['@id'])];
    if (ids.length) node['dpv:hasRecipient'] = ids.map((id) => ({ '@id': id }));
    const ground = t.mechanism ? MECHANISM_GDPR[t.mechanism] : undefined;
    if (ground) node['dpv:hasLegalBasis'] = { '@id': ground };
    return node;
  });
  return { transfers, others };
}

/** JSON-LD of one notice in one language, in DPV 2 terms (dpv-terms.ts); every fact's `@id` is its element on the page. */
export function jsonLd(register: PublicRegister, lang: string, url: string, languages?: readonly string[]): Record<string, unknown> {
  refuseInternal(register);
  // As the reader sees it: author Markdown reduced to its text; under `--force` a text missing in
  // this language is given in the first of `languages` that has it, tagged with that language.
  const text = (t: Partial<Record<string, string>> | undefined): LangString | undefined => {
    const picked = pickText(t, lang, languages);
    return picked && { '@value': inline(picked.text).map(toPlain).join(''), '@language': picked.lang };
  };
  const ld: Ld = { lang, text, at: (fragment) => `${url}#${fragment}`, anchors: factAnchors(register) };
  const purposes = (register.purposes ?? []).map((p, i) => {
    const node: Record<string, unknown> = {
      '@id': ld.at(ld.anchors.purposes[i]!),
      '@type': 'dpv:Purpose',
      ...described(text(p.description)),
    };
    if (p.legal_basis) node['dpv:hasLegalBasis'] = [{ '@id': BASIS_DPV[p.legal_basis] }, { '@id': BASIS_GDPR[p.legal_basis] }];
    return node;
  });
  const out: Record<string, unknown> = {
    '@context': CONTEXT,
    '@id': url,
    '@type': 'dpv:Process',
    'dct:title': text(register.name) ?? register.id,
    'dct:modified': register.updated,
    'dpv:hasPurpose': purposes,
  };
  const controller = controllerNode(register, ld);
  if (controller) out['dpv:hasDataController'] = controller;
  const subjects = (register.data_subjects ?? []).map((g) => text(g)).filter((g): g is LangString => !!g?.['@value']);
  if (subjects.length) out['dpv:hasDataSubject'] = subjects.map((g) => ({ '@type': 'dpv:DataSubject', ...described(g) }));
  const data = personalData(register, ld);
  if (data.length) out['dpv:hasPersonalData'] = data;
  const recipients = recipientNodes(register, ld);
  const { transfers, others } = transferNodes(register, ld, parties(register, ld));
  if (recipients.length || others.length) out['dpv:hasRecipient'] = [...recipients, ...others];
  if (transfers.length) out['dpv:hasProcessing'] = transfers;
  return out;
}
