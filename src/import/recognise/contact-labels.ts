/**
 * The labels of a contact block in Finnish, Swedish and English: the role a block is about
 * (controller, contact person, DPO) and the detail a value is ("Puhelin:", "E-post", "Address").
 */

export type Role = 'controller' | 'contact_person' | 'dpo';

/** The controller's role said before its name: "Personuppgiftsansvarig är …", "Rekisterinpitäjä on …", "The controller is …". */
export const ROLE_LEAD = String.raw`(?:Personuppgiftsansvarig(?:\s+(?:för|i)(?:\s+\p{L}+){1,7}?)?\s+är|(?:\p{Lu}\p{Ll}+n\s+(?:\p{Ll}+n\s+)?r|R)ekisterinpitäjä(?:nä)?\s+(?:on|toimii)|(?:The\s+)?(?:[Dd]ata\s+)?[Cc]ontroller\s+is)\s+`;

/** What a labelled value is. `other` labels ("Yhteystiedot") say nothing of the value. */
export type Detail = 'name' | 'title' | 'id' | 'address' | 'postal_address' | 'postal_code' | 'city' | 'domicile' | 'phone' | 'email' | 'website' | 'web_form' | 'other';

const END = String.raw`(?![\p{L}\d@._-])`;
const ROLE_TAIL = String.raw`(?:'s)?(?:\s+(?:yhteystiedot|kontaktuppgifter|contact details|contact information))?(?:\s+(?:on|ovat|toimii|är|is|are))?`;

/** "In matters of data protection", said before whom to contact: "Tietosuojaa koskevissa asioissa", "I frågor om dataskydd", "For questions about privacy,". */
const ABOUT_PRIVACY = String.raw`(?:(?:tietosuojaa|rekisteriä|henkilötietojen käsittelyä|tätä (?:tietosuoja)?selostetta) koskevissa (?:asioissa|kysymyksissä)|(?:tietosuojaan|rekisteriin|henkilötietoihin|henkilötietojen käsittelyyn|tähän (?:tietosuoja)?selosteeseen) liittyvissä (?:asioissa|kysymyksissä)|i (?:frågor|ärenden) (?:om|som (?:gäller|rör)) (?:dataskydd|personuppgifter|integritet|registret),?|(?:for|in) (?:matters|questions) (?:regarding|concerning|relating to|about|on) (?:data protection|privacy|personal data|the register|this register),?)`;

const ROLE_WORDS: readonly (readonly [Role, string])[] = [
  ['dpo', String.raw`tietosuojavastaava(?:n|na|lle)?|dataskyddsombud(?:et|ets)?|(?:the |our )?data protection officer|dpo`],
  [
    'contact_person',
    String.raw`${ABOUT_PRIVACY}\s+(?:yhteys ?henkilö(?:nä)?|(?:the )?contact person(?: is)?|kontaktperson(?:en)?)|${ABOUT_PRIVACY}\s+(?:voit olla yhteydessä|voit ottaa yhteyttä|ota yhteyttä|(?:you can |please )?contact|(?:kan du )?kontakta)(?=\s*[:：]\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+\s*(?:,|$))|rekisterinpitäjän edustaja|controller's representative|(?:rekisterin |rekisterinpitäjän |the )?yhteys ?henkilö(?:n|nä|t)?(?: (?:rekisteriä|tietosuojaa|henkilötietojen käsittelyä|tätä tietosuojaselostetta) koskevissa asioissa| tietosuoja-asioissa| rekisteriasioissa)?|rekisteriasio(?:ista|ita) (?:vastaava henkilö|hoitava henkilö|vastaa|hoitaa)|vastuu ?henkilö(?:n|nä)?|vastuuyksikö(?:n|nä)|(?:personuppgiftsansvariges )?kontaktperson(?:en|er|erna)?(?: i registerärenden| i (?:frågor|ärenden) (?:om|som gäller) (?:dataskydd|integritetsskydd|personuppgifter|denna integritetspolicy|registret))?|contact person(?: for (?:the )?register(?: matters)?| in (?:matters|questions) (?:regarding|concerning|relating to|on) (?:this |the |our )?(?:privacy policy|privacy notice|register|data protection|personal data|privacy))?|responsible person|person (?:responsible for|in charge of) (?:the )?(?:register|registry|register matters|data controlling|data processing|personal data)|ansvarsperson(?:en)?|ansvarig person`,
  ],
  [
    'controller',
    String.raw`(?:tietosuojasta|henkilötietojen käsittelystä|rekisteristä) vastaava rekisterin ?pitäjä(?:nä)?(?![\p{L}])|rekisterin ?pitäjä(?:n|nä)?|registrar|personuppgiftsansvarig(?:a|e)?(?: organisation(?:en)?)?|registeransvarig(?:a|e)?|(?:the )?(?:data )?controller|who is responsible(?: for (?:the |your )?(?:personal )?(?:data|processing)(?: processing)?)?`,
  ],
];

const ROLE_AT_START = ROLE_WORDS.map(([role, words]) => [role, new RegExp(String.raw`^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:${words})${ROLE_TAIL}${END}\s*[:：–-]?`, 'iu')] as const);

/** Words that make a line a sentence about a role, not the name it is addressed to: "Meillä on tietosuojavastaava", "We have no DPO". */
const NOT_ADDRESSEE = new Set('on ole ei eikä toimii meillä olemme är har inte ingen vi is are has have not no we our as acts'.split(' '));

const ROLE_AT_END = ROLE_WORDS.filter(([role]) => role !== 'controller').map(([role, words]) => [role, new RegExp(String.raw`^(.{2,60}?)\s+(?:${words})(?:\s+(?:yhteystiedot|kontaktuppgifter|contact details))?$`, 'iu')] as const);

/**
 * A line that addresses a DPO or contact person as a heading over their details, an organisation's
 * name before the role: "Duunify Tietosuojavastaava", "Esimerkki Oy:n tietosuojavastaava", "Exempel
 * AB:s dataskyddsombud", "Example Ltd Data Protection Officer", also with the word for their details after it
 * ("Jyväskylän yliopiston tietosuojavastaavan yhteystiedot"). The name, without its genitive ending,
 * is `by`; it may be a person's ("Anna Aho Tietosuojavastaava").
 */
export function addresseeOf(line: string): { role: Role; by: string } | undefined {
  const text = line.trim();
  if (text.length > 90 || /[\d@,;.!?()]|:(?![ns](?:\s|$))/u.test(text) || !/^\p{Lu}/u.test(text)) return undefined;
  for (const [role, re] of ROLE_AT_END) {
    const by = re.exec(text)?.[1];
    if (by === undefined) continue;
    const words = by.split(/\s+/u);
    if (words.length > 5 || words.some((w) => NOT_ADDRESSEE.has(w.toLowerCase()))) return undefined;
    return { role, by: by.replace(/(?::n|:s|['’]s)$/u, '') };
  }
  return undefined;
}

/** Role words anywhere in a sentence: the sentence is about that role. */
export const ROLE_CUES: readonly (readonly [Role, RegExp])[] = [
  ['dpo', /tietosuojavastaa|dataskyddsombud|data protection officer|\bdpo\b/iu],
  ['contact_person', /yhteys ?henkilö|vastuu ?henkilö|rekisteriasio\p{L}* (?:hoita|vastaa)|kontaktperson|ansvarsperson|contact person|responsible person/iu],
  ['controller', /rekisterin ?pitäjä|personuppgiftsansvarig|registeransvarig|\bcontroller\b|(?<![\p{L}])registrar(?![\p{L}])/iu],
];

/** The role a line starts with ("Rekisterinpitäjä: X ry", "Dataskyddsombud") and where its label ends. */
export function roleAtStart(line: string): { role: Role; end: number } | undefined {
  for (const [role, re] of ROLE_AT_START) {
    const m = re.exec(line.trim());
    if (m) return { role, end: m[0].length };
  }
  return undefined;
}

/** An organisation's own label over its name and details: "Yritys: Esimerkki Oy, …", "Företag: …", "Company: …". */
const ORGANISATION_LABEL = /^(?:yritys|yhdistys|seura|organisaatio|yhteisö|company|organi[sz]ation|association|club|företag|förening|organisation)\s*[:：]\s*\p{Lu}/iu;

/** A line that opens on an organisation's label and names it: before any section, that is the controller's. */
export function organisationLabelled(line: string): boolean {
  return ORGANISATION_LABEL.test(line.trim());
}

export function roleCue(text: string): Role | undefined {
  return ROLE_CUES.find(([, re]) => re.test(text))?.[0];
}

/** What an organisation's name is labelled as, alone or two joined by a slash ("Yritys / Toiminimi:"). */
const NAMED_AS = String.raw`(?:yrityksen nimi|yritys|toiminimi|yhdistys|seura|säätiö|organisaatio|yhteisö|företagets namn|företagsnamn|företag|firma|förening|stiftelse|company name|company|trade name|association|club|foundation|organi[sz]ation|business name)`;

const DETAIL_WORDS: readonly (readonly [Detail, string])[] = [
  // An organisation's label counts only with its colon: "Company: Example Oy", not "Example Company Ltd".
  // An organisation's own name: "Yhdistyksen nimi:", "Föreningens namn:", "Name of the association:", and any
  // kind of business before a colon: "Välitysliikkeen nimi:", "Mäklarföretagets namn:", "Name of the agency:", "Agency name:".
  ['name', String.raw`(?:yhdistyksen|yrityksen|organisaation|yhteisön|seuran|säätiön|rekisterinpitäjän)\s+nimi|(?:föreningens|företagets|organisationens|bolagets|stiftelsens)\s+namn|name of (?:the )?(?:association|company|organi[sz]ation|club|foundation)|\p{L}*(?:liikkeen|yhtiön|toimiston|yrityksen|firman|kaupan|osuuskunnan|yhdistyksen)\s+nimi(?=\s*[:：])|\p{L}*(?:företagets|bolagets|byråns|firmans|föreningens|butikens)\s+namn(?=\s*[:：])|(?:name of (?:the )?(?:agency|brokerage|firm|business|shop|store|practice)|(?:agency|brokerage|firm|shop|store|practice) name)(?=\s*[:：])|nimi|namn|name|full name|koko nimi|${NAMED_AS}(?:\s*\/\s*${NAMED_AS})?(?=\s*[:：])`],
  ['title', String.raw`tehtävä(?:nimike)?|titteli|asema|titel|befattning|title|position`],
  [
    'id',
    String.raw`y-tunnus|y-tunnukset|yritystunnus|business id|business identity code|fo-nummer|fo-nr|företags- och organisationsnummer|org\.? ?nr\.?|organisationsnummer|org\. ?no\.?|organisation number|company (?:registration )?(?:number|no\.?)|registration number`,
  ],
  ['email', String.raw`sähköposti(?:osoite)?|s-posti|e-?post(?:adress)?|e-?mail(?: address)?|mailto`],
  ['postal_address', String.raw`postiosoite|postadress|postal address|mailing address|postiosoitteet`],
  ['address', String.raw`\p{L}{0,24}osoite|käyntiosoite|katuosoite|adress|besöksadress|gatuadress|address|visiting address|street address`],
  ['domicile', String.raw`kotipaikka|hemort|hemkommun|domicile|registered (?:office|seat)`],
  // The parts of an address labelled a line each ("Postinumero: 00730", "Postitoimipaikka: HELSINKI"), only with their colon at a line's start ("Vantaan kaupunki: …" is a name).
  ['postal_code', String.raw`(?<=(?:^|\n)[ \t]*)(?:postinumero|postnummer|postal code|post ?code|zip(?: code)?)(?=\s*[:：])`],
  ['city', String.raw`(?<=(?:^|\n)[ \t]*)(?:postitoimipaikka|paikkakunta|kaupunki|postort|ort|stad|city|town)(?=\s*[:：])`],
  ['phone', String.raw`puhelin(?:numero)?|puh\.?|p\.|tfn\.?|telefon(?:nummer)?|tel\.?|phone(?: number)?|vaihde|växel|switchboard|gsm|matkapuhelin|mobiili|mobil|mobile`],
  ['website', String.raw`verkkosivu(?:t|st)?|verkkosivusto|kotisivu(?:t)?|internet-?sivut|webbplats|webbsida|hemsida|website|web ?site|web page|homepage`],
  ['web_form', String.raw`(?:verkko|yhteydenotto|tietopyyntö|sähköinen )?lomake\p{L}*|(?:webb|kontakt)?formulär\p{L}*|web ?form|online form|contact form`],
  ['other', String.raw`yhteystiedot|kontaktuppgifter|contact details|contact information`],
];

/** Whose detail it is, said before the label: "Yhdistyksen hallituksen sähköpostiosoite:", "Styrelsens e-post:", "The board's e-mail:". */
const WHOSE = String.raw`(?:(?:yhdistyksen|hallituksen|yrityksen|seuran|säätiön|rekisterinpitäjän|organisaation|föreningens|styrelsens|företagets|organisationens|(?:the )?(?:association|board|company|club)['’]s)\s+){0,2}`;

/** A detail label at the start of a piece of text, with what ends it: "Puh.", "E-post:", "Address –". */
const DETAIL_LABEL = new RegExp(String.raw`(?<![\p{L}\d@._-])${WHOSE}(?:${DETAIL_WORDS.map(([, w]) => `(${w})`).join('|')})(?![\p{L}\d@_-])(?:\s*[:：]|\s+[–-](?=\s))?`, 'giu');

/** Detail labels in a text, each with what it labels. */
export function detailLabels(text: string): { start: number; end: number; detail: Detail }[] {
  const out: { start: number; end: number; detail: Detail }[] = [];
  for (const m of text.matchAll(DETAIL_LABEL)) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    out.push({ start: m.index, end: m.index + m[0].length, detail: DETAIL_WORDS[index]![0] });
  }
  return out;
}

/** The ending of a Finnish genitive, also with a possessive suffix: "verkkosivuston", "henkilötietojesi", "tietojemme". */
export const GENITIVE_ENDING = '(?:n|si|ni|mme|nne|nsa|nsä)';
const GENITIVE = String.raw`\p{L}+${GENITIVE_ENDING}`;

/**
 * What the controller is the controller of, opening the sentence before the role: "Tämän verkkosivuston
 * rekisterinpitäjänä toimii", "Verkkokaupan rekisterinpitäjä on", "Henkilötietojesi rekisterinpitäjänä toimii".
 */
const OF_WHAT = String.raw`(?:(?<=^|[.!?]\s+|\n\s*)(?:${GENITIVE}\s+){1,2}(?=rekisterin ?pitäjä))?`;

const ROLE_ANYWHERE = new RegExp(String.raw`(?<![\p{L}\d@._-])${OF_WHAT}(?:${ROLE_WORDS.map(([, w]) => w).join('|')})${ROLE_TAIL}${END}\s*[:：]?`, 'giu');

/** Role words in a text, wherever they stand: they label the block, they are no value of it. */
export function roleLabels(text: string): { start: number; end: number }[] {
  return [...text.matchAll(ROLE_ANYWHERE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text is a detail label and nothing else: a table row heading "Sähköposti", a `<dt>`. */
export function isDetailLabel(text: string): boolean {
  const t = text.trim();
  return detailLabels(t).some((l) => l.start === 0 && t.slice(l.end).replace(/[\s:：.]+/gu, '') === '');
}

/**
 * A line that opens with a role and a colon ("Rekisterinpitäjä: Esimerkki ry", "DPO:"), not a sentence
 * about the role; in a block of several lines the colon may be left out ("Rekisterinpitäjä Esimerkki Oy"
 * over its address), when a name follows or nothing does, and the line is no sentence.
 */
export function labelledRole(line: string, lines = 1): Role | undefined {
  const label = roleAtStart(line);
  if (!label) return undefined;
  const text = line.trim();
  if (/[:：]\s*$/u.test(text.slice(0, label.end))) return label.role;
  const rest = text.slice(label.end).trim();
  // Over the details: the role's name alone on the first line, or with a name after it.
  return lines > 1 && (rest === '' || /^\p{Lu}/u.test(rest)) && !/[.!?]$/u.test(text) ? label.role : undefined;
}
