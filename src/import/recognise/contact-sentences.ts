/**
 * Contacts said in a sentence outside the contact sections: who answers questions about the
 * register, and where ("Rekisteriä koskeviin kysymyksiin vastaa yhdistyksen puheenjohtaja
 * osoitteessa …", "Questions about the register are answered by our secretary at …", "Frågor om
 * registret besvaras av ordföranden på …"). The address is the contact person's when the sentence
 * says someone answers, and the controller's when no section of the notice gives the controller's
 * details; so too "For more information about GDPR, contact …". An organisation named with its
 * registration number is the controller where no section names one. A sentence that names the DPO or the contact person and gives one address gives
 * theirs. The sentence itself stays where it is.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Section } from '../outline.js';
import { CONTACT_KINDS } from '../headings.js';
import { EMAIL, hyphenated, NAME, urlsIn } from './contact-details.js';
import { ROLE_LEAD, roleCue } from './contact-labels.js';
import { isPersonName, sameName } from './contact-names.js';
import { onlyAddress, onlyOne } from './contact-spans.js';
import { SUPERVISORY_AUTHORITY } from './contacts.js';

/** Questions or requests about the register, the personal data or their processing. */
const QUESTIONS = [
  /(?:rekister\p{L}*|henkilötie\p{L}*|tietosuoja\p{L}*|tietojen käsittel\p{L}*)\s+(?:koskev|liittyv)\p{L}*\s+(?:kysymy|tiedustel|pyyn|asio|yhteydenot)\p{L}*/iu,
  // "Jos sinulla on kysyttävää tietojesi käsittelystä, …".
  /kysyttävää\s+(?:\p{L}+\s+){0,2}?(?:käsittel|tietosuoja|henkilötie|tietojesi|rekister)\p{L}*/iu,
  /(?:questions|enquiries|inquiries|requests)\s+(?:about|regarding|concerning|on|related to|relating to|in relation to)\s+(?:the\s+|this\s+|our\s+|your\s+)?(?:register|personal data|data protection|privacy|processing)/iu,
  // Requests about the data or a right, where to send them: "Requests concerning the data or requests for rectification must be … sent to …".
  /requests\s+(?:concerning|regarding|about|for)\s+(?:the\s+|your\s+)?(?:data|rectification|access|erasure)(?![\p{L}])[^.]{0,120}?(?:sent|submitted|addressed|made)\s+to\s+(?:us\s+at\s+)?[^\s@]+@/iu,
  /(?:frågor|förfrågningar)\s+(?:om|kring|rörande|angående|gällande|som gäller)\s+(?:(?:dina|din|ditt|era|er|ert)\s+)?(?:registret|personuppgift\p{L}*|dataskydd\p{L}*|behandling\p{L}*|integritet\p{L}*)/iu,
  // "For more information about GDPR, contact …", "Lisätietoja tietosuojasta antaa …", "För mer information kring GDPR kontakta …".
  /(?:more )?information\s+(?:about|on|regarding)\s+(?:the\s+)?(?:gdpr|data protection|privacy|personal data|the processing)/iu,
  /lisätieto\p{L}*\s+(?:\p{L}+\s+)?(?:tietosuoja\p{L}*|gdpr\p{L}*|henkilötieto\p{L}*|henkilötietojen käsittel\p{L}*)/iu,
  /(?:mer\s+)?information\s+(?:om|kring|angående|rörande)\s+(?:gdpr|dataskydd\p{L}*|personuppgift\p{L}*|integritet\p{L}*|behandling\p{L}*)/iu,
  // Feedback and questions about the service itself, where the notice gives no other address: "Palveluun liittyviä palautteita ja kysymyksiä voi lähettää …".
  /palvelu\p{L}*\s+(?:koskev|liittyv)\p{L}*\s+(?:palaut|kysymy)\p{L}*|(?:feedback|questions)\s+(?:about|on|regarding)\s+(?:the|this|our)\s+service|(?:respons|frågor)\s+(?:om|kring|angående)\s+tjänsten/iu,
  // Where to change one's own data: "För att ändra dina uppgifter, kontakta oss: …", "To update your details, contact us at …".
  /(?:ändra|uppdatera|rätta|change|update|correct|muuttaa|päivittää|korjata)\s+(?:\p{L}+\s+){0,2}?(?:uppgifter|details|data|information|tie(?:to|do)\p{L}*)[^.]{0,20}?(?:kontakta|contact|ota yhteyttä)/iu,
  // Questions of any kind to "us", the notice's own speaker: "Jos sinulla on kysyttävää, voit ottaa yhteyttä meihin sähköpostilla …".
  // Or to the controller's own body or office: "Har ni några frågor … kontakta centrumledningen på …", "… kontakta styrelsen".
  /kysyttävää[^.]{0,40}?yhteyttä meihin|(?:questions|queries)[^.]{0,80}?contact us|frågor[^.]{0,60}?kontakta (?:oss|\p{L}*(?:ledningen|styrelsen|kansliet|kundtjänsten|kontoret|föreningen))(?!\p{L})/iu,
];

/** The labels of a registration number: "organisationsnummer", "org. nr.", "y-tunnus", "business ID", "company number". */
const NUMBER_LABEL = String.raw`(?:[Oo]rganisationsnummer|[Ff][Oo]-nummer|[Oo]rg\.?\s?nr\.?|[Yy]-tunnus\p{L}*|[Yy]ritystunnus\p{L}*|[Bb]usiness (?:ID|id|Id)|[Cc]ompany (?:number|no\.?)|[Rr]egistered number|[Rr]egistration number|[Cc]orp(?:orate)?\.? [Rr]eg(?:istration)?\.? (?:no\.?|number))`;

/**
 * An organisation named with its registration number, as a notice without a section on the controller
 * opens: "Bostadsrättsföreningen Gran med organisationsnummer 769600-1234 är …", "Kuusen Kyläyhdistys
 * ry (y-tunnus 1234567-8) …", "Spruce Rowing Club, company number 01234567, …", "Acast AB (publ), corp. reg. no.
 * 556946-8498, …"; the number's hyphen also a dash as typeset ("559075–0245").
 */
const REGISTERED = new RegExp(
  String.raw`^(?:${ROLE_LEAD})?((?:\p{Lu}[\p{L}&'’.-]*)(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|ry|rf|r\.y\.|oy|ab|ltd|och|ja|and|of|&))*?)(?:\s*\(publ\))?\s*(?:,\s*|\(\s*|\s+)(?:med\s+|with\s+)?${NUMBER_LABEL}\s*:?\s*(?=\d)(\d{6,7}[-‐‑–—−]\d{1,4})?`,
  'u',
);

/**
 * The same inside a sentence, for a company or association whose form names it as one: "Denna
 * integritetspolicy beskriver hur Agronod AB, org. nr. 559270-6245 (nedan benämnd Agronod) …", "F-Secure
 * Corporation, a Finnish publicly listed corporation with Business ID 0705579-2".
 */
const REGISTERED_INSIDE = new RegExp(
  String.raw`(?<![\p{L}\d&'’-])(\p{Lu}[\p{L}&'’-]*\s+(?:\p{Lu}[\p{L}&'’-]*\s+|&\s+){0,3}(?:AB|Ab|Oy|Oyj|Ltd|Limited|Corporation|Corp|ry|rf|r\.y\.|GmbH|Inc))\.?\s*(?:,\s*|\(\s*)(?:(?:an?|en|ett)\s+[^,.;()]{0,60}?\s(?:with|med)\s+)?${NUMBER_LABEL}\s*:?\s*(\d{6,7}[-‐‑–—−]\d{1,4})`,
  'u',
);

/** No section gave the controller's contact details: at most its name and its registration number (and a web form for questions a sentence gave). */
function controllerBare(x: DraftState): boolean {
  return Object.entries(x.controller).every(([k, v]) => k === 'name' || k === 'business_id' || k === 'registration' || k === 'web_form' || v === undefined);
}


/**
 * The controller's name from the sentence that names it with its number, where no part of the notice
 * names it; and the number, where the name is the controller's ("Denna integritetspolicy beskriver hur
 * JTT Fastighet & Konsult AB (org.nr. 559537-4298) …" and the contact section names the company).
 */
function registeredName(x: DraftState, text: string): void {
  const first = REGISTERED.exec(text);
  const found = first ?? REGISTERED_INSIDE.exec(text);
  const name = found?.[1];
  if (!name || SUPERVISORY_AUTHORITY.test(text)) return;
  // The role said first ("Personuppgiftsansvarig är Dubbelåtta, organisationsnummer 559044-7396, Bredgatan 2, 22221, Lund") names the controller whatever else gave its details.
  const roleFirst = first !== null && ROLE_FIRST_LEAD.test(first[0]);
  // The role said after the name and its number: "Acast AB (publ), corp. reg. no. 556946-8498, is the controller …".
  const roleAfter = first !== null && ROLE_AFTER.test(text.slice(first[0].length));
  if (x.controller.name === undefined && (roleFirst || roleAfter || controllerBare(x))) x.controller.name = name;
  // A contact line that puts the text's own short name before it ("Bolaget Framkalla Europe AB", "nedan Bolaget"): the name as registered.
  if (typeof x.controller.name === 'string' && ONE_WORD_BEFORE.test(x.controller.name.slice(0, -name.length)) && x.controller.name.endsWith(` ${name}`)) x.controller.name = name;
  if (typeof x.controller.name !== 'string' || !sameName(x.controller.name, name)) return;
  // The number said with it: a Swedish organisation number is the controller's registration, a Finnish one its business ID.
  const number = found![2] === undefined ? undefined : hyphenated(found![2]);
  if (number && /^\d{6}-\d{4}$/u.test(number)) x.controller.registration ??= number;
  else if (number && /^\d{7}-\d$/u.test(number)) x.controller.business_id ??= number;
  if (roleFirst && number) addressAfterNumber(x, text.slice(first[0].length));
}

const ROLE_FIRST_LEAD = new RegExp(`^${ROLE_LEAD}`, 'u');
/** The controller's role said right after the number: ", is the controller", ", är personuppgiftsansvarig", ", on rekisterinpitäjä". */
const ROLE_AFTER = /^[\d‐‑–—−-]*\)?,?\s+(?:is|acts as|är|on|toimii)\s+(?:the\s+|a\s+)?(?:data\s+)?(?:controller|personuppgiftsansvarig|rekisterinpitäjä)(?!\p{L})/iu;
/** The short names a text gives the controller ("nedan Bolaget", "jäljempänä Yhtiö", "the Company"), put before the registered one; never a legal form ("Stiftelsen"). */
const ONE_WORD_BEFORE = /^(?:Bolaget|Företaget|Yhtiö|Yritys|(?:The )?Company) $/u;

/** The controller's address right after its number, where nothing gave it one: up to the end of the sentence or a bracket. */
function addressAfterNumber(x: DraftState, rest: string): void {
  if (x.controller.address) return;
  // A comma between the postal code and the town ("22221, Lund") parts no address here.
  const address = onlyAddress(rest.split(/[(]/u)[0]!.replace(/(?<!\d)(\d{3}\s?\d{2}),\s+(?=\p{Lu})/u, '$1 '));
  if (address?.street && address.postal_code) x.controller.address = address;
}

/** Someone answers them: "vastaa", "answered by", "besvaras av". */
const ANSWERED = /(?<![\p{L}])(?:vastaa|vastaavat|answered by|handled by|besvaras av|hanteras av|svarar)(?![\p{L}])/iu;

/** The person named right after the verb: "vastaa Anna Virtanen", "answered by Anna Virtanen". */
const ANSWERER = new RegExp(String.raw`(?:vastaa|vastaavat|answered by|handled by|besvaras av|hanteras av)\s+(${NAME})(?![\p{L}])`, 'u');

function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'list' ? (b.items ?? []) : b.kind === 'paragraph' ? sentences(b.text) : []));
}

/** A sentence that says there is none, or that names no one: "Meillä ei ole tietosuojavastaavaa", "We have not appointed a DPO". */
const DENIAL = /(?<![\p{L}])(?:ei|eikä|inte|ej|not|no|none|never|without|ilman|utan)(?![\p{L}])/iu;

/** The person named after the role: "yhteyshenkilönä toimii Anna Aho", "contact person for the register is Jane Doe". */
const NAMED_AFTER_ROLE = new RegExp(String.raw`(?:yhteys ?henkilö\p{L}*|kontaktperson\p{L}*|contact person|tietosuojavastaava\p{L}*|dataskyddsombud\p{L}*|data protection officer|DPO)(?:\s+\p{Ll}+){0,5}?\s+(?:(?:toimii|on|is|är)\s+)?(?:[:–-]\s*)?(${NAME})(?![\p{L}])`, 'u');

/**
 * A contact person's or the DPO's e-mail said in a sentence of another part: "… voit ottaa yhteyttä
 * tietosuojavastaavaamme osoitteessa …", "Registrets kontaktperson är Anna Berg, anna@…".
 */
function roleSaid(x: DraftState, text: string, email: string): void {
  const role = roleCue(text.replace(EMAIL, ' '));
  if (role !== 'dpo' && role !== 'contact_person') return;
  const person = x.people[role];
  // The authority named after the address, in a clause of its own ("… contact the Data Protection Officer at dpo@… and if you have complaints … submit these to IMY"), is not whose address it is.
  // An address written otherwise than it is read ("tietosuoja (at) om.fi") is not found as read: the whole sentence is looked at.
  const at = text.indexOf(email);
  const upToAddress = at < 0 ? text : text.slice(0, at + email.length);
  if (person.email !== undefined || SUPERVISORY_AUTHORITY.test(upToAddress) || DENIAL.test(upToAddress)) return;
  const name = NAMED_AFTER_ROLE.exec(text)?.[1];
  if (person.name !== undefined && person.name !== name) return;
  if (name !== undefined && isPersonName(name)) person.name = name;
  person.email = email;
}

/** Sending a query, a request or a form: "by submitting a query here", "täyttämällä lomakkeen", "via formuläret". */
const FORM_ACT = /(?<!\p{L})(?:submit\p{L}*|fill\p{L}*|send\p{L}*|sending|through|via|using)\s+(?:\p{L}+\s+){0,2}?(?:query|request|form|ticket)|lomak\p{L}*|formulär\p{L}*|kontaktformulär\p{L}*|yhteydenottolomak\p{L}*/iu;

/**
 * A web form for questions said in a sentence ("if you have any questions … please contact us by submitting a query
 * here (https://…/requests/new)"): the controller's way to be reached, where nothing else gives one but a postal
 * address or a name.
 */
function formSaid(x: DraftState, text: string): void {
  const { email, phone, web_form: form } = x.controller;
  if (email || phone || form || !QUESTIONS.some((re) => re.test(text)) || !FORM_ACT.test(text) || SUPERVISORY_AUTHORITY.test(text)) return;
  const urls = urlsIn(text);
  if (urls.length === 1) x.controller.web_form = urls[0]!;
}

function take(x: DraftState, text: string): void {
  registeredName(x, text);
  const email = onlyOne(text, 'email');
  if (!email) formSaid(x, text);
  if (email) roleSaid(x, text, email);
  // Questions about another party, or to the authority ("Vid frågor om klagomål, kontakta IMY"), give no address of the controller's.
  if (!email || !QUESTIONS.some((re) => re.test(text)) || SUPERVISORY_AUTHORITY.test(text) || /(?<!\p{L})imy(?!\p{L})/iu.test(text)) return;
  const person = x.people.contact_person;
  if (ANSWERED.test(text) && person.email === undefined) {
    const name = ANSWERER.exec(text)?.[1];
    if (name !== undefined && isPersonName(name) && person.name === undefined) person.name = name;
    if (person.name === undefined || person.name === name) person.email = email;
  }
  // The address the sentence says is the DPO's ("Vid frågor kontakta Martin Enroth (Data Protection Officer), martin@…") is not the controller's.
  if (!controllerBare(x) || (x.people.dpo.email === email && roleCue(text.replace(EMAIL, ' ')) === 'dpo')) return;
  x.controller.email = email;
  // A phone of the person who answers ("besvaras av Anna Berg, anna@…, 070-…") is hers, not the controller's.
  if (ANSWERED.test(text)) return;
  // A phone given beside the address ("kontakta oss: info@… | 08-645 33 07") is the controller's too.
  x.controller.phone ??= onlyOne(text, 'phone');
}

/**
 * A postal address the sentence gives right after the controller's own name ("contact us at privacy@… or
 * alternatively at Rovio Entertainment Ltd, Legal Department, Keilaranta 17 C, 02150 Espoo"): the
 * controller's, with a TODO to check it. Not one after another party's name (an external DPO's, the
 * authority's), nor a street and postal code split over lines.
 */
function addressAfterName(x: DraftState, text: string): void {
  // The name a section gave, or the company the opening or the title names, which the draft takes for it.
  const name = x.controller.name ?? x.frontCompany ?? x.titleCompany;
  if (x.controller.address || typeof name !== 'string' || SUPERVISORY_AUTHORITY.test(text)) return;
  const at = text.indexOf(name);
  const address = at < 0 ? undefined : onlyAddress(text.slice(at + name.length));
  if (!address?.street || !address.postal_code) return;
  x.controller.address = address;
  x.todo(['controller'], `the controller's address is taken from the sentence that gives it after the controller's name: check it`, []);
}

/** The opening paragraphs and the sections about other things than contacts. */
function elsewhere(front: readonly Block[], sections: readonly Section[]): Block[] {
  return [...front, ...sections.filter((s) => !CONTACT_KINDS.has(s.kinds[0]!)).flatMap((s) => s.blocks)];
}

/** Contacts said in the opening paragraphs and in sections about other things. */
export function contactSentences(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  for (const text of texts(elsewhere(front, sections))) take(x, text);
  for (const text of officerProse(sections)) roleSaid(x, text, onlyOne(text, 'email')!);
}

/**
 * The sentences of running text in the controller's own part that name the DPO and give one address: "Malmö
 * University is the Controller … If you have questions … you may contact the Data Protection Officer at
 * dpo@…" (a paragraph of prose there, not a line of its contact block).
 */
function officerProse(sections: readonly Section[]): string[] {
  const prose = sections.filter((s) => s.kinds[0] === 'controller').flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph'));
  return texts(prose).filter((t) => t.split(/\s+/u).length >= 8 && onlyOne(t, 'email') !== undefined && roleCue(t.replace(EMAIL, ' ')) === 'dpo');
}

/**
 * The controller's postal address said in a sentence on questions, after its name, where nothing else
 * gave the controller one: read once the controller's name is known.
 */
export function controllerAddressInSentence(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  for (const text of texts(elsewhere(front, sections))) {
    if ((onlyOne(text, 'email') && QUESTIONS.some((re) => re.test(text))) || WRITE_TO.test(text)) addressAfterName(x, text);
  }
}

/**
 * Where to write by post: "submitted in writing to the postal address Hintsa Performance Oy, …", "lähetetään
 * kirjallisesti osoitteeseen …", "skickas per post till …"; the controller's name right after it gives its address.
 */
const WRITE_TO =
  /(?:in writing|by (?:post|mail|letter)) to(?: the)?(?: postal address)?|(?:to|at) the postal address|kirjallisesti (?:osoitteeseen|postiosoitteeseen)|postitse osoitteeseen|(?:skriftligen|skriftligt|per post|med post|brevledes) till(?: (?:post)?adressen)?/iu;
