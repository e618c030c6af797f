// Finnish business ID (Y-tunnus): the check digit of the controller's and other parties' IDs.
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
    description: 'Business IDs (Y-tunnus) have a valid check digit.',
    messages: {
      invalid: {
        en: 'Business ID `{id}` has a wrong check digit: no Y-tunnus is written so; check it in the Business Information System (YTJ)',
        fi: 'Y-tunnuksen `{id}` tarkistenumero on väärä; tarkista tunnus YTJ:stä',
      },
    },
  },
  ({ register, report }) => {
    const ids: { path: PathSegment[]; id: string | undefined }[] = [{ path: ['controller', 'business_id'], id: register.controller?.business_id }];
    register.group?.members?.forEach((m, i) => ids.push({ path: ['group', 'members', i, 'business_id'], id: m.business_id }));
    register.joint_controllers?.parties.forEach((p, i) => ids.push({ path: ['joint_controllers', 'parties', i, 'business_id'], id: p.business_id }));
    for (const { path, id } of ids) if (id && !isValidBusinessId(id)) report(path, 'invalid', { id });
  },
);
