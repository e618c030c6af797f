import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { interfaceLanguage, localeLanguage, type Environment, type MessageLanguage } from '../interface-language.js';
import { parseSource } from '../load/parse.js';
import { readSource, readSourceSync, type Texts } from '../load/read.js';
import { readTextBounded } from '../load/read-bounded.js';
import { diagnosticAtPath, type Source } from '../load/source.js';
import type { Text } from '../types.js';
import { validateSource } from '../validate/validate.js';

export const CONFIG_FILE = 'seloste.config.yaml';
export const BUILTIN_LANGUAGES = ['fi', 'en', 'sv'] as const;

/** The files of a templates folder that pages are made from; any of them may be left out. */
export const TEMPLATE_FILES = ['notice.hbs', 'index.hbs', 'record.hbs', 'style.css', 'print.css', 'favicon.svg'] as const;

export type RuleSetting = 'off' | 'warn' | 'error';

export interface Config {
  /** Folder of the config file, or the working directory when there is none. */
  root: string;
  file?: string;
  languages: string[];
  /** The language of messages: `message_language`, or else the locale's (see `interfaceLanguage`). */
  messageLanguage: MessageLanguage;
  rules: Record<string, RuleSetting>;
  templates?: string;
  baseUrl?: string;
  /** Where the project publishes the rule pages (`docs/rules/`); diagnostics link there instead of the installed package. */
  docsBaseUrl?: string;
  siteTitle?: Text;
  /** Globs, relative to the config's folder, of YAML files in the register folders that are not registers. */
  ignore: string[];
  /** Markdown notices start with YAML front matter (`markdown.front_matter`). */
  markdownFrontMatter?: boolean;
}

/** The settings without a config file; `env`, whose locale sets the language of messages, defaults to none (English). */
export function defaultConfig(root: string, env: Environment = {}): Config {
  return { root, languages: ['fi', 'en'], messageLanguage: localeLanguage(env), rules: {}, ignore: [] };
}

/** The config file that applies: an explicit one, or the nearest `seloste.config.yaml` upward from `start`. */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The `message_language` a config file sets, read before anything else and without checking the
 * rest of the file: the command line speaks it from its first word, its help included.
 */
export function configuredLanguage(file: string | undefined): unknown {
  if (!file) return undefined;
  const { source, diagnostics } = readSourceSync(file, file);
  if (diagnostics.length || parseSource(source).length) return undefined;
  return (source.data as { message_language?: unknown }).message_language;
}

interface RawConfig {
  languages?: string[];
  message_language?: MessageLanguage;
  rules?: Record<string, RuleSetting>;
  templates?: string;
  base_url?: string;
  docs_base_url?: string;
  site?: { title?: Text };
  ignore?: string[];
  markdown?: { front_matter?: boolean };
}

export async function loadConfig(path: string, display: string, env: Environment = {}, texts?: Texts): Promise<{ config: Config; source: Source; diagnostics: Diagnostic[] }> {
  const root = dirname(path);
  const config = defaultConfig(root, env);
  const { source, diagnostics } = await readSource(path, display, config.messageLanguage, texts);
  config.file = path;
  if (diagnostics.length) return { config, source, diagnostics };
  const parsed = parseSource(source, config.messageLanguage);
  if (parsed.length) return { config, source, diagnostics: parsed };
  config.messageLanguage = interfaceLanguage((source.data as RawConfig | null)?.message_language, env);
  const cased = lowerCaseLanguages(source, config.messageLanguage);
  const invalid = validateSource(source, 'config', config.messageLanguage);
  if (invalid.length) return { config, source, diagnostics: [...cased, ...invalid] };
  const raw = source.data as RawConfig;
  if (raw.languages) config.languages = raw.languages;
  if (raw.rules) config.rules = raw.rules;
  if (raw.templates) config.templates = resolve(root, raw.templates);
  // Refused here, with the config, so that no build starts that would wait on a template.
  const unusable = config.templates ? templateProblems(source, root, config.templates) : [];
  if (unusable.length) return { config, source, diagnostics: unusable };
  if (raw.base_url) config.baseUrl = raw.base_url;
  if (raw.docs_base_url) config.docsBaseUrl = raw.docs_base_url;
  if (raw.site?.title) config.siteTitle = raw.site.title;
  if (raw.ignore) config.ignore = raw.ignore;
  if (raw.markdown?.front_matter) config.markdownFrontMatter = true;
  return { config, source, diagnostics: cased };
}

const LOWER_CASE: Record<MessageLanguage, (code: string, lower: string) => string> = {
  en: (code, lower) => `Language \`${code}\` is read as \`${lower}\`; write language codes in lower case`,
  fi: (code, lower) => `Kieli \`${code}\` luetaan muodossa \`${lower}\`; kirjoita kielikoodit pienin kirjaimin`,
  sv: (code, lower) => `Språket \`${code}\` läses som \`${lower}\`; skriv språkkoderna med små bokstäver`,
};

/**
 * Language codes are read in any case, as on the command line (`FI` is `fi`); the file is pointed at,
 * so that it comes to say them as the registers' keys do.
 */
function lowerCaseLanguages(source: Source, lang: MessageLanguage): Diagnostic[] {
  const data = source.data as { languages?: unknown } | null;
  if (!data || !Array.isArray(data.languages)) return [];
  const diagnostics: Diagnostic[] = [];
  data.languages = data.languages.map((code: unknown, i) => {
    if (typeof code !== 'string' || code === code.toLowerCase() || !(BUILTIN_LANGUAGES as readonly string[]).includes(code.toLowerCase())) return code;
    const lower = code.toLowerCase();
    const message = LOWER_CASE[lang](code, lower);
    diagnostics.push(diagnosticAtPath(source, ['languages', i], { ruleId: 'schema/enum', severity: 'warning', message, expected: [lower] }));
    return lower;
  });
  return diagnostics;
}

/** A diagnostic on `templates:` for each template file in the folder that cannot be read as one. */
function templateProblems(source: Source, root: string, dir: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const name of TEMPLATE_FILES) {
    const path = join(dir, name);
    const { problem } = readTextBounded(path, { kind: 'a template' });
    if (!problem || problem.code === 'missing') continue;
    const rel = relative(root, path);
    const shown = rel.startsWith('..') ? path : rel.split(sep).join('/');
    const reason = problem.message.charAt(0).toLowerCase() + problem.message.slice(1);
    const ruleId = problem.code === 'too-large' ? 'file/too-large' : problem.code === 'encoding' ? 'file/encoding' : 'file/unreadable';
    out.push(diagnosticAtPath(source, ['templates'], { ruleId, message: `Cannot use template \`${shown}\`: ${reason}` }));
  }
  return out;
}
