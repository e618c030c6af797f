/** Where the data come from. */
import type { Source, SourceType } from '../../types.js';
import { DraftState } from '../draft/state.js';
import { isLeadIn, sentences } from '../draft/text.js';
import { type Unit, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { companyNames } from './contact-details.js';
import { itemText } from './nested.js';
import { walkUnits } from './section-units.js';

export const SOURCE_TYPES: readonly [SourceType, RegExp][] = [
  [
    'observation',
    /eväste|cookie|kakor|analytiik|analytics|analysverktyg|webbanalys|seurantatekn|tracking|spårning|lokitied|loggdata|loggfil|\blog (?:data|files)\b|kävijätie|ip-osoit|ip-adress|ip address|tallente|kamera|camera|inspelning|recording|verkkosivu\p{L}* käytö|sivuston käytö|när du (?:besöker|använder)|when you (?:use|visit|browse)/iu,
  ],
  [
    'public',
    /julki\p{L}* (?:tieto)?lähte|julkisista|(?<!\p{L})julki(?:sia|set) tietoja?(?!\p{L})|julkisesti saatavi\p{L}*|offentligt tillgängliga|(?<!\p{L})public data(?!\p{L})|yleisesti saatavilla|offentliga (?:källor|register|uppgifter)|allmänt tillgängliga|public(?:ly available)? (?:sources?|registers?|records?|information)|publicly available|kaupparekister|handelsregist|trade register/iu,
  ],
  ['authority', /viranomai|kaupungilta|kunnalta|kuntayhtymältä|(?<![\p{L}])(?:staden|kommunen)(?![\p{L}])|from the (?:city|municipality)|väestötietojärjestelmä|väestörekister|digi- ja väestötietovirasto|myndighet|befolkningsdatasystem|befolkningsregist|\bauthorit|population (?:register|information)/iu],
  ['guardian', /huoltaja|vanhemm\p{L}*lta|vårdnadshavare|föräld|\bparents?\b|\bguardians?\b/iu],
  [
    'data_subject',
    /itseltään|itseltäsi|(?<![\p{L}])itse(?![\p{L}])|itsensä|rekisteröidyltä|rekisteröidyiltä|henkilöiltä|asiakkailta|jäseniltä|jäseneltä|käyttäjiltä|käyttäjältä|hakijoilta|hakijalta|osallistujilta|osallistujalta|rekisteröid\p{L}* antam|henkilöltä|asiakkaalta|asiakkaan (?:tekemi|oma|antam|ilmoittam)|(?<![\p{L}])sinulta(?![\p{L}])|(?<![\p{L}])från dig(?![\p{L}])|(?<![\p{L}])(?:du|ni) själv|(?<![\p{L}])av dig(?![\p{L}])|den registrerade själv|från den registrerade|som du (?:lämnar|uppger|ger|anger)|\bfrom you\b|\byou (?:give|provide|enter|send)|provided by you|\byourself\b|\bthemselves\b|from the data subjects?|\bfrom (?:the |our |each )?(?:users?|members?|customers|clients|participants?|applicants?|visitors?)\b(?!['’]s\b|\s+(?:compan|organi[sz]|club|association|firm|group))|(?<![\p{L}])från (?:användarna|medlemmarna|kunderna|deltagarna|de sökande|användaren|medlemmen|deltagaren|den sökande)(?![\p{L}])|directly from|(?<![\p{L}])suoraan(?![\p{L}])|(?<![\p{L}])direkt(?![\p{L}])|käyntikort|visitkort|(?<!(?:järjestö(?:je)?n|yhdisty(?:ste|kse)n|yrity(?:ste|kse)n|organisaatio(?:ide)?n|seuro(?:je)?n|seuran)\s)antamat/iu,
  ],
  [
    'organisation',
    /yhteistyökumppan|kumppane|asiakasorganisaatio|jäsenjärjestö|(?:järjestö(?:je)?n|yhdisty(?:ste|kse)n|yrity(?:ste|kse)n|organisaatio(?:ide)?n|seuro(?:je)?n|seuran)\s+antam|kotiorganisaati|kolmansi\p{L}* osapuol|työnantaja|alihankkij|palveluntarjoaj|kaupallis|yrityksiltä|sosiaalis\p{L}* medi|samarbetspartner|arbetsgivar|tjänsteleverantör|underleverantör|tredje part|sociala medier|kundorganisation|\bpartners?\b|\bemployer|third part|data providers?|suppliers?|service providers?|social media/iu,
  ],
];

/** Words that say data are obtained, so that a sentence can be read as a source. */
export const OBTAINED =
  /saa(?:daan|mme|tu|dut|vat|da)(?![\p{L}])|tallenta(?:a|vat)(?![\p{L}])|kerä(?:tään|ämme|tty|ttyjä|ttävät|tä)(?![\p{L}])|lähte|hankit|ostet|(?<![\p{L}])(?:fås|får|erhåll\p{L}*|samla[rs]? in|samlar vi in|insaml\p{L}*|inhämt\p{L}*|hämtas|kommer från|källa|källor|lämnar|uppger)(?![\p{L}])|\bobtain|\breceive|\bcollect|\bgather|come from|\bsources?\b|we get/iu;

export function sourceType(text: string): SourceType | undefined {
  return sourceTypes(text)[0];
}

/**
 * The person named as a source, not only by an adverb ("suoraan", "directly", "itse", "themselves", which
 * also say how data come from another): "jäseniltään", "rekisteröidyltä", "sinulta", "from you", "från dig".
 */
const PERSON_AS_SOURCE =
  /(?<![\p{L}])(?:(?:rekisteröidy|rekisteröidyi|henkilö|henkilöi|asiakkaa|asiakkai|jäsene|jäseni|käyttäjä|käyttäji|hakija|hakijoi|osallistuja|osallistuji)ltä(?:än|mme|nne)?|sinulta|teiltä|från dig|av dig|från den registrerade|från (?:användarna|medlemmarna|kunderna|deltagarna|de sökande|användaren|medlemmen|deltagaren|den sökande)|from you|from the data subjects?|from (?:the |our |each )?(?:users?|members?|customers|clients|participants?|applicants?)(?!['’]s\b|\s+(?:compan|organi[sz]|club|association|firm|group)))(?![\p{L}])/iu;
const DENIES_SOURCE = /(?<![\p{L}])(?:ei|emme|eikä|not|never|inte|ej|aldrig)(?![\p{L}])/iu;

/**
 * The kind of source a text names, first in the order of `SOURCE_TYPES`, and the person too where it names
 * them beside another and denies nothing ("jäseniltään … tai julkisista lähteistä"). Not a party besides,
 * whose word often names whom the data are about ("yhteistyökumppaneita koskeva tieto saadaan heiltä itseltään").
 */
export function sourceTypes(text: string): SourceType[] {
  const found = SOURCE_TYPES.filter(([, re]) => re.test(text)).map(([type]) => type);
  if (!found.length) return companyNames(text).length ? ['organisation'] : [];
  const person = found[0] !== 'data_subject' && PERSON_AS_SOURCE.test(text) && !DENIES_SOURCE.test(text);
  return person ? [found[0]!, 'data_subject'] : [found[0]!];
}

/** Data given out, moved or used, not obtained: "luovutetaan", "siirretään", "ovat … käytössä", "shared", "lämnas ut". */
const GIVEN_OUT = /luovut|siirr|käytö?ssä|ulkopuol|disclos|shar(?:e|ed|ing)|transfer|lämna\p{L}* ut|överf|utanför|outside/iu;

/**
 * The sentences of a paragraph that read as sources, a source for each kind a sentence names, and the rest.
 * Under a heading on the sources alone, a sentence that gives nothing out needs no word of obtaining to name one
 * ("Jäsenjärjestöjen antamat listaukset …"); elsewhere it does.
 */
export function sourceSentences(text: string, underHeading = false): { sources: { type: SourceType; text: string }[]; rest: string[] } {
  const sources: { type: SourceType; text: string }[] = [];
  const rest: string[] = [];
  for (const s of sentences(text)) {
    const types = ((underHeading && !GIVEN_OUT.test(s)) || OBTAINED.test(s)) && !isLeadIn(s) ? sourceTypes(s) : [];
    if (types.length) sources.push(...types.map((type) => ({ type, text: s })));
    else rest.push(s);
  }
  return { sources, rest };
}

export const SOURCE_LEAD_IN =
  /saa(?:daan|mme|vat)(?![\p{L}])|kerä(?:tään|ämme)(?![\p{L}])|lähte|(?<![\p{L}])(?:fås|får vi|samlas in|inhämtas|hämtas|från)(?![\p{L}])|\bobtain|\breceive|\bfrom\b|we get/iu;

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
  if (!type) x.todo(['sources', index], 'type of source not recognised, `data_subject` stands in: set `type` to data_subject, observation, organisation, public, authority or guardian', lines.length > 1 ? lines : []);
}

export function sourceSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left = walkUnits(x, section, 'sources', units, {
    item: (item, list) => {
      const text = itemText(item);
      const leadType = list.leadIn ? sourceType(list.leadIn.text) : undefined;
      pushSource(x, sourceType(item.text) ?? item.parents.map(sourceType).find(Boolean) ?? leadType, text, [text]);
    },
    para: (u) => {
      const found = sourceSentences(u.block.text, section.kinds.length === 1);
      for (const s of found.sources) x.sources.push({ type: s.type, description: x.t(s.text) });
      return found.rest.length ? { type: 'para', block: { ...u.block, lines: found.sources.length ? found.rest : u.block.lines } } : undefined;
    },
  });
  x.leftover(section, 'sources', 'not turned into sources: add what is missing to `sources`', left);
}
