/**
 * The questions of a new register, as `seloste init` asks them and in its words: a line, a text in
 * each language of the notices, a choice with the help of the chosen value; and the answers they
 * give, under the names of init's flags, with the server's refusal of one shown at its question.
 */
import type { Choice } from '../../init/choices.js';
import { en as initEn } from '../../init/words-en.js';
import { fi as initFi } from '../../init/words-fi.js';
import { sv as initSv } from '../../init/words-sv.js';
import type { InitWords, SectionId } from '../../init/words.js';
import { ApiError } from './api-client.js';
import { fileHash, type AppContext } from './app-context.js';
import type { Data } from './api-types.js';
import { countryOptions } from './country-select.js';
import { el, uniqueId } from './dom.js';
import type { Lang } from './words.js';

export const INIT_WORDS: Record<Lang, InitWords> = { fi: initFi, sv: initSv, en: initEn };

/** A question of init as a label: without its closing colon. */
const label = (question: string): string => question.replace(/:\s*$/, '');

export interface Question {
  /** The answer's name (init's flag, as /api/new takes it). */
  name: string;
  root: HTMLElement;
  value(): string;
}

export function lineQuestion(name: string, text: string, options: { help?: string; type?: string } = {}): Question {
  const id = uniqueId(`new-${name}`);
  const input = el('input', { id, type: options.type ?? 'text', name, autocomplete: 'off', 'aria-describedby': `${id}-help ${id}-error` });
  const root = el(
    'div',
    { class: 'field', 'data-answer': name },
    el('label', { for: id }, label(text)),
    options.help ? el('p', { class: 'help', id: `${id}-help` }, options.help) : null,
    input,
    el('p', { class: 'answer-error', id: `${id}-error` }),
  );
  return { name, root, value: () => input.value.trim() };
}

/** A text asked in every language of the notices: `Teksti` for one, `fi=Teksti|en=Text` for several. */
export function textQuestion(name: string, text: string, languages: readonly string[], iw: InitWords, help?: string): Question {
  const id = uniqueId(`new-${name}`);
  const inputs = languages.map((lang) => {
    const inputId = `${id}-${lang}`;
    const input = el('input', { id: inputId, type: 'text', lang, autocomplete: 'off', 'data-lang': lang, 'aria-labelledby': `${id}-legend ${inputId}-label`, 'aria-describedby': `${id}-help ${id}-error` });
    return { lang, input, root: el('div', { class: 'language' }, el('label', { for: inputId, id: `${inputId}-label` }, iw.questions.inLanguage(lang)), input) };
  });
  const root = el(
    'fieldset',
    { class: 'group group-text', 'data-answer': name },
    el('legend', { id: `${id}-legend` }, label(text)),
    help ? el('p', { class: 'help', id: `${id}-help` }, help) : null,
    el('div', { class: 'languages' }, ...inputs.map((i) => i.root)),
    el('p', { class: 'answer-error', id: `${id}-error` }),
  );
  const value = (): string => {
    const given = inputs.filter((i) => i.input.value.trim());
    if (given.length === 1 && given[0]!.lang === languages[0]) return given[0]!.input.value.trim();
    return given.map((i) => `${i.lang}=${i.input.value.trim().replace(/\|/g, '/')}`).join('|');
  };
  return { name, root, value };
}

/** A choice of init (a legal basis, a provision) with the line of help of the chosen value. */
export function choiceQuestion(name: string, text: string, choices: readonly Choice<string>[], lang: Lang, onChange: (value: string) => void): Question {
  const id = uniqueId(`new-${name}`);
  const term = (c: Choice<string>): string => (lang === 'en' ? `${c.value.replace(/_/g, ' ')} (${c.fi})` : `${c[lang]} (${c.value})`);
  const select = el('select', { id, name, 'aria-describedby': `${id}-help ${id}-error` }, ...choices.map((c) => el('option', { value: c.value, 'data-value': c.value }, term(c))));
  const help = el('p', { class: 'help', id: `${id}-help` });
  const explain = (): void => {
    help.textContent = choices.find((c) => c.value === select.value)?.help[lang] ?? '';
    onChange(select.value);
  };
  select.addEventListener('change', explain);
  const root = el('div', { class: 'field field-enum', 'data-answer': name }, el('label', { for: id }, label(text)), select, help, el('p', { class: 'answer-error', id: `${id}-error` }));
  queueMicrotask(explain);
  return { name, root, value: () => select.value };
}

/** A country, named in the language of the page; empty: not given. */
export function countryQuestion(name: string, text: string, lang: Lang, empty: string): Question {
  const id = uniqueId(`new-${name}`);
  const select = el('select', { id, name, 'aria-describedby': `${id}-error` }, el('option', { value: '' }, empty));
  for (const option of countryOptions(lang)) select.append(el('option', { value: option.value, 'data-value': option.value }, option.label));
  const root = el('div', { class: 'field', 'data-answer': name }, el('label', { for: id }, label(text)), select, el('p', { class: 'answer-error', id: `${id}-error` }));
  return { name, root, value: () => select.value };
}

/** Answers given together as one flag's value, `A:B:C`, under `name`; nothing when `first` is not answered. */
export function joinedQuestion(name: string, parts: readonly Question[], first: Question = parts[0]!): Question {
  return { name, root: parts[0]!.root, value: () => (first.value() ? parts.map((p) => p.value()).filter(Boolean).join(':') : '') };
}

export function section(iw: InitWords, id: SectionId, ...content: HTMLElement[]): HTMLElement {
  const [title, help] = iw.questions.sections[id];
  const headingId = uniqueId(`new-section-${id}`);
  return el('section', { class: 'new-section', 'aria-labelledby': headingId }, el('h2', { id: headingId }, title), el('p', { class: 'help' }, help), ...content);
}

/** Collect answers: a repeated flag (purpose, basis, …) as a list in order. */
export function answersOf(single: readonly Question[], repeated: readonly Question[]): Data {
  const answers: Data = {};
  for (const q of single) if (q.value()) answers[q.name] = q.value();
  for (const q of repeated) {
    if (!q.value()) continue;
    const list = (answers[q.name] as string[] | undefined) ?? [];
    list.push(q.value());
    answers[q.name] = list;
  }
  return answers;
}

/** Show the server's refusal of an answer at its question, and move there. */
export function showRefusal(form: HTMLElement, error: ApiError, status: HTMLElement): void {
  status.textContent = error.message;
  const field = typeof error.body['field'] === 'string' ? error.body['field'].replace(/^-+/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) : '';
  const target = field ? form.querySelector<HTMLElement>(`[data-answer="${CSS.escape(field)}"]`) : null;
  if (!target) return;
  const message = target.querySelector('.answer-error');
  if (message) message.textContent = error.message;
  target.querySelector<HTMLElement>('input, select')?.focus();
}

export function createAnswers(app: AppContext, answers: Data, form: HTMLElement, status: HTMLElement): Promise<void> {
  status.textContent = app.words.creating;
  for (const message of form.querySelectorAll('.answer-error')) message.textContent = '';
  return app.api.create(answers).then(
    async (path) => {
      await app.reloadProject();
      app.navigate(fileHash(path));
    },
    (error: unknown) => {
      if (error instanceof ApiError) showRefusal(form, error, status);
      else status.textContent = String(error);
    },
  );
}
