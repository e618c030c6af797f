/**
 * A register's id names its files and web addresses (`<lang>/<id>.html`, `json/<id>.json`), so no
 * two registers may share one, and none may take the name of a page or folder the site has of its
 * own or a name Windows cannot open. An id taken from the file name follows the id pattern too.
 */
import { BUILTIN_LANGUAGES } from '../config/config.js';
import type { Diagnostic } from '../diagnostic.js';
import { diagnosticAtPath, type Source } from '../load/source.js';
import type { MessageLanguage } from '../interface-language.js';
import { readSchema } from '../validate/schemas.js';

/**
 * Names of the site's own pages and folders: `<lang>/index.html`, `<lang>/history/`, `json/`,
 * `sitemap.xml`, the language folders, and `feed` kept for a news feed.
 */
export const SITE_NAMES: readonly string[] = ['index', 'feed', 'sitemap', 'history', 'json', ...BUILTIN_LANGUAGES];

/** Device names Windows reserves in every folder, with any extension. */
const WINDOWS_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

const ID_PATTERN = new RegExp((readSchema('register') as { properties: { id: { pattern: string } } }).properties.id.pattern);

/** A register as the id checks see it: where its id comes from, and its findings. */
export interface IdHolder {
  file: string;
  diagnostics: Diagnostic[];
  loaded?: { id: string; source: Source };
  reused?: { id: string };
}

const MESSAGES = {
  en: {
    subject: (id: string, fromFile: boolean) => `Register id \`${id}\`${fromFile ? ' (from the file name)' : ''}`,
    another: (fromFile: boolean) => (fromFile ? 'add an `id:` key with another id' : 'choose another `id`'),
    site: 'is a name the site uses for its own pages and folders',
    windows: 'is a name Windows reserves for a device, so files named after it cannot be opened there',
    pattern: 'may have only lowercase letters a–z, digits and hyphens, starting with a letter or digit; add an `id:` key',
    example: (id: string) => `, e.g. \`id: ${id}\``,
    duplicate: (id: string, file: string) => `Register id \`${id}\` is already used by \`${file}\`; give each register its own \`id\``,
  },
  fi: {
    subject: (id: string, fromFile: boolean) => `Rekisterin tunniste \`${id}\`${fromFile ? ' (tiedoston nimestä)' : ''}`,
    another: (fromFile: boolean) => (fromFile ? 'lisää avain `id:` ja anna toinen tunniste' : 'valitse toinen `id`'),
    site: 'on sivuston omien sivujen ja kansioiden nimi',
    windows: 'on Windowsissa laitteelle varattu nimi, joten sen nimisiä tiedostoja ei voi avata siellä',
    pattern: 'saa sisältää vain pieniä kirjaimia a–z, numeroita ja yhdysviivoja, ja sen on alettava kirjaimella tai numerolla; lisää avain `id:`',
    example: (id: string) => `, esim. \`id: ${id}\``,
    duplicate: (id: string, file: string) => `Rekisterin tunniste \`${id}\` on jo tiedoston \`${file}\` käytössä; anna jokaiselle rekisterille oma \`id\``,
  },
  sv: {
    subject: (id: string, fromFile: boolean) => `Registrets id \`${id}\`${fromFile ? ' (från filnamnet)' : ''}`,
    another: (fromFile: boolean) => (fromFile ? 'lägg till nyckeln `id:` med ett annat id' : 'välj ett annat `id`'),
    site: 'är ett namn som webbplatsen använder för sina egna sidor och mappar',
    windows: 'är ett namn som Windows reserverar för en enhet, så filer med det namnet kan inte öppnas där',
    pattern: 'får innehålla endast små bokstäver a–z, siffror och bindestreck och ska börja med en bokstav eller siffra; lägg till nyckeln `id:`',
    example: (id: string) => `, t.ex. \`id: ${id}\``,
    duplicate: (id: string, file: string) => `Registrets id \`${id}\` används redan av \`${file}\`; ge varje register ett eget \`id\``,
  },
} as const;

/** Whether an id is taken by the site or by Windows; ids compare as a case-insensitive file system does. */
export function reservedFor(id: string): 'site' | 'windows' | undefined {
  const lower = id.toLowerCase();
  if (SITE_NAMES.includes(lower)) return 'site';
  return WINDOWS_NAMES.test(lower) ? 'windows' : undefined;
}

/** A valid id close to a file name, to suggest: `Äiti_ja_lapsi` → `aiti-ja-lapsi`. */
function suggestId(name: string): string | undefined {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id && ID_PATTERN.test(id) && !reservedFor(id) ? id : undefined;
}

function hasIdKey(source: Source): boolean {
  const data = source.data as Record<string, unknown> | undefined;
  return typeof data?.['id'] === 'string';
}

/** What is wrong with a loaded register's id on its own, if anything. */
function idProblem(loaded: { id: string; source: Source }, lang: MessageLanguage): Diagnostic | undefined {
  const say = MESSAGES[lang];
  const fromFile = !hasIdKey(loaded.source);
  const at = fromFile ? [] : ['id'];
  const { id } = loaded;
  if (fromFile && !ID_PATTERN.test(id)) {
    const example = suggestId(id);
    const message = `${say.subject(id, true)} ${say.pattern}${example ? say.example(example) : ''}`;
    return diagnosticAtPath(loaded.source, [], { ruleId: 'register/file-name-id', message });
  }
  const reserved = reservedFor(id);
  if (!reserved) return undefined;
  const why = reserved === 'site' ? `${say.site} (${SITE_NAMES.map((n) => `\`${n}\``).join(', ')})` : say.windows;
  return diagnosticAtPath(loaded.source, at, { ruleId: 'register/reserved-id', message: `${say.subject(id, fromFile)} ${why}; ${say.another(fromFile)}` });
}

/**
 * Report ids that cannot be used or that another register already has. Such a register is then
 * no longer `loaded`: no build writes it, not even with `--force`, so it cannot overwrite a page.
 */
export function checkRegisterIds(results: IdHolder[], lang: MessageLanguage = 'en'): void {
  const byId = new Map<string, IdHolder>();
  for (const r of results) if (r.reused) byId.set(r.reused.id.toLowerCase(), r);
  for (const r of results) {
    if (!r.loaded) continue;
    const problem = idProblem(r.loaded, lang);
    const first = byId.get(r.loaded.id.toLowerCase());
    if (problem) r.diagnostics.push(problem);
    else if (first) {
      const at = hasIdKey(r.loaded.source) ? ['id'] : [];
      r.diagnostics.push(diagnosticAtPath(r.loaded.source, at, { ruleId: 'register/duplicate-id', message: MESSAGES[lang].duplicate(r.loaded.id, first.file) }));
    } else {
      byId.set(r.loaded.id.toLowerCase(), r);
      continue;
    }
    delete r.loaded;
  }
}
