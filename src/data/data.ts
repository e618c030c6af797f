/** Legal reference data kept as dated JSON in `data/`, read once. */
import { readFileSync } from 'node:fs';
import { authorityOf, type Localised } from './supervisory-authorities.js';

const DATA_DIR = new URL('../../data/', import.meta.url);

function read<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DATA_DIR), 'utf8')) as T;
}

export interface AdequacyDecision {
  code: string;
  name: string;
  scope: string;
  decision: string;
  requires?: string;
}

export const adequacy = read<{ as_of: string; decisions: AdequacyDecision[] }>('adequacy.json');
export const eea = new Set(read<{ countries: string[] }>('eea.json').countries);
/** The Finnish supervisory authority, whose old addresses `outdated-reference` knows. */
export const supervisoryAuthority = finnishAuthority();

function finnishAuthority(): {
  name: Record<string, string>;
  postal_address: Record<string, string>;
  visiting_address: Record<string, string>;
  phone: string;
  email: string;
  website: Record<string, string>;
  outdated: string[];
} {
  const fi = authorityOf('FI');
  const map = (v: Localised | undefined): Record<string, string> => (typeof v === 'string' ? { fi: v } : (v ?? {}));
  if (!fi?.phone || !fi.email) throw new Error('data/supervisory-authorities.json has no complete entry for Finland');
  return {
    name: fi.name,
    postal_address: map(fi.postal_address),
    visiting_address: map(fi.visiting_address),
    phone: fi.phone,
    email: fi.email,
    website: map(fi.website),
    outdated: fi.outdated ?? [],
  };
}

export function adequacyFor(country: string): AdequacyDecision | undefined {
  return adequacy.decisions.find((d) => d.code === country);
}

export function isEea(country: string | undefined): boolean {
  return country === undefined || eea.has(country);
}

/** A service provider that notices name, with where it is and how it usually receives data from the EEA. */
export interface Provider {
  id: string;
  provider: string;
  /** Word patterns (`*` = any letters) of the names and aliases notices use. */
  names: string[];
  country: string;
  mechanism: string;
  also?: string[];
  eu_residency: boolean;
  checked: string;
  verified: boolean;
  source: string;
}

export const providers = read<{ as_of: string; providers: Provider[] }>('providers.json');
