/** Cells of one processing activity (a register): what Art. 30(1)(b)–(g) asks, and the internal facts. */
import { countryName, fill, formatDuration } from '../compose/format.js';
import { documentationOf, unmatchedSafeguards } from '../resolve/safeguards.js';
import type { ProcessorTransfer, Register, Retention, Text, Transfer } from '../types.js';
import { item, labelled, type Cell, type Words } from './cell.js';
import { plainLines, plainText } from './plain.js';

/** Texts, one item each. */
function texts(list: readonly (Text | undefined)[], { lang }: Words): Cell {
  return list.flatMap((text) => item(...plainLines(text, lang)));
}

export function purposesCell(register: Register, words: Words): Cell {
  const { t, lang } = words;
  return (register.purposes ?? []).flatMap((p) => {
    const basis = p.legal_basis ? t.bases[p.legal_basis] : undefined;
    const described = plainText(p.description, lang);
    return item(basis ? `${described} – ${basis.name} (${basis.article})` : described, labelled(t.labels.law, plainText(p.law, lang)));
  });
}

export function dataSubjectsCell(register: Register, words: Words): Cell {
  return texts(register.data_subjects ?? [], words);
}

/** The categories of personal data, the special categories with their Art. 9(2) condition, and the personal identity code. */
export function personalDataCell(register: Register, words: Words): Cell {
  const { t, lang } = words;
  const special = (register.special_categories ?? []).flatMap((s) =>
    item(
      [t.specialCategories[s.category], plainText(s.description, lang)].filter(Boolean).join(': '),
      s.condition && `${fill(t.labels.specialCondition, { point: s.condition })}: ${t.specialConditions[s.condition]}`,
      labelled(t.labels.law, plainText(s.law, lang)),
    ),
  );
  const code = register.personal_identity_code;
  const hetu = code ? item(t.headings.personal_identity_code, code.ground && labelled(t.labels.hetuGround, t.hetuGrounds[code.ground])) : [];
  return [...texts((register.data_categories ?? []).map((c) => c.description), words), ...special, ...hetu];
}

export function recipientsCell(register: Register, words: Words): Cell {
  const { t, r, lang } = words;
  const list = register.recipients;
  if (list === 'none') return [[r.labels.noRecipients]];
  return (list ?? []).flatMap((x) => {
    const about = [x.role && t.recipientRoles[x.role], x.country && countryName(x.country, lang)].filter(Boolean).join(', ');
    const who = [x.name, plainText(x.category, lang)].filter(Boolean).join(' – ');
    return item(about ? `${who} (${about})` : who, plainText(x.purpose, lang));
  });
}

/** A transfer: where to, to whom, on what ground, where its safeguards are, and its documentation under Art. 49(6). */
function transferItem(transfer: Transfer, documentation: Text | undefined, words: Words): Cell {
  const { t, r, lang } = words;
  const where = [transfer.country && countryName(transfer.country, lang), transfer.recipient].filter(Boolean).join(' – ');
  return item(
    where,
    transfer.mechanism && t.mechanisms[transfer.mechanism],
    transfer.safeguard_url,
    labelled(r.labels.documentation, plainText(documentation, lang)),
  );
}

export function transfersCell(register: Register, words: Words): Cell {
  const list = register.transfers;
  const transfers = list === 'none' ? [[words.r.labels.noTransfers]] : (list ?? []).flatMap((x) => transferItem(x, documentationOf(register, x), words));
  // Documentation that matches no transfer is shown too: nothing written for the record is left out.
  const unmatched = unmatchedSafeguards(register).flatMap((s) => transferItem({ recipient: s.recipient, ...(s.country ? { country: s.country } : {}) }, s.documentation, words));
  return [...transfers, ...unmatched];
}

/** Transfers in processing for another controller (Art. 30(2)(c)), each with its own documentation. */
export function processorTransfersCell(list: 'none' | ProcessorTransfer[] | undefined, words: Words): Cell {
  if (list === 'none') return [[words.r.labels.noTransfers]];
  return (list ?? []).flatMap((x) => transferItem(x, x.documentation, words));
}

/** What a retention rule covers: the names of its data categories and purposes. */
function covered(register: Register, ids: readonly string[] | undefined, { t, lang }: Words): string {
  if (!ids?.length) return t.labels.allData;
  const named = (id: string): string => {
    const found = register.data_categories?.find((c) => c.id === id) ?? register.purposes?.find((p) => p.id === id);
    return found ? plainText(found.description, lang) : id;
  };
  return ids.map(named).join('; ');
}

function retentionLine(rule: Retention, words: Words): string {
  const { t, lang } = words;
  const trigger = plainText(rule.trigger, lang);
  const period = rule.period ? formatDuration(rule.period, t) : undefined;
  const when = period && trigger ? fill(t.labels.periodFrom, { period, trigger }) : (period ?? trigger);
  return [when, labelled(t.labels.law, plainText(rule.law, lang)), plainText(rule.description, lang)].filter(Boolean).join('. ');
}

export function erasureCell(register: Register, words: Words): Cell {
  return (register.retention ?? []).flatMap((rule) => item(covered(register, rule.applies_to, words), retentionLine(rule, words)));
}

/** The security measures: what the notice says of them, then what only the record says. */
export function securityCell(register: Register, words: Words): Cell {
  const { t, r, lang } = words;
  const s = register.security;
  return [
    ...item(labelled(t.labels.manual, plainText(s?.manual, lang))),
    ...item(labelled(t.labels.electronic, plainText(s?.electronic, lang))),
    ...item(labelled(r.labels.furtherMeasures, plainText(register.internal?.security, lang))),
  ];
}

export function systemsCell(register: Register, words: Words): Cell {
  return (register.internal?.systems ?? []).flatMap((system) => {
    const about = [system.provider, system.country && countryName(system.country, words.lang)].filter(Boolean).join(', ');
    return item(about ? `${system.name} (${about})` : system.name, plainText(system.description, words.lang));
  });
}

export function risksCell(register: Register, words: Words): Cell {
  return item(...plainLines(register.internal?.risks, words.lang));
}
