/**
 * The questions `seloste init` asks, in English with the Finnish term in parentheses, each with a
 * line of help and a check of the answer. The same parsers read the flags of the non-interactive mode.
 */
import { adequacyFor, isEea } from '../data/data.js';
import { isValidBusinessId } from '../rules/business-id.js';
import type {
  AutomatedDecision,
  DataCategory,
  LegalBasis,
  Provision,
  Purpose,
  Recipient,
  RecipientRole,
  Register,
  Retention,
  Source,
  SourceType,
  Text,
  Transfer,
  TransferMechanism,
} from '../types.js';
import { Invalid, type Prompter } from './prompt.js';

// ————— Answers —————

export interface Choice<T extends string> {
  value: T;
  /** The Finnish term. */
  fi: string;
  /** One line: what it means. */
  help: string;
}

export const LEGAL_BASIS_CHOICES: readonly Choice<LegalBasis>[] = [
  { value: 'consent', fi: 'suostumus', help: 'the person has agreed to it and may withdraw at any time (Art. 6(1)(a))' },
  { value: 'contract', fi: 'sopimus', help: 'needed to perform a contract with the person, or to enter into one (Art. 6(1)(b))' },
  { value: 'legal_obligation', fi: 'lakisääteinen velvoite', help: 'a law obliges the controller to process the data (Art. 6(1)(c))' },
  { value: 'vital_interests', fi: 'elintärkeät edut', help: "needed to protect someone's life or health (Art. 6(1)(d))" },
  { value: 'public_task', fi: 'yleistä etua koskeva tehtävä', help: 'a task in the public interest or official authority set by law (Art. 6(1)(e))' },
  { value: 'legitimate_interests', fi: 'oikeutettu etu', help: "the controller's or another's interest, weighed against the person's rights (Art. 6(1)(f))" },
];

export const PROVISION_CHOICES: readonly Choice<Provision>[] = [
  { value: 'statutory', fi: 'laki edellyttää', help: 'a law requires the person to give the data' },
  { value: 'contractual', fi: 'sopimus edellyttää', help: 'the contract requires the data' },
  { value: 'contract_precondition', fi: 'sopimuksen edellytys', help: 'no contract can be made without the data' },
  { value: 'voluntary', fi: 'vapaaehtoinen', help: 'giving the data is up to the person' },
];

export const SOURCE_CHOICES: readonly Choice<Exclude<SourceType, 'data_subject'>>[] = [
  { value: 'observation', fi: 'havainnointi', help: 'observed while the person uses a service: cookies, analytics, recordings' },
  { value: 'organisation', fi: 'organisaatio', help: 'a named organisation, e.g. an employer or a partner' },
  { value: 'public', fi: 'julkinen lähde', help: 'a public source, e.g. the trade register or a website' },
  { value: 'authority', fi: 'viranomainen', help: 'an authority, e.g. the Digital and Population Data Services Agency' },
];

export const ROLE_CHOICES: readonly Choice<RecipientRole>[] = [
  { value: 'processor', fi: 'henkilötietojen käsittelijä', help: 'processes the data on your behalf, e.g. a hosting or payroll service, or a group company doing so' },
  { value: 'controller', fi: 'rekisterinpitäjä', help: 'uses the data for its own purposes, e.g. a bank or an insurer' },
  { value: 'joint_controller', fi: 'yhteisrekisterinpitäjä', help: 'decides on the processing together with you' },
  { value: 'authority', fi: 'viranomainen', help: 'an authority that receives the data, e.g. the Tax Administration' },
];

export const MECHANISM_CHOICES: readonly Choice<TransferMechanism>[] = [
  { value: 'adequacy', fi: 'riittävyyspäätös', help: 'the Commission has found the country adequate (Art. 45)' },
  { value: 'data_privacy_framework', fi: 'tietosuojakehys', help: 'a US recipient certified under the EU-US Data Privacy Framework' },
  { value: 'standard_contractual_clauses', fi: 'vakiosopimuslausekkeet', help: 'the standard contractual clauses of 2021/914 (Art. 46(2)(c))' },
  { value: 'binding_corporate_rules', fi: 'sitovat yrityssäännöt', help: 'approved binding corporate rules of a group (Art. 47)' },
  { value: 'public_authority_instrument', fi: 'viranomaisten välinen asiakirja', help: 'an instrument between public authorities (Art. 46(2)(a))' },
  { value: 'code_of_conduct', fi: 'käytännesäännöt', help: 'an approved code of conduct (Art. 46(2)(e))' },
  { value: 'certification', fi: 'sertifiointi', help: 'an approved certification mechanism (Art. 46(2)(f))' },
  { value: 'authorised_clauses', fi: 'hyväksytyt sopimuslausekkeet', help: 'clauses authorised by the supervisory authority (Art. 46(3))' },
  { value: 'derogation_consent', fi: 'nimenomainen suostumus', help: 'the person has explicitly consented to the transfer (Art. 49(1)(a))' },
  { value: 'derogation_contract', fi: 'sopimuksen täytäntöönpano', help: 'the transfer is necessary for a contract with the person (Art. 49(1)(b))' },
  { value: 'derogation_public_interest', fi: 'tärkeä yleinen etu', help: 'important reasons of public interest (Art. 49(1)(d))' },
  { value: 'derogation_legal_claims', fi: 'oikeusvaateet', help: 'to establish, exercise or defend legal claims (Art. 49(1)(e))' },
  { value: 'derogation_vital_interests', fi: 'elintärkeät edut', help: "to protect someone's vital interests (Art. 49(1)(f))" },
];

import { NEEDS_SAFEGUARD_URL } from '../rules/transfer-mechanism.js';
export { NEEDS_SAFEGUARD_URL };

// ————— Parsers: each returns the value or throws `Invalid` with what is expected —————

export function parseBusinessId(answer: string): string {
  const id = answer.trim();
  if (!/^\d{7}-\d$/.test(id)) throw new Invalid('A business ID (Y-tunnus) is seven digits, a hyphen and a check digit, e.g. 1234567-1');
  if (!isValidBusinessId(id)) throw new Invalid(`The check digit of ${id} is wrong: no Y-tunnus is written so; check it in the Business Information System (YTJ)`);
  return id;
}

const RESERVED_DOMAIN = /@(?:[\w-]+\.)*example\.(?:com|org|net)$/i;

export function parseEmail(answer: string): string {
  const email = answer.trim();
  if (!/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(email)) throw new Invalid('Expected an e-mail address, e.g. tietosuoja@yritys.fi');
  if (RESERVED_DOMAIN.test(email)) throw new Invalid(`${email} is an example address that reaches no one: give a real one`);
  return email;
}

export function parsePhone(answer: string): string {
  const phone = answer.trim().replace(/\s+/g, ' ');
  if (!/^\+?[0-9][0-9 ()-]{4,}$/.test(phone)) throw new Invalid('Expected a phone number, e.g. +358 40 123 4567');
  return phone;
}

export function parsePostalCode(answer: string): string {
  const code = answer.trim();
  if (!/^\d{5}$/.test(code)) throw new Invalid('A Finnish postal code (postinumero) is five digits, e.g. 00100');
  return code;
}

export function parseUrl(answer: string): string {
  const url = answer.trim();
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) throw new Invalid('Expected a web address starting with https://, e.g. https://yritys.fi/tietosuoja');
  return url;
}

export function parseCountry(answer: string): string {
  const code = answer.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new Invalid('Expected a two-letter country code (maakoodi), e.g. FI, SE, US');
  return code;
}

/** A country data are transferred to: outside the EEA, or it is no transfer. */
export function parseThirdCountry(answer: string): string {
  const code = parseCountry(answer);
  if (isEea(code)) throw new Invalid(`${code} is in the EU/EEA: data flow there freely, so this is no transfer; list the receiver as a recipient`);
  return code;
}

export function parseYesNo(answer: string): boolean {
  const a = answer.trim().toLowerCase();
  if (['y', 'yes', 'k', 'kyllä', 'kylla', 'j', 'ja'].includes(a)) return true;
  if (['n', 'no', 'e', 'ei', 'nej'].includes(a)) return false;
  throw new Invalid('Answer y (yes, kyllä) or n (no, ei)');
}

export function required(what: string): (answer: string) => string {
  return (answer) => {
    const a = answer.trim();
    if (!a) throw new Invalid(`${what} cannot be left empty`);
    return a;
  };
}

/** A choice by its number or its name (`2`, `contract`, `sopimus`). */
export function parseChoice<T extends string>(choices: readonly Choice<T>[]): (answer: string) => T {
  return (answer) => {
    const a = answer.trim().toLowerCase();
    const n = Number(a);
    if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]!.value;
    const found = choices.find((c) => c.value === a || c.value.replace(/_/g, ' ') === a || c.fi === a);
    if (found) return found.value;
    throw new Invalid(`Choose a number from 1 to ${choices.length}, or one of ${choices.map((c) => c.value).join(', ')}`);
  };
}

const UNIT_WORDS: [RegExp, 'Y' | 'M' | 'W' | 'D'][] = [
  [/^(?:y|yr|yrs|years?|v|vuo(?:si|tta|den)|år)$/, 'Y'],
  [/^(?:m|mo|mos|months?|kk|kuukau(?:si|tta|den)|månad(?:er)?)$/, 'M'],
  [/^(?:w|wk|wks|weeks?|vk|viikk?o(?:a|n)?|veck(?:a|or))$/, 'W'],
  [/^(?:d|days?|pv|päivä(?:ä|n)?|paiva(?:a|n)?|dag(?:ar)?)$/, 'D'],
];

/** `3 years`, `26 months`, `1 year 6 months`, `3 vuotta`, `P3Y` → an ISO 8601 duration. */
export function parseRetention(answer: string): string {
  const a = answer.trim();
  const iso = a.toUpperCase();
  if (/^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T\d+H)?$/.test(iso)) return iso;
  const parts = [...a.toLowerCase().replace(/\b(?:and|ja|och)\b|,/g, ' ').matchAll(/(\d+)\s*([\p{L}]+)/gu)];
  const rest = a.toLowerCase().replace(/\b(?:and|ja|och)\b|,/g, ' ').replace(/(\d+)\s*([\p{L}]+)/gu, '').trim();
  const amounts: Partial<Record<'Y' | 'M' | 'W' | 'D', number>> = {};
  for (const [, n, word] of parts) {
    const unit = UNIT_WORDS.find(([re]) => re.test(word!))?.[1];
    if (!unit || amounts[unit] !== undefined) throw new Invalid(`Cannot read \`${a}\` as a period: write e.g. 3 years, 26 months, 2 weeks, 30 days or P3Y`);
    amounts[unit] = Number(n);
  }
  if (!parts.length || rest) throw new Invalid(`Cannot read \`${a}\` as a period: write e.g. 3 years, 26 months, 2 weeks, 30 days or P3Y`);
  if (Object.values(amounts).every((n) => n === 0)) throw new Invalid('A retention period cannot be zero');
  return `P${(['Y', 'M', 'W', 'D'] as const).map((u) => (amounts[u] !== undefined ? `${amounts[u]}${u}` : '')).join('')}`;
}

const FOLD: Record<string, string> = { ä: 'a', å: 'a', ö: 'o', æ: 'ae', ø: 'o', ß: 'ss' };

/** `Verkkokaupan asiakasrekisteri` → `verkkokaupan-asiakasrekisteri`: a register or item id. */
export function slugify(text: string, maxLength = 60): string {
  const folded = text
    .toLowerCase()
    .replace(/[äåöæøß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > maxLength) slug = slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength);
  return slug;
}

/** A slug not yet in `taken`, with `-2`, `-3`… when needed; undefined when the text has no letters or digits. */
export function uniqueSlug(text: string, taken: Set<string>, maxLength = 40): string | undefined {
  const base = slugify(text, maxLength);
  if (!base) return undefined;
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}

// ————— The interview —————

const LANGUAGE_NAMES: Record<string, string> = { fi: 'in Finnish (suomeksi)', en: 'in English', sv: 'in Swedish (på svenska)' };

export function languageName(lang: string): string {
  return LANGUAGE_NAMES[lang] ?? `in \`${lang}\``;
}

function choiceList<T extends string>(choices: readonly Choice<T>[]): string {
  return choices.map((c, i) => `    ${String(i + 1).padStart(2)}. ${c.value} (${c.fi}): ${c.help}\n`).join('');
}

/** What the interview learns; the command adds the id, the dates and the file. */
export type Draft = Omit<Register, 'id' | 'updated'>;

export class Interview {
  constructor(
    private readonly p: Prompter,
    /** Every free text is asked in each of these. */
    private readonly languages: readonly string[],
  ) {}

  private say(text: string): void {
    this.p.write(text);
  }

  private section(title: string, help: string): void {
    this.say(`\n${title}\n  ${help}\n`);
  }

  private hint(help: string): void {
    this.say(`  ${help}\n`);
  }

  private async yes(prompt: string, fallback: boolean): Promise<boolean> {
    return this.p.ask(`${prompt} (y/n)`, parseYesNo, fallback ? 'y' : 'n');
  }

  /** A text in every language; `optional`: an empty first answer leaves the whole text out. */
  async text(prompt: string, options: { optional?: boolean } = {}): Promise<Text | undefined> {
    const out: Text = {};
    for (const [i, lang] of this.languages.entries()) {
      const optional = options.optional && i === 0;
      const answer = await this.p.ask(`${prompt}, ${languageName(lang)}${optional ? ' (empty: none)' : ''}:`, (a) => (optional ? a.trim() : required('The answer')(a)));
      if (optional && answer === '') return undefined;
      out[lang] = answer;
    }
    return out;
  }

  private async requiredText(prompt: string): Promise<Text> {
    return (await this.text(prompt))!;
  }

  /** A numbered list, then the choice; `check` may turn a choice down with a reason, and the choice is asked again. */
  private async choose<T extends string>(title: string, choices: readonly Choice<T>[], fallback?: T, check?: (value: T) => string | undefined): Promise<T> {
    this.say(`  ${title}:\n${choiceList(choices)}`);
    const index = fallback ? String(choices.findIndex((c) => c.value === fallback) + 1) : undefined;
    const parse = parseChoice(choices);
    return this.p.ask(
      `Choose 1–${choices.length}:`,
      (answer) => {
        const value = parse(answer);
        const problem = check?.(value);
        if (problem) throw new Invalid(problem);
        return value;
      },
      index,
    );
  }

  /** Ask everything; `afterName` runs once the register has a name (e.g. to ask for the file). */
  async run(afterName?: (name: Text) => Promise<void>): Promise<Draft> {
    const draft: Draft = { name: {} };

    this.section('The register (rekisteri)', 'A register is one set of personal data kept for a purpose, e.g. customers or members.');
    draft.name = await this.requiredText('Name of the register (rekisterin nimi)');
    await afterName?.(draft.name);

    this.section('Controller (rekisterinpitäjä)', 'The organisation that decides why and how the data are processed.');
    const name = await this.p.ask('Legal name of the controller (virallinen nimi):', required('The name'));
    this.hint('Leave the business ID empty if the controller has none.');
    const businessId = await this.p.ask('Business ID (Y-tunnus), e.g. 1234567-1:', (a) => (a.trim() === '' ? '' : parseBusinessId(a)), '');
    const street = await this.p.ask('Street address (katuosoite):', required('The street address'));
    const postalCode = await this.p.ask('Postal code (postinumero):', parsePostalCode);
    const city = await this.p.ask('City (postitoimipaikka):', required('The city'));
    const email = await this.p.ask('E-mail address of the controller (sähköposti):', parseEmail);
    const phone = await this.p.ask('Phone number (puhelinnumero), empty if none:', (a) => (a.trim() === '' ? '' : parsePhone(a)), '');
    draft.controller = { name, ...(businessId ? { business_id: businessId } : {}), address: { street, postal_code: postalCode, city }, email, ...(phone ? { phone } : {}) };

    this.section('Data protection officer (tietosuojavastaava)', 'Only when the controller has designated one (Art. 37); a contact person is not a DPO.');
    if (await this.yes('Has the controller designated a data protection officer?', false)) {
      draft.dpo = { email: await this.p.ask('E-mail address of the data protection officer:', parseEmail) };
    }

    this.section('Purposes (käsittelyn tarkoitukset)', 'What the data are used for, each with its legal basis under GDPR Art. 6(1).');
    draft.purposes = [];
    const ids = new Set<string>();
    do {
      draft.purposes.push(await this.purpose(draft.purposes.length + 1, ids));
    } while (await this.yes('Add another purpose?', false));

    this.section('Sources (tietolähteet)', 'Where the data come from: the person themselves, or elsewhere (Art. 14).');
    draft.sources = await this.sources();
    const fromPerson = draft.sources.some((s) => s.type === 'data_subject' || s.type === 'observation');

    this.section('Data categories (henkilötietoryhmät)', 'Which personal data are kept, e.g. name and contact details, order history.');
    draft.data_categories = [];
    do {
      draft.data_categories.push(await this.category(draft.data_categories.length + 1, fromPerson, ids));
    } while (await this.yes('Add another data category?', false));

    this.section('Recipients (vastaanottajat)', 'Everyone who receives the data, your own processors (e.g. hosting) included.');
    draft.recipients = (await this.yes('Are the data disclosed to anyone, processors included?', true)) ? await this.recipients() : 'none';

    this.section('Transfers (siirrot EU/ETA-alueen ulkopuolelle)', 'Data leaving the EU/EEA need a ground under GDPR Chapter V.');
    const transfers: Transfer[] = [];
    for (const r of Array.isArray(draft.recipients) ? draft.recipients : []) {
      if (!r.country || isEea(r.country) || transfers.some((t) => t.country === r.country)) continue;
      this.hint(`${r.name ?? 'A recipient'} is in ${r.country}, outside the EU/EEA: that is a transfer.`);
      transfers.push(await this.transfer(r.country, r.name));
    }
    while (await this.yes(transfers.length ? 'Any other transfers outside the EU/EEA?' : 'Are data transferred outside the EU/EEA?', false)) {
      const country = await this.p.ask('Country (maa), a two-letter code, e.g. US:', parseThirdCountry);
      transfers.push(await this.transfer(country));
    }
    draft.transfers = transfers.length ? transfers : 'none';

    this.section('Retention (säilytysaika)', 'How long the data are kept: a period and the event it counts from, or the law that sets it.');
    draft.retention = [await this.retention()];

    this.section('Automated decisions (automaattinen päätöksenteko)', 'Decisions with legal or similarly significant effects made without a person (Art. 22).');
    draft.automated_decisions = (await this.yes('Are decisions made solely by automated means?', false)) ? await this.automated() : 'none';

    this.section('Exercising rights (oikeuksien käyttäminen)', 'Where people send requests to see, correct or erase their data.');
    const rightsEmail = await this.p.ask('E-mail address for data protection requests:', parseEmail, email);
    draft.rights = { channels: [{ type: 'email', email: rightsEmail }] };
    return draft;
  }

  private async purpose(n: number, ids: Set<string>): Promise<Purpose> {
    this.say(`\n  Purpose ${n}\n`);
    const description = await this.requiredText('What are the data used for (käyttötarkoitus)');
    const id = uniqueSlug(Object.values(description)[0] ?? '', ids);
    const basis = await this.choose('Legal basis (oikeusperuste), GDPR Art. 6(1)', LEGAL_BASIS_CHOICES);
    const purpose: Purpose = { ...(id ? { id } : {}), description, legal_basis: basis };
    if (basis === 'consent') {
      purpose.consent = { how_to_withdraw: await this.requiredText('How can consent be withdrawn (suostumuksen peruuttaminen)') };
    } else if (basis === 'legitimate_interests') {
      this.hint('Name the specific interest, e.g. preventing payment fraud; "customer relationship" alone is not enough.');
      purpose.legitimate_interest = await this.requiredText('Which legitimate interest (oikeutettu etu)');
    } else if (basis === 'legal_obligation' || basis === 'public_task') {
      purpose.law = await this.requiredText('Which law sets the obligation or task (laki), e.g. Kirjanpitolaki (1336/1997)');
    }
    if (basis === 'consent' || basis === 'legitimate_interests') {
      purpose.direct_marketing = await this.yes('Is this direct marketing (suoramarkkinointi), e.g. a newsletter?', false);
    }
    return purpose;
  }

  private async sources(): Promise<Source[]> {
    for (;;) {
      const sources: Source[] = [];
      if (await this.yes('Do the data come from the people themselves (rekisteröity itse)?', true)) sources.push({ type: 'data_subject' });
      while (await this.yes(sources.length ? 'Do some data come from other sources?' : 'Where else do the data come from? Add a source?', !sources.length)) {
        const type = await this.choose('Type of source', SOURCE_CHOICES);
        if (type === 'observation') {
          const description = await this.text('What is observed, e.g. web shop usage data', { optional: true });
          sources.push({ type, ...(description ? { description } : {}) });
        } else {
          sources.push({ type, name: await this.p.ask('Name of the source (lähteen nimi), e.g. Fonecta Oy:', required('The name of the source')) });
        }
      }
      if (sources.length) return sources;
      this.say('  ✖ Give at least one source: the people themselves or another\n');
    }
  }

  private async category(n: number, fromPerson: boolean, ids: Set<string>): Promise<DataCategory> {
    this.say(`\n  Data category ${n}\n`);
    const description = await this.requiredText('Which data (tiedot), e.g. name and e-mail address');
    const id = uniqueSlug(Object.values(description)[0] ?? '', ids);
    const category: DataCategory = { ...(id ? { id } : {}), description };
    if (fromPerson) {
      category.provision = await this.choose('Must the person give these data (velvoittavuus)', PROVISION_CHOICES);
      if (category.provision !== 'voluntary') category.consequence = await this.requiredText('What follows if they are not given (seuraukset)');
    }
    return category;
  }

  private async recipients(): Promise<Recipient[]> {
    const out: Recipient[] = [];
    do {
      this.say(`\n  Recipient ${out.length + 1}\n`);
      const name = await this.p.ask('Name of the recipient (vastaanottaja), e.g. Palkkapalvelu Oy:', required('The name'));
      const role = await this.choose('Role of the recipient', ROLE_CHOICES, 'processor');
      const country = await this.p.ask('Country where it processes the data (maa):', parseCountry, 'FI');
      out.push({ name, role, country });
    } while (await this.yes('Add another recipient?', false));
    return out;
  }

  private async transfer(country: string, recipientName?: string): Promise<Transfer> {
    const recipient = await this.p.ask(`Who receives the data in ${country} (vastaanottaja):`, required('The recipient'), recipientName);
    const mechanism = await this.choose('Ground for the transfer (siirtoperuste)', MECHANISM_CHOICES, undefined, (m) => mechanismProblem(country, m));
    const transfer: Transfer = { country, recipient, mechanism };
    if (NEEDS_SAFEGUARD_URL.has(mechanism)) {
      transfer.safeguard_url = await this.p.ask('Where can people read or get a copy of the safeguard (web address):', parseUrl);
    }
    return transfer;
  }

  private async retention(): Promise<Retention> {
    this.hint('Write e.g. 3 years, 26 months or P3Y; leave empty to name the law that sets it instead.');
    const period = await this.p.ask('How long are the data kept?', (a) => (a.trim() === '' ? '' : parseRetention(a)), '');
    if (period) return { period, trigger: await this.requiredText('From what event does it count (alkaen), e.g. the end of the customer relationship') };
    return { law: await this.requiredText('Which law sets the retention (laki), e.g. Kirjanpitolaki 2 luku 10 §') };
  }

  private async automated(): Promise<AutomatedDecision> {
    const profiling = await this.yes('Do the decisions involve profiling (profilointi)?', false);
    return {
      ...(profiling ? { profiling } : {}),
      logic: await this.requiredText('How are the decisions made (logiikka)'),
      significance: await this.requiredText('What do they mean for the person (merkitys)'),
      consequences: await this.requiredText('What can follow for the person (seuraukset)'),
    };
  }
}

/** Why a transfer cannot rest on a mechanism, or undefined when it can. */
export function mechanismProblem(country: string, mechanism: TransferMechanism): string | undefined {
  if (mechanism === 'adequacy' && country === 'US') return 'Transfers to the US rest on adequacy only for organisations certified under the EU-US Data Privacy Framework: choose data_privacy_framework';
  if (mechanism === 'adequacy' && !adequacyFor(country)) return `The Commission has no adequacy decision for ${country}: choose another ground, e.g. standard_contractual_clauses`;
  if (mechanism === 'data_privacy_framework' && country !== 'US') return `The EU-US Data Privacy Framework covers only transfers to the US, not ${country}`;
  return undefined;
}
