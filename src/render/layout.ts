/** Pages are Handlebars layouts from `templates/` (or the project's own); only rendered bodies go in unescaped. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import { readTextBounded } from '../load/read-bounded.js';
import { replaceControls } from '../check/text-limits.js';

const require = createRequire(import.meta.url);

export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface Layouts {
  notice: Handlebars.TemplateDelegate;
  index: Handlebars.TemplateDelegate;
  css: string;
  /** The site's icon (SVG). */
  icon: string;
}

const cache = new Map<string, Layouts>();

/**
 * A template file from the project's templates folder when it has one, else the built-in one. The
 * config refuses template files that cannot be read; one that became unreadable since is an error,
 * not a wait.
 */
function read(dir: string | undefined, name: string): string {
  if (dir) {
    const path = join(dir, name);
    const found = readTextBounded(path, { kind: 'a template' });
    if (!found.problem) return found.text;
    if (found.problem.code !== 'missing') throw new Error(`cannot use template \`${path}\`: ${found.problem.message}`);
  }
  return readFileSync(join(DEFAULT_TEMPLATES, name), 'utf8');
}

type LayoutName = 'notice' | 'index' | 'record';
type Precompiled = Partial<Record<LayoutName, { text: string; spec: Parameters<typeof Handlebars.template>[0] }>>;
let precompiled: Precompiled | undefined;

/** The built-in layouts, compiled at build time (`npm run compile`); empty when that file is missing. */
function builtIn(): Precompiled {
  if (!precompiled) {
    try {
      precompiled = require('./compiled-templates.cjs') as Precompiled;
    } catch {
      precompiled = {};
    }
  }
  return precompiled;
}

/**
 * A layout as a template function. The built-in layouts, when unchanged, need only the Handlebars
 * runtime; any other text is compiled with the full Handlebars.
 */
function template(name: LayoutName, text: string): Handlebars.TemplateDelegate {
  const ready = builtIn()[name];
  if (ready && ready.text === text) {
    try {
      return (require('handlebars/runtime') as typeof Handlebars).create().template(ready.spec);
    } catch {
      // Made by another version of Handlebars: compile it here instead.
    }
  }
  return (require('handlebars') as typeof Handlebars).create().compile(text, { strict: false, preventIndent: true });
}

/** A layout whose page never holds a control character, wherever in the register or the templates it came from. */
function inert(layout: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate {
  return (context, options) => replaceControls(layout(context, options));
}

/** The layouts of a templates folder, compiled once per content (a preview picks up every edit). */
export function loadLayouts(dir?: string): Layouts {
  const files = { notice: read(dir, 'notice.hbs'), index: read(dir, 'index.hbs'), style: read(dir, 'style.css'), print: read(dir, 'print.css'), icon: read(dir, 'favicon.svg') };
  const key = JSON.stringify(files);
  let layouts = cache.get(key);
  if (!layouts) {
    // Handlebars is loaded on first use: a build whose pages are all unchanged renders none.
    layouts = { notice: inert(template('notice', files.notice)), index: inert(template('index', files.index)), css: `${files.style}\n${files.print}`, icon: files.icon };
    if (cache.size > 20) cache.clear();
    cache.set(key, layouts);
  }
  return layouts;
}

const records = new Map<string, Handlebars.TemplateDelegate>();

/**
 * The layout of the record of processing activities (`record.hbs`), which is internal and never part
 * of the site; it takes the site's CSS (`loadLayouts(dir).css`) so that it looks the same.
 */
export function loadRecordLayout(dir?: string): Handlebars.TemplateDelegate {
  const text = read(dir, 'record.hbs');
  let layout = records.get(text);
  if (!layout) {
    layout = inert(template('record', text));
    if (records.size > 20) records.clear();
    records.set(text, layout);
  }
  return layout;
}

/** JSON for a `<script>` element: `<`, `>` and `&` escaped so no author text can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
