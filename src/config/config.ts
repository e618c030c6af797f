import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { parseSource } from '../load/parse.js';
import { readSource, type Texts } from '../load/read.js';
import { readTextBounded } from '../load/read-bounded.js';
import { diagnosticAtPath, type Source } from '../load/source.js';
import type { Text } from '../types.js';
import { validateSource } from '../validate/validate.js';

export const CONFIG_FILE = 'seloste.config.yaml';
export const BUILTIN_LANGUAGES = ['fi', 'en', 'sv'] as const;

/** The files of a templates folder that pages are made from; any of them may be left out. */
export const TEMPLATE_FILES = ['notice.hbs', 'index.hbs', 'style.css', 'print.css'] as const;

export type RuleSetting = 'off' | 'warn' | 'error';

export interface Config {
  /** Folder of the config file, or the working directory when there is none. */
  root: string;
  file?: string;
  languages: string[];
  messageLanguage: 'en' | 'fi';
  rules: Record<string, RuleSetting>;
  templates?: string;
  baseUrl?: string;
  /** Where the project publishes the rule pages (`docs/rules/`); diagnostics link there instead of the installed package. */
  docsBaseUrl?: string;
  siteTitle?: Text;
  /** Globs, relative to the config's folder, of YAML files in the register folders that are not registers. */
  ignore: string[];
}

export function defaultConfig(root: string): Config {
  return { root, languages: ['fi', 'en'], messageLanguage: 'en', rules: {}, ignore: [] };
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

interface RawConfig {
  languages?: string[];
  message_language?: 'en' | 'fi';
  rules?: Record<string, RuleSetting>;
  templates?: string;
  base_url?: string;
  docs_base_url?: string;
  site?: { title?: Text };
  ignore?: string[];
}

export async function loadConfig(path: string, display: string, texts?: Texts): Promise<{ config: Config; source: Source; diagnostics: Diagnostic[] }> {
  const root = dirname(path);
  const { source, diagnostics } = await readSource(path, display, texts);
  const config = defaultConfig(root);
  config.file = path;
  if (diagnostics.length) return { config, source, diagnostics };
  const parsed = parseSource(source);
  if (parsed.length) return { config, source, diagnostics: parsed };
  const cased = lowerCaseLanguages(source);
  const invalid = validateSource(source, 'config');
  if (invalid.length) return { config, source, diagnostics: [...cased, ...invalid] };
  const raw = source.data as RawConfig;
  if (raw.languages) config.languages = raw.languages;
  if (raw.message_language) config.messageLanguage = raw.message_language;
  if (raw.rules) config.rules = raw.rules;
  if (raw.templates) config.templates = resolve(root, raw.templates);
  // Refused here, with the config, so that no build starts that would wait on a template.
  const unusable = config.templates ? templateProblems(source, root, config.templates) : [];
  if (unusable.length) return { config, source, diagnostics: unusable };
  if (raw.base_url) config.baseUrl = raw.base_url;
  if (raw.docs_base_url) config.docsBaseUrl = raw.docs_base_url;
  if (raw.site?.title) config.siteTitle = raw.site.title;
  if (raw.ignore) config.ignore = raw.ignore;
  return { config, source, diagnostics: cased };
}

/**
 * Language codes are read in any case, as on the command line (`FI` is `fi`); the file is pointed at,
 * so that it comes to say them as the registers' keys do.
 */
function lowerCaseLanguages(source: Source): Diagnostic[] {
  const data = source.data as { languages?: unknown; message_language?: unknown } | null;
  if (!data || !Array.isArray(data.languages)) return [];
  const fi = data.message_language === 'fi';
  const diagnostics: Diagnostic[] = [];
  data.languages = data.languages.map((lang: unknown, i) => {
    if (typeof lang !== 'string' || lang === lang.toLowerCase() || !(BUILTIN_LANGUAGES as readonly string[]).includes(lang.toLowerCase())) return lang;
    const lower = lang.toLowerCase();
    const message = fi ? `Kieli \`${lang}\` luetaan muodossa \`${lower}\`; kirjoita kielikoodit pienin kirjaimin` : `Language \`${lang}\` is read as \`${lower}\`; write language codes in lower case`;
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
