/** The beginning of a notice: its title, the register's name, a description; its table of contents; a second register. */
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { capitalise } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import type { Outline, Section } from '../outline.js';
import { companyNames, leftoverWords } from './contact-details.js';
import { detectLanguage } from '../language.js';
import { isDateOnly } from './dates.js';
import { FROM_HERE_ON } from './we-name.js';

/** The title of a notice in Swedish or English, or in Finnish words other than "seloste" ("yksityisyydensuoja", "tietosuojakäytäntö"). */
const TITLE = /yksityisyydensuoj\p{L}*|tietosuoja(?:käytän|käytäntö|ilmoitu|periaattee)\p{L}*|dataskydds(?:beskrivning|policy|meddelande|redogörelse)|registerbeskrivning|integritetspolicy|integritetsmeddelande|privacy (?:notice|policy|statement)|data protection (?:notice|policy)/iu;

/** The register's name from a title: "Markkinointirekisterin tietosuojaseloste" → "Markkinointirekisteri". */
export function nameFromTitle(line: string): string | undefined {
  let s = line
    .replace(/(?<![\p{L}])\p{L}{0,40}seloste\p{L}*/giu, ' ')
    .replace(new RegExp(TITLE.source, 'giu'), ' ')
    // The date a title may end in is the notice's date, not part of the name.
    .replace(/\(?(?:\d{1,2}\.\s?){2}\d{4}\)?\s*$|\d{4}-\d{2}-\d{2}\s*$/u, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[-–—:|,.\s]+|[-–—:|,\s]+$/gu, '')
    .replace(/^(?:for|of|on)\s+/iu, '')
    .trim();
  // The first half of a compound left by the title's word ("Rekisteri- ja tietosuojaseloste") names nothing.
  if (!/rekisteri|regist(?:er|ret)/iu.test(s) || /-\s+(?:ja|tai|och|eller|and|or)$/iu.test(s)) return undefined;
  s = s.replace(/rekisterin$/u, 'rekisteri');
  return capitalise(s);
}

/** A label before the company that runs the service: "Provided by:", "Ylläpitäjä:", "Tillhandahålls av:". */
const OPERATOR_LABEL = /^\s*(?:\*\*)?(?:provided by|operated by|published by|ylläpitäjä|palvelun tarjoaja|julkaisija|tillhandahålls av|drivs av|utgivare)\s*:\s*(?:\*\*)?\s*/iu;

/** The short name a notice gives the organisation after its name: "(jatkossa MAS)", "(nedan Exempel)", "(hereinafter “Example”)". */
const SHORT_NAME = new RegExp(String.raw`\s*\((?:${FROM_HERE_ON})\s+[^()]{1,40}\)\s*$`, 'iu');

/** A paragraph whose lines are one text wrapped, not lines of their own: a line goes on in the next. */
function flowing(block: Block): boolean {
  return block.kind === 'paragraph' && block.lines.some((l, i) => i + 1 < block.lines.length && !/[.!?:;]$/u.test(l) && /^\p{Ll}/u.test(block.lines[i + 1]!));
}

export function front(x: DraftState, blocks: readonly Block[]): void {
  const left: Block[] = [];
  for (const block of blocks) {
    const lines = block.kind === 'list' ? (block.items ?? []) : block.kind === 'heading' ? [block.text] : flowing(block) ? [block.text] : block.lines;
    const rest: string[] = [];
    for (const line of lines) {
      if (isDateOnly(line)) continue;
      if ((/seloste/iu.test(line) || TITLE.test(line)) && line.length <= 120) {
        const name = nameFromTitle(line);
        if (name && !x.name) x.name = { text: name, from: 'title' };
        x.titleCompany ??= companyNames(line)[0];
        continue;
      }
      if (/rekisteri(?![\p{L}])|regist(?:er|ret)(?![\p{L}])/iu.test(line) && line.length <= 120 && !/\.\s*$/u.test(line)) {
        if (!x.name || x.name.from === 'title') x.name = { text: capitalise(line.trim()), from: 'front' };
        x.titleCompany ??= companyNames(line)[0];
        continue;
      }
      const companies = companyNames(line);
      if (companies.length && leftoverWords(line.replace(OPERATOR_LABEL, '').replace(SHORT_NAME, ''), companies) === 0) {
        x.frontCompany ??= companies[0];
        continue;
      }
      rest.push(line);
    }
    if (!rest.length) continue;
    const text = rest.join(' ');
    if (block.kind === 'paragraph' && /[.!?]$/u.test(text) && text.split(/\s+/u).length >= 8) x.description.push(text);
    else left.push({ ...block, lines: rest });
  }
  if (left.length) x.todo(['name'], 'not mapped, from the beginning of the original', left.flatMap((b, i) => (i ? ['', ...b.lines] : b.lines)));
}

export function nameSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const [first, ...rest] = units;
  // A short line alone under the heading may have been read as a heading of its own.
  // Or the one item of a list ("3. Rekisterin nimi" ⏎ "• Seikoholisti käyttäjärekisteri").
  const line = first?.type === 'para' || first?.type === 'sub' ? first.block.text : first?.type === 'list' && !first.leadIn && first.items.length === 1 ? first.items[0]! : '';
  const name = line.length <= 150 ? line.replace(/\.\s*$/u, '').trim() : '';
  if (/\p{L}/u.test(name)) {
    x.name = { text: capitalise(name), from: 'section' };
    x.leftover(section, 'name', 'not mapped', rest);
  } else x.leftover(section, 'name', 'name of the register not recognised: write it in `name`', units);
}

export function toc(x: DraftState, blocks: readonly Block[]): void {
  if (blocks.length) x.remark(['name'], 'Table of contents of the original (Seloste numbers and lists the sections itself):', blocks.flatMap((b) => b.lines));
}

/** A part in another language after the notice (registers in the same language were split off before). */
export function second(x: DraftState, second: NonNullable<Outline['second']>): void {
  const lines = second.blocks.flatMap((b, i) => (i && b.kind !== 'list' ? ['', ...b.lines] : b.lines));
  const lang = detectLanguage(second.blocks.map((b) => b.text).join('\n'));
  x.todo(
    ['$end'],
    `the original holds a second part in another language (\`${lang}\`), "${second.title}" (from line ${second.line}): if it is a translation of this notice, add its texts as \`${lang}\` values next to the \`${x.lang}\` ones; if it is another register, copy it to a file of its own and run \`seloste import\` on it`,
    lines,
  );
}
