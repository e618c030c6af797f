/**
 * The what-changed pages of the example site built from a git repository in which the customer
 * register has three versions (see `change-history.ts`): what each says in each language, the links
 * to and from them, and accessibility in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicRegister } from '../src/resolve/public-register.js';
import { launchBrowser } from '../src/pdf/browser.js';
import { checkPaths } from '../src/pipeline.js';
import { createRenderer } from '../src/publish/render-pool.js';
import { versionChanges } from '../src/publish/version-changes.js';
import { exampleHistory, FIRST, MATERIAL, NEW_RECIPIENT, REGISTER, WORDING } from './change-history.js';
import { cli, decode, ROOT } from './helpers.js';

const LANGUAGES = ['fi', 'en', 'sv'] as const;

/** What the page of the version with the new recipient says, in each language. */
const EXPECTED = {
  fi: {
    title: 'Verkkokaupan asiakasrekisteri: mitä muuttui 15.1.2027',
    material: 'Olennaiset muutokset',
    recipient: `Uusi vastaanottaja: ”${NEW_RECIPIENT}”.`,
    transfer: `Uusi siirto ETA-alueen ulkopuolelle maahan ”Yhdysvallat” (”${NEW_RECIPIENT}”), siirtoperuste ”vakiosopimuslausekkeet”.`,
    log: 'Asiakaspalvelun puhelut hoitaa nyt Tukipalvelu Inc. Yhdysvalloissa.',
    none: 'Vertailussa ei löytynyt muutoksia',
  },
  en: {
    title: 'Web shop customer register: what changed on 15 January 2027',
    material: 'Material changes',
    recipient: `New recipient: “${NEW_RECIPIENT}”.`,
    transfer: `New transfer outside the EEA to “United States” (“${NEW_RECIPIENT}”) on “standard contractual clauses”.`,
    log: 'Customer service calls are now handled by Tukipalvelu Inc. in the United States.',
    none: 'The comparison found no change',
  },
  sv: {
    title: 'Webbutikens kundregister: vad som ändrades den 15 januari 2027',
    material: 'Väsentliga ändringar',
    recipient: `Ny mottagare: ”${NEW_RECIPIENT}”.`,
    transfer: `Ny överföring utanför EES till ”USA” (”${NEW_RECIPIENT}”) med stöd av ”standardavtalsklausuler”.`,
    log: 'Kundtjänstens samtal sköts nu av Tukipalvelu Inc. i USA.',
    none: 'Jämförelsen hittade inga ändringar',
  },
};

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The text of an HTML fragment, tags left out. */
const textOf = (html: string): string => decode(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

/** The part of a page between a heading and the next heading of its level. */
function section(html: string, heading: string): string {
  const start = html.indexOf(`<h2>${heading}</h2>`);
  if (start === -1) return '';
  const end = html.indexOf('<h2', start + 1);
  return html.slice(start, end === -1 ? html.indexOf('</main>') : end);
}

describe('the what-changed pages', () => {
  let project: ReturnType<typeof exampleHistory>;
  const path = (lang: string, name: string): string => join(project.dir, 'dist', lang, 'history', REGISTER, name);
  const page = (lang: string, updated: string): string => readFileSync(path(lang, `${updated}-changes.html`), 'utf8');

  beforeAll(async () => {
    project = exampleHistory();
    const r = await cli(['build', 'notices', '--format', 'html,md'], project.dir);
    expect(r.code, r.stderr).toBe(0);
  });

  afterAll(() => project?.cleanup());

  it('name the new recipient in the United States as a material change, in the language of the page', () => {
    for (const lang of LANGUAGES) {
      const html = page(lang, MATERIAL);
      const words = EXPECTED[lang];
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<title>${words.title}</title>`);
      expect(html).toContain(`<h1>${words.title}</h1>`);
      const material = textOf(section(html, words.material));
      expect(material).toContain(words.recipient);
      expect(material).toContain(words.transfer);
      expect(textOf(html)).toContain(words.log);
      expect(html).not.toContain(words.none);
    }
  });

  it('say so when the comparison finds no change, and show the entry the author wrote', () => {
    const html = page('en', WORDING);
    expect(textOf(html)).toContain(EXPECTED.en.none);
    expect(textOf(html)).toContain('Wording clarified.');
    expect(html).not.toContain(`<h2>${EXPECTED.en.material}</h2>`);
  });

  it('link both versions they compare and the same page in the other languages', () => {
    for (const lang of LANGUAGES) {
      const html = page(lang, MATERIAL);
      const here = `${lang}/history/${REGISTER}/${MATERIAL}-changes.html`;
      const internal = [...html.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]!).filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href));
      const resolved = internal.map((href) => posix.normalize(posix.join(posix.dirname(here), href)));
      expect(resolved).toEqual(expect.arrayContaining([`${lang}/history/${REGISTER}/${MATERIAL}.html`, `${lang}/history/${REGISTER}/${FIRST}.html`, `${lang}/feed.xml`]));
      for (const other of LANGUAGES) expect(resolved).toContain(`${other}/history/${REGISTER}/${MATERIAL}-changes.html`);
      for (const target of resolved) expect(existsSync(join(project.dir, 'dist', target)), target).toBe(true);
    }
  });

  it('are linked from the notice, from the versions they describe and from the list of earlier versions', () => {
    const notice = readFileSync(join(project.dir, 'dist', 'en', `${REGISTER}.html`), 'utf8');
    expect(notice).toContain(`<p><a href="history/${REGISTER}/${WORDING}-changes.html">What changed in this version</a></p>`);
    expect(notice).toContain(`<li><a href="history/${REGISTER}/${MATERIAL}.html">15 January 2027</a> (<a href="history/${REGISTER}/${MATERIAL}-changes.html">what changed</a>)</li>`);
    expect(readFileSync(path('fi', `${MATERIAL}.html`), 'utf8')).toContain(`<a href="${MATERIAL}-changes.html">Mitä tässä versiossa muuttui</a>`);
    // The first version published has nothing to be compared with.
    expect(existsSync(path('en', `${FIRST}-changes.html`))).toBe(false);
    expect(readFileSync(path('en', `${FIRST}.html`), 'utf8')).not.toContain('-changes.html');
    const other = readFileSync(join(project.dir, 'dist', 'en', 'sulka-members.html'), 'utf8');
    expect(other).not.toContain('What changed in this version');
  });

  it('need no script and no inline style of their own', () => {
    for (const lang of LANGUAGES) {
      const html = page(lang, MATERIAL);
      const body = html.slice(html.indexOf('<body>'));
      expect(body).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    }
  });

  it('have no WCAG 2.1 AA violations (axe-core in Chromium)', async () => {
    const launched = await launchBrowser();
    try {
      const tab = await launched.browser.newPage();
      await tab.goto(pathToFileURL(path('sv', `${MATERIAL}-changes.html`)).href, { waitUntil: 'load' });
      await tab.addScriptTag({ content: AXE_SOURCE });
      for (const viewport of [{ width: 1280, height: 800 }, { width: 320, height: 640 }]) {
        await tab.setViewport(viewport);
        const results = await tab.evaluate(() =>
          (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
          }),
        );
        expect(results.violations.map((v) => `${viewport.width}px ${v.id}: ${v.help}`)).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(0);
        expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      }
    } finally {
      await launched.close();
    }
  });
});

describe('what-changed pages and feed entries on rendering threads', () => {
  it('are the same bytes as on the main thread; a language without words fails only its request', async () => {
    const checked = await checkPaths({ cwd: ROOT, paths: ['notices/sulka-members.yaml'] });
    const register = checked.files[0]!.loaded!.register;
    const older = { ...register, updated: '2020-01-01', recipients: 'none' as const };
    const versions = versionChanges(register, [{ updated: '2020-01-01', commit: '0'.repeat(40), register: older }]);
    const context = { config: checked.config, languages: ['fi'], formats: new Set(['html'] as const) };
    const made: unknown[] = [];
    for (const workers of [1, 0]) {
      const renderer = createRenderer(workers);
      try {
        await expect(renderer.changes(publicRegister(register), versions[0]!, 'xx', context)).rejects.toThrow(/xx/);
        made.push([await renderer.changes(publicRegister(register), versions[0]!, 'fi', context), await renderer.feed(publicRegister(register), versions, 'fi', context)]);
      } finally {
        await renderer.close();
      }
    }
    const [page, entries] = made[0] as [string, { updated: string; xml: string }[]];
    expect(page).toContain('<h2>Olennaiset muutokset</h2>');
    expect(page).toContain('Uusi vastaanottaja');
    expect(entries.map((e) => e.updated)).toEqual([register.updated, '2020-01-01']);
    expect(entries[0]!.xml).toContain('<category term="material" label="Olennainen muutos"/>');
    expect(made[1]).toEqual(made[0]);
  });
});
