/**
 * The terms of the W3C Data Privacy Vocabulary (DPV 2.x, https://w3id.org/dpv) the JSON-LD of a
 * notice uses, and the register's values in them.
 *
 * - The notice as a whole is a `dpv:Process` (DPV 2 sunset `dpv:PersonalDataHandling`, which it
 *   replaced), with `dpv:hasPurpose`, `dpv:hasDataController`, `dpv:hasDataSubject`,
 *   `dpv:hasPersonalData`, `dpv:hasRecipient` and, for each transfer, `dpv:hasProcessing` of a
 *   `dpv:Transfer` with its `dpv:hasCountry`, `dpv:hasRecipient` and `dpv:hasLegalBasis`.
 * - Legal bases: the DPV class and the GDPR point of the EU GDPR extension (`eu-gdpr:A6-1-a`…).
 * - Transfer mechanisms: the Chapter V ground in the same extension (`eu-gdpr:A46-2-c`…); the
 *   invalidated ones (Privacy Shield, Safe Harbor, the 2010 clauses) have none.
 * - Special categories: `dpv:SpecialCategoryPersonalData` (Art. 9), the kind named in words.
 * - Countries: the DPV location extension (`https://w3id.org/dpv/loc#FI`).
 */
import type { LegalBasis, RecipientRole, TransferMechanism } from '../types.js';

export const CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  dct: 'http://purl.org/dc/terms/',
  schema: 'https://schema.org/',
};

export const BASIS_DPV: Record<LegalBasis, string> = {
  consent: 'dpv:Consent',
  contract: 'dpv:Contract',
  legal_obligation: 'dpv:LegalObligation',
  vital_interests: 'dpv:VitalInterest',
  public_task: 'dpv:PublicInterest',
  legitimate_interests: 'dpv:LegitimateInterest',
};

/** GDPR Art. 6(1) points in the DPV GDPR extension. */
export const BASIS_GDPR: Record<LegalBasis, string> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  legal_obligation: 'eu-gdpr:A6-1-c',
  vital_interests: 'eu-gdpr:A6-1-d',
  public_task: 'eu-gdpr:A6-1-e',
  legitimate_interests: 'eu-gdpr:A6-1-f',
};

/** Chapter V grounds in the DPV GDPR extension; the invalidated mechanisms have none. */
export const MECHANISM_GDPR: Partial<Record<TransferMechanism, string>> = {
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

/** A recipient's types: every one is a `dpv:Recipient`, and a processor, controller or authority also that. */
export function recipientTypes(role: RecipientRole | undefined): string | string[] {
  if (role === 'processor') return 'dpv:DataProcessor';
  if (role === 'controller' || role === 'joint_controller') return ['dpv:Recipient', 'dpv:DataController'];
  if (role === 'authority') return ['dpv:Recipient', 'dpv:Authority'];
  return 'dpv:Recipient';
}

/** A country code as a DPV location. */
export function countryIri(code: string): string {
  return `https://w3id.org/dpv/loc#${code}`;
}
