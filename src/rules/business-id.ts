// Finnish business ID (Y-tunnus): the form and check digit of the controller's and other parties' IDs.
// The schema takes an ID as the notice writes it, so that a malformed one is this rule's finding.
import { defineRule } from '../check/rule.js';
import type { PathSegment } from '../load/yaml-ast.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** True when the ID's check digit is right (weights 7,9,10,5,8,4,2; remainder 1 is never issued). */
export function isValidBusinessId(id: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(id);
  if (!m) return false;
  const sum = [...m[1]!].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  const r = sum % 11;
  if (r === 1) return false;
  return (r === 0 ? 0 : 11 - r) === Number(m[2]);
}

export default defineRule(
  {
    id: 'business-id',
    articles: ['Art. 13(1)(a)', 'Yritys- ja yhteisötietolaki (244/2001)'],
    severity: 'error',
    description: 'Business IDs (Y-tunnus) are written as seven digits, a hyphen and a valid check digit.',
    messages: {
      malformed: {
        en: 'Business ID `{id}` is not written as a Y-tunnus: expected seven digits, a hyphen and a check digit, e.g. `1234567-1`; a company number of another country goes in `registration`',
        fi: 'Y-tunnus `{id}` on väärän muotoinen: odotettiin seitsemän numeroa, yhdysviiva ja tarkistusmerkki, esim. `1234567-1`; muun maan yritystunnus merkitään kenttään `registration`',
        sv: 'FO-numret (Y-tunnus) `{id}` är felaktigt skrivet: väntade sju siffror, ett bindestreck och en kontrollsiffra, t.ex. `1234567-1`; ett företagsnummer från ett annat land anges i `registration`',
      },
      vatNumber: {
        en: 'Business ID `{id}` is written as a VAT number: the Y-tunnus is written `{businessId}`, as the trade register gives it',
        fi: 'Y-tunnukseksi on merkitty arvonlisäverotunniste `{id}`: Y-tunnus kirjoitetaan muodossa `{businessId}`, kuten kaupparekisterissä',
        sv: 'Som FO-nummer anges momsregistreringsnumret `{id}`: FO-numret skrivs `{businessId}`, som i handelsregistret',
      },
      invalid: {
        en: 'Business ID `{id}` has a wrong check digit: no Y-tunnus is written so; check it in the Business Information System (YTJ)',
        fi: 'Y-tunnuksen `{id}` tarkistenumero on väärä; tarkista tunnus YTJ:stä',
        sv: 'FO-numret `{id}` har fel kontrollsiffra: inget FO-nummer skrivs så; kontrollera det i Företags- och organisationsdatasystemet (FODS)',
      },
    },
  },
  ({ register, report }) => {
    const ids: { path: PathSegment[]; id: string | undefined }[] = [{ path: ['controller', 'business_id'], id: register.controller?.business_id }];
    register.group?.members?.forEach((m, i) => ids.push({ path: ['group', 'members', i, 'business_id'], id: m.business_id }));
    register.joint_controllers?.parties?.forEach((p, i) => ids.push({ path: ['joint_controllers', 'parties', i, 'business_id'], id: p.business_id }));
    register.internal?.processor_for?.forEach((a, i) => ids.push({ path: ['internal', 'processor_for', i, 'controller', 'business_id'], id: a.controller.business_id }));
    for (const { path, id } of ids) {
      if (typeof id !== 'string' || !id) continue;
      const vat = /^FI\s?(\d{7})(\d)$/iu.exec(id.trim());
      if (vat) report(path, 'vatNumber', { id, businessId: `${vat[1]!}-${vat[2]!}` });
      else if (!/^\d{7}-\d$/.test(id.trim())) report(path, 'malformed', { id });
      else if (!isValidBusinessId(id.trim())) report(path, 'invalid', { id });
    }
  },
);
