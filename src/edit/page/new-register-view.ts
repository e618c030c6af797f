/**
 * A new register: the questions of `seloste init` (the register's name, the controller, the DPO,
 * purposes with their legal bases, data categories, sources, retention, where requests go). The
 * answers go to /api/new; the new file then opens in the form, where everything else is added.
 */
import { LEGAL_BASIS_CHOICES, MECHANISM_CHOICES, PROVISION_CHOICES, ROLE_CHOICES } from '../../init/choices.js';
import type { AppContext } from './app-context.js';
import { el, uniqueId } from './dom.js';
import {
  answersOf,
  choiceQuestion,
  countryQuestion,
  createAnswers,
  INIT_WORDS,
  joinedQuestion,
  lineQuestion,
  section,
  textQuestion,
  type Question,
} from './new-register-questions.js';

/** The question a legal basis adds to its purpose: how to withdraw consent, the interest, the law. */
const EXTRA: Record<string, 'withdraw' | 'interest' | 'law'> = { consent: 'withdraw', legitimate_interests: 'interest', legal_obligation: 'law', public_task: 'law' };

/** A list of repeated question groups (purposes, categories) with a button to add one more. */
function repeated(addLabel: string, make: (n: number) => { root: HTMLElement; questions: () => Question[] }, start = 1): { root: HTMLElement; questions: () => Question[] } {
  const groups: { root: HTMLElement; questions: () => Question[] }[] = [];
  const list = el('ol', { class: 'items' });
  const add = (): void => {
    const group = make(groups.length + 1);
    groups.push(group);
    list.append(el('li', { class: 'item' }, group.root));
  };
  for (let i = 0; i < start; i++) add();
  const button = el('button', { type: 'button', class: 'add-item' }, addLabel);
  button.addEventListener('click', () => {
    add();
    list.lastElementChild?.querySelector<HTMLElement>('input, select')?.focus();
  });
  return { root: el('div', {}, list, button), questions: () => groups.flatMap((g) => g.questions()) };
}

/** What the lists of the new register are asked with: the page's and init's words, the languages of a text. */
interface Asking {
  words: AppContext['words'];
  lang: AppContext['lang'];
  iw: (typeof INIT_WORDS)['en'];
  text: (name: string, prompt: string, help?: string) => Question;
}

type Repeated = ReturnType<typeof repeated>;

function purposeQuestions({ words, lang, iw, text }: Asking): Repeated {
  const q = iw.questions;
  return repeated(words.addPurpose, (n) => {
    const description = text('purpose', q.purposeText);
    const extras = { withdraw: text('withdraw', q.withdraw), interest: text('interest', q.interest, q.interestHint), law: text('law', q.law) };
    let extra: keyof typeof extras | undefined;
    const basis = choiceQuestion('basis', q.basis, LEGAL_BASIS_CHOICES, lang, (value) => {
      extra = EXTRA[value];
      for (const [key, question] of Object.entries(extras)) question.root.hidden = key !== extra;
    });
    const root = el('fieldset', { class: 'group' }, el('legend', {}, q.purpose(n)), description.root, basis.root, ...Object.values(extras).map((e) => e.root));
    // A purpose left empty is not asked for: its basis would count for another.
    return { root, questions: () => (description.value() ? [description, basis, ...(extra ? [extras[extra]] : [])] : []) };
  });
}

function categoryQuestions({ words, lang, iw, text }: Asking): Repeated {
  const q = iw.questions;
  return repeated(words.addCategory, (n) => {
    const description = text('category', q.categoryText);
    const consequence = text('consequence', q.consequence);
    const provision = choiceQuestion('provision', q.provision, PROVISION_CHOICES, lang, (value) => (consequence.root.hidden = value === 'voluntary'));
    const root = el('fieldset', { class: 'group' }, el('legend', {}, q.category(n)), description.root, provision.root, consequence.root);
    return { root, questions: () => (description.value() ? [description, provision, ...(consequence.root.hidden ? [] : [consequence])] : []) };
  });
}

/** Recipients, each `NAME:ROLE:COUNTRY` as init's `--recipient`; none at first. */
function recipientQuestions({ words, lang, iw }: Asking): Repeated {
  const q = iw.questions;
  const make = (n: number): { root: HTMLElement; questions: () => Question[] } => {
    const name = lineQuestion('recipient', q.recipientName);
    const role = choiceQuestion('role', q.role, ROLE_CHOICES, lang, () => undefined);
    const country = countryQuestion('country', q.recipientCountry, lang, words.notSet);
    const root = el('fieldset', { class: 'group' }, el('legend', {}, q.recipient(n)), name.root, role.root, country.root);
    return { root, questions: () => [joinedQuestion('recipient', [name, role, country])] };
  };
  return repeated(words.addRecipient, make, 0);
}

/** Transfers, each `COUNTRY:RECIPIENT:MECHANISM[:URL]` as init's `--transfer`; none at first. */
function transferQuestions({ words, lang, iw }: Asking): Repeated {
  const q = iw.questions;
  const make = (n: number): { root: HTMLElement; questions: () => Question[] } => {
    const country = countryQuestion('transfer', words.country, lang, words.notSet);
    const recipient = lineQuestion('transferRecipient', iw.nouns.recipient);
    const mechanism = choiceQuestion('mechanism', q.mechanism, MECHANISM_CHOICES, lang, () => undefined);
    const url = lineQuestion('safeguardUrl', q.safeguardUrl, { type: 'url' });
    const root = el('fieldset', { class: 'group' }, el('legend', {}, words.transferItem(n)), country.root, recipient.root, mechanism.root, url.root);
    return { root, questions: () => [joinedQuestion('transfer', [country, recipient, mechanism, url])] };
  };
  return repeated(words.addTransfer, make, 0);
}

/** The questions asked once, in the order of their sections. */
function singleQuestions({ iw, text }: Asking): Question[] {
  const q = iw.questions;
  return [
    text('name', q.registerName),
    lineQuestion('controller', q.legalName),
    lineQuestion('businessId', q.businessId, { help: q.noBusinessId }),
    lineQuestion('address', q.street),
    lineQuestion('postalCode', q.postalCode),
    lineQuestion('city', q.city),
    lineQuestion('email', q.email, { type: 'email' }),
    lineQuestion('phone', q.phone, { type: 'tel' }),
    lineQuestion('dpoEmail', q.dpoEmail, { type: 'email' }),
    lineQuestion('retention', q.retention, { help: q.retentionHint }),
    text('retentionTrigger', q.trigger),
    text('retentionLaw', q.retentionLaw),
    lineQuestion('rightsEmail', q.rightsEmail, { type: 'email' }),
  ];
}

export function showNewRegister(app: AppContext): void {
  const { words, lang } = app;
  const iw = INIT_WORDS[lang];
  const languages = app.project.languages.length ? app.project.languages : ['fi'];
  const asking: Asking = { words, lang, iw, text: (name, prompt, help) => textQuestion(name, prompt, languages, iw, help) };
  const lists = { purposes: purposeQuestions(asking), categories: categoryQuestions(asking), recipients: recipientQuestions(asking), transfers: transferQuestions(asking) };
  const single = singleQuestions(asking);
  const root = (name: string): HTMLElement => single.find((q) => q.name === name)!.root;
  const fromPersonId = uniqueId('from-person');
  const fromPerson = el('input', { type: 'checkbox', id: fromPersonId, checked: true });
  const status = el('p', { class: 'status', role: 'status' });
  const headingId = uniqueId('new');
  const form = el(
    'form',
    { class: 'new-register', 'aria-labelledby': headingId, novalidate: true },
    section(iw, 'register', root('name')),
    section(iw, 'controller', ...['controller', 'businessId', 'address', 'postalCode', 'city', 'email', 'phone'].map(root)),
    section(iw, 'dpo', root('dpoEmail')),
    section(iw, 'purposes', lists.purposes.root),
    section(iw, 'sources', el('div', { class: 'field field-check', 'data-answer': 'source' }, fromPerson, el('label', { for: fromPersonId }, words.dataFromPerson))),
    section(iw, 'categories', lists.categories.root),
    section(iw, 'recipients', lists.recipients.root),
    section(iw, 'transfers', lists.transfers.root),
    section(iw, 'retention', root('retention'), root('retentionTrigger'), root('retentionLaw')),
    section(iw, 'rights', root('rightsEmail')),
    el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, words.create)),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = answersOf(single, Object.values(lists).flatMap((list) => list.questions()));
    if (fromPerson.checked) answers['source'] = ['data_subject'];
    void createAnswers(app, answers, form, status);
  });
  app.main.replaceChildren(
    el('section', { class: 'new-view', 'aria-labelledby': headingId }, el('h1', { id: headingId }, words.newHeading), el('p', {}, words.newIntro), form),
  );
}
