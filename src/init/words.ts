/** The words of `seloste init`, in each language of the interface: why an answer is refused, the questions, what the command says. */
import type { MessageLanguage } from '../interface-language.js';

/** Why an answer (or a flag's value) is refused: what is expected instead. */
export interface AnswerWords {
  businessIdFormat: string;
  businessIdCheckDigit(id: string): string;
  email: string;
  exampleEmail(email: string): string;
  phone: string;
  postalCode: string;
  url: string;
  country: string;
  inEea(code: string): string;
  yesNo: string;
  empty(what: string): string;
  choice(count: number, values: string): string;
  period(answer: string): string;
  zeroPeriod: string;
  usNeedsDpf: string;
  noAdequacy(country: string): string;
  dpfOutsideUs(country: string): string;
}

/** What an empty answer is called in `empty`: `The name cannot be left empty`. */
export interface Nouns {
  answer: string;
  name: string;
  street: string;
  city: string;
  sourceName: string;
  recipient: string;
}

/** The sections of the interview: a title and a line of help. */
export type SectionId =
  | 'register'
  | 'controller'
  | 'dpo'
  | 'purposes'
  | 'sources'
  | 'categories'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'automated'
  | 'rights';

export interface QuestionWords {
  sections: Readonly<Record<SectionId, readonly [title: string, help: string]>>;
  /** A free text in one language: `in Finnish (suomeksi)`. */
  inLanguage(lang: string): string;
  emptyNone: string;
  choose(count: number): string;
  /** The letters of yes and no, shown as `(y/n)` and taken as the default. */
  yes: string;
  no: string;
  registerName: string;
  legalName: string;
  noBusinessId: string;
  businessId: string;
  street: string;
  postalCode: string;
  city: string;
  email: string;
  phone: string;
  hasDpo: string;
  dpoEmail: string;
  purpose(n: number): string;
  purposeText: string;
  basis: string;
  withdraw: string;
  interestHint: string;
  interest: string;
  law: string;
  directMarketing: string;
  anotherPurpose: string;
  fromPerson: string;
  otherSources: string;
  firstOtherSource: string;
  sourceType: string;
  observed: string;
  sourceName: string;
  noSource: string;
  category(n: number): string;
  categoryText: string;
  provision: string;
  consequence: string;
  anotherCategory: string;
  disclosed: string;
  recipient(n: number): string;
  recipientName: string;
  role: string;
  recipientCountry: string;
  anotherRecipient: string;
  isTransfer(name: string | undefined, country: string): string;
  otherTransfers: string;
  anyTransfers: string;
  country: string;
  transferRecipient(country: string): string;
  mechanism: string;
  safeguardUrl: string;
  retentionHint: string;
  retention: string;
  trigger: string;
  retentionLaw: string;
  automated: string;
  profiling: string;
  logic: string;
  significance: string;
  consequences: string;
  rightsEmail: string;
}

/** What `seloste init` says around the questions, and about its flags. */
export interface CommandWords {
  welcome(languages: string, from: string): string;
  defaults: string;
  fileToWrite: string;
  yamlName: string;
  organisationName: string;
  exists(file: string): string;
  orAnother(refusal: string): string;
  stopped: string;
  inputEnded: string;
  nothingWritten(reason: string): string;
  needs(flags: string): string;
  cannotWrite(file: string, reason: string): string;
  wrote(file: string): string;
  next(file: string): string;
  givenFor(flag: string, times: number, count: number, what: string): string;
  givenOnly(flag: string, times: number, needing: number, what: string): string;
  purposes: string;
  categories: string;
  consentPurposes: string;
  interestPurposes: string;
  lawPurposes: string;
  requiredCategories: string;
  addressNeeds: string;
  notSource(value: string, types: string): string;
  noRecipientName(value: string): string;
  badTransfer(value: string, mechanisms: string): string;
  triggerNeeds: string;
  kept(file: string): string;
  wroteFile(file: string): string;
  gitignore(lines: number): string;
}

export interface InitWords {
  language: MessageLanguage;
  /** The term shown beside a choice's value: English shows the Finnish. */
  term: 'fi' | 'sv';
  answers: AnswerWords;
  nouns: Nouns;
  questions: QuestionWords;
  command: CommandWords;
}
