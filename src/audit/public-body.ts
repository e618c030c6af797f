/**
 * Whether the controller a notice names is a public authority or body (Art. 37(1)(a): it must
 * designate a data protection officer; Art. 6(1), last subparagraph: no legitimate interests in its
 * tasks). A register says so with `controller.public_authority`; a published notice seldom does, so
 * the audit reads it from the names in the controller's part: a municipality, a city or a city's own
 * institution ("Helsingin kaupunginmuseo", "Helsingfors stadsbibliotek", "City Museum"), a parish or
 * parish union, a wellbeing services county, an agency (by the ending of its name: "-laitos",
 * "-hallinto", "-styrelsen", "-verket"), a ministry, a state library or university, and their Swedish
 * and English names. A name with a company or association form is not one.
 */
import type { Passage } from './passages.js';

const PUBLIC_BODY =
  /(?<!\p{L})kaupungin(?:museo|kirjasto|arkisto|orkesteri|teatteri|kanslia|hallitus|valtuusto)\p{L}*|(?<!\p{L})stads(?:museum|museet|bibliotek|biblioteket|arkiv|arkivet)(?!\p{L})|(?<!\p{L})city (?:museum|library|archives?)(?!\p{L})|(?:kunta|kaupunki|kuntayhtymä|seurakunta|seurakuntayhtymä|hyvinvointialue|virasto|ministeriö|kansalliskirjasto|yliopisto|opetushallitus|kommun|(?<!\p{L})stad|församling|samfällighet|välfärdsområde|ämbetsverk|ministeriet|nationalbiblioteket|universitet|university|municipality|ministry)(?!\p{L})/iu;
/** A state agency by the ending of its compound name: "Maanmittauslaitos", "Verohallinto", "Utbildningsstyrelsen", "Skatteverket", "Transportstyrelsen". */
const AGENCY_NAME = /\p{Lu}\p{Ll}{3,}(?:laitos|hallinto|styrelsen|verket|myndigheten)(?!\p{L})/u;
const PRIVATE_FORM = /(?<!\p{L})(?:Oy|Oyj|Ab|AB|Abp|ry|r\.y\.|rf|Ltd|Inc|GmbH|säätiö|stiftelse|foundation)(?!\p{L})/u;

/** The controller said to be a private business in words: "se yksityinen yritys tai yrittäjä, joka …", "a sole trader". */
const PRIVATE_WORDS =
  /(?<!\p{L})(?:yksityi\p{L}* (?:yritys|yrittäjä|elinkeinonharjoittaja|ammatinharjoittaja)|toiminimi|enskild (?:firma|näringsidkare)|privat(?:ägt)? företag|sole trader|private (?:company|business|practice))(?!\p{L})/iu;

const namesPublic = (text: string): boolean => PUBLIC_BODY.test(text) || AGENCY_NAME.test(text);
const namesPrivate = (text: string): boolean => PRIVATE_FORM.test(text) || PRIVATE_WORDS.test(text);

/** An address labelled as one says where the controller sits, not what it is: "Registered Office: Tietotie 1, Häme University of Applied Sciences". */
const ADDRESS_LABEL = /^\s*(?:registered office|(?:postal |visiting |street )?address|(?:käynti|posti)?osoite|(?:besöks|post)?adress|c\/o)(?!\p{L})/iu;
/** A university or a college as the place an address is at; a city in one ("00099 Helsingin kaupunki") still names the body. */
const CAMPUS = /(?<!\p{L})(?:university|yliopisto|ammattikorkeakoulu|universitet|högskola)\p{L}*/iu;
const onCampus = (text: string): boolean => ADDRESS_LABEL.test(text) && CAMPUS.test(text) && !PRIVATE_FORM.test(text);

/** Sentences after the controller's name and its short details that may still say what it is ("Rekisterinpitäjä on Vantaan kaupunki."). */
const SENTENCES_AFTER_NAME = 3;
/** A detail of a contact block: an address, a phone, an e-mail, a business ID ("Y-tunnus: 1234567-1"). */
const DETAIL_WORDS = 5;
/** Passages after the name, details and sentences together, that may still say what the controller is. */
const MOST_AFTER_NAME = 8;

/**
 * The controller's part, from the sentence that holds the name read for it through its details and the
 * few sentences after them; all of it where the name is in none. A sentence further on names other
 * bodies ("Hyvinvointialue antaa tällöin oman tietosuojaselosteensa" under a private practice's details).
 */
function nearName(passages: readonly Passage[], name?: string): Passage[] {
  const part = passages.filter((p) => p.kind === 'controller');
  const at = name === undefined ? -1 : part.findIndex((p) => p.text.includes(name));
  if (at < 0) return part;
  let sentences = 0;
  const end = part.findIndex((p, i) => i - at > MOST_AFTER_NAME || (i > at && p.text.trim().split(/\s+/u).length > DETAIL_WORDS && ++sentences > SENTENCES_AFTER_NAME));
  return part.slice(at, end < 0 ? undefined : end);
}

/**
 * The name read for the controller is a public body ("Helsingin kaupunki"), or else the first sentence
 * of the controller's part near that name that names a body or a company or association form names a
 * public body: "The controller is Nuorten startup- ja innovaatiojohtajuus ry" before "organised
 * together with Aalto University", "Algo ry" before the university's postal address, a practice said to
 * be "se yksityinen yritys tai yrittäjä" before the wellbeing services county, are not.
 */
export function controllerIsPublicBody(passages: readonly Passage[], name?: string): boolean {
  // A sentence that names a public body and a private producer ("… Helsingin kaupunki, jonka lukuun palvelun tuottaa yksityinen yritys") is the body's.
  const isPublic = (text: string): boolean => namesPublic(text) && !PRIVATE_FORM.test(text);
  if (name !== undefined && (isPublic(name) || PRIVATE_FORM.test(name))) return isPublic(name);
  const first = nearName(passages, name).find((p) => !onCampus(p.text) && (namesPublic(p.text) || namesPrivate(p.text)));
  return first !== undefined && isPublic(first.text);
}
