/** Recipients and categories of recipients, or a statement that data are not disclosed. */
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { type Unit, unitLines } from '../draft/units.js';
import { classifyHeading } from '../headings.js';
import type { Section } from '../outline.js';
import { companyNames } from './contact-details.js';
import { sameName } from './contact-names.js';
import { countriesIn, isEeaPlace } from './countries.js';
import { itemText, listItems } from './nested.js';
import { addRecipient, append, type Made, paragraph } from './recipient-paragraph.js';
import { denialBeforeTransfers } from './recipient-denials.js';
import { hasException } from './exceptions.js';
import { ACCESS_GIVEN, ANY_PARTY, DISCLOSES, PARTY } from './recipient-words.js';
import { providersNamed } from '../../check/providers.js';
import { namesRecipient, sentenceKind } from './recipient-sentence.js';
import { serviceNames } from './service-names.js';
import { withoutRights } from './rights-text.js';
import { DENIED, deniesOnlyUnsafe, exceptedAsARule, TRANSFER_CUE, TRANSFERRED } from './transfer-sentences.js';
import { transferUnits } from './transfers.js';
import { mechanismsIn } from '../../check/transfer-words.js';

/** The header of a column that names parties: "Palveluntarjoaja", "Mottagare", "Processor", "Service". */
const NAME_COLUMN = /palvelu|tarjoaj|vastaanottaj|käsittelij|toimittaj|nimi|mottagar|biträd|leverantör|tjänst|namn|recipient|processor|provider|service|vendor|name/iu;

/** The first cell of a table row, when the header says the first column names parties and the cell reads as a name. */
function firstCell(item: string, header: string): string | undefined {
  const first = item.split(' – ')[0]!.trim();
  if (!item.includes(' – ') || !NAME_COLUMN.test(header.split(' – ')[0] ?? '')) return undefined;
  return /^[\p{Lu}\d]/u.test(first) && first.split(/\s+/u).length <= 4 && !/[.,;:!?]$/u.test(first) ? first : undefined;
}

/**
 * "Vercel (United States): runs our server …", "Mailchimp: sends the newsletter", "Formspree, Inc. –
 * förmedling av kontaktformulärets meddelanden", "Cloudflare (webbhotell och CDN) - hanterar drift": an item that opens on a name of one to three
 * capitalised words (its company form after a comma included), with its country or its service in
 * brackets, as the label of what it does.
 */
const LABEL_NAME = /^([\p{Lu}\d][\p{L}\d.&'-]*(?:\s[\p{Lu}\d][\p{L}\d.&'-]*){0,2}(?:,\s(?:Inc|Ltd|LLC|Oy|Ab|AB|GmbH|Corp)\.?)?)\s*(?:\(([^()]{2,40})\))?(?::\s+|\s+[–—-]\s+)\S/u;

/** Words for a kind of service, in brackets after a label: "(formulärleverantör)", "(webbhotell och CDN)", "(sähköpostipalvelu)", "(e-mail provider)". */
const SERVICE_KIND = /leverantör|tjänst|hotell|värd|palvelu|tarjoaj|toimittaj|isännöin|provider|service|host|platform|plattform|alusta|CDN|(?<![\p{L}])(?:e-?post|e-?mail|sähköposti)(?![\p{L}])/iu;

/**
 * The name a list item opens on as its label, the countries outside the EEA in brackets after it, and
 * whether the brackets there or at the item's end put it in the EU/EEA ("Hetzner (Finland): …",
 * "Supabase — tietokanta (EU)").
 */
export function labelled(item: string): { name: string; countries: string[]; bracketed: boolean; inEea: boolean } | undefined {
  const m = LABEL_NAME.exec(item);
  if (!m) return undefined;
  const place = m[2] ?? /\(([^()]{2,40})\)\s*[.;]?$/u.exec(item)?.[1] ?? '';
  return { name: m[1]!, countries: m[2] === undefined ? [] : countriesIn(m[2]), bracketed: m[2] !== undefined, inEea: isEeaPlace(place) };
}

/** A name that reads as a company ("Cloudflare, Inc."), a service or a provider Seloste knows. */
function readsAsParty(name: string): boolean {
  return companyNames(name.replace(/,\s(?=\p{Lu})/u, ' ')).length > 0 || serviceNames(name).length > 0 || providersNamed(name).length > 0;
}

/** The name a list item gives, when it gives one: the first cell of a table row of parties, the name it opens on, or the one company or service it names. */
function itemName(x: DraftState, item: string, header: string | undefined): string | undefined {
  const cell = header ? firstCell(item, header) : undefined;
  if (cell) return cell;
  // A label with its country in brackets is a party's name; a bare one only when it reads as a company or service.
  const label = labelled(item);
  // With its place in brackets, after its name or at the end ("Supabase — tietokanta ja autentikointi (EU)"), a label is a party's name.
  if (label?.countries.length || label?.inEea) return label.name;
  // A bare label, or one with a service in brackets ("Google (Google Fonts)"), where it reads as a company, a service or a known provider.
  if (label && (!label.bracketed || providersNamed(label.name).length) && readsAsParty(label.name)) return label.name;
  // A label with the kind of service it is in brackets ("Formspree (formulärleverantör) - tar emot …") names that service.
  if (label?.bracketed && SERVICE_KIND.test(LABEL_NAME.exec(item)?.[2] ?? '') && !PARTY.test(label.name)) return label.name;
  const names = [...new Set([...companyNames(item), ...serviceNames(item)])].filter((n) => !sameName(n, x.controller.name as string | undefined));
  return names.length === 1 ? names[0] : undefined;
}

/** Servers and data centres, in the words `TRANSFERRED` does not have: "servrar", "konesali", "datakeskus". */
const SERVERS = /servrar\p{L}*|konesal\p{L}*|datacenter\p{L}*|datakeskuks\p{L}*|data cent(?:re|er)s?/iu;

/** Servers or data put in a country outside the EEA: a transfer, and the party running them a recipient too. */
const placesAbroad = (s: string): boolean => countriesIn(s).length > 0 && (TRANSFERRED.test(s) || SERVERS.test(s)) && !DENIED.test(s) && !TRANSFER_CUE.test(s);

/**
 * A sentence on transfers outside the EU/EEA, or one that rules out only those to countries without adequate protection,
 * or one that puts servers or data in a country outside the EEA ("Asiakkuudenhallintajärjestelmämme palvelimet sijaitsevat
 * Yhdysvalloissa") or names the ground of a transfer ("Siirtoperuste on Komission päätös riittävästä tietosuojan tasosta").
 */
const onTransfers = (s: string): boolean => TRANSFER_CUE.test(s) || deniesOnlyUnsafe(s) || placesAbroad(s) || mechanismsIn(s).length > 0;

/** In a section on both disclosures and transfers: the sentences on transfers go to the transfers; the rest is returned. */
function transferSentences(x: DraftState, section: Section, block: Block): string {
  const all = sentences(block.text);
  const transfer = all.filter(onTransfers);
  if (transfer.length) transferUnits(x, section, [{ type: 'para', block: { ...block, text: transfer.join(' '), lines: transfer } }]);
  // A sentence that denies disclosure in a clause of its own before the transfers ("ei luovuteta ulkopuolisille tahoille, tai siirretä …") denies it here too.
  const denial = (s: string): string[] => {
    const part = denialBeforeTransfers(s);
    return part ? [`${part}.`] : [];
  };
  return all.flatMap((s) => (placesAbroad(s) ? [s] : onTransfers(s) ? denial(s) : [s])).join(' ');
}

/** A short subheading that names a recipient and maps to no other part of a notice: "Viranomaiset", "Palveluntarjoajat", "Stripe". */
function namesPart(x: DraftState, heading: string): boolean {
  return heading.split(/\s+/u).length <= 5 && classifyHeading(heading).every((k) => k === 'recipients') && namesRecipient(x, heading);
}

/** What a section's paragraphs have left so far: units to keep in a TODO, denials, and whether one denies outright. */
interface Left {
  units: Unit[];
  none: Unit[];
  denied: boolean;
}

/** Where to read a party's own privacy notice ("Voit tutustua Timman tietosuojaselosteeseen täällä", "Read Stripe's privacy policy"). */
const POLICY_POINTER = /tietosuojaselost|tietosuojakäytän|tietosuojaehto|privacy (?:policy|notice|statement)|integritetspolicy|dataskyddsbeskrivning|dataskyddspolicy/iu;

/** The recipient made before whose own privacy notice a list item points at: the item says more of it, it is no recipient of its own. */
function pointedAt(x: DraftState, item: string, made: readonly Made[]): Made | undefined {
  const at = POLICY_POINTER.exec(item)?.index;
  if (at === undefined) return undefined;
  // The name stands right before the words for the notice ("Timman tietosuojaselosteeseen", "the Bookly privacy policy"), not anywhere in the item.
  const before = item.slice(Math.max(0, at - 30), at).toLowerCase();
  return [...made].reverse().find((m) => {
    const name = x.recipients[m.index]?.name;
    return typeof name === 'string' && name.length > 2 && before.includes(name.toLowerCase());
  });
}

/** A heading that names parties in general, no kind of them: "Kolmannet tahot", "Third parties", "Tredje parter". */
const ANYONE_HEADING = new RegExp(`^(?:${ANY_PARTY})$`, 'iu');

/**
 * A paragraph of the section. When the subheading above it (`heading`, one that names a recipient)
 * is followed by text that names none, the two are one recipient ("Viranomaiset: Tietoja voidaan
 * luovuttaa lain nojalla", "IT-tjänsteleverantörer: Som hjälper oss med e-post"); under a heading on
 * parties in general ("Kolmannet tahot"), only where the text says data go somewhere: an introduction
 * on something else is no recipient.
 */
function paragraphUnit(x: DraftState, section: Section, u: Extract<Unit, { type: 'para' }>, heading: Extract<Unit, { type: 'sub' }> | undefined, context: readonly string[], made: Made[], left: Left): void {
  const text = section.kinds.includes('transfers') ? transferSentences(x, section, u.block) : u.block.text;
  const card = heading && heading.block !== section.heading ? cardName(heading.block.text, text) : undefined;
  if (card) {
    made.push(addRecipient(x, `${card}: ${text}`, context, card));
    return;
  }
  const before = x.recipients.length;
  const found = text ? paragraph(x, text, context, made) : { none: false as const, rest: [] };
  const all = sentences(text);
  if (heading && !found.none && before === x.recipients.length && found.rest.length && found.rest.length === all.length && (!ANYONE_HEADING.test(heading.block.text.replace(/[:：]\s*$/u, '').trim()) || DISCLOSES.test(text) || ACCESS_GIVEN.test(text))) {
    made.push(addRecipient(x, `${heading.block.text.replace(/[:：]\s*$/u, '')}: ${text}`, context));
    return;
  }
  if (heading && heading.block !== section.heading) left.units.push(heading);
  left.denied ||= found.none === 'denial';
  if (found.none) left.none.push(u);
  else if (found.rest.length) left.units.push({ type: 'para', block: { ...u.block, lines: found.rest.length < all.length ? found.rest : u.block.lines } });
}

/** A short subheading that names a party and nothing else: a company, a service, a provider Seloste knows ("Brevo (Sendinblue SAS)", "Google Fonts"). */
function partyName(heading: string): string | undefined {
  const text = heading.replace(/[:：]\s*$/u, '').trim();
  if (text.split(/\s+/u).length > 4 || /[!?]$/u.test(text) || PARTY.test(text)) return undefined;
  return readsAsParty(text) ? text : undefined;
}

/**
 * A subheading that is a party's own name ("Brevo (Sendinblue SAS)", "Cloudflare, Inc.", "Google Fonts") over a
 * paragraph that names no other party by name (only the party itself: "Cloudflares integritetspolicy", "Googles
 * servrar", and what brackets add) and denies nothing: the party's card, its paragraph what the party does. Its name, or none.
 */
function cardName(heading: string, text: string): string | undefined {
  const name = partyName(heading);
  if (!name || DENIED.test(text)) return undefined;
  const own = name.toLowerCase();
  const first = own.split(/[^\p{L}\d]+/u)[0]!;
  // The party's own name, inflected ("Cloudflares", "Googlen", "Brevo’s"); what brackets add is its own detail ("Webbhosting (Pages Functions)").
  const ownName = (n: string): boolean => own.includes(n.toLowerCase()) || (first.length >= 3 && n.toLowerCase().startsWith(first));
  const plain = text.replace(/\([^()]*\)/gu, ' ');
  const others = [...providersNamed(plain), ...companyNames(plain), ...serviceNames(plain)].filter((n) => !ownName(n));
  return others.length ? undefined : name;
}

/**
 * A section on recipients: list items and table rows each a recipient, paragraphs sentence by
 * sentence; `recipients: none` only where every paragraph denies disclosures (or says which of the
 * controller's own people see the data) and nothing else is left.
 */
/** Out of an area ("ulkopuolelle", "utanför", "outside the EEA"), not to outsiders ("ulkopuolisille"). */
const OUT_OF_AREA = /(?<![\p{L}])ulkopuolelle(?![\p{L}])|(?<![\p{L}])utanför(?![\p{L}])|\boutside\b/iu;

/**
 * Under a heading on disclosures and on transfers out of the EU/EEA ("Säännönmukaiset tietojen
 * luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle"), a denial that data go out of "the said
 * areas" ("Tietoja ei luovuteta ko. alueiden ulkopuolelle") denies transfers too. A bare denial of disclosure
 * ("Tietoja ei luovuteta.") does not: a disclosure to a third party is not a processor's transfer (Art. 13(1)(f)).
 */
function deniedOutside(x: DraftState, lines: readonly string[]): void {
  // A subheading that names the area ("… siirto EU:n ulkopuolelle") denies nothing.
  const said = lines.filter((l) => OUT_OF_AREA.test(l) && DENIED.test(l));
  if (!said.length || x.transfers.length || x.transfersNone || x.transfersOpen || exceptedAsARule(said, lines)) return;
  x.transfersNone = true;
  x.remark(['transfers'], 'The original says:', said);
}

/** A list item that opens on a denial of the data: "No data is sent to analytics services", "Tietoja ei myydä", "Inga uppgifter säljs". */
const NO_DATA_ITEM =
  /^(?:no (?:personal )?(?:data|information)|none of (?:your |the )?(?:personal )?(?:data|information)|(?:henkilö)?tietoja(?:si)? ei|ei (?:mitään )?(?:henkilö)?tietoja|inga (?:person)?uppgifter|(?:person)?uppgifter(?:na)? (?:\p{L}+ )?(?:inte|aldrig))(?!\p{L})/iu;

/** A denial that goes on to who gets the data after all: its exception ("muille kuin Posti Oy:lle", "utom till PostNord"), or "but … are given to Posti Ltd". */
const savesSome = (text: string): boolean => hasException(text) || /(?<!\p{L})(?:but|mutta|men)(?!\p{L})/iu.test(text);

/**
 * A lead-in that ends on a condition: "… only be shared … if:", "Tietoja luovutetaan, jos:", "Uppgifterna lämnas ut om:";
 * not "… in the following cases:", "… i följande situationer:", whose items name those who get the data as often as not.
 */
const CONDITION_LEAD = /(?<!\p{L})(?:if|when|where|provided that|jos|mikäli|kun|om|när|ifall)\s*[:：]\s*$/iu;

export function recipientSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Left = { units: [], none: [], denied: false };
  let context: string[] = [];
  const made: Made[] = [];
  // The section's own heading may name the recipient its first paragraph is about ("Processors"); it is not kept again.
  let sub: Extract<Unit, { type: 'sub' }> | undefined = namesPart(x, section.heading.text) ? { type: 'sub', block: section.heading } : undefined;
  for (const u of withoutRights(x, section, units)) {
    const heading = sub;
    sub = undefined;
    if (u.type === 'para') {
      paragraphUnit(x, section, u, heading, context, made, left);
      continue;
    }
    if (heading && heading.block !== section.heading) left.units.push(heading);
    if (u.type === 'sub') {
      context = [u.block.text];
      if (namesPart(x, u.block.text) || partyName(u.block.text)) sub = u;
      else left.units.push(u);
      continue;
    }
    // The items of a lead-in that ends on a condition ("… will only be shared … if:") are the conditions, no recipients.
    if (u.leadIn && CONDITION_LEAD.test(u.leadIn.text)) {
      left.units.push(u);
      continue;
    }
    const lead = u.leadIn ? [u.leadIn.text] : [];
    const header = u.leadIn?.tableHeader ? u.leadIn.text : undefined;
    for (const item of listItems(u)) {
      // An item that denies ("No data is sold to third parties", "Tietoja ei myydä") names no one who gets the data.
      if (!item.parents.length && !savesSome(item.text) && (NO_DATA_ITEM.test(item.text.trim()) || sentenceKind(x, item.text, false) === 'denial')) {
        left.none.push({ type: 'para', block: { kind: 'paragraph', text: item.text, lines: [item.text], line: u.blocks[0]?.line ?? 0 } });
        left.denied = true;
        continue;
      }
      const about = pointedAt(x, item.text, made);
      if (about) {
        append(x, about, itemText(item), context);
        continue;
      }
      made.push(addRecipient(x, itemText(item), [...context, ...lead, ...item.parents], itemName(x, item.text, header), item.text));
      const countries = labelled(item.text)?.countries ?? [];
      if (countries.length === 1) x.recipients[x.recipients.length - 1]!.country = countries[0]!;
    }
    x.leadIn('recipients', u.leadIn);
  }
  if (sub && sub.block !== section.heading) left.units.push(sub);
  if (left.denied && !left.units.length && !x.recipients.length) {
    x.recipientsNone = true;
    x.remark(['recipients'], 'The original says:', left.none.flatMap(unitLines));
    if (section.kinds.includes('transfers')) deniedOutside(x, left.none.flatMap(unitLines));
  } else left.units.unshift(...left.none);
  if (left.units.length) x.recipientsOpen = true;
  x.leftover(section, 'recipients', 'recipients not mapped: name the recipients or categories of recipients in `recipients`, or write `recipients: none`', left.units);
}
