/** The entry of the editor page: reads the token, the project and its schemas, then draws the view. */
import { ApiClient, sessionToken } from './api-client.js';
import { App, LANGUAGE_KEY, startLanguage } from './app.js';
import { showAppError } from './app-error.js';
import { ORGANISATION_SCHEMA, REGISTER_SCHEMA, SchemaSet, type JsonSchema } from './schema-set.js';
import { isLang, type Lang } from './words.js';
import { WORDS } from './words-by-language.js';

async function start(): Promise<void> {
  const kept = localStorage.getItem(LANGUAGE_KEY);
  let lang: Lang = isLang(kept) ? kept : 'en';
  const api = new ApiClient(sessionToken(), () => lang, () => WORDS[lang].unreachable);
  try {
    const project = await api.project();
    lang = startLanguage(project);
    const [register, organisation] = await Promise.all([api.schema('register'), api.schema('organisation')]);
    const schemas = new SchemaSet({ [REGISTER_SCHEMA]: register as JsonSchema, [ORGANISATION_SCHEMA]: organisation as JsonSchema });
    const app = new App(api, project, schemas, lang);
    // The ApiClient asks for the language at each request: the app's, as the reader changes it.
    api.setLanguage(() => app.lang);
    await app.route();
  } catch (error) {
    const main = document.querySelector<HTMLElement>('main') ?? document.body;
    showAppError(main, error instanceof Error ? error.message : String(error));
  }
}

void start();
