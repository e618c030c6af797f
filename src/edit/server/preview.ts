/**
 * The preview of a register as it is being edited: its notice page exactly as `seloste build
 * --force` renders it (the same composition, layout and stylesheet; a text missing in a language is
 * shown in another and marked), made in memory and served under `/preview/<id>/`, laid out as in
 * the site (`<lang>/<register id>.html`, `style.css`, `favicon.svg`) so that its relative links hold.
 * The id is 128 random bits, handed out only to a request that carried the token: the page's
 * stylesheet, requested by the browser without the token, is served to whoever knows the id. The
 * last few previews are kept; each other language is rendered when it is first asked for.
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Config } from '../../config/config.js';
import type { MessageLanguage } from '../../interface-language.js';
import { checkPaths } from '../../pipeline.js';
import type { SiteContext } from '../../publish/pages.js';
import { publicRegister, type PublicRegister } from '../../resolve/public-register.js';
import { ApiError } from './http-io.js';
import type { Project } from './project.js';
import type { EditWords } from './words.js';

const KEPT = 16;

/** The built site sets no policy of its own; the preview sends the strictest one its pages work under. */
export const PREVIEW_POLICY = "default-src 'self'; img-src 'self' data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

interface Preview {
  register: PublicRegister;
  context: SiteContext;
  pages: Map<string, Promise<string>>;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml' };

export class Previews {
  private readonly kept = new Map<string, Preview>();

  /** Render the text of a register and keep it; returns the path of its page in `lang`. */
  async create(project: Project, path: string, text: string, lang: string | undefined, interfaceLanguage: MessageLanguage, words: EditWords): Promise<string> {
    const check = await checkPaths({ ...project.checkOptions(), paths: [path], texts: new Map([[path, text]]), messageLanguage: interfaceLanguage });
    const loaded = check.files[0]?.loaded;
    if (!loaded || loaded.partial || !loaded.register.updated) throw new ApiError(422, words.cannotPreview(project.rel(path)));
    const language = lang ?? check.languages[0] ?? 'fi';
    if (!check.languages.includes(language)) throw new ApiError(422, words.unknownLanguage(language));
    const preview: Preview = { register: publicRegister(loaded.register), context: siteContext(check.config, check.languages), pages: new Map() };
    await page(preview, language);
    const id = randomBytes(16).toString('base64url');
    this.kept.set(id, preview);
    for (const old of this.kept.keys()) if (this.kept.size > KEPT) this.kept.delete(old);
    return `/preview/${id}/${language}/${encodeURIComponent(preview.register.id)}.html`;
  }

  /** Answer a request under `/preview/`; false when it names nothing kept. */
  async serve(path: string, res: ServerResponse): Promise<boolean> {
    const [, , id, ...rest] = path.split('/');
    const preview = id === undefined ? undefined : this.kept.get(id);
    if (!preview) return false;
    const { loadLayouts } = await import('../../render/layout.js');
    const layouts = loadLayouts(preview.context.config.templates);
    const name = rest.join('/');
    let body: string | undefined;
    if (name === 'style.css') body = layouts.css;
    else if (name === 'favicon.svg') body = layouts.icon;
    else if (rest.length === 2 && preview.context.languages.includes(rest[0]!) && (rest[1] === `${preview.register.id}.html` || rest[1] === 'index.html')) {
      body = await page(preview, rest[0]!);
    }
    if (body === undefined) return false;
    res.writeHead(200, {
      'content-type': TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? TYPES['html']!,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': PREVIEW_POLICY,
      'referrer-policy': 'no-referrer',
    });
    res.end(body);
    return true;
  }
}

function siteContext(config: Config, languages: readonly string[]): SiteContext {
  const context: SiteContext = { config, languages, formats: new Set(['html']) };
  if (config.baseUrl) context.baseUrl = config.baseUrl;
  return context;
}

/** The page of the notice in a language, rendered once. */
function page(preview: Preview, lang: string): Promise<string> {
  let html = preview.pages.get(lang);
  if (!html) {
    html = (async () => {
      const [{ renderNotice }, { deriveFacts }] = await Promise.all([import('../../publish/notice-page.js'), import('../../resolve/facts.js')]);
      return (await renderNotice(preview.register, deriveFacts(preview.register), lang, preview.context)).html;
    })();
    preview.pages.set(lang, html);
  }
  return html;
}
