/**
 * `seloste init`: a new register, from questions on a terminal or from flags. The file is written
 * atomically and an existing register is never overwritten without `--force`.
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
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isMap, isScalar } from 'yaml';
import { defaultConfig, findConfig, loadConfig } from '../config/config.js';
import type { Environment } from '../interface-language.js';
import { displayPath } from '../load/collect.js';
import { escapeTerminal, escapeTerminalLines } from '../report/escape.js';
import { reservedFor } from '../resolve/register-id.js';
import type { DataCategory, LegalBasis, Provision, Purpose, Recipient, Register, Source, Text, Transfer, TransferMechanism } from '../types.js';
import { setUpProject } from './set-up-project.js';
import { Invalid, PromptClosed, Prompter } from './prompt.js';
import { Exists, writeAtomically } from './write-new.js';
import {
  Interview,
  LEGAL_BASIS_CHOICES,
  MECHANISM_CHOICES,
  PROVISION_CHOICES,
  ROLE_CHOICES,
  SOURCE_CHOICES,
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
  slugify,
  uniqueSlug,
  type Draft,
} from './questions.js';

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

export interface InitIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  /** Ask the questions (a person is at a terminal). */
  isTTY?: boolean;
  /** The clock, for the `created` and `updated` dates. */
  now?: () => Date;
  /** Its locale sets the language of the questions when the config does not. */
  env?: Environment;
}

export const INIT_EXIT = { ok: 0, failed: 2, interrupted: 130 } as const;

/** The options that describe the register; any of them means "take the answers from the flags". */
const CONTENT_FLAGS = [
  'name', 'controller', 'businessId', 'address', 'postalCode', 'city', 'email', 'phone', 'dpoEmail', 'purpose', 'basis', 'withdraw',
  'interest', 'law', 'category', 'provision', 'consequence', 'source', 'recipient', 'transfer', 'retention', 'retentionTrigger',
  'retentionLaw', 'rightsEmail',
] as const satisfies readonly (keyof InitOptions)[];

function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// ————— Flags —————

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

function firstText(text: Text): string {
  return Object.values(text).find((v): v is string => typeof v === 'string') ?? '';
}

/** Values for items of a list: one for all, or one each. */
function spread<T>(values: readonly T[], count: number, flag: string, what: string, problems: string[]): (T | undefined)[] {
  if (values.length === 0) return new Array<T | undefined>(count).fill(undefined);
  if (values.length === 1) return new Array<T | undefined>(count).fill(values[0]);
  if (values.length !== count) problems.push(`${flag} was given ${values.length} times for ${count} ${what}: give one for all, or one for each`);
  return Array.from({ length: count }, (_, i) => values[i]);
}

/** Hand out the i-th value to the i-th item that needs one. */
function queue(values: readonly string[] | undefined, flag: string, what: string, problems: string[]) {
  let next = 0;
  return {
    take: (): string | undefined => values?.[next++],
    done: (): void => {
      if (values && next < values.length) problems.push(`${flag} was given ${values.length} times, but only ${Math.min(next, values.length)} ${what} need one`);
    },
  };
}

function attempt<T>(problems: string[], flag: string, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    problems.push(`${flag}: ${error.message}`);
    return undefined;
  }
}

/** The register the flags describe, or the problems with them. */
export function draftFromFlags(opts: InitOptions, languages: readonly string[]): { draft?: Draft; problems: string[]; missing: string[] } {
  const missing: string[] = [];
  if (!opts.name?.trim()) missing.push('--name');
  if (!opts.controller?.trim()) missing.push('--controller');
  if (!opts.email?.trim()) missing.push('--email');
  if (!opts.purpose?.length) missing.push('--purpose');
  if (!opts.basis?.length) missing.push('--basis');
  const problems: string[] = [];
  const text = (value: string): Text => parseTextFlag(value, languages);

  const email = opts.email ? attempt(problems, '--email', () => parseEmail(opts.email!)) : undefined;
  const businessId = opts.businessId ? attempt(problems, '--business-id', () => parseBusinessId(opts.businessId!)) : undefined;
  const phone = opts.phone ? attempt(problems, '--phone', () => parsePhone(opts.phone!)) : undefined;
  const postalCode = opts.postalCode ? attempt(problems, '--postal-code', () => parsePostalCode(opts.postalCode!)) : undefined;
  if ((opts.address || opts.postalCode || opts.city) && !(opts.postalCode && opts.city)) problems.push('--address needs both --postal-code and --city');
  const dpoEmail = opts.dpoEmail ? attempt(problems, '--dpo-email', () => parseEmail(opts.dpoEmail!)) : undefined;
  const rightsEmail = opts.rightsEmail ? attempt(problems, '--rights-email', () => parseEmail(opts.rightsEmail!)) : email;

  const ids = new Set<string>();
  const descriptions = opts.purpose ?? [];
  const bases = spread(opts.basis ?? [], descriptions.length, '--basis', 'purposes', problems).map((b) =>
    b === undefined ? undefined : attempt(problems, '--basis', () => parseChoice(LEGAL_BASIS_CHOICES)(b)),
  );
  const withdraw = queue(opts.withdraw, '--withdraw', 'purposes on consent', problems);
  const interest = queue(opts.interest, '--interest', 'purposes on legitimate interests', problems);
  const law = queue(opts.law, '--law', 'purposes on a legal obligation or public task', problems);
  const purposes: Purpose[] = descriptions.map((d, i) => {
    const description = text(d);
    const id = uniqueSlug(firstText(description), ids);
    const basis: LegalBasis | undefined = bases[i];
    const purpose: Purpose = { ...(id ? { id } : {}), description, ...(basis ? { legal_basis: basis } : {}) };
    let extra: string | undefined;
    if (basis === 'consent' && (extra = withdraw.take())) purpose.consent = { how_to_withdraw: text(extra) };
    if (basis === 'legitimate_interests' && (extra = interest.take())) purpose.legitimate_interest = text(extra);
    if ((basis === 'legal_obligation' || basis === 'public_task') && (extra = law.take())) purpose.law = text(extra);
    return purpose;
  });
  withdraw.done();
  interest.done();
  law.done();

  const categoryTexts = opts.category ?? [];
  const provisions = spread(opts.provision ?? [], categoryTexts.length, '--provision', 'data categories', problems).map((p) =>
    p === undefined ? undefined : attempt(problems, '--provision', () => parseChoice(PROVISION_CHOICES)(p)),
  );
  const consequence = queue(opts.consequence, '--consequence', 'data categories that are not voluntary', problems);
  const categories: DataCategory[] = categoryTexts.map((c, i) => {
    const description = text(c);
    const id = uniqueSlug(firstText(description), ids);
    const provision: Provision | undefined = provisions[i];
    const category: DataCategory = { ...(id ? { id } : {}), description, ...(provision ? { provision } : {}) };
    let extra: string | undefined;
    if (provision && provision !== 'voluntary' && (extra = consequence.take())) category.consequence = text(extra);
    return category;
  });
  consequence.done();

  const sources: Source[] = [];
  for (const s of opts.source ?? []) {
    const colon = s.indexOf(':');
    const type = (colon === -1 ? s : s.slice(0, colon)).trim();
    const name = colon === -1 ? '' : s.slice(colon + 1).trim();
    if (type === 'data_subject') sources.push({ type });
    else if (SOURCE_CHOICES.some((c) => c.value === type)) sources.push({ type: type as Source['type'], ...(name ? { name } : {}) });
    else problems.push(`--source: \`${s}\` is not a source; write data_subject, observation or TYPE:NAME with TYPE one of ${SOURCE_CHOICES.map((c) => c.value).join(', ')}`);
  }

  const recipients: Recipient[] = [];
  for (const r of opts.recipient ?? []) {
    const parts = r.split(':');
    let country: string | undefined;
    let role: Recipient['role'];
    if (parts.length > 1 && /^[A-Za-z]{2}$/.test(parts[parts.length - 1]!.trim())) country = parseCountry(parts.pop()!);
    if (parts.length > 1 && ROLE_CHOICES.some((c) => c.value === parts[parts.length - 1]!.trim())) role = parts.pop()!.trim() as Recipient['role'];
    const name = parts.join(':').trim();
    if (!name) problems.push(`--recipient: \`${r}\` names no recipient; write NAME[:ROLE[:COUNTRY]]`);
    else recipients.push({ name, ...(role ? { role } : {}), ...(country ? { country } : {}) });
  }

  const transfers: Transfer[] = [];
  const mechanisms = MECHANISM_CHOICES.map((c) => c.value).join('|');
  for (const t of opts.transfer ?? []) {
    const m = new RegExp(`^([A-Za-z]{2}):(.+?):(${mechanisms})(?::(.+))?$`).exec(t.trim());
    if (!m) {
      problems.push(`--transfer: cannot read \`${t}\`; write COUNTRY:RECIPIENT:MECHANISM[:URL], e.g. US:Cloud Inc.:standard_contractual_clauses:https://…, with MECHANISM one of ${MECHANISM_CHOICES.map((c) => c.value).join(', ')}`);
      continue;
    }
    const country = attempt(problems, '--transfer', () => parseThirdCountry(m[1]!));
    const mechanism = m[3] as TransferMechanism;
    if (!country) continue;
    const problem = mechanismProblem(country, mechanism);
    if (problem) problems.push(`--transfer: ${problem}`);
    const url = m[4] ? attempt(problems, '--transfer', () => parseUrl(m[4]!)) : undefined;
    transfers.push({ country, recipient: m[2]!.trim(), mechanism, ...(url ? { safeguard_url: url } : {}) });
  }

  const period = opts.retention ? attempt(problems, '--retention', () => parseRetention(opts.retention!)) : undefined;
  if (opts.retentionTrigger && !opts.retention) problems.push('--retention-trigger needs --retention, the period it starts');

  if (missing.length || problems.length) return { problems, missing };
  const draft: Draft = {
    name: text(opts.name!),
    controller: {
      name: opts.controller!.trim(),
      ...(businessId ? { business_id: businessId } : {}),
      ...(postalCode && opts.city ? { address: { ...(opts.address ? { street: opts.address.trim() } : {}), postal_code: postalCode, city: opts.city.trim() } } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    },
    ...(dpoEmail ? { dpo: { email: dpoEmail } } : {}),
    purposes,
    ...(categories.length ? { data_categories: categories } : {}),
    ...(sources.length ? { sources } : {}),
    recipients: recipients.length ? recipients : 'none',
    transfers: transfers.length ? transfers : 'none',
  };
  if (period || opts.retentionLaw) {
    draft.retention = [
      {
        ...(period ? { period } : {}),
        ...(opts.retentionTrigger ? { trigger: text(opts.retentionTrigger) } : {}),
        ...(opts.retentionLaw ? { law: text(opts.retentionLaw) } : {}),
      },
    ];
  }
  draft.automated_decisions = 'none';
  if (rightsEmail) draft.rights = { channels: [{ type: 'email', email: rightsEmail }] };
  return { draft, problems, missing };
}

// ————— Writing —————

/** The register with its id and dates, keys in the order of the notice. */
export function assemble(draft: Draft, id: string, today: string): Register {
  const all: Record<string, unknown> = { ...draft, id, created: today, updated: today };
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (all[key] !== undefined) ordered[key] = all[key];
  for (const [key, value] of Object.entries(all)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  return ordered as unknown as Register;
}

const KEY_ORDER = [
  'id', 'name', 'description', 'created', 'updated', 'controller', 'dpo', 'purposes', 'data_categories', 'sources', 'recipients', 'transfers',
  'retention', 'automated_decisions', 'rights',
];

/** Where editors find the schema: a local install of Seloste, or the schema this program ships. */
export function schemaReference(folder: string): string {
  let dir = resolve(folder);
  for (;;) {
    const candidate = join(dir, 'node_modules', 'seloste', 'schemas', 'register.schema.json');
    if (existsSync(candidate)) return relative(folder, candidate).split(sep).join('/');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const shipped = fileURLToPath(new URL('../../schemas/register.schema.json', import.meta.url));
  const rel = relative(folder, shipped).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const SPACED = new Set(['controller', 'dpo', 'purposes', 'data_categories', 'sources', 'recipients', 'transfers', 'retention', 'automated_decisions', 'rights']);

/** `schema`: the path of the `$schema` line; none in a project whose editor settings map the schemas. */
export function registerYaml(register: Register, schema: string | undefined): string {
  const doc = new Document(register);
  if (schema) doc.commentBefore = ` yaml-language-server: $schema=${schema}`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) if (isScalar(pair.key) && SPACED.has(String(pair.key.value))) pair.key.spaceBefore = true;
  }
  return doc.toString({ lineWidth: 0 });
}

// ————— The command —————

/** The id for a register's name; one the site keeps for its own pages gets `-register` after it. */
function registerId(name: string): string {
  const id = slugify(name) || 'register';
  return reservedFor(id) ? `${id}-register` : id;
}

export async function initCommand(opts: InitOptions, io: InitIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`seloste: ${escapeTerminal(message)}\n`);
    return INIT_EXIT.failed;
  };
  const refuse = (file: string): string => `${displayPath(file, io.cwd)} already exists; run again with --force to replace it`;
  const given = opts.out ? resolve(io.cwd, opts.out) : undefined;
  // A trailing slash names a folder, made when it is missing; without --out, `notices/`, where
  // `seloste check` and `build` look.
  const outDir = !given ? join(io.cwd, 'notices') : /[/\\]$/.test(opts.out ?? '') || isDirectory(given) ? given : undefined;
  let out = given && !outDir ? given : undefined;
  if (out && !opts.force && existsSync(out)) return fail(refuse(out));

  const configFile = findConfig(out ? dirname(out) : (outDir ?? io.cwd));
  const config = configFile ? (await loadConfig(configFile, displayPath(configFile, io.cwd), io.env)).config : defaultConfig(io.cwd, io.env);
  // A new project's languages are those asked for; otherwise the configuration's.
  const languages = opts.project && !configFile ? (opts.languages ?? ['fi']) : config.languages.length ? config.languages : ['fi'];
  const fromFlags = opts.yes || !io.isTTY || CONTENT_FLAGS.some((k) => opts[k] !== undefined);

  let draft: Draft;
  if (fromFlags) {
    const result = draftFromFlags(opts, languages);
    if (!result.draft) {
      if (result.missing.length) {
        io.stderr.write(`seloste: init needs ${result.missing.join(', ')} when it does not ask (not on a terminal, or with --yes or other flags)\n`);
      }
      for (const p of result.problems) io.stderr.write(`seloste: ${escapeTerminal(p)}\n`);
      return INIT_EXIT.failed;
    }
    draft = result.draft;
  } else {
    const stdin = io.stdin as NodeJS.ReadableStream & { isTTY?: boolean };
    const stdout = io.stdout as { write(s: string): unknown; on?: unknown };
    const prompter = new Prompter({ input: io.stdin, output: io.stdout, terminal: Boolean(stdin.isTTY) && typeof stdout.on === 'function' });
    io.stdout.write(`Seloste: a new register. Free texts are asked in ${languages.map((l) => `\`${l}\``).join(', ')} (from ${configFile ? escapeTerminal(displayPath(configFile, io.cwd)) : 'the defaults'}).\nPress Ctrl-C to stop; nothing is written until the end.\n`);
    try {
      draft = await new Interview(prompter, languages).run(async (name) => {
        if (out) return;
        const suggested = join(outDir ?? io.cwd, `${registerId(firstText(name))}.yaml`);
        out = await prompter.ask(
          'File to write:',
          (answer) => {
            const path = resolve(io.cwd, answer.trim());
            if (!/\.ya?ml$/.test(path)) throw new Invalid('Give a file name ending in .yaml');
            if (/\.org\.ya?ml$/.test(path)) throw new Invalid('Files named *.org.yaml are organisation files; choose another name');
            if (!opts.force && existsSync(path)) throw new Invalid(`${refuse(path)}, or choose another name`);
            return path;
          },
          displayPath(suggested, io.cwd),
        );
      });
    } catch (error) {
      if (!(error instanceof PromptClosed)) throw error;
      io.stderr.write(`\nseloste: ${error.interrupted ? 'stopped' : 'the input ended before every question was answered'}; nothing was written\n`);
      return error.interrupted ? INIT_EXIT.interrupted : INIT_EXIT.failed;
    } finally {
      prompter.dispose();
    }
  }

  if (opts.project) {
    const failed = await setUpProject(io, languages);
    if (failed) return fail(failed);
  }
  const id = registerId(firstText(draft.name));
  const file = out ?? join(outDir ?? io.cwd, `${id}.yaml`);
  const today = isoDate((io.now ?? (() => new Date()))());
  const text = registerYaml(assemble(draft, id, today), opts.project ? undefined : schemaReference(dirname(file)));
  try {
    await writeAtomically(file, text, Boolean(opts.force));
  } catch (error) {
    if (error instanceof Exists) return fail(refuse(file));
    return fail(`cannot write ${displayPath(file, io.cwd)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const shown = displayPath(file, io.cwd);
  io.stdout.write(escapeTerminalLines(`\nWrote ${shown}\nNext: seloste check ${/\s/.test(shown) ? `"${shown}"` : shown}\n`));
  return INIT_EXIT.ok;
}
