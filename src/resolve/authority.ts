/**
 * Which supervisory authority a notice names (GDPR Art. 13(2)(d), 14(2)(e), 56, 77): the authority of
 * the controller's country, or the lead authority the register names, or — for a controller outside
 * the EEA (Art. 3(2)) — the authority of its representative's country (Art. 27). When none of these
 * is known the notice names none: it still says that a complaint can be lodged in the member state of
 * the data subject's residence, work or the alleged infringement (Art. 77(1)).
 */
import { authorityOf, type SupervisoryAuthority } from '../data/supervisory-authorities.js';
import { isEea } from '../data/data.js';
import type { Register } from '../types.js';

export type AuthorityBasis = 'controller' | 'override' | 'representative' | 'none';

export interface AuthorityChoice {
  /** Why this authority: the controller's country, the register's `supervisory_authority`, the representative's country. */
  basis: AuthorityBasis;
  /** The country whose authority it is (absent when none is named). */
  country?: string;
  authority?: SupervisoryAuthority;
}

/** An address without a country is in Finland, as everywhere in a register. */
const countryOf = (address: { country?: string | undefined } | undefined): string | undefined =>
  address ? (address.country ?? 'FI') : undefined;

export function chooseAuthority(register: Register): AuthorityChoice {
  const override = register.supervisory_authority;
  // An override that names no EU/EEA authority is reported by the rule; the notice then names none.
  if (typeof override === 'string') return named('override', override);
  const controllerCountry = countryOf(register.controller?.address) ?? 'FI';
  if (isEea(controllerCountry)) return named('controller', controllerCountry);
  const representativeCountry = countryOf(register.representative?.address);
  if (representativeCountry && isEea(representativeCountry)) return named('representative', representativeCountry);
  return { basis: 'none' };
}

function named(basis: AuthorityBasis, country: string): AuthorityChoice {
  const authority = authorityOf(country);
  return authority ? { basis, country, authority } : { basis: 'none' };
}
