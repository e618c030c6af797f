/** Recipients and categories of recipients, or a statement that data are not disclosed. */
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { type Unit, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { companyNames } from './contact-details.js';
import { hasException } from './exceptions.js';
import { itemText, listItems } from './nested.js';
import { namesGroupCompany, recipientRole, roleIn } from './recipient-roles.js';
import { providersNamed } from '../../check/providers.js';
import { withoutRights } from './rights-text.js';
import { TRANSFER_CUE, transferUnits } from './transfers.js';

export const NOT_DISCLOSED =
  /(?<![\p{L}])(?:ei|eikä)\s+(?:\p{L}+\s+){0,3}luovut|(?<![\p{L}])emme\s+(?:\p{L}+\s+){0,2}(?:luovuta|myy|jaa)(?![\p{L}])|(?<![\p{L}])ei\s+(?:\p{L}+\s+){0,3}(?:anneta|myydä)\s+(?:\p{L}+\s+){0,2}(?:ulkopuolisille|kolmansille)|(?:lämnas|lämnar|delas|säljs|överlåts)\s+(?:\p{L}+\s+){0,2}(?:inte|aldrig|ej)(?![\p{L}])(?:\s+ut)?|(?<![\p{L}])vi\s+(?:delar|säljer|lämnar)\s+(?:inte|aldrig)|\bnot\s+(?:be\s+)?(?:disclosed|shared|sold|passed on|given)\b|\b(?:do|does|will) not (?:disclose|share|sell|pass on)|\bnever (?:disclose|share|sell)/iu;

/** Companies a text names, other than the controller. */
function others(x: DraftState, text: string): string[] {
  return companyNames(text).filter((n) => n !== x.controller.name);
}

/** A sentence that names whom data go to: a role word or a company's name. */
function namesRecipient(x: DraftState, sentence: string): boolean {
  return Boolean(recipientRole(sentence).role) || namesGroupCompany(sentence) || others(x, sentence).length > 0;
}

/** The company a list item names, when it names one. */
function itemName(x: DraftState, item: string): string | undefined {
  const names = others(x, item);
  return names.length === 1 ? names[0] : undefined;
}

/** A recipient: `own` is the item's own words, which name its role before the context does. */
function addRecipient(x: DraftState, text: string, context: readonly string[], name?: string, own = text): void {
  const role = roleIn(own, context);
  x.recipients.push({ ...(name ? { name } : {}), category: x.t(text), ...role });
  if (!role.role && namesGroupCompany(own)) {
    x.todo(['recipients', x.recipients.length - 1], 'a group company is a processor or a controller: set `role` and `group_company: true`', []);
  }
}

/** A paragraph: sentences that name recipients become recipients; a denial or the rest is returned. */
function paragraph(x: DraftState, text: string, context: readonly string[]): { none: boolean; rest: string[] } {
  const all = sentences(text);
  if (all.every((s) => NOT_DISCLOSED.test(s) && !hasException(s))) return { none: true, rest: [] };
  const rest: string[] = [];
  for (const s of all) {
    // A denial with an exception names whom data do go to: "ei luovuteta, paitsi viranomaisille".
    if ((!NOT_DISCLOSED.test(s) || hasException(s)) && namesRecipient(x, s)) addRecipient(x, s, context);
    else rest.push(s);
  }
  return { none: false, rest };
}

/** In a section on both disclosures and transfers: the sentences on transfers go to the transfers; the rest is returned. */
function transferSentences(x: DraftState, section: Section, block: Block): string {
  const all = sentences(block.text);
  const transfer = all.filter((s) => TRANSFER_CUE.test(s));
  if (transfer.length) transferUnits(x, section, [{ type: 'para', block: { ...block, text: transfer.join(' '), lines: transfer } }]);
  return all.filter((s) => !TRANSFER_CUE.test(s)).join(' ');
}

export function recipientSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Unit[] = [];
  const none: Unit[] = [];
  let context: string[] = [];
  for (const u of withoutRights(x, section, units)) {
    if (u.type === 'sub') {
      context = [u.block.text];
      left.push(u);
      continue;
    }
    if (u.type === 'list') {
      const lead = u.leadIn ? [u.leadIn.text] : [];
      for (const item of listItems(u)) addRecipient(x, itemText(item), [...context, ...lead, ...item.parents], itemName(x, item.text), item.text);
      x.leadIn('recipients', u.leadIn);
      continue;
    }
    const text = section.kinds.includes('transfers') ? transferSentences(x, section, u.block) : u.block.text;
    if (!text) continue;
    const found = paragraph(x, text, context);
    if (found.none) none.push(u);
    else if (found.rest.length) left.push({ type: 'para', block: { ...u.block, lines: found.rest.length < sentences(text).length ? found.rest : u.block.lines } });
  }
  if (none.length && !left.length && !x.recipients.length) {
    x.recipientsNone = true;
    x.remark(['recipients'], 'The original says:', none.flatMap(unitLines));
  } else left.unshift(...none);
  if (left.length) x.recipientsOpen = true;
  x.leftover(section, 'recipients', 'recipients not mapped: name the recipients or categories of recipients in `recipients`, or write `recipients: none`', left);
}

/** Words that say a service is used with the data: it stores, sends or processes them. */
const USES =
  /(?<![\p{L}])(?:käytä\p{L}*|tallenne\p{L}*|tallenta\p{L}*|säilö\p{L}*|lähete\p{L}*|käsitel\p{L}*|palvelu\p{L}*|använd\p{L}*|lagras|skickas|behandlas|via|use[sd]?|using|stored?|sen[dt]s?|process\p{L}*|through|hosted)(?![\p{L}])/iu;
const NEGATED = /(?<![\p{L}])(?:ei|emme|eikä|inte|aldrig|not|never|no)(?![\p{L}])/iu;

/**
 * Services a notice names in running text as used with the data ("uutiskirjeet lähetetään
 * Mailchimpillä", "we store the register in Google Drive") are recipients: each is added with the
 * sentence, and a TODO asks the author to confirm what it receives and in which role.
 */
export function servicesElsewhere(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  if (x.recipientsNone) return;
  const listed = JSON.stringify(x.recipients).toLowerCase();
  const seen = new Set<string>();
  const parts = [front, ...sections.filter((s) => !['rights', 'cookies', 'transfers'].includes(s.kinds[0]!)).map((s) => s.blocks)];
  for (const blocks of parts) {
    const texts = blocks.flatMap((b) => (b.kind === 'list' ? (b.items ?? []) : b.kind === 'paragraph' ? sentences(b.text) : []));
    for (const s of texts) {
      if (!USES.test(s) || NEGATED.test(s)) continue;
      for (const name of providersNamed(s)) {
        const key = name.toLowerCase().slice(0, 6);
        if (seen.has(key) || listed.includes(key)) continue;
        seen.add(key);
        const index = x.recipients.length;
        x.recipients.push({ name, category: x.t(s) });
        x.todo(['recipients', index], `the original names ${name} as a service it uses: check that it receives personal data, and set \`role\` (\`processor\` when it processes them on the controller's behalf)`, []);
      }
    }
  }
}
