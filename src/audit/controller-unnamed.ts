/**
 * A notice that gives the controller's address, e-mail, phone or business ID but names no one who answers for the
 * data: "Osmontie 34, 00610 Helsinki" ⏎ "Business ID: 2412998-4" under the title and "our company" in the text. The
 * controller's identity is the first thing Art. 13(1)(a) asks; a number in the trade register leaves the reader to
 * look it up. Reported at the first line that gives the details; not where the text names an organisation by its
 * company form ("Taivaannaula ry:n jäsenrekisterissä"), which the reader can tell for the controller though the import
 * did not.
 */
import { CONTROLLER_STAND_IN } from '../import/draft/state.js';
import { COMPANY } from '../import/recognise/contact-details.js';
import type { Register } from '../types.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';

/** An organisation named by its company form, once per passage ("Esimerkki Oy", "Taivaannaula ry"). */
const ORGANISATION = new RegExp(COMPANY.source, 'u');

export function unnamedControllerFindings(register: Register, passages: readonly Passage[]): AuditFinding[] {
  const c = register.controller;
  if (!c || (typeof c.name === 'string' && c.name && !Object.values(CONTROLLER_STAND_IN).includes(c.name))) return [];
  const details = [c.business_id, c.email, c.phone, c.address?.street, c.address?.postal_code].filter((d): d is string => typeof d === 'string' && d !== '');
  if (!details.length || passages.some((p) => ORGANISATION.test(p.text))) return [];
  const at = passages.find((p) => details.some((d) => p.text.includes(d)));
  return [{ ruleId: 'controller-contact', messageId: 'unnamed', params: {}, line: at?.line ?? 1, severity: 'error' }];
}
