/** Where the data come from. */
import type { Source, SourceType } from '../../types.js';
import { DraftState } from '../draft/state.js';
import { isLeadIn, sentences } from '../draft/text.js';
import { type Unit, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { companyNames } from './contact-details.js';

export const SOURCE_TYPES: readonly [SourceType, RegExp][] = [
  [
    'observation',
    /eväste|cookie|analytiik|analytics|seurantatekn|tracking|lokitied|\blog (?:data|files)\b|kävijätie|ip-osoit|ip address|tallente|recording|verkkosivu\p{L}* käytö|sivuston käytö|when you (?:use|visit|browse)/iu,
  ],
  ['public', /julki\p{L}* (?:tieto)?lähte|julkisista|yleisesti saatavilla|public(?:ly available)? (?:sources?|registers?|records?|information)|publicly available|kaupparekister|trade register/iu],
  ['authority', /viranomai|väestötietojärjestelmä|väestörekister|digi- ja väestötietovirasto|\bauthorit|population (?:register|information)/iu],
  [
    'data_subject',
    /itseltään|itseltäsi|(?<![\p{L}])itse(?![\p{L}])|itsensä|rekisteröidyltä|rekisteröid\p{L}* antam|henkilöltä|asiakkaalta|asiakkaan (?:tekemi|oma|antam|ilmoittam)|(?<![\p{L}])sinulta(?![\p{L}])|\bfrom you\b|\byou (?:give|provide|enter|send)|provided by you|\byourself\b|directly from|(?<![\p{L}])suoraan(?![\p{L}])|käyntikort|antamat/iu,
  ],
  [
    'organisation',
    /yhteistyökumppan|kumppane|asiakasorganisaatio|työnantaja|alihankkij|palveluntarjoaj|kaupallis|yrityksiltä|sosiaalis\p{L}* medi|\bpartners?\b|\bemployer|third part|data providers?|suppliers?|service providers?|social media/iu,
  ],
];

/** Words that say data are obtained, so that a sentence can be read as a source. */
export const OBTAINED = /saa(?:daan|mme|tu|dut|vat|da)(?![\p{L}])|kerä(?:tään|ämme|tty|ttyjä|ttävät|tä)(?![\p{L}])|lähte|hankit|ostet|\bobtain|\breceive|\bcollect|\bgather|come from|\bsources?\b|we get/iu;

export function sourceType(text: string): SourceType | undefined {
  for (const [type, re] of SOURCE_TYPES) if (re.test(text)) return type;
  if (companyNames(text).length) return 'organisation';
  return undefined;
}

/** The sentences of a paragraph that read as sources, and the rest. */
export function sourceSentences(text: string): { sources: { type: SourceType; text: string }[]; rest: string[] } {
  const sources: { type: SourceType; text: string }[] = [];
  const rest: string[] = [];
  for (const s of sentences(text)) {
    const type = OBTAINED.test(s) ? sourceType(s) : undefined;
    if (type && !isLeadIn(s)) sources.push({ type, text: s });
    else rest.push(s);
  }
  return { sources, rest };
}

export const SOURCE_LEAD_IN = /saa(?:daan|mme|vat)(?![\p{L}])|kerä(?:tään|ämme)(?![\p{L}])|lähte|\bobtain|\breceive|\bfrom\b|we get/iu;

/** A list whose lead-in says where the data come from: one source, the list as its description. */
export function sourceFromList(x: DraftState, u: Extract<Unit, { type: 'list' }>): void {
  const lead = u.leadIn?.text ?? '';
  const type = sourceType(lead) ?? sourceType(u.items.join('\n'));
  const description = `${lead}\n\n${u.items.map((i) => `- ${i}`).join('\n')}`.trim();
  pushSource(x, type, description, unitLines(u));
}

export function pushSource(x: DraftState, type: SourceType | undefined, text: string, lines: string[]): void {
  const index = x.sources.length;
  const names = companyNames(text);
  const source: Source = { type: type ?? 'data_subject', ...(type === 'organisation' && names.length === 1 ? { name: names[0]! } : {}), description: x.t(text) };
  x.sources.push(source);
  if (!type) x.todo(['sources', index], 'type of source not recognised, `data_subject` stands in: set `type` to data_subject, observation, organisation, public or authority', lines.length > 1 ? lines : []);
}

export function sourceSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Unit[] = [];
  for (const u of units) {
    if (u.type === 'sub') {
      left.push(u);
      continue;
    }
    if (u.type === 'list') {
      const leadType = u.leadIn ? sourceType(u.leadIn.text) : undefined;
      for (const item of u.items) pushSource(x, sourceType(item) ?? leadType, item, [item]);
      x.leadIn('sources', u.leadIn);
      continue;
    }
    if (isLeadIn(u.block.text)) {
      left.push(u);
      continue;
    }
    const found = sourceSentences(u.block.text);
    for (const s of found.sources) x.sources.push({ type: s.type, description: x.t(s.text) });
    if (found.rest.length) left.push({ type: 'para', block: { ...u.block, lines: found.sources.length ? found.rest : u.block.lines } });
  }
  x.leftover(section, 'sources', 'not turned into sources: add what is missing to `sources`', left);
}
