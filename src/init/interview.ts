/**
 * The questions `seloste init` asks on a terminal, in the language of the interface (English gives
 * the Finnish term of each part of a notice in parentheses), each with a line of help and a check of
 * the answer.
 */
import { isEea } from '../data/data.js';
import { NEEDS_SAFEGUARD_URL } from '../rules/transfer-mechanism.js';
import type { AutomatedDecision, DataCategory, Purpose, Recipient, Register, Retention, Source, Text, Transfer } from '../types.js';
import { LEGAL_BASIS_CHOICES, MECHANISM_CHOICES, PROVISION_CHOICES, ROLE_CHOICES, SOURCE_CHOICES, type Choice } from './choices.js';
import { Invalid, type Prompter } from './prompt.js';
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
  parseYesNo,
  required,
  uniqueSlug,
} from './questions.js';
import { en } from './words-en.js';
import type { InitWords, SectionId } from './words.js';

/** What the interview learns; the command adds the id, the dates and the file. */
export type Draft = Omit<Register, 'id' | 'updated'>;

export class Interview {
  private readonly q: InitWords['questions'];
  private readonly a: InitWords['answers'];

  constructor(
    private readonly p: Prompter,
    /** Every free text is asked in each of these. */
    private readonly languages: readonly string[],
    private readonly words: InitWords = en,
  ) {
    this.q = words.questions;
    this.a = words.answers;
  }

  private say(text: string): void {
    this.p.write(text);
  }

  private section(id: SectionId): void {
    const [title, help] = this.q.sections[id];
    this.say(`\n${title}\n  ${help}\n`);
  }

  private hint(help: string): void {
    this.say(`  ${help}\n`);
  }

  private async yes(prompt: string, fallback: boolean): Promise<boolean> {
    const { yes, no } = this.q;
    return this.p.ask(`${prompt} (${yes}/${no})`, (answer) => parseYesNo(answer, this.a), fallback ? yes : no);
  }

  /** A required answer on one line. */
  private async line(prompt: string, what: string, fallback?: string): Promise<string> {
    return this.p.ask(prompt, required(what, this.a), fallback);
  }

  /** A text in every language; `optional`: an empty first answer leaves the whole text out. */
  async text(prompt: string, options: { optional?: boolean } = {}): Promise<Text | undefined> {
    const out: Text = {};
    for (const [i, lang] of this.languages.entries()) {
      const optional = options.optional && i === 0;
      const answer = await this.p.ask(`${prompt}, ${this.q.inLanguage(lang)}${optional ? this.q.emptyNone : ''}:`, (a) =>
        optional ? a.trim() : required(this.words.nouns.answer, this.a)(a),
      );
      if (optional && answer === '') return undefined;
      out[lang] = answer;
    }
    return out;
  }

  private async requiredText(prompt: string): Promise<Text> {
    return (await this.text(prompt))!;
  }

  private choiceList<T extends string>(choices: readonly Choice<T>[]): string {
    const { term, language } = this.words;
    return choices.map((c, i) => `    ${String(i + 1).padStart(2)}. ${c.value} (${c[term]}): ${c.help[language]}\n`).join('');
  }

  /** A numbered list, then the choice; `check` may turn a choice down with a reason, and the choice is asked again. */
  private async choose<T extends string>(title: string, choices: readonly Choice<T>[], fallback?: T, check?: (value: T) => string | undefined): Promise<T> {
    this.say(`  ${title}:\n${this.choiceList(choices)}`);
    const index = fallback ? String(choices.findIndex((c) => c.value === fallback) + 1) : undefined;
    const parse = parseChoice(choices, this.a);
    return this.p.ask(
      this.q.choose(choices.length),
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
    this.section('register');
    draft.name = await this.requiredText(this.q.registerName);
    await afterName?.(draft.name);
    draft.controller = await this.controller();
    this.section('dpo');
    if (await this.yes(this.q.hasDpo, false)) draft.dpo = { email: await this.p.ask(this.q.dpoEmail, (a) => parseEmail(a, this.a)) };
    const ids = new Set<string>();
    this.section('purposes');
    draft.purposes = [];
    do {
      draft.purposes.push(await this.purpose(draft.purposes.length + 1, ids));
    } while (await this.yes(this.q.anotherPurpose, false));
    this.section('sources');
    draft.sources = await this.sources();
    const fromPerson = draft.sources.some((s) => s.type === 'data_subject' || s.type === 'observation');
    this.section('categories');
    draft.data_categories = [];
    do {
      draft.data_categories.push(await this.category(draft.data_categories.length + 1, fromPerson, ids));
    } while (await this.yes(this.q.anotherCategory, false));
    this.section('recipients');
    draft.recipients = (await this.yes(this.q.disclosed, true)) ? await this.recipients() : 'none';
    this.section('transfers');
    draft.transfers = await this.transfers(Array.isArray(draft.recipients) ? draft.recipients : []);
    this.section('retention');
    draft.retention = [await this.retention()];
    this.section('automated');
    draft.automated_decisions = (await this.yes(this.q.automated, false)) ? await this.automated() : 'none';
    this.section('rights');
    const rightsEmail = await this.p.ask(this.q.rightsEmail, (a) => parseEmail(a, this.a), draft.controller.email);
    draft.rights = { channels: [{ type: 'email', email: rightsEmail }] };
    return draft;
  }

  private async controller(): Promise<NonNullable<Draft['controller']> & { email: string }> {
    const { q, a } = this;
    const nouns = this.words.nouns;
    this.section('controller');
    const name = await this.line(q.legalName, nouns.name);
    this.hint(q.noBusinessId);
    const businessId = await this.p.ask(q.businessId, (x) => (x.trim() === '' ? '' : parseBusinessId(x, a)), '');
    const street = await this.line(q.street, nouns.street);
    const postalCode = await this.p.ask(q.postalCode, (x) => parsePostalCode(x, a));
    const city = await this.line(q.city, nouns.city);
    const email = await this.p.ask(q.email, (x) => parseEmail(x, a));
    const phone = await this.p.ask(q.phone, (x) => (x.trim() === '' ? '' : parsePhone(x, a)), '');
    return { name, ...(businessId ? { business_id: businessId } : {}), address: { street, postal_code: postalCode, city }, email, ...(phone ? { phone } : {}) };
  }

  private async purpose(n: number, ids: Set<string>): Promise<Purpose> {
    const q = this.q;
    this.say(`\n  ${q.purpose(n)}\n`);
    const description = await this.requiredText(q.purposeText);
    const id = uniqueSlug(Object.values(description)[0] ?? '', ids);
    const basis = await this.choose(q.basis, LEGAL_BASIS_CHOICES);
    const purpose: Purpose = { ...(id ? { id } : {}), description, legal_basis: basis };
    if (basis === 'consent') {
      purpose.consent = { how_to_withdraw: await this.requiredText(q.withdraw) };
    } else if (basis === 'legitimate_interests') {
      this.hint(q.interestHint);
      purpose.legitimate_interest = await this.requiredText(q.interest);
    } else if (basis === 'legal_obligation' || basis === 'public_task') {
      purpose.law = await this.requiredText(q.law);
    }
    if (basis === 'consent' || basis === 'legitimate_interests') purpose.direct_marketing = await this.yes(q.directMarketing, false);
    return purpose;
  }

  private async sources(): Promise<Source[]> {
    const q = this.q;
    for (;;) {
      const sources: Source[] = [];
      if (await this.yes(q.fromPerson, true)) sources.push({ type: 'data_subject' });
      while (await this.yes(sources.length ? q.otherSources : q.firstOtherSource, !sources.length)) {
        const type = await this.choose(q.sourceType, SOURCE_CHOICES);
        if (type === 'observation') {
          const description = await this.text(q.observed, { optional: true });
          sources.push({ type, ...(description ? { description } : {}) });
        } else {
          sources.push({ type, name: await this.line(q.sourceName, this.words.nouns.sourceName) });
        }
      }
      if (sources.length) return sources;
      this.say(`  ✖ ${q.noSource}\n`);
    }
  }

  private async category(n: number, fromPerson: boolean, ids: Set<string>): Promise<DataCategory> {
    const q = this.q;
    this.say(`\n  ${q.category(n)}\n`);
    const description = await this.requiredText(q.categoryText);
    const id = uniqueSlug(Object.values(description)[0] ?? '', ids);
    const category: DataCategory = { ...(id ? { id } : {}), description };
    if (fromPerson) {
      category.provision = await this.choose(q.provision, PROVISION_CHOICES);
      if (category.provision !== 'voluntary') category.consequence = await this.requiredText(q.consequence);
    }
    return category;
  }

  private async recipients(): Promise<Recipient[]> {
    const q = this.q;
    const out: Recipient[] = [];
    do {
      this.say(`\n  ${q.recipient(out.length + 1)}\n`);
      const name = await this.line(q.recipientName, this.words.nouns.name);
      const role = await this.choose(q.role, ROLE_CHOICES, 'processor');
      const country = await this.p.ask(q.recipientCountry, (a) => parseCountry(a, this.a), 'FI');
      out.push({ name, role, country });
    } while (await this.yes(q.anotherRecipient, false));
    return out;
  }

  /** A transfer for each recipient outside the EEA, then any others. */
  private async transfers(recipients: readonly Recipient[]): Promise<Transfer[] | 'none'> {
    const q = this.q;
    const transfers: Transfer[] = [];
    for (const r of recipients) {
      if (!r.country || isEea(r.country) || transfers.some((t) => t.country === r.country)) continue;
      this.hint(q.isTransfer(r.name, r.country));
      transfers.push(await this.transfer(r.country, r.name));
    }
    while (await this.yes(transfers.length ? q.otherTransfers : q.anyTransfers, false)) {
      const country = await this.p.ask(q.country, (a) => parseThirdCountry(a, this.a));
      transfers.push(await this.transfer(country));
    }
    return transfers.length ? transfers : 'none';
  }

  private async transfer(country: string, recipientName?: string): Promise<Transfer> {
    const q = this.q;
    const recipient = await this.line(q.transferRecipient(country), this.words.nouns.recipient, recipientName);
    const mechanism = await this.choose(q.mechanism, MECHANISM_CHOICES, undefined, (m) => mechanismProblem(country, m, this.a));
    const transfer: Transfer = { country, recipient, mechanism };
    if (NEEDS_SAFEGUARD_URL.has(mechanism)) transfer.safeguard_url = await this.p.ask(q.safeguardUrl, (a) => parseUrl(a, this.a));
    return transfer;
  }

  private async retention(): Promise<Retention> {
    const q = this.q;
    this.hint(q.retentionHint);
    const period = await this.p.ask(q.retention, (a) => (a.trim() === '' ? '' : parseRetention(a, this.a)), '');
    if (period) return { period, trigger: await this.requiredText(q.trigger) };
    return { law: await this.requiredText(q.retentionLaw) };
  }

  private async automated(): Promise<AutomatedDecision> {
    const q = this.q;
    const profiling = await this.yes(q.profiling, false);
    return {
      ...(profiling ? { profiling } : {}),
      logic: await this.requiredText(q.logic),
      significance: await this.requiredText(q.significance),
      consequences: await this.requiredText(q.consequences),
    };
  }
}
