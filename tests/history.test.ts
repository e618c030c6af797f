import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../src/publish/build.js';
import { cli, tempProject } from './helpers.js';

const REGISTER = (updated: string, purpose: string): string => `name: {fi: Jäsenrekisteri}
updated: ${updated}
controller: {name: Esimerkkiyhdistys ry, email: hallitus@esimerkki.example}
purposes:
  - description: {fi: "${purpose}"}
    legal_basis: contract
`;

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], { cwd: dir, stdio: 'ignore' });
}

/** A new repository with every file of the folder in its first commit. */
function firstCommit(dir: string): void {
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'first');
}

describe('history of a notice', () => {
  it('keeps earlier committed versions reachable from the current page', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/members.yaml': REGISTER('2025-03-01', 'Jäsenyyden hoitaminen') });
    try {
      firstCommit(dir);
      writeFileSync(join(dir, 'notices', 'members.yaml'), REGISTER('2025-09-15', 'Jäsenyyden ja jäsenmaksujen hoitaminen'));
      git(dir, 'commit', '-qam', 'second');
      writeFileSync(join(dir, 'notices', 'members.yaml'), REGISTER('2026-02-01', 'Jäsenyyden, jäsenmaksujen ja tapahtumien hoitaminen'));
      const r = await cli(['build', '--format', 'html,md', '--force'], dir);
      expect(r.code, r.stderr).toBe(0);
      const current = readFileSync(join(dir, 'dist', 'fi', 'members.html'), 'utf8');
      expect(current).toContain('Jäsenyyden, jäsenmaksujen ja tapahtumien hoitaminen');
      expect(current).toContain('<a href="history/members/2025-09-15.html">15.9.2025</a>');
      expect(current).toContain('<a href="history/members/2025-03-01.html">1.3.2025</a>');
      const old = readFileSync(join(dir, 'dist', 'fi', 'history', 'members', '2025-03-01.html'), 'utf8');
      expect(old).toContain('Jäsenyyden hoitaminen');
      expect(old).toContain('Tämä on selosteen aiempi versio, päivitetty 1.3.2025. <a href="../../members.html">Voimassa oleva versio</a>');
      expect(existsSync(join(dir, 'dist', 'fi', 'history', 'members', '2025-09-15.md'))).toBe(true);

      const none = await cli(['build', '--format', 'html', '--no-history', '-o', 'plain', '--force'], dir);
      expect(none.code, none.stderr).toBe(0);
      expect(existsSync(join(dir, 'plain', 'fi', 'history'))).toBe(false);
    } finally {
      cleanup();
    }
  });

  it("names an earlier version's date in its page title and heading, in each language", async () => {
    const register = (updated: string): string => `name: {fi: Jäsenrekisteri, en: Member register, sv: Medlemsregister}
updated: ${updated}
controller: {name: Esimerkkiyhdistys ry, email: hallitus@esimerkki.example}
purposes:
  - description: {fi: Jäsenyyden hoitaminen, en: Managing membership, sv: Hantering av medlemskap}
    legal_basis: contract
`;
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi, en, sv]\n', 'notices/members.yaml': register('2025-03-01') });
    try {
      firstCommit(dir);
      writeFileSync(join(dir, 'notices', 'members.yaml'), register('2026-02-01'));
      const r = await cli(['build', '--format', 'html,md', '--force'], dir);
      expect(r.code, r.stderr).toBe(0);
      const page = (path: string): { title: string; h1: string; md: string } => {
        const html = readFileSync(join(dir, 'dist', `${path}.html`), 'utf8');
        const text = (re: RegExp): string => re.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
        return { title: text(/<title>([^<]*)<\/title>/), h1: text(/<h1[^>]*>([\s\S]*?)<\/h1>/), md: readFileSync(join(dir, 'dist', `${path}.md`), 'utf8').split('\n')[0]! };
      };
      const expected = {
        fi: 'Tietosuojaseloste: Jäsenrekisteri — versio 1.3.2025',
        en: 'Privacy notice: Member register — version of 1 March 2025',
        sv: 'Dataskyddsbeskrivning: Medlemsregister — version 1 mars 2025',
      };
      for (const [lang, title] of Object.entries(expected)) {
        expect(page(`${lang}/history/members/2025-03-01`), lang).toEqual({ title, h1: title, md: `# ${title}` });
        const current = page(`${lang}/members`);
        expect(current.title, lang).toBe(title.slice(0, title.indexOf(' — ')));
        expect(current.h1, lang).toBe(current.title);
      }
    } finally {
      cleanup();
    }
  });

  it('a commit renders again only the registers whose history it changed', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\n',
      'notices/members.yaml': REGISTER('2025-03-01', 'Jäsenyyden hoitaminen'),
      'notices/events.yaml': REGISTER('2025-03-01', 'Tapahtumien järjestäminen'),
    });
    const build = () => buildSite({ cwd: dir, paths: ['notices'], out: join(dir, 'dist'), formats: ['html'], force: true, settleMs: 0 });
    const rendered = (r: Awaited<ReturnType<typeof build>>) => r.built.filter((f) => !r.reused.includes(f)).sort();
    try {
      firstCommit(dir);
      expect(rendered(await build())).toEqual(['notices/events.yaml', 'notices/members.yaml']);

      // A commit of other files: nothing to render again.
      writeFileSync(join(dir, 'README.txt'), 'Rekisterit\n');
      git(dir, 'add', 'README.txt');
      git(dir, 'commit', '-qm', 'readme');
      expect(rendered(await build())).toEqual([]);

      // A new version of one register, committed: that register only, with its earlier version linked.
      writeFileSync(join(dir, 'notices', 'members.yaml'), REGISTER('2025-09-15', 'Jäsenyyden ja jäsenmaksujen hoitaminen'));
      git(dir, 'commit', '-qam', 'second');
      expect(rendered(await build())).toEqual(['notices/members.yaml']);
      expect(readFileSync(join(dir, 'dist', 'fi', 'members.html'), 'utf8')).toContain('<a href="history/members/2025-03-01.html">1.3.2025</a>');
      expect(rendered(await build())).toEqual([]);

      // History rewritten (the same text under a new commit): the register is rendered again, but
      // the pages of its earlier version, the same as before, are taken over (the same file).
      const page = (updated: string): bigint => statSync(join(dir, 'dist', 'fi', 'history', 'members', `${updated}.html`), { bigint: true }).ino;
      const first = page('2025-03-01');
      git(dir, 'commit', '-q', '--amend', '-m', 'second, amended');
      expect(rendered(await build())).toEqual(['notices/members.yaml']);
      expect(page('2025-03-01')).toBe(first);

      // A new version, not yet committed: the last committed one becomes an earlier version.
      writeFileSync(join(dir, 'notices', 'members.yaml'), REGISTER('2026-02-01', 'Jäsenyyden, jäsenmaksujen ja tapahtumien hoitaminen'));
      expect(rendered(await build())).toEqual(['notices/members.yaml']);
      expect(page('2025-03-01')).toBe(first);
      expect(readFileSync(join(dir, 'dist', 'fi', 'history', 'members', '2025-09-15.html'), 'utf8')).toContain('Jäsenyyden ja jäsenmaksujen hoitaminen');
      // What it says is what a build from nothing says.
      await buildSite({ cwd: dir, paths: ['notices'], out: join(dir, 'full'), formats: ['html'], force: true, incremental: false });
      for (const name of ['members.html', 'history/members/2025-03-01.html', 'history/members/2025-09-15.html']) {
        expect(readFileSync(join(dir, 'dist', 'fi', name), 'utf8'), name).toBe(readFileSync(join(dir, 'full', 'fi', name), 'utf8'));
      }
    } finally {
      cleanup();
    }
  });

  it("an earlier version's organisation file changes the pages of that version", async () => {
    const version = (updated: string, org: string): string => `organisation: ./${org}
name: {fi: Jäsenrekisteri}
updated: ${updated}
purposes:
  - description: {fi: Jäsenyyden hoitaminen}
    legal_basis: contract
`;
    const org = (name: string): string => `controller: {name: ${name}, email: hallitus@esimerkki.example}\n`;
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\n',
      'notices/members.yaml': version('2025-03-01', 'old.org.yaml'),
      'notices/old.org.yaml': org('Vanha Yhdistys ry'),
      'notices/new.org.yaml': org('Uusi Yhdistys ry'),
    });
    const build = () => buildSite({ cwd: dir, paths: ['notices'], out: join(dir, 'dist'), formats: ['html'], force: true, settleMs: 0 });
    const archived = (): string => readFileSync(join(dir, 'dist', 'fi', 'history', 'members', '2025-03-01.html'), 'utf8');
    try {
      firstCommit(dir);
      writeFileSync(join(dir, 'notices', 'members.yaml'), version('2025-09-15', 'new.org.yaml'));
      git(dir, 'commit', '-qam', 'second');
      await build();
      expect(archived()).toContain('Vanha Yhdistys ry');
      expect(readFileSync(join(dir, 'dist', 'fi', 'members.html'), 'utf8')).toContain('Uusi Yhdistys ry');

      // Only the organisation file the earlier version points at changes.
      writeFileSync(join(dir, 'notices', 'old.org.yaml'), org('Korjattu Yhdistys ry'));
      git(dir, 'commit', '-qam', 'old name corrected');
      const again = await build();
      expect(again.reused).toEqual([]);
      expect(archived()).toContain('Korjattu Yhdistys ry');
      expect((await build()).reused).toEqual(['notices/members.yaml']);
    } finally {
      cleanup();
    }
  });
});
