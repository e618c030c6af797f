/**
 * One role's contact block, in whatever layout: its values by field, and the lines that are not
 * wholly mapped (kept verbatim by the caller).
 */
import type { Address } from '../../types.js';
import { type Detail, GENITIVE_ENDING, type Role, ROLE_LEAD, roleCue } from './contact-labels.js';
import { COMPANY_SUFFIX, companyNames, NAME, personName } from './contact-details.js';
import { cleanFragment, isCapitalsName, isFiller, isLabelledOrganisationName, isOrganisationName, isPersonName, isTitle, titledName } from './contact-names.js';
import { MASK, type Span, spansIn } from './contact-spans.js';

/** A word that names an organisation without a company form: "Tampereen yliopisto", "Exempel kommun", "City of Example". */
const ORGANISATION_WORD = /(?:yliopisto|korkeakoulu|kaupunki|kunta|seurakunta|ministeriö|virasto|yhdistys|säätiö|universitet|högskola|kommun|stad|församling|förening|stiftelse|myndighet|university|college|city|municipality|council|parish|association|foundation|ministry|agency)(?!\p{L})/iu;

/**
 * The name after a label of its own words and a colon, in the piece that names the controller ("Palvelun
 * ylläpitäjä: Jukka Rasimus", "Tjänsten drivs av: Exempel AB", "Site owner: Jane Doe"): the label is no part of the
 * name, and its line is kept for the reader to check.
 */
function nameAfterLabel(piece: string): string | undefined {
  const m = /^([^:：]{2,40})[:：]\s*(\S.*)$/u.exec(piece.trim());
  if (!m || COMPANY_SUFFIX.test(m[1]!) || /\d|@/u.test(m[2]!)) return undefined;
  const name = m[2]!.trim();
  return isPersonName(name) || isOrganisationName(name) ? name : undefined;
}

export type Field = 'name' | 'title' | 'business_id' | 'registration' | 'email' | 'phone' | 'address' | 'postal_address' | 'website' | 'web_form';
export type Value = string | Address;

export interface Parsed {
  values: Partial<Record<Field, Value>>;
  /** The line each value came from. */
  from: Partial<Record<Field, number>>;
  /** Lines with something not mapped. */
  kept: Set<number>;
}

export function sameValue(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Abbreviations a name goes on after ("Acme Co. Ltd", "Dr. Aho"): their dot ends no sentence. */
const ABBREVIATION = /^(?:Co|Corp|Inc|Ltd|Dr|Prof|St|Mr|Mrs|Ms|Jr|Sr|Bros|Ass|Kt)$/u;

const FRAGMENT = new RegExp(`[^${MASK}\\n,;|()\\[\\]•·]+`, 'gu');
const DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?$/iu;
/** A number under a phone label too short to be told a phone without it: "Puhelin: 09 1911". */
const SHORT_PHONE = /^\+?\d[\d ()-]{4,}$/u;
const FORM = /lomake|formulär|\bform\b/iu;
/** One capitalised word, a place, with its country perhaps: "Seinäjoki", "Posio, Suomi". */
const LONE_PLACE = /^\p{Lu}[\p{Ll}-]{1,30}(?:,\s*(?:Suomi|Finland|Sverige|Sweden))?$/u;
/** A place's name: "Helsinki", "Vaasa", "Ekenäs". */
const PLACE = /^\p{Lu}[\p{L}' -]{1,40}$/u;
/** A postal code on its own: "00730", "114 55". */
const POSTAL_CODE = /^(?:\d{5}|\d{3} \d{2})$/u;

type Event = { at: number; span: Span } | { at: number; fragment: string };

class Block {
  readonly out: Parsed = { values: {}, from: {}, kept: new Set() };
  /** The label the next value or fragment stands under. */
  pending: Detail | 'role' | undefined;
  /** The first piece of the block that could name the controller has been seen. */
  nameTried = false;
  /** The line an address label stands on: what follows it there is the address, whether it reads as one or not. */
  addressLine = -1;
  /** Which address was labelled last: the one a labelled postal code or town completes. */
  lastAddress: 'address' | 'postal_address' | undefined;
  /** Whether each line read so far speaks of a form. */
  readonly formLines = new Map<number, boolean>();

  constructor(
    readonly role: Role,
    readonly lines: readonly string[],
    readonly known: readonly string[],
  ) {}

  /** A value set once; a different one for the same field keeps its line. */
  put(field: Field, value: Value, line: number): void {
    const v = this.out.values;
    if (v[field] === undefined) {
      v[field] = value;
      this.out.from[field] = line;
    } else if (!sameValue(v[field]!, value)) this.out.kept.add(line);
  }

  /** Whether a line speaks of a form, read once however many addresses it holds. */
  speaksOfForm(line: number): boolean {
    let said = this.formLines.get(line);
    if (said === undefined) this.formLines.set(line, (said = FORM.test(this.lines[line]!)));
    return said;
  }

  span(span: Span, line: number): void {
    const hint = this.pending;
    this.pending = span.kind === 'label' ? span.detail : undefined;
    switch (span.kind) {
      case 'label':
        if (span.detail === 'address' || span.detail === 'postal_address') {
          this.addressLine = line;
          this.lastAddress = span.detail;
        }
        return;
      case 'org_nr':
        // A Swedish organisation number is the controller's registration in another country's register.
        if (this.role === 'controller') this.put('registration', span.value, line);
        else this.out.kept.add(line);
        return;
      case 'url':
        this.put(hint === 'web_form' || this.speaksOfForm(line) ? 'web_form' : 'website', span.value, line);
        return;
      case 'address':
        this.address(span.value, line, hint);
        return;
      default:
        this.put(span.kind, span.value, line);
    }
  }

  /** The controller's first address is its address, a second one its postal address; one labelled postal is that at once. */
  address(value: Address, line: number, hint: Detail | 'role' | undefined): void {
    const current = this.out.values.address as Address | undefined;
    // A city with its country on the line right after a street with neither ("Pölkkytie 13" / "Seinäjoki, Finland") completes the street.
    if (current?.street && !current.city && !current.postal_code && value.city && !value.street && !value.postal_code && this.out.from.address === line - 1) {
      Object.assign(current, { city: value.city, ...(value.country ? { country: value.country } : {}) });
      return;
    }
    // A city with its country on the line right after a whole address without one ("122 42 Enskede" / "Stockholm, Sweden"): the town the
    // post goes to stays the address's, the country completes it.
    const cityAndCountry = value.city !== undefined && value.country !== undefined && !value.street && !value.postal_code && !value.po_box;
    const justAfter = this.out.from.address !== undefined && line > this.out.from.address && line - this.out.from.address <= 2;
    if (current?.street && current.postal_code && current.city && !current.country && cityAndCountry && justAfter) {
      current.country = value.country!;
      return;
    }
    // A domicile said before ("Kotipaikka: Helsinki") gives way to the address that follows.
    if (current && Object.keys(current).length === 1 && current.city !== undefined && hint !== 'postal_address') {
      delete this.out.values.address;
      this.put('address', value, line);
      return;
    }
    if (this.role === 'controller' && hint === 'postal_address') this.put('postal_address', value, line);
    else if (this.role !== 'controller' || !current || sameValue(current, value)) this.put('address', value, line);
    else this.put('postal_address', value, line);
  }

  /**
   * A part of the address labelled on a line of its own ("Postinumero: 00730"): it completes the address labelled
   * last ("Postiosoite: PL 12" before it: the postal address), or starts one.
   */
  addressPart(part: Partial<Address>, line: number): void {
    const field = this.role === 'controller' && this.lastAddress === 'postal_address' ? 'postal_address' : 'address';
    const current = this.out.values[field] as Address | undefined;
    const key = Object.keys(part)[0] as keyof Address;
    if (current && current[key] === undefined) Object.assign(current, part);
    else if (!current) this.put(field, part as Address, line);
    else this.out.kept.add(line);
  }

  fragment(raw: string, line: number): void {
    const hint = this.pending;
    this.pending = undefined;
    const f = cleanFragment(raw);
    if (!f || isFiller(f)) return;
    if (this.known.includes(f)) return;
    if (hint === 'name') this.named(f, line);
    else if (hint === 'title') this.put('title', f, line);
    else if (hint === 'website' && DOMAIN.test(f)) this.put('website', `https://${f}`, line);
    else if (hint === 'phone' && SHORT_PHONE.test(f)) this.put('phone', f.replace(/\s+/gu, ' '), line);
    else if (hint === 'postal_code' && POSTAL_CODE.test(f)) this.addressPart({ postal_code: f }, line);
    else if (hint === 'city' && PLACE.test(f)) this.addressPart({ city: f }, line);
    // The domicile ("Kotipaikka: Helsinki") is the controller's city where it gives no address of its own.
    else if (hint === 'domicile' && this.role === 'controller' && PLACE.test(f) && !this.out.values.address) this.put('address', { city: f }, line);
    // What follows an address label on its line that is no address ("Adress: Lackalänga Trädgård, Skåne") is no name either, unless a company's.
    else if (line === this.addressLine && !companyNames(f).length) this.out.kept.add(line);
    else if (this.role === 'controller') this.controllerPiece(f, line);
    else this.personPiece(f, line);
  }

  named(f: string, line: number): void {
    if (this.role === 'controller' ? isLabelledOrganisationName(f) : isPersonName(f) || isOrganisationName(f)) {
      this.nameTried = true;
      this.put('name', f, line);
    } else this.out.kept.add(line);
  }

  private readonly colons = new Map<number, boolean>();

  /** Whether a line ends in a colon, worked out once a line: a long line may hold many pieces. */
  private endsInColon(line: number): boolean {
    let known = this.colons.get(line);
    if (known === undefined) this.colons.set(line, (known = /[:：]\s*$/u.test(this.lines[line]!)));
    return known;
  }

  /** Whether the piece stands before a colon and more on its line. */
  labels(f: string, line: number): boolean {
    const text = this.lines[line]!;
    const at = text.indexOf(f.trim());
    return at >= 0 && /^\s*[:：]\s*\S/u.test(text.slice(at + f.trim().length));
  }

  /**
   * A place alone on the line right after a street given with no postal code or city ("Pölkkytie 13" /
   * "Seinäjoki"): the street's city.
   */
  cityAfterStreet(f: string, line: number): boolean {
    const address = this.out.values.address as Address | undefined;
    if (!address?.street || address.city || address.postal_code || this.out.from.address !== line - 1) return false;
    if (this.lines[line]!.trim() !== f.trim() || !LONE_PLACE.test(f.trim())) return false;
    address.city = f.trim().replace(/,.*$/u, '');
    return true;
  }

  controllerPiece(f: string, line: number): void {
    if (this.cityAfterStreet(f, line)) return;
    const first = !this.nameTried;
    // A lead-in ("Yhteystiedot ovat:") comes before the name, it does not take its place.
    const endsInColon = this.endsInColon(line);
    // So is a line on the role that ends in a colon ("DigiOpo.fi-palvelun rekisterinpitäjä on:"): the name follows it.
    const leadIn = endsInColon && (this.lines[line]!.trimEnd().endsWith(`${f.trim().replace(/[:：]$/u, '')}:`) || roleCue(this.lines[line]!) !== undefined);
    if (!endsInColon) this.nameTried = true;
    if (this.out.values.name === f) return;
    // Words before a colon and a detail on their line ("Privacy questions: legal@…") say what the detail is for: a label, unless a company's name.
    if (this.labels(f, line) && !COMPANY_SUFFIX.test(f.trim()) && !ORGANISATION_WORD.test(f)) {
      this.out.kept.add(line);
      return;
    }
    const afterLabel = first && !leadIn ? nameAfterLabel(f) : undefined;
    if (afterLabel !== undefined) {
      this.put('name', afterLabel, line);
      this.out.kept.add(line);
    } else if (first && !leadIn && isOrganisationName(f) && !LAW_LETTERS.test(f.trim())) this.put('name', f, line);
    else if (this.runsTheBrand(f, line)) {
      this.out.kept.add(this.out.from.name!);
      this.out.values.name = f;
      this.out.from.name = line;
    } else this.out.kept.add(line);
  }

  /**
   * The line after a name without a company form names a company ("Taskutalkkari", then "FinConsulting
   * Tmi"): the first is the brand or the service, the company that runs it the controller.
   */
  runsTheBrand(f: string, line: number): boolean {
    const { name } = this.out.values;
    const from = this.out.from.name;
    return typeof name === 'string' && from === line - 1 && !COMPANY_SUFFIX.test(name.trim()) && COMPANY_SUFFIX.test(f.trim()) && isOrganisationName(f);
  }

  personPiece(f: string, line: number): void {
    const v = this.out.values;
    const titled = v.name === undefined ? titledName(f) : undefined;
    if (titled) {
      this.put('name', titled.name, line);
      this.put('title', titled.title, line);
      // A line torn into two values ("sihteeri Petteri Moilanen") is quoted whole beside them.
      this.out.kept.add(line);
    } else if (v.name === undefined && (isPersonName(f) || isCapitalsName(f))) this.put('name', f, line);
    else if (v.name === f) return;
    else if (v.name !== undefined && this.out.from.name === line && v.title === undefined && isTitle(f)) this.put('title', f, line);
    else this.out.kept.add(line);
  }

  /** Names said in a sentence: "… on Esimerkki Oy", "… Anna Virtanen: anna@…", "… är Anna Berg personuppgiftsansvarig". */
  fallback(text: string): void {
    if (this.out.values.name !== undefined) return;
    const said = this.role === 'controller' ? ((NAMED_CONTROLLER.exec(text) ?? CONTROLLER_NAMED.exec(text))?.[1] ?? roleFirst(text) ?? answersFor(text)) : undefined;
    const name = said ?? (this.role === 'controller' ? (companyNames(text)[0] ?? introduced(text)) : personName(this.lines));
    const line = name ? this.lines.findIndex((l) => l.includes(name)) : -1;
    if (name && line >= 0 && !this.someoneElseOn(line)) this.put('name', name, line);
  }

  /** Of the controller's two addresses, the PO box is the postal address and the street the visiting one, whichever came first. */
  settleAddresses(): void {
    const { address, postal_address: postal } = this.out.values as { address?: Address; postal_address?: Address };
    if (!address || !postal || !address.po_box || address.street || !postal.street || postal.po_box) return;
    const { from } = this.out;
    [this.out.values.address, this.out.values.postal_address] = [postal, address];
    [from.address, from.postal_address] = [from.postal_address!, from.address!];
  }

  /**
   * An e-mail made of the names of another person the block lists ("ville.vaara@…" under "Anna Aho",
   * with "Ville Vaara" further down) is not the named person's: its line is kept.
   */
  ownEmail(): void {
    const { name, email } = this.out.values;
    if (this.role === 'controller' || typeof name !== 'string' || typeof email !== 'string') return;
    const local = plain(email.split('@')[0]!);
    const others = this.lines.flatMap((l) => [...l.matchAll(PERSON_NAMES)].map((m) => m[0])).filter((n) => n !== name && isPersonName(n));
    const theirs = (n: string) => plain(n).split(/\s+/u).every((w) => local.includes(w));
    if (theirs(name) || !others.some(theirs)) return;
    delete this.out.values.email;
    this.out.kept.add(this.out.from.email!);
    delete this.out.from.email;
  }

  /** A line that gives an e-mail or a phone other than the block's is about someone else: a second person listed. */
  private someoneElseOn(line: number): boolean {
    const v = this.out.values;
    return spansIn(this.lines[line]!).spans.some((s) => (s.kind === 'email' && s.value !== v.email) || (s.kind === 'phone' && s.value !== v.phone));
  }
}

/** Two to five capitalised words, or words and a company form: an organisation's name in running text. */
const ORGANISATION = String.raw`\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*|\s+(?:ry|rf|r\.y\.|Oy|Ab|Ltd)){1,4}`;

/** A sentence that says who the controller is, the name before the role: "… är Anna Berg personuppgiftsansvarig". */
const NAMED_CONTROLLER =
  /(?:^|\s)(?:är|on|is)\s+(\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4})\s+(?:personuppgiftsansvarig|rekisterinpitäjä|(?:the )?(?:data )?controller)(?![\p{L}])/u;

/**
 * The name first: "Jubilee Church is the data controller", "Soutuseura ry on rekisterinpitäjä", "… toimii
 * rekisterinpitäjänä", with a small word of a place in it ("Garanti-Städ i Lund AB är personuppgiftsansvarig"),
 * also through whom it acts: "Förskolan Gran genom styrelsen är personuppgiftsansvarig".
 */
const CONTROLLER_NAMED =
  /(?:^|[.!?]\s+)(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:i|för|of|af)\s+)?\p{Lu}[\p{L}.'’&-]*|\s+(?:ry|rf|r\.y\.|Oy|Ab|Ltd)){0,4})(?:,?\s+(?:genom|through|by|via)\s+(?:its\s+|sin\s+)?\p{Ll}+,?)?\s+(?:is|on|toimii|är)\s+(?:the\s+)?(?:[Dd]ata\s+)?(?:[Cc]ontroller|[Rr]ekisterinpitäjä\p{L}*|[Pp]ersonuppgiftsansvarig)(?![\p{L}])/u;

/**
 * The name first and what it answers for: "Åberg & Co ansvarar för de personuppgifter som samlas in",
 * "Esimerkki Oy vastaa henkilötietojen käsittelystä", "Northwind Ltd is responsible for the processing of
 * your personal data".
 */
const ANSWERS_FOR =
  /(?:^|[.!?]\s+)(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}.'’&-]*|\s+(?:ry|rf|r\.y\.|Oy|Ab|Ltd)){0,4})\s+(?:ansvarar för|vastaa|is responsible for)\s+(?:\p{L}+\s+){0,3}(?:personuppgift\p{L}*|behandling\p{L}* av (?:\p{L}+\s+)?personuppgift\p{L}*|henkilötietojen käsittelystä|henkilötiedoista|(?:the )?processing of (?:your )?personal data|personal data)(?![\p{L}])/u;

/** A body of the organisation, not the organisation: "Hallitus vastaa …", "Styrelsen ansvarar …", "Asiakaspalvelu …". */
const A_BODY = /^(?:hallitus|johtokunta|asiakaspalvelu|styrelsen|kundtjänst|(?:the )?board|customer service)(?![\p{L}])/iu;

function answersFor(text: string): string | undefined {
  const name = ANSWERS_FOR.exec(text)?.[1];
  return name !== undefined && !NOT_INTRODUCING.test(name) && !A_BODY.test(name) && isOrganisationName(name) ? name : undefined;
}

/**
 * The role first: "The data controller for this project is Centria AMK, located at …", "The data controller
 * in accordance with applicable data protection laws is Zervant Oy", "Rekisterinpitäjä on Esimerkki ry", "Tämän
 * verkkosivuston rekisterinpitäjänä toimii Esimerkki Oy",
 * "Personuppgiftsansvarig för registret är Exempel Ab".
 */
const ROLE_FIRST = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:(?:The\s+)?(?:[Dd]ata\s+)?[Cc]ontroller(?:\s+(?:for|of)(?:\s+[\p{L}'’-]+){1,7}?)?(?:\s+(?:in accordance with|as defined in|under|within the meaning of)(?:\s+\p{Ll}+){1,5})?\s+is|(?:\p{Lu}\p{Ll}+${GENITIVE_ENDING}\s+(?:\p{Ll}+n\s+)?r|R)ekisterinpitäjä(?:nä)?\s+(?:on|toimii)|Personuppgiftsansvarig(?:\s+(?:för|i)(?:\s+\p{L}+){1,7}?)?\s+är)\s+(${ORGANISATION})(?=[\s,.;]|$)`,
  'u',
);

/**
 * The role first and a name of lower-case words too, up to a comma or the end of the sentence: "Rekisterinpitäjä
 * on Siisti salin piha -sovelluksen ylläpitäjät, joita ovat …". The words the notice names the controller by.
 */
const ROLE_FIRST_WORDS = new RegExp(String.raw`(?:^|[.!?]\s+)${ROLE_LEAD}(\p{Lu}[^,.;:()]{2,100}?)(?=\s*(?:,|;|\(|\.(?:\s|$)|$))`, 'u');

/** Words that go on past a name: "… in accordance with the GDPR", "… yhdessä hallituksen kanssa", "… enligt dataskyddsförordningen". */
const GOES_ON = /\s(?:in accordance|according|pursuant|under|together|jointly|with|yhdessä|kanssa|mukaisesti|nojalla|enligt|i enlighet|tillsammans|med)(?!\p{L})/iu;

function roleFirst(text: string): string | undefined {
  // The name ends with its sentence: "… is Zervant Oy. Zervant is responsible …" names Zervant Oy.
  const name = ROLE_FIRST.exec(text)?.[1]?.replace(/\.\s+\p{Lu}.*$/u, '');
  if (name !== undefined && isOrganisationName(name)) return name;
  const words = ROLE_FIRST_WORDS.exec(text)?.[1]?.trim();
  return words !== undefined && !GOES_ON.test(words) && isLabelledOrganisationName(words) ? words : undefined;
}

/** A sentence that introduces the organisation, under the controller's heading: "Northwind Church is a registered charity", "Vi är Nordvind rf". */
const INTRODUCED = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:(?:We are|Vi är|Olemme)\s+(${ORGANISATION})(?=[\s,.])|(${ORGANISATION})\s+(?:is an?|är en|är ett)\s)`,
  'u',
);

/** Words that open a sentence about something else: "This notice is a …", "Personal Data is a …". */
const NOT_INTRODUCING = /^(?:This|That|These|Those|It|Its|Our|Your|Their|Each|Every|Any|Personal|Data|Privacy|Information|GDPR|Denna|Detta|Det|Den|Tämä|Se)(?![\p{L}])/u;

/**
 * A service and who runs it, under the controller's heading: "Expats.fi is operated by the Expats.fi
 * founding team", "Fyndbutiken drivs av Anna Berg", "Palvelun ylläpitäjä on Esimerkki Oy". The one who
 * runs it is the controller where the words name one; else the service is the name the notice gives.
 */
const WORD = String.raw`[\p{L}\d'’&-]*(?:\.[\p{L}\d'’&-]+)*`;
const SERVICE = String.raw`\p{Lu}${WORD}(?:\s+\p{Lu}${WORD}){0,3}`;
const OPERATED = new RegExp(
  String.raw`(?:^|[.!?]\s+)(${SERVICE})\s+(?:is (?:operated|run|owned|maintained|provided) by|drivs av|ägs av|tillhandahålls av)\s+(?:the\s+)?(${SERVICE})?|(?:ylläpitäjä|ylläpitäjänä toimii|omistaja) (?:on )?(${ORGANISATION})`,
  'u',
);

const asName = (name: string | undefined): string | undefined =>
  name !== undefined && !NOT_INTRODUCING.test(name) && isOrganisationName(name) ? name : undefined;

function introduced(text: string): string | undefined {
  const m = INTRODUCED.exec(text);
  const o = OPERATED.exec(text);
  return asName(m?.[1] ?? m?.[2]) ?? asName(o?.[2] ?? o?.[3]) ?? asName(o?.[1]);
}

const PERSON_NAMES = new RegExp(NAME, 'gu');

/** Lower case without accents, as names are written in e-mail addresses: "Äijälä" → "aijala". */
function plain(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function events(text: string): Event[] {
  const { spans, masked } = spansIn(text);
  const out: Event[] = spans.map((span) => ({ at: span.start, span }));
  // " / " parts a name from what follows it ("Esimerkin kaupunki / Sivistyslautakunta"), as a comma does; so
  // does a sentence's end ("… is Zervant Oy. Zervant is responsible …"), not an initial's dot ("Anna A. Aho").
  // The short name a notice goes on to use ("(hereinafter "Zervant")", "(jäljempänä "Yhtiö")") is no name of its own.
  const parted = masked
    .replace(/\s\/\s/gu, ' | ')
    .replace(/(\p{L}{2,})\.(?=\s+\p{Lu})/gu, (m, word: string) => (ABBREVIATION.test(word) ? m : `${word}|`))
    .replace(/\((?:hereinafter|hereafter|jäljempänä|jatkossa|myöhemmin|nedan|härefter|i fortsättningen)(?![\p{L}])[^()]*\)/giu, (m) => `|${' '.repeat(m.length - 1)}`);
  for (const m of parted.matchAll(FRAGMENT)) if (m[0].trim()) out.push({ at: m.index, fragment: m[0] });
  return out.sort((a, b) => a.at - b.at);
}

/** Parse one role's lines; `known` holds names already mapped elsewhere (the controller's), which a person's block may repeat. */
/** A table's header row of column names alone: "Tieto – Sisältö", "Field | Value", "Uppgift – Innehåll". */
const COLUMN_NAMES = /^(?:tieto|tiedot|sisältö|kenttä|arvo|selite|kuvaus|field|value|item|content|description|details?|information|uppgifter?|innehåll|fält|värde|beskrivning)(?:\s*[–|-]\s*(?:tieto|tiedot|sisältö|kenttä|arvo|selite|kuvaus|field|value|item|content|description|details?|information|uppgifter?|innehåll|fält|värde|beskrivning))*$/iu;

/** The letters of a law, an area or a role that a notice names in brackets: "(GDPR)", "(EU)", "(ETA)", "(DPO)". */
const LAW_LETTERS = /^\(?(?:GDPR|EU|ETA|EEA|EES|IMY|DPO|SCC|DPF|AVG|DSGVO|TSL)\)?$/u;

/** A page footer's copyright before the name: "© 2026 Fryst Oy", "Copyright (c) 2019–2024 Esimerkki Oy". */
const COPYRIGHT = /^\s*(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?)?\s*/iu;

/** The copyright before a name blanked out, the line keeping its length so that positions stay. */
const withoutCopyright = (line: string): string => line.replace(COPYRIGHT, (m) => ' '.repeat(m.length));

export function parseBlock(role: Role, lines: readonly string[], known: readonly string[] = []): Parsed {
  const block = new Block(role, lines, known);
  // A header row names the columns, not the party: it is kept as it is.
  const headers = lines.flatMap((l, i) => (COLUMN_NAMES.test(l.trim()) ? [i] : []));
  for (const i of headers) block.out.kept.add(i);
  const text = lines.map((l, i) => (headers.includes(i) ? ' '.repeat(l.length) : withoutCopyright(l))).join('\n');
  // Events come in order: the line they stand on only moves forward.
  let line = 0;
  let end = lines[0]!.length;
  for (const e of events(text)) {
    while (e.at > end && line < lines.length - 1) end += lines[++line]!.length + 1;
    if ('span' in e) block.span(e.span, line);
    else block.fragment(e.fragment, line);
  }
  block.fallback(text);
  block.ownEmail();
  block.settleAddresses();
  return block.out;
}
