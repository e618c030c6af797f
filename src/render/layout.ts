/** Pages are Handlebars layouts from `templates/` (or the project's own); only rendered bodies go in unescaped. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface Layouts {
  notice: Handlebars.TemplateDelegate;
  index: Handlebars.TemplateDelegate;
  css: string;
}

const cache = new Map<string, Layouts>();

/** A template file from the project's templates folder when it has one, else the built-in one. */
function read(dir: string | undefined, name: string): string {
  if (dir && existsSync(join(dir, name))) return readFileSync(join(dir, name), 'utf8');
  return readFileSync(join(DEFAULT_TEMPLATES, name), 'utf8');
}

/** The layouts of a templates folder, compiled once per content (a preview picks up every edit). */
export function loadLayouts(dir?: string): Layouts {
  const files = { notice: read(dir, 'notice.hbs'), index: read(dir, 'index.hbs'), style: read(dir, 'style.css'), print: read(dir, 'print.css') };
  const key = JSON.stringify(files);
  let layouts = cache.get(key);
  if (!layouts) {
    const hbs = Handlebars.create();
    const compile = (text: string): Handlebars.TemplateDelegate => hbs.compile(text, { strict: false, preventIndent: true });
    layouts = { notice: compile(files.notice), index: compile(files.index), css: `${files.style}\n${files.print}` };
    if (cache.size > 20) cache.clear();
    cache.set(key, layouts);
  }
  return layouts;
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
