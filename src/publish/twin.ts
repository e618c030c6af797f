/** The machine-readable twin of a notice: the register's facts, the derived rights, and JSON-LD in DPV terms. */
import { inline, toPlain } from '../compose/author-text.js';
import { controllerName } from '../compose/format.js';
import type { Facts } from '../resolve/facts.js';
import { refuseInternal, type PublicRegister } from '../resolve/public-register.js';
import type { LegalBasis, TransferMechanism } from '../types.js';

const DPV = 'https://w3id.org/dpv#';

const BASIS_DPV: Record<LegalBasis, string> = {
  consent: 'dpv:Consent',
  contract: 'dpv:Contract',
  legal_obligation: 'dpv:LegalObligation',
  vital_interests: 'dpv:VitalInterest',
  public_task: 'dpv:PublicInterest',
  legitimate_interests: 'dpv:LegitimateInterest',
};

/** GDPR Art. 6(1) points in the DPV GDPR extension. */
const BASIS_GDPR: Record<LegalBasis, string> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  legal_obligation: 'eu-gdpr:A6-1-c',
  vital_interests: 'eu-gdpr:A6-1-d',
  public_task: 'eu-gdpr:A6-1-e',
  legitimate_interests: 'eu-gdpr:A6-1-f',
};

/** Chapter V grounds in the DPV GDPR extension; the invalidated mechanisms have none. */
const MECHANISM_GDPR: Partial<Record<TransferMechanism, string>> = {
  adequacy: 'eu-gdpr:A45-3',
  data_privacy_framework: 'eu-gdpr:A45-3',
  public_authority_instrument: 'eu-gdpr:A46-2-a',
  binding_corporate_rules: 'eu-gdpr:A46-2-b',
  standard_contractual_clauses: 'eu-gdpr:A46-2-c',
  code_of_conduct: 'eu-gdpr:A46-2-e',
  certification: 'eu-gdpr:A46-2-f',
  authorised_clauses: 'eu-gdpr:A46-3-a',
  derogation_consent: 'eu-gdpr:A49-1-a',
  derogation_contract: 'eu-gdpr:A49-1-b',
  derogation_public_interest: 'eu-gdpr:A49-1-d',
  derogation_legal_claims: 'eu-gdpr:A49-1-e',
  derogation_vital_interests: 'eu-gdpr:A49-1-f',
};

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

/** JSON-LD of one notice in one language, using the W3C Data Privacy Vocabulary. */
export function jsonLd(register: PublicRegister, lang: string, url: string): Record<string, unknown> {
  refuseInternal(register);
  // As the reader sees it: author Markdown reduced to its text.
  const text = (t: Partial<Record<string, string>> | undefined): string | undefined => {
    const s = t?.[lang];
    return s === undefined ? undefined : inline(s).map(toPlain).join('');
  };
  const purposes = (register.purposes ?? []).map((p, i) => {
    const node: Record<string, unknown> = {
      '@id': `${url}#purpose-${p.id ?? i + 1}`,
      '@type': 'dpv:Purpose',
      'dct:description': { '@value': text(p.description) ?? '', '@language': lang },
    };
    if (p.legal_basis) node['dpv:hasLegalBasis'] = [{ '@id': BASIS_DPV[p.legal_basis] }, { '@id': BASIS_GDPR[p.legal_basis] }];
    return node;
  });
  const out: Record<string, unknown> = {
    '@context': { dpv: DPV, 'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#', dct: 'http://purl.org/dc/terms/', schema: 'https://schema.org/' },
    '@id': url,
    '@type': 'dpv:PersonalDataHandling',
    'dct:title': { '@value': text(register.name) ?? register.id, '@language': lang },
    'dct:modified': register.updated,
    'dpv:hasPurpose': purposes,
  };
  if (register.controller) {
    const name = controllerName(register.controller, lang);
    const c: Record<string, unknown> = { '@type': 'dpv:DataController', 'schema:name': name };
    if (name !== register.controller.name) c['schema:legalName'] = register.controller.name;
    if (register.controller.business_id) c['schema:taxID'] = register.controller.business_id;
    if (register.controller.email) c['schema:email'] = register.controller.email;
    out['dpv:hasDataController'] = c;
  }
  if (register.data_categories) {
    out['dpv:hasPersonalData'] = register.data_categories.map((c) => ({ '@type': 'dpv:PersonalData', 'dct:description': { '@value': text(c.description) ?? '', '@language': lang } }));
  }
  if (Array.isArray(register.recipients)) {
    out['dpv:hasRecipient'] = register.recipients.map((r) => {
      const node: Record<string, unknown> = {
        '@type': r.role === 'processor' ? 'dpv:DataProcessor' : r.role === 'authority' ? 'dpv:Authority' : 'dpv:Recipient',
      };
      if (r.name) node['schema:name'] = r.name;
      if (r.category && text(r.category)) node['dct:description'] = { '@value': text(r.category), '@language': lang };
      if (r.country) node['dpv:hasCountry'] = { '@id': `https://w3id.org/dpv/loc#${r.country}` };
      return node;
    });
  }
  if (Array.isArray(register.transfers)) {
    out['dpv:hasProcessing'] = register.transfers.map((t) => {
      const node: Record<string, unknown> = { '@type': 'dpv:Transfer', 'dpv:hasCountry': { '@id': `https://w3id.org/dpv/loc#${t.country}` } };
      if (t.recipient) node['dpv:hasRecipient'] = { 'schema:name': t.recipient };
      const ground = t.mechanism ? MECHANISM_GDPR[t.mechanism] : undefined;
      if (ground) node['dpv:hasLegalBasis'] = { '@id': ground };
      return node;
    });
  }
  return out;
}
