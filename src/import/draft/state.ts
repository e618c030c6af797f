/** What has been recognised so far in an old notice, and the notes kept for the draft. */
import type { Address, Contact, LegalBasis, Recipient, Retention, Source, Transfer } from '../../types.js';
import type { Block } from '../document/block.js';
import type { Section } from '../outline.js';
import { type Unit, unitLines } from './units.js';

export type Lang = 'fi' | 'sv' | 'en';

/** The languages a notice can be imported from, as the command names them. */
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/** The stand-in for a name the original does not give, marked so that it cannot pass for one. */
export const NAME_STAND_IN: Record<Lang, string> = { fi: 'TODO: rekisterin nimi', sv: 'TODO: registrets namn', en: 'TODO: name of the register' };
/** The stand-in for a controller's name where the original gives its details but no name. */
export const CONTROLLER_STAND_IN: Record<Lang, string> = { fi: 'TODO: rekisterinpitäjän nimi', sv: 'TODO: personuppgiftsansvarigs namn', en: 'TODO: name of the controller' };
export type NotePath = readonly (string | number)[];

/** A comment in the draft: a `TODO` with the original passage, or a plain remark. */
export interface Note {
  /** Where it goes: a register key (or an item of a list); `$end` for the end of the file. */
  at: NotePath;
  /** Put it after the key rather than before it. */
  after?: boolean;
  /** On the value's own line (`updated: 2018-01-01 # TODO: …`). */
  inline?: boolean;
  todo?: string;
  comment?: string;
  lines: string[];
}

export interface Draft {
  lang: Lang;
  register: Record<string, unknown>;
  notes: Note[];
  /** What was mapped, for the command's summary. */
  mapped: string[];
  /** The year or the month the original gives as its date, without a day ("2025-01"), which `updated` cannot hold. */
  partialDate?: string;
}

export interface Statement {
  bases: LegalBasis[];
  /** Statutes the statement names: not a basis in themselves. */
  statutes: string[];
  /** The statute a legal obligation comes from, when the text says the law obliges. */
  law?: string;
  /** One basis, named alone: it may stand for every purpose. */
  assignable: boolean;
  lines: string[];
  text: string;
  /** The purpose a "purpose – basis" pair names, or what a basis listed first covers. */
  about?: string;
  /** `about` is what a basis labelled before a colon covers ("Avtal: Behandling som krävs för …"), not a purpose's name. */
  covers?: boolean;
  /** `about` is the cell of a table's purpose column: a purpose by what the table says, whether or not the draft has it. */
  row?: boolean;
  /** The paragraph, list or topic it was stated in: its one basis holds for the purposes stated there. */
  group?: number;
  /** The section it was stated in. */
  section?: number;
  /** The outline's section above the one it was stated in: the topic its heading is a part of. */
  parent?: number;
  /** It names a basis only as one another party must hold ("Asiakas vastaa siitä, että hänellä on … suostumus"). */
  others?: boolean;
  /** An item of a list of bases, each with what it covers ("Legal obligation – for accounting"): a purpose of its own where it names none of the draft's. */
  listed?: boolean;
}

export interface PurposeDraft {
  text: string;
  /** The id a retention rule refers to it by. */
  id?: string | undefined;
  bases: LegalBasis[];
  statutes: string[];
  law?: string;
  /** The legitimate interest the notice says a basis of legitimate interests covers. */
  interest?: string;
  /** The basis is only implied: an obligation named as what the purpose fulfils, or a statute said to require it. */
  implied?: boolean;
  group?: number;
  section?: number;
  /** The outline's section it was stated in, and the one above it. */
  head?: number;
  parent?: number;
}

/** Where a purpose or a statement was stated. */
export interface StatedIn {
  group?: number;
  section?: number;
}

export class DraftState {
  readonly notes: Note[] = [];
  name?: { text: string; from: 'section' | 'front' | 'title' };
  readonly description: string[] = [];
  created: string | undefined;
  readonly updated: string[] = [];
  /** A date the original gives only in part: a year ("2018") or a month ("2024-03"). */
  partial: string | undefined;
  readonly controller: {
    name?: string | undefined;
    business_id?: string | undefined;
    /** A Swedish organisation number ("556859-7321"): the company's number in the Swedish register. */
    registration?: string | undefined;
    email?: string | undefined;
    phone?: string | undefined;
    address?: Address | undefined;
    postal_address?: Address | undefined;
    website?: string | undefined;
    web_form?: string | undefined;
  } = {};
  frontCompany: string | undefined;
  titleCompany: string | undefined;
  /** A person named on the line under the controller's name, with no role of their own. */
  personUnderName: string | undefined;
  readonly people: Record<'contact_person' | 'dpo', Contact> = { contact_person: {}, dpo: {} };
  readonly dataSubjects: string[] = [];
  readonly purposes: PurposeDraft[] = [];
  readonly statements: Statement[] = [];
  readonly categories: string[] = [];
  hetu = false;
  readonly sources: Source[] = [];
  readonly recipients: Recipient[] = [];
  recipientsNone = false;
  recipientsOpen = false;
  readonly transfers: Transfer[] = [];
  transfersNone = false;
  transfersOpen = false;
  readonly retention: Retention[] = [];
  readonly security: { manual: string[]; electronic: string[] } = { manual: [], electronic: [] };
  readonly cookies: { text: string[]; tools: string[] } = { text: [], tools: [] };
  automatedNone = false;
  readonly provision: string[] = [];
  lastKey = 'name';
  private places = 0;
  controllerSeen = false;

  constructor(readonly lang: Lang) {}

  /** A new paragraph, list, topic or section that purposes and bases are stated in. */
  place(): number {
    return ++this.places;
  }

  t(s: string): Record<string, string> {
    return { [this.lang]: s };
  }

  todo(at: NotePath, todo: string, lines: string[], extra: Partial<Note> = {}): void {
    this.notes.push({ at, todo, lines, ...extra });
  }

  remark(at: NotePath, comment: string, lines: string[]): void {
    this.notes.push({ at, comment, lines });
  }

  /** One TODO for what is left of a section, with its heading. */
  leftover(section: Section, key: string, message: string, units: readonly Unit[]): void {
    if (!units.length) return;
    const lines: string[] = [];
    units.forEach((u, i) => {
      if (i > 0) lines.push('');
      lines.push(...unitLines(u));
    });
    this.todo([key], `${message} (from "${section.heading.text}")`, lines);
  }

  leadIn(key: string, block: Block | undefined): void {
    if (block) this.remark([key], 'Lead-in in the original:', block.lines);
  }
}
