/** The blocks of an old notice grouped under their headings; where a second register or a translation starts, the rest is split off. */
import { shaped, type Block } from './document/block.js';
import { CELL, columnKind } from './document/column-table.js';
import { classifyHeading, CONTACT_KINDS, isKnownHeading, type SectionKind } from './headings.js';
import { sentences } from './draft/text.js';
import { isDetailLabel, labelledRole, organisationLabelled, roleAtStart, roleCue } from './recognise/contact-labels.js';
import { holdsContact } from './recognise/contact-spans.js';
import { isBasisOnly, statedBases } from './recognise/bases.js';
import { splitAtRoleLines } from './role-lines.js';
import { labelHeadings } from './label-headings.js';


export interface Section {
  kinds: SectionKind[];
  heading: Block;
  /** The blocks under the heading, subheadings included. */
  blocks: Block[];
}

export interface Outline {
  /** Blocks before the first section: title, date, name. */
  front: Block[];
  sections: Section[];
  /** Table of contents of the old notice. */
  toc: Block[];
  /** A second register in the same file, kept whole. */
  second?: { title: string; line: number; blocks: Block[] };
}

/**
 * Before any section, a paragraph that says who the controller is and how to reach it ("Jubilee Church
 * is the data controller and can be contacted by email: …", "KMM Timing AB, 556859-7321, Terriervägen
 * 4, 302 64 Halmstad är personuppgiftsansvarig …") is the controller's section.
 */
function controllerSaid(block: Block, current: Section | undefined): 'controller' | undefined {
  return !current && roleCue(block.text) === 'controller' && (/@/u.test(block.text) || POSTAL_TOWN.test(block.text)) ? 'controller' : undefined;
}

/** A postal code before its town: "00100 Helsinki", "302 64 Halmstad". */
const POSTAL_TOWN = /(?<![\d-])(?:\d{5}|\d{3} \d{2})\s+\p{Lu}\p{Ll}+/u;

/** Parts a labelled paragraph may start: "Reason for maintaining the data file: This register …". */
const LABEL_KINDS = new Set<SectionKind>(['name', 'data_subjects', 'purposes', 'legal_basis', 'data_categories', 'sources', 'recipients', 'transfers', 'retention', 'security', 'rights']);

/**
 * A paragraph that opens on the label of a part of the notice and a colon, with the text after it: a
 * row of a two-column table as a PDF prints it. The label heads a section of its own, the text its content.
 */
function labelledPart(block: Block): Section | undefined {
  // A colon inside brackets is none of the label's: "Service delivery (legal basis: contract): To create …".
  const m = /^((?:[^:.;!?()]|\([^():.;!?]*\)){3,60}?):\s+(\S[\s\S]*)$/u.exec(block.text);
  const kinds = m ? classifyHeading(m[1]!) : [];
  if (!m || !kinds.length || !LABEL_KINDS.has(kinds[0]!)) return undefined;
  const heading: Block = { ...block, kind: 'heading', text: m[1]!.trim(), lines: [m[1]!.trim()] };
  return { kinds, heading, blocks: [{ ...block, text: m[2]!.trim() }] };
}

/**
 * A role's label run into its details on one line, as a Word file keeps a bold label and the lines
 * under it: "Rekisterinpitäjä Esimerkki ry Katu 1, 00100 Helsinki puh. 09 123 4567".
 */
function runIn(block: Block): SectionKind | undefined {
  const text = block.text.trim();
  const label = block.lines.length === 1 ? roleAtStart(text) : undefined;
  const rest = label ? text.slice(label.end).trim() : '';
  return label && /^\p{Lu}/u.test(rest) && !/[.!?]$/u.test(text) && holdsContact(rest) ? label.role : undefined;
}

/**
 * Before any section, a paragraph that leads into a role's details, ending in a colon ("The
 * controller of this service is:", "Personuppgiftsansvarig för tjänsten är:"), or that is the
 * role's name alone ("Rekisterinpitäjä" in a notice without heading marks), right above them.
 */
function leadIn(block: Block, next: Block | undefined, current: Section | undefined): SectionKind | undefined {
  if (current || !next || next.kind === 'heading' || block.text.length > 200) return undefined;
  const label = roleAtStart(block.text);
  const alone = label !== undefined && block.text.trim().length === label.end;
  if (!alone && !/[:：]\s*$/u.test(block.text)) return undefined;
  return isContactBlock(next) ? roleCue(block.text) : undefined;
}

/** Before any section, a paragraph that opens on an organisation's label: "Yritys: Esimerkki Oy, 1234567-8, Katu 1". */
function organisationFirst(block: Block, current: Section | undefined): SectionKind | undefined {
  return current === undefined && organisationLabelled(block.lines[0] ?? '') && holdsContact(block.text) ? 'controller' : undefined;
}

/**
 * A block of contact details: each of its sentences gives one, names a role, or is a few words
 * alone (a name, a title), not the name of another part of the notice ("Rekisterin nimi").
 */
function isContactBlock(block: Block): boolean {
  const pieces = block.kind === 'list' ? (block.items ?? []) : sentences(block.text);
  const short = (p: string) => p.split(/\s+/u).length <= 8 && !/[.!?]$/u.test(p.trim()) && !isKnownHeading(p);
  return pieces.every((p) => holdsContact(p) || short(p));
}

/** A label over more of a role's details: "Yhteystiedot:", "Yritystiedot:", "Kontaktuppgifter:", "Company details:". */
const DETAILS_LABEL =
  /^(?:yhteystiedot|yritystiedot|yrityksen tiedot|kontaktuppgifter|kontaktinformation|företagsuppgifter|företagsinformation|(?:contact|company) (?:details|information))\s*:$/iu;

/**
 * A box of the controller's details read as a list, one line an item (a printed page's framed block):
 * "Rekisterinpitäjä:" first, then names, labels of details and the details themselves.
 */
function labelledList(block: Block): SectionKind | undefined {
  const [first, ...rest] = block.kind === 'list' ? (block.items ?? []) : [];
  if (!first || !rest.length || !/[:：]\s*$/u.test(first)) return undefined;
  const role = labelledRole(first, 2);
  const detail = (item: string) => holdsContact(item) || DETAILS_LABEL.test(item.trim()) || (item.split(/\s+/u).length <= 6 && !/[.!?]$/u.test(item.trim()));
  return role && rest.every(detail) && rest.some(holdsContact) ? role : undefined;
}

/** Kinds that start a register's content: a repeat of one of them after a new title means a second register. */
const REPEATABLE = new Set<SectionKind>(['controller', 'name', 'purposes', 'data_categories', 'sources', 'recipients', 'transfers', 'retention', 'security']);

function isTitleLike(block: Block): boolean {
  if (block.kind === 'list' || block.lines.length !== 1) return false;
  const text = block.text.trim();
  if (text.length > 120 || /[.,;:?]$/u.test(text)) return false;
  return /rekisteri(?![\p{L}])|seloste|privacy (?:notice|policy)|\bregister\b/iu.test(text);
}

/** Kinds a short heading may name that are also purposes: "Tietoturva", "Analytics", "Yhteydenotot", "Profilointi". */
const CARD_KINDS = new Set<SectionKind>(['security', 'cookies', 'contact', 'automated_decisions']);
const DENIES = /(?<![\p{L}])(?:ei|emme|eikä|inte|aldrig|ej|not|never|no)(?![\p{L}])/iu;

/** A heading and the one paragraph under it, nothing more, as a card sets them. */
function cardAt(blocks: readonly Block[], i: number): boolean {
  const after = blocks[i + 2];
  return blocks[i]?.kind === 'heading' && blocks[i + 1]?.kind === 'paragraph' && (after === undefined || after.kind === 'heading');
}

/**
 * A card among the cards of a section on purposes, each a small heading over one sentence: a
 * heading that names another part ("Tietoturva & Suojaus" over "Käyttöoikeuksien varmistamiseen …")
 * is one more purpose when the card before it, at the same level, was one, or its text states a basis,
 * and its text denies nothing.
 */
function isPurposeCard(blocks: readonly Block[], i: number, current: Section | undefined, kinds: readonly SectionKind[]): boolean {
  const block = blocks[i]!;
  if (!current?.kinds.includes('purposes') || !CARD_KINDS.has(kinds[0]!) || (block.level ?? 1) <= (current.heading.level ?? 1)) return false;
  // Over a paragraph that says what the processing rests on ("Tarjouspyynnöt ja yhteydenotot" / "… Käsittely perustuu … sopimuksen …"): a purpose of its own.
  const next = blocks[i + 1];
  if (next?.kind === 'paragraph' && statedBases(next.text).bases.length > 0 && !DENIES.test(next.text)) return true;
  const [sibling, text] = current.blocks.slice(-2);
  return sibling?.kind === 'heading' && sibling.level === block.level && cardAt([sibling, text!, block], 0) && cardAt(blocks, i) && !DENIES.test(blocks[i + 1]!.text);
}

/**
 * A row "Purpose | Basis" of a table or definition list under the purposes' heading: one more purpose,
 * whatever part its words name ("Palvelun tekninen toiminta ja tietoturva | Oikeutettu etu").
 */
function isPurposeRow(block: Block, current: Section | undefined, next: Block | undefined): boolean {
  return block.style === 'table' && current?.kinds[0] === 'purposes' && next?.kind === 'paragraph' && isBasisOnly(next.text);
}

/**
 * A row heading that labels a detail: as if a colon followed it ("Company" is "Company:"), and with its other name in
 * brackets left out ("Business ID (Y-tunnus)").
 */
function rowLabel(text: string): boolean {
  const label = text.trim().replace(/[:：]$/u, '').replace(/\s*\([^()]*\)$/u, '');
  return isDetailLabel(text) || isDetailLabel(`${label}:`);
}

/** Where a block is a heading that does not map, whether it continues the section above it; `next` is the block after it. */
function isSubheading(block: Block, section: Section, next: Block | undefined): boolean {
  // A table row "Sähköposti | …" under the controller, contact person or DPO is a detail of theirs.
  // A row heading of one line under the recipients' heading (a definition list's term, a two-column table's first cell: "Google Ireland Limited" over what it does) is one of them.
  if (block.style === 'table') return (CONTACT_KINDS.has(section.kinds[0]!) && rowLabel(block.text)) || (section.kinds[0] === 'recipients' && block.lines.length === 1);
  if (block.style === 'loose') return true;
  // Right under the controller's, contact person's or DPO's heading, over their details, a heading that maps to nothing is their name set in bold ("Netum Oy").
  if (CONTACT_KINDS.has(section.kinds[0]!) && !section.blocks.length && next !== undefined && next.kind !== 'heading' && isContactBlock(next)) return true;
  // Under the data's heading, a heading of a group's data ("Asiakas- ja osallistujatiedot", "Kunduppgifter", "Customer data") is a part of it.
  if (section.kinds[0] === 'data_categories' && GROUP_DATA.test(block.text.trim()) && !MORE_INFORMATION.test(block.text)) return true;
  return (block.level ?? 1) > (section.heading.level ?? 1);
}

/** A heading that names the data of a group of people: "Jäsentiedot", "Asiakas- ja osallistujatiedot", "Kunduppgifter", "Customer data". */
const GROUP_DATA = /(?:tiedot|uppgifter|(?<!\p{L})(?:data|information))$/iu;
/** "Lisätiedot", "More information": where to ask, not a group's data. */
const MORE_INFORMATION = /^(?:lisätiedot|more information|further information|ytterligare information|mer information)$/iu;

/**
 * A numbered heading before the first that names a part ("## 1. Om Agronods hantering …", then "## 7.
 * Dina rättigheter"): it starts a part of its own, as deep as a later heading that names one, not the
 * beginning of the notice.
 */
function numberedLikeLater(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i]!;
  if (block.style !== 'markup' || !/^\s*(?:#{1,6}\s*)?\d{1,2}\.?\s/u.test(block.lines[0] ?? '')) return false;
  return blocks.slice(i + 1).some((b) => b.kind === 'heading' && b.level === block.level && classifyHeading(b.text).length > 0 && classifyHeading(b.text)[0] !== 'title');
}

/** A table whose header row names a column of purposes ("Data | Syfte | Rättslig grund | Lagring"): under a heading before any part, it is one. */
function headsPurposeTable(block: Block | undefined): boolean {
  const header = block?.kind === 'table' && block.header ? block.rows?.[0] : block?.kind === 'paragraph' && block.tableHeader ? block.text.split(CELL) : undefined;
  return header !== undefined && header.map(columnKind).includes('purposes');
}

/** The kinds of section a heading that names one basis is read as. */
const BASIS_KINDS = new Set<SectionKind>(['legal_basis', 'legitimate_interest', 'consent']);

/**
 * A heading deeper than the section on the bases that names a basis over a list ("Consent (Article 6(1)(a)
 * GDPR)", "Legal Obligation (Article 6(1)(c) GDPR)" under "Legal Basis for Processing", each over the
 * purposes resting on it): one more basis of that section, not a section of its own. A basis's card over a
 * paragraph ("Berättigat intresse" over what it covers) stays a section of its own.
 */
function basisUnder(block: Block, current: Section, kinds: readonly SectionKind[], next: Block | undefined, after: Block | undefined): boolean {
  // Deeper, or unnumbered under a numbered one ("5. Henkilötietojen käsittelyperusteet" ⏎ "Sopimus").
  const under = (block.level ?? 1) > (current.heading.level ?? 1) || (current.heading.style === 'numbered' && block.style !== 'numbered');
  if (current.kinds[0] !== 'legal_basis' || !under) return false;
  if (!BASIS_KINDS.has(kinds[0]!) && !(kinds.length === 0 && isBasisOnly(block.text))) return false;
  // Over its list, or over a lead-in into it ("Sopimus ja sopimusta edeltävät toimenpiteet" ⏎ "Käsittelemme tietoja, kun se on tarpeen:" ⏎ the list).
  return next?.kind === 'list' || (next?.kind === 'paragraph' && /[:：]$/u.test(next.text) && after?.kind === 'list');
}

/** Group blocks under their headings; a second register in the same file is split off whole. */
export function outline(tree: readonly Block[]): Outline {
  // Tables as recognisers read them: rows of a two-column table as headings and their content.
  const blocks = labelHeadings(splitAtRoleLines(shaped(tree)));
  const out: Outline = { front: [], sections: [], toc: [] };
  const seen = new Set<SectionKind>();
  let current: Section | undefined;
  // A role's section started by a paragraph, not a heading, and the section it interrupted: it ends where its details do.
  let said: { section: Section; before: Section | undefined } | undefined;
  // The depth of the last subheading in the current section, and the section a part said in a paragraph under one interrupted.
  let sub: number | undefined;
  let interrupted: Section | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.toc) {
      out.toc.push(block);
      continue;
    }
    if (said && current === said.section && (block.kind === 'heading' || !(isContactBlock(block) || DETAILS_LABEL.test(block.text.trim())))) current = said.before;
    const kinds = block.kind === 'heading' ? classifyHeading(block.text) : [];
    if (current && seen.size >= 3 && (kinds.length === 0 || kinds[0] === 'title') && isTitleLike(block)) {
      const next = blocks.slice(i + 1, i + 5).find((b) => b.kind === 'heading' && classifyHeading(b.text).length > 0);
      const nextKind = next ? classifyHeading(next.text)[0] : undefined;
      if (nextKind && seen.has(nextKind)) {
        out.second = { title: block.text.trim(), line: block.line, blocks: blocks.slice(i) };
        break;
      }
    }
    // "Rekisterinpitäjä: Esimerkki ry" at the start of a paragraph starts the controller's section.
    const labelled =
      block.kind === 'paragraph' && !(current && CONTACT_KINDS.has(current.kinds[0]!))
        ? (labelledRole(block.lines[0] ?? '', block.lines.length) ?? runIn(block) ?? controllerSaid(block, current) ?? leadIn(block, blocks[i + 1], current) ?? organisationFirst(block, current))
        : current === undefined
          ? labelledList(block)
          : undefined;
    if (labelled) {
      const level = current?.heading.level;
      const heading: Block = { ...block, kind: 'heading', text: block.lines[0]!, lines: [block.lines[0]!], ...(level === undefined ? {} : { level }) };
      const section: Section = { kinds: [labelled], heading, blocks: [block] };
      said = { section, before: current };
      current = section;
      out.sections.push(current);
      continue;
    }
    const part = block.kind === 'paragraph' && block.style === undefined ? labelledPart(block) : undefined;
    if (part) {
      // A part said in a paragraph stands as deep as the section, or the subheading, it is said in: the next heading of that depth ends it.
      const level = sub ?? current?.heading.level;
      if (sub !== undefined) interrupted = current;
      sub = undefined;
      current = level === undefined ? part : { ...part, heading: { ...part.heading, level } };
      out.sections.push(current);
      if (REPEATABLE.has(part.kinds[0]!)) seen.add(part.kinds[0]!);
      continue;
    }
    // A page's footer after the notice ends its last section: it stands apart, under its own heading or under none.
    if (block.page && current && !current.heading.page) {
      current = block.kind === 'heading' ? undefined : { kinds: ['other'], heading: { kind: 'heading', text: '', lines: [], line: block.line, page: true }, blocks: [block] };
      if (current) {
        out.sections.push(current);
        continue;
      }
    }
    if (block.kind !== 'heading') {
      if (current) current.blocks.push(block);
      else out.front.push(block);
      continue;
    }
    if (kinds.length === 0 || (kinds[0] === 'title' && kinds.length === 1)) {
      // Before the first section, such a heading belongs to the beginning; after a section said in a paragraph, it starts one of its own.
      if (!current && !out.sections.length && !numberedLikeLater(blocks, i) && !headsPurposeTable(blocks[i + 1])) {
        out.front.push(block);
        continue;
      }
      if (current && kinds.length === 0 && (isSubheading(block, current, blocks[i + 1]) || isPurposeRow(block, current, blocks[i + 1]) || basisUnder(block, current, kinds, blocks[i + 1], blocks[i + 2]))) {
        current.blocks.push(block);
        sub = block.level;
        continue;
      }
      // A subheading after a part said in a paragraph under the one before it: the section that part interrupted goes on.
      if (interrupted && kinds.length === 0 && isSubheading(block, interrupted, blocks[i + 1])) {
        current = interrupted;
        current.blocks.push(block);
        sub = block.level;
        interrupted = undefined;
        continue;
      }
      sub = undefined;
      interrupted = undefined;
      current = { kinds: kinds.length ? kinds : ['other'], heading: block, blocks: [] };
      out.sections.push(current);
      continue;
    }
    // "Rekisteröidyn oikeudet" followed by a heading per right: one section; a card among purpose cards: one more purpose.
    const sameRights = kinds[0] === 'rights' && current?.kinds[0] === 'rights';
    if (current && (sameRights || basisUnder(block, current, kinds, blocks[i + 1], blocks[i + 2]) || isPurposeCard(blocks, i, current, kinds) || isPurposeRow(block, current, blocks[i + 1]))) {
      current.blocks.push(block);
      continue;
    }
    sub = undefined;
    interrupted = undefined;
    current = { kinds, heading: block, blocks: [] };
    out.sections.push(current);
    if (REPEATABLE.has(kinds[0]!)) seen.add(kinds[0]!);
  }
  return out;
}
