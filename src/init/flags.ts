/**
 * The register `seloste init` writes from its flags, or the problems with them.
 *
 * Flags (when not on a terminal, with `--yes`, or whenever any of them is given):
 *   --name TEXT            register name (required)
 *   --controller NAME      legal name of the controller (required)
 *   --business-id ID       business ID (Y-tunnus), check digit verified
 *   --address STREET, --postal-code CODE, --city CITY   street address of the controller
 *   --email EMAIL          e-mail of the controller (required)
 *   --phone PHONE          phone of the controller
 *   --dpo-email EMAIL      e-mail of the data protection officer, when one is designated
 *   --purpose TEXT         a purpose; repeat for each (required)
 *   --basis BASIS          its legal basis (consent, contract, legal_obligation, vital_interests,
 *                          public_task, legitimate_interests): one per purpose, or one for all (required)
 *   --withdraw TEXT        how to withdraw consent, for each consent purpose in order
 *   --interest TEXT        the legitimate interest, for each legitimate-interests purpose in order
 *   --law TEXT             the law, for each legal-obligation or public-task purpose in order
 *   --category TEXT        a data category; repeat for each
 *   --provision VALUE      statutory, contractual, contract_precondition or voluntary: one per category, or one for all
 *   --consequence TEXT     what follows if the data are not given, for each category that is not voluntary, in order
 *   --source SOURCE        data_subject, observation, or TYPE:NAME (organisation:Fonecta Oy); repeat
 *   --recipient R          NAME[:ROLE[:COUNTRY]], e.g. Palkka Oy:processor:FI; repeat (default: none)
 *   --transfer T           COUNTRY:RECIPIENT:MECHANISM[:URL]; repeat (default: none)
 *   --retention PERIOD     e.g. 3 years, 26 months, P3Y; with --retention-trigger TEXT
 *   --retention-law TEXT   the law that sets the retention, instead of a period
 *   --rights-email EMAIL   where requests go (default: the controller's e-mail)
 * A TEXT is written in the first language of the project, or as `fi=Teksti|en=Text` for several.
 * What the flags leave out stays out of the file, and `seloste check` reports it.
 */
import type { DataCategory, LegalBasis, Provision, Purpose, Recipient, Source, Text, Transfer, TransferMechanism } from '../types.js';
import { LEGAL_BASIS_CHOICES, MECHANISM_CHOICES, PROVISION_CHOICES, ROLE_CHOICES, SOURCE_CHOICES } from './choices.js';
import type { Draft } from './interview.js';
import { Invalid } from './prompt.js';
import {
  mechanismProblem,
  parseBusinessId,
  parseChoice,
  parseCountry,
  parseEmail,
  parsePhone,
  parsePostalCode,
  parseRetention,
  parseThirdCountry,
  parseUrl,
  uniqueSlug,
} from './questions.js';
import { en } from './words-en.js';
import type { InitWords } from './words.js';

export interface InitOptions {
  out?: string;
  /** Set up the repository too: configuration, `.gitignore` lines, the workflow, editor settings. */
  project?: boolean;
  /** With `project`: the languages of a new configuration. */
  languages?: string[];
  force?: boolean;
  /** Ask nothing, even on a terminal: take everything from the flags. */
  yes?: boolean;
  name?: string;
  controller?: string;
  businessId?: string;
  address?: string;
  postalCode?: string;
  city?: string;
  email?: string;
  phone?: string;
  dpoEmail?: string;
  purpose?: string[];
  basis?: string[];
  withdraw?: string[];
  interest?: string[];
  law?: string[];
  category?: string[];
  provision?: string[];
  consequence?: string[];
  source?: string[];
  recipient?: string[];
  transfer?: string[];
  retention?: string;
  retentionTrigger?: string;
  retentionLaw?: string;
  rightsEmail?: string;
}

/** The options that describe the register; any of them means "take the answers from the flags". */
export const CONTENT_FLAGS = [
  'name', 'controller', 'businessId', 'address', 'postalCode', 'city', 'email', 'phone', 'dpoEmail', 'purpose', 'basis', 'withdraw',
  'interest', 'law', 'category', 'provision', 'consequence', 'source', 'recipient', 'transfer', 'retention', 'retentionTrigger',
  'retentionLaw', 'rightsEmail',
] as const satisfies readonly (keyof InitOptions)[];

/** `Teksti` (the first language) or `fi=Teksti|en=Text`. */
export function parseTextFlag(value: string, languages: readonly string[]): Text {
  if (/^[a-z]{2,3}=/.test(value)) {
    const out: Text = {};
    for (const part of value.split(/\|(?=[a-z]{2,3}=)/)) {
      const eq = part.indexOf('=');
      const text = part.slice(eq + 1).trim();
      if (text) out[part.slice(0, eq)] = text;
    }
    return out;
  }
  return { [languages[0] ?? 'fi']: value.trim() };
}

export function firstText(text: Text): string {
  return Object.values(text).find((v): v is string => typeof v === 'string') ?? '';
}

/** What reading the flags needs: the languages of a text, the words of problems, the problems found, the ids taken. */
interface Reading {
  text: (value: string) => Text;
  w: InitWords;
  problems: string[];
  ids: Set<string>;
}

/** Values for items of a list: one for all, or one each. */
function spread<T>(values: readonly T[], count: number, flag: string, what: string, r: Reading): (T | undefined)[] {
  if (values.length === 0) return new Array<T | undefined>(count).fill(undefined);
  if (values.length === 1) return new Array<T | undefined>(count).fill(values[0]);
  if (values.length !== count) r.problems.push(r.w.command.givenFor(flag, values.length, count, what));
  return Array.from({ length: count }, (_, i) => values[i]);
}

/** Hand out the i-th value to the i-th item that needs one. */
function queue(values: readonly string[] | undefined, flag: string, what: string, r: Reading) {
  let next = 0;
  return {
    take: (): string | undefined => values?.[next++],
    done: (): void => {
      if (values && next < values.length) r.problems.push(r.w.command.givenOnly(flag, values.length, Math.min(next, values.length), what));
    },
  };
}

function attempt<T>(r: Reading, flag: string, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    r.problems.push(`${flag}: ${error.message}`);
    return undefined;
  }
}

function purposesFrom(opts: InitOptions, r: Reading): Purpose[] {
  const { w } = r;
  const descriptions = opts.purpose ?? [];
  const bases = spread(opts.basis ?? [], descriptions.length, '--basis', w.command.purposes, r).map((b) =>
    b === undefined ? undefined : attempt(r, '--basis', () => parseChoice(LEGAL_BASIS_CHOICES, w.answers)(b)),
  );
  const withdraw = queue(opts.withdraw, '--withdraw', w.command.consentPurposes, r);
  const interest = queue(opts.interest, '--interest', w.command.interestPurposes, r);
  const law = queue(opts.law, '--law', w.command.lawPurposes, r);
  const purposes = descriptions.map((d, i) => {
    const description = r.text(d);
    const id = uniqueSlug(firstText(description), r.ids);
    const basis: LegalBasis | undefined = bases[i];
    const purpose: Purpose = { ...(id ? { id } : {}), description, ...(basis ? { legal_basis: basis } : {}) };
    let extra: string | undefined;
    if (basis === 'consent' && (extra = withdraw.take())) purpose.consent = { how_to_withdraw: r.text(extra) };
    if (basis === 'legitimate_interests' && (extra = interest.take())) purpose.legitimate_interest = r.text(extra);
    if ((basis === 'legal_obligation' || basis === 'public_task') && (extra = law.take())) purpose.law = r.text(extra);
    return purpose;
  });
  for (const q of [withdraw, interest, law]) q.done();
  return purposes;
}

function categoriesFrom(opts: InitOptions, r: Reading): DataCategory[] {
  const { w } = r;
  const texts = opts.category ?? [];
  const provisions = spread(opts.provision ?? [], texts.length, '--provision', w.command.categories, r).map((p) =>
    p === undefined ? undefined : attempt(r, '--provision', () => parseChoice(PROVISION_CHOICES, w.answers)(p)),
  );
  const consequence = queue(opts.consequence, '--consequence', w.command.requiredCategories, r);
  const categories = texts.map((c, i) => {
    const description = r.text(c);
    const id = uniqueSlug(firstText(description), r.ids);
    const provision: Provision | undefined = provisions[i];
    const category: DataCategory = { ...(id ? { id } : {}), description, ...(provision ? { provision } : {}) };
    let extra: string | undefined;
    if (provision && provision !== 'voluntary' && (extra = consequence.take())) category.consequence = r.text(extra);
    return category;
  });
  consequence.done();
  return categories;
}

function sourcesFrom(opts: InitOptions, r: Reading): Source[] {
  const sources: Source[] = [];
  for (const s of opts.source ?? []) {
    const colon = s.indexOf(':');
    const type = (colon === -1 ? s : s.slice(0, colon)).trim();
    const name = colon === -1 ? '' : s.slice(colon + 1).trim();
    if (type === 'data_subject') sources.push({ type });
    else if (SOURCE_CHOICES.some((c) => c.value === type)) sources.push({ type: type as Source['type'], ...(name ? { name } : {}) });
    else r.problems.push(r.w.command.notSource(s, SOURCE_CHOICES.map((c) => c.value).join(', ')));
  }
  return sources;
}

function recipientsFrom(opts: InitOptions, r: Reading): Recipient[] {
  const recipients: Recipient[] = [];
  for (const value of opts.recipient ?? []) {
    const parts = value.split(':');
    let country: string | undefined;
    let role: Recipient['role'];
    if (parts.length > 1 && /^[A-Za-z]{2}$/.test(parts[parts.length - 1]!.trim())) country = parseCountry(parts.pop()!);
    if (parts.length > 1 && ROLE_CHOICES.some((c) => c.value === parts[parts.length - 1]!.trim())) role = parts.pop()!.trim() as Recipient['role'];
    const name = parts.join(':').trim();
    if (!name) r.problems.push(r.w.command.noRecipientName(value));
    else recipients.push({ name, ...(role ? { role } : {}), ...(country ? { country } : {}) });
  }
  return recipients;
}

function transfersFrom(opts: InitOptions, r: Reading): Transfer[] {
  const { answers, command } = r.w;
  const transfers: Transfer[] = [];
  const mechanisms = MECHANISM_CHOICES.map((c) => c.value);
  for (const t of opts.transfer ?? []) {
    const m = new RegExp(`^([A-Za-z]{2}):(.+?):(${mechanisms.join('|')})(?::(.+))?$`).exec(t.trim());
    if (!m) {
      r.problems.push(command.badTransfer(t, mechanisms.join(', ')));
      continue;
    }
    const country = attempt(r, '--transfer', () => parseThirdCountry(m[1]!, answers));
    const mechanism = m[3] as TransferMechanism;
    if (!country) continue;
    const problem = mechanismProblem(country, mechanism, answers);
    if (problem) r.problems.push(`--transfer: ${problem}`);
    const url = m[4] ? attempt(r, '--transfer', () => parseUrl(m[4]!, answers)) : undefined;
    transfers.push({ country, recipient: m[2]!.trim(), mechanism, ...(url ? { safeguard_url: url } : {}) });
  }
  return transfers;
}

function missingFlags(opts: InitOptions): string[] {
  const missing: string[] = [];
  if (!opts.name?.trim()) missing.push('--name');
  if (!opts.controller?.trim()) missing.push('--controller');
  if (!opts.email?.trim()) missing.push('--email');
  if (!opts.purpose?.length) missing.push('--purpose');
  if (!opts.basis?.length) missing.push('--basis');
  return missing;
}

/** The controller, its DPO and the rights channel, with the e-mail of the controller. */
function contactsFrom(opts: InitOptions, r: Reading): Pick<Draft, 'controller' | 'dpo' | 'rights'> {
  const { answers, command } = r.w;
  const email = opts.email ? attempt(r, '--email', () => parseEmail(opts.email!, answers)) : undefined;
  const businessId = opts.businessId ? attempt(r, '--business-id', () => parseBusinessId(opts.businessId!, answers)) : undefined;
  const phone = opts.phone ? attempt(r, '--phone', () => parsePhone(opts.phone!, answers)) : undefined;
  const postalCode = opts.postalCode ? attempt(r, '--postal-code', () => parsePostalCode(opts.postalCode!, answers)) : undefined;
  if ((opts.address || opts.postalCode || opts.city) && !(opts.postalCode && opts.city)) r.problems.push(command.addressNeeds);
  const dpoEmail = opts.dpoEmail ? attempt(r, '--dpo-email', () => parseEmail(opts.dpoEmail!, answers)) : undefined;
  const rightsEmail = opts.rightsEmail ? attempt(r, '--rights-email', () => parseEmail(opts.rightsEmail!, answers)) : email;
  const address = postalCode && opts.city ? { ...(opts.address ? { street: opts.address.trim() } : {}), postal_code: postalCode, city: opts.city.trim() } : undefined;
  return {
    controller: {
      name: opts.controller?.trim() ?? '',
      ...(businessId ? { business_id: businessId } : {}),
      ...(address ? { address } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    },
    ...(dpoEmail ? { dpo: { email: dpoEmail } } : {}),
    ...(rightsEmail ? { rights: { channels: [{ type: 'email', email: rightsEmail }] } } : {}),
  };
}

/** The retention the flags give, if any. */
function retentionFrom(opts: InitOptions, r: Reading): Draft['retention'] {
  const period = opts.retention ? attempt(r, '--retention', () => parseRetention(opts.retention!, r.w.answers)) : undefined;
  if (opts.retentionTrigger && !opts.retention) r.problems.push(r.w.command.triggerNeeds);
  if (!period && !opts.retentionLaw) return undefined;
  return [
    {
      ...(period ? { period } : {}),
      ...(opts.retentionTrigger ? { trigger: r.text(opts.retentionTrigger) } : {}),
      ...(opts.retentionLaw ? { law: r.text(opts.retentionLaw) } : {}),
    },
  ];
}

/** The register the flags describe, or the problems with them (in the words `w`). */
export function draftFromFlags(opts: InitOptions, languages: readonly string[], w: InitWords = en): { draft?: Draft; problems: string[]; missing: string[] } {
  const missing = missingFlags(opts);
  const r: Reading = { text: (value) => parseTextFlag(value, languages), w, problems: [], ids: new Set<string>() };
  const { controller, dpo, rights } = contactsFrom(opts, r);
  const purposes = purposesFrom(opts, r);
  const categories = categoriesFrom(opts, r);
  const sources = sourcesFrom(opts, r);
  const recipients = recipientsFrom(opts, r);
  const transfers = transfersFrom(opts, r);
  const retention = retentionFrom(opts, r);
  if (missing.length || r.problems.length) return { problems: r.problems, missing };
  const draft: Draft = {
    name: r.text(opts.name!),
    ...(controller ? { controller } : {}),
    ...(dpo ? { dpo } : {}),
    purposes,
    ...(categories.length ? { data_categories: categories } : {}),
    ...(sources.length ? { sources } : {}),
    recipients: recipients.length ? recipients : 'none',
    transfers: transfers.length ? transfers : 'none',
    ...(retention ? { retention } : {}),
    automated_decisions: 'none',
    ...(rights ? { rights } : {}),
  };
  return { draft, problems: r.problems, missing };
}
