/**
 * A new register from the page's answers, made by `seloste init`'s own code: the answers are its
 * flags (`name`, `controller`, `business-id`, `purpose`: […], …), read and checked as the flags are,
 * and the register is written as init writes it, beside the project's registers, never over a file.
 */
import { dirname, join } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { MessageLanguage } from '../../interface-language.js';
import { assemble, isoDate, registerId, registerYaml, schemaReference } from '../../init/command.js';
import { CONTENT_FLAGS, draftFromFlags, firstText, type InitOptions } from '../../init/flags.js';
import { INIT_WORDS } from '../../init/words-by-language.js';
import { writeFileAtomically } from '../../write-file.js';
import { globParts, isGlob } from '../../load/ignore.js';
import { isPlainObject } from './apply-data.js';
import { ApiError } from './http-io.js';
import type { Project } from './project.js';
import type { EditWords } from './words.js';

type Flag = (typeof CONTENT_FLAGS)[number];

/** Flags that may repeat take a list. */
const REPEATED = new Set<Flag>(['purpose', 'basis', 'withdraw', 'interest', 'law', 'category', 'provision', 'consequence', 'source', 'recipient', 'transfer']);

/** `businessId` → `business-id`: the flag's name as the command line writes it. */
const flagName = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const optionName = (flag: string): string => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The answers as init's options, or a refusal naming the answer that cannot be read. */
export function answersToOptions(answers: unknown, words: EditWords): InitOptions {
  if (!isPlainObject(answers)) throw new ApiError(422, words.badAnswer('answers'), { field: 'answers' });
  const opts: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(answers)) {
    const name = optionName(key) as Flag;
    const field = flagName(name);
    if (!(CONTENT_FLAGS as readonly string[]).includes(name)) throw new ApiError(422, words.badAnswer(field), { field });
    const list = Array.isArray(value) ? value : [value];
    if (value === undefined || value === null || value === '') continue;
    if (!list.every((v) => typeof v === 'string') || (!REPEATED.has(name) && list.length !== 1)) throw new ApiError(422, words.badAnswer(field), { field });
    const texts = (list as string[]).filter((v) => v.trim());
    if (texts.length) opts[name] = REPEATED.has(name) ? texts : texts[0]!;
  }
  return opts as InitOptions;
}

/** The folder new registers go into: the first folder the editor was started on (`notices/` by default), or the folder of its first file or glob. */
export function registersFolder(project: Project): string {
  const given = project.paths[0] ?? join(project.root, 'notices');
  const first = !existsSync(given) && isGlob(given) ? globParts(given).base : given;
  try {
    return statSync(first).isDirectory() ? first : dirname(first);
  } catch {
    return first;
  }
}

/** Write the new register; returns its path, absolute. */
export async function newRegister(project: Project, answers: unknown, lang: MessageLanguage, words: EditWords, now = new Date()): Promise<string> {
  const opts = answersToOptions(answers, words);
  const languages = project.config.languages.length ? project.config.languages : ['fi'];
  const result = draftFromFlags(opts, languages, INIT_WORDS[lang]);
  const missing = result.missing[0];
  if (missing) throw new ApiError(422, words.missingAnswer(missing.slice(2)), { field: missing.slice(2) });
  if (!result.draft) {
    const problem = result.problems[0] ?? '';
    const field = /--([a-z-]+)/.exec(problem)?.[1] ?? 'answers';
    throw new ApiError(422, problem.replace(/^--[a-z-]+: /, ''), { field });
  }
  const id = registerId(firstText(result.draft.name));
  const file = join(registersFolder(project), `${id}.yaml`);
  const text = registerYaml(assemble(result.draft, id, isoDate(now)), schemaReference(dirname(file)));
  let written: 'written' | 'exists';
  try {
    written = await writeFileAtomically(file, text, false);
  } catch (error) {
    throw new ApiError(500, words.cannotWrite(project.rel(file), (error as NodeJS.ErrnoException).code ?? 'error'));
  }
  if (written === 'exists') throw new ApiError(409, words.exists(project.rel(file)));
  return file;
}
