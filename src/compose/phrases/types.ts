/**
 * A phrase table: all the words Seloste itself writes in a notice, in one language. Authors write
 * facts; these are the standard legal passages and labels around them. Adding a language is adding
 * one table that satisfies this interface.
 *
 * Strings may contain `{placeholders}`, filled by the composer; passages are plain text, one
 * paragraph per array item. Use the official GDPR terms of the language.
 */
import type {
  ChannelType,
  HetuGround,
  LegalBasis,
  Provision,
  RecipientRole,
  RightId,
  SourceType,
  SpecialCategoryKind,
  TransferMechanism,
} from '../../types.js';

export type SectionId =
  | 'summary'
  | 'controller'
  | 'dpo'
  | 'data_subjects'
  | 'purposes'
  | 'legitimate_interests'
  | 'special_categories'
  | 'personal_identity_code'
  | 'data_categories'
  | 'sources'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'rights'
  | 'withdraw_consent'
  | 'object'
  | 'complaint'
  | 'provision'
  | 'automated_decisions'
  | 'further_processing'
  | 'security'
  | 'cookies'
  | 'changes';

export interface Phrases {
  /** BCP 47 language tag of the notice, e.g. `fi`. */
  lang: string;
  /** The language's own name, for the language switcher, e.g. `suomi`, `English`, `svenska`. */
  languageName: string;
  /** Document title, e.g. `Tietosuojaseloste` / `Privacy notice` / `Dataskyddsbeskrivning`. */
  noticeTitle: string;
  /** Title of one notice: `{name}` is the register's name, e.g. `Tietosuojaseloste: {name}`. */
  noticeTitleFor: string;
  /**
   * Said after author text the register does not have in this language, which is then shown in
   * another (a register built with `--force`), e.g. `(not available in English)`.
   */
  notAvailable: string;
  /** Heading of the table of contents. */
  contents: string;
  /** Labels of the dates under the title: `Päivitetty` / `Updated`, `Laadittu` / `First published`. */
  updated: string;
  created: string;
  /** Month names for dates in running text (January … December); `formatDate` uses them. */
  months: readonly string[];
  /** How a date is written, from day, month number (1–12) and year, e.g. fi `21.6.2021`, en `21 June 2021`. */
  formatDate(day: number, month: number, year: number): string;
  /** A retention period: `{n}` years, months, weeks, days, with singular and plural forms. */
  duration: {
    years: [string, string];
    months: [string, string];
    weeks: [string, string];
    days: [string, string];
    hours: [string, string];
    /** How several parts are joined, e.g. ` ja ` / ` and ` / ` och `. */
    and: string;
  };
  /** Joins a list in running text: `a, b ja c`. */
  listAnd: string;
  /** Section headings, in Art. 13/14 order. */
  headings: Record<SectionId, string>;
  /** The short first layer at the top of the notice. */
  summary: {
    /** `{controller} is the controller of {register}, which means …` */
    who: string;
    /** Lead-in before the list of purposes: `We use the data for the following purposes:` */
    why: string;
    /** After a purpose in that list, its Art. 6(1) basis: ` – legal basis: {basis}` (`{basis}` in lower case). */
    basis: string;
    /** Lead-in of the rights list: `Your rights:` */
    rights: string;
    /** `You can complain to {authority}.` */
    complain: string;
    /** To the Finnish authority, by the name of the office holder: `You can lodge a complaint with the Data Protection Ombudsman.` */
    complainFinland: string;
    /** When the notice names no authority: `You can complain to a supervisory authority.` */
    complainAnywhere: string;
    /** Link text to the full section: `Read more` */
    readMore: string;
    /** Link under the list of purposes: `Read more about the purposes` */
    readMorePurposes: string;
    /** Link under the list of rights: `Read more about your rights` */
    readMoreRights: string;
    /** `We transfer data to the following countries outside the EU/EEA: {countries}.` */
    transfers: string;
    /** `Decisions based solely on automated processing are made.` (when they are) */
    automated: string;
  };
  labels: {
    name: string;
    businessId: string;
    registration: string;
    /** Heading of bases listed for the register as a whole, not per purpose. */
    registerBases: string;
    children: string;
    /** `{n}`: the age from which a child consents alone. */
    childAgeLimit: string;
    parentalConsent: string;
    address: string;
    postalAddress: string;
    visitingAddress: string;
    /** The word before a post office box number: `PL` / `P.O. Box` / `PB`. */
    poBox: string;
    phone: string;
    email: string;
    website: string;
    webForm: string;
    contactPerson: string;
    group: string;
    groupMembers: string;
    groupContacts: string;
    jointControllers: string;
    jointArrangement: string;
    jointContactPoint: string;
    responsibilities: string;
    representative: string;
    purpose: string;
    legalBasis: string;
    law: string;
    data: string;
    required: string;
    consequence: string;
    source: string;
    recipient: string;
    role: string;
    country: string;
    mechanism: string;
    /** Column of a transfer: where the safeguards are, or other information on the transfer. */
    safeguard: string;
    /** Said of a transfer on another ground than an adequacy decision (Art. 13(1)(f), 14(1)(f)). */
    noAdequacy: string;
    /** A transfer on an adequacy decision: `Commission Decision {decision}.` */
    adequacyDecision: string;
    /** How acts of the European Community are marked in their numbers: `EY` / `EC` / `EG` (`2000/518/EY`). */
    communityActs: string;
    period: string;
    /**
     * A period and the event it counts from, which the author writes in the nominative (Finnish) or as a
     * noun phrase: `{period} from {trigger}`; a language that would have to inflect it names it instead.
     */
    periodFrom: string;
    criteria: string;
    appliesTo: string;
    allData: string;
    howToExercise: string;
    identityCheck: string;
    /** A response time longer than 28 days, a target beside the statutory month: `We aim to respond within {days} days; …` */
    responseTime: string;
    /** A response time of at most 28 days, always within one month: `We aim to respond within {days} days, which is always …` */
    responseTimeWithinMonth: string;
    restrictions: string;
    logic: string;
    significance: string;
    consequences: string;
    profiling: string;
    manual: string;
    electronic: string;
    storageLocation: string;
    cookieTools: string;
    provider: string;
    optOut: string;
    cookieConsent: string;
    date: string;
    change: string;
    /** Marks a change that data subjects were actively told about. */
    materialChange: string;
    /** Lead-in of the purposes a right applies to, before a list: for one purpose, for several. */
    appliesToPurposes: [string, string];
    /** Lead-in of the one purpose a right does not apply to, when it applies to all the others. */
    notAppliesToPurpose: string;
    /** Label of an Art. 9(2) condition: `Condition under Art. 9(2)({point})`. */
    specialCondition: string;
    /** Label of the § 29 ground for the personal identity code: `Ground`. */
    hetuGround: string;
    downloads: string;
    /** Name of the language switcher (it lists every language, the current one too): `Kieli` / `Language`. */
    otherLanguages: string;
  };
  /** Art. 6(1) legal bases: official name, article and a one-sentence plain explanation. */
  bases: Record<LegalBasis, { name: string; article: string; explanation: string }>;
  /** Rights: heading (official GDPR term) and standard explanation paragraphs. */
  rights: Record<RightId, { heading: string; text: readonly string[] }>;
  /** Intro paragraph of the rights section: rights follow from the legal bases; free of charge (Art. 12(5)). */
  rightsIntro: readonly string[];
  /** Withdrawal of consent (Art. 7(3), 13(2)(c)): paragraphs; `{how}` is filled with the author's how-to text where given. */
  withdrawConsent: readonly string[];
  /** The right to object (Art. 21), presented separately: general (21(1)) and direct marketing (21(2),(3)). */
  object: { general: readonly string[]; directMarketing: readonly string[] };
  /** Complaint (Art. 77): paragraphs said in every notice; the authority's details follow from built-in data. */
  complaint: readonly string[];
  /** Intros of sections whose content is otherwise facts only. */
  intro: {
    purposes: string;
    legitimateInterests: string;
    dataCategories: string;
    sources: string;
    recipients: string;
    noRecipients: string;
    transfers: string;
    noTransfers: string;
    retention: string;
    noAutomatedDecisions: string;
    automatedDecisions: string;
    /** Said when the automated decisions involve profiling (Art. 4(4), 22). */
    profiling: string;
    specialCategories: string;
    personalIdentityCode: string;
    provision: string;
    furtherProcessing: string;
    changes: string;
    security: string;
    cookies: string;
    dataSubjects: string;
  };
  /** Art. 9(2) conditions, (a)–(j): short official-style names. */
  specialConditions: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j', string>;
  specialCategories: Record<SpecialCategoryKind, string>;
  /** Tietosuojalaki § 29 grounds for the personal identity code. */
  hetuGrounds: Record<HetuGround, string>;
  provision: Record<Provision, string>;
  sourceTypes: Record<SourceType, string>;
  /** Recipient roles; `group_company` is shown before the role of a group company: `Konserniyhtiö, henkilötietojen käsittelijä`. */
  recipientRoles: Record<RecipientRole | 'group_company', string>;
  /** Transfer mechanisms: name and article, e.g. `Standard contractual clauses (Commission Implementing Decision (EU) 2021/914), Art. 46(2)(c)`. */
  mechanisms: Record<TransferMechanism, string>;
  channels: Record<ChannelType, string>;
  /** Words of the published site around the notices. */
  site: {
    /** Skip link: `Siirry sisältöön` / `Skip to content`. */
    skip: string;
    /** Heading of the site's index of notices in this language: `Tietosuojaselosteet`. */
    indexHeading: string;
    /** One sentence under it. */
    indexIntro: string;
    /** Column headings of the index. */
    register: string;
    controller: string;
    /** Heading of the data-flow picture: `Mistä tiedot tulevat ja minne ne menevät`. */
    flow: string;
    /** Download links: `{format}` is PDF, Markdown or JSON. */
    download: string;
    /** Footer line: `Laadittu Seloste-työkalulla` (plain, no link). */
    footer: string;
    /** Heading of earlier versions: `Aiemmat versiot`. */
    history: string;
    /** PDF footer: `Sivu {page} / {pages}` / `Page {page} of {pages}`. */
    page: string;
    /** On an earlier version's page: `Tämä on selosteen aiempi versio, päivitetty {date}.` */
    archived: string;
    /** Link from an earlier version to the current one: `Voimassa oleva versio`. */
    current: string;
    /** After the title of an earlier version (page title and heading): `versio {date}` / `version of {date}`. */
    version: string;
  };
  /** Supervisory authority block: its lead-in, by why the notice names it, and the labels of its details. */
  authority: {
    /** The Finnish authority, before the details of its office: `In Finland, the supervisory authority is the Data Protection Ombudsman. Contact details:` */
    finland: string;
    /** The authority of the controller's country, or its lead authority (Art. 56). */
    controller: string;
    /** A controller outside the EEA: the authority of its representative's country (Art. 27). */
    representative: string;
    postalAddress: string;
    visitingAddress: string;
    phone: string;
    email: string;
    website: string;
  };
}
