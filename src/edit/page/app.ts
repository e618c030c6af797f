/**
 * The editor page as a whole: the shell, the project and its schemas, the language of the interface
 * (kept in localStorage; at first the one `/api/project` gives), and the view of the address.
 */
import type { ApiClient } from './api-client.js';
import { showAppError } from './app-error.js';
import type { AppContext } from './app-context.js';
import type { Content, FileState, Project } from './api-types.js';
import { buildShell, type Shell } from './app-shell.js';
import { showConflict } from './conflict-view.js';
import type { EditSession } from './edit-session.js';
import { showImport } from './import-view.js';
import { showNewRegister } from './new-register-view.js';
import { openFile } from './open-file.js';
import { showProjectList } from './project-list-view.js';
import { routeOf } from './router.js';
import type { SchemaSet } from './schema-set.js';
import { isLang, type Lang, type Words } from './words.js';
import { WORDS } from './words-by-language.js';

export const LANGUAGE_KEY = 'seloste-edit:language';

/** The language of the interface: the reader's last choice, else the project's. */
export function startLanguage(project: { interfaceLanguage: string }): Lang {
  const kept = localStorage.getItem(LANGUAGE_KEY);
  if (isLang(kept)) return kept;
  return isLang(project.interfaceLanguage) ? project.interfaceLanguage : 'en';
}

export class App implements AppContext {
  lang: Lang;
  words: Words;
  readonly main: HTMLElement;
  readonly sessions = new Map<string, EditSession>();
  private readonly shell: Shell;
  private leaving: (() => void)[] = [];

  constructor(
    readonly api: ApiClient,
    public project: Project,
    readonly schemas: SchemaSet,
    lang: Lang,
  ) {
    this.lang = lang;
    this.words = WORDS[lang];
    this.shell = buildShell(document.body, lang, (next) => this.chooseLanguage(next));
    this.main = this.shell.main;
    window.addEventListener('hashchange', () => void this.route(true));
  }

  announce = (message: string): void => this.shell.announce(message);

  navigate(hash: string, again = false): void {
    if (location.hash === hash && again) void this.route(true);
    else location.hash = hash;
  }

  onLeave(cleanup: () => void): void {
    this.leaving.push(cleanup);
  }

  showConflict(file: FileState, mine: Content, disk: { text: string; version: string }): void {
    this.leave();
    void showConflict(this, file, mine, disk);
  }

  async reloadProject(): Promise<void> {
    this.project = await this.api.project();
  }

  private chooseLanguage(lang: Lang): void {
    localStorage.setItem(LANGUAGE_KEY, lang);
    this.lang = lang;
    this.words = WORDS[lang];
    this.shell.relabel(this.words, lang);
    void this.reloadProject().then(() => this.route(), () => this.route());
    document.getElementById('interface-language')?.focus();
  }

  private leave(): void {
    for (const cleanup of this.leaving.splice(0)) cleanup();
  }

  /** Draw the view of the address now in the page. */
  async route(focus = false): Promise<void> {
    this.leave();
    const route = routeOf(location.hash);
    this.main.replaceChildren();
    this.main.setAttribute('aria-busy', 'true');
    try {
      if (route.view === 'list') showProjectList(this);
      else if (route.view === 'file') await openFile(this, route.path);
      else if (route.view === 'new') showNewRegister(this);
      else if (route.view === 'import') showImport(this);
      else showAppError(this.main, this.words.notFound);
    } catch (error) {
      showAppError(this.main, error instanceof Error ? error.message : String(error));
    } finally {
      this.main.removeAttribute('aria-busy');
    }
    // The window's title names the view, as the tab and a screen reader's window list show it.
    const heading = this.main.querySelector('h1')?.textContent;
    document.title = heading ? `${heading} – ${this.words.appName}` : this.words.appName;
    // A new view is read from its start: the focus goes to the main region, as after a page load.
    if (!focus) return;
    this.main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}
