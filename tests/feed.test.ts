/**
 * The change feed of the example site built from a git repository in which the customer register
 * has three versions (see `change-history.ts`): valid Atom 1.0, an entry for every published
 * version, material changes marked, links that lead to pages of the site, ids and bytes that do not
 * change from build to build.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomProblems, child, childrenNamed, links, parseXml, type XmlElement } from './atom.js';
import { clarify, exampleHistory, FIRST, git, MATERIAL, NEW_RECIPIENT, REGISTER, WORDING } from './change-history.js';
import { uuidV5 } from '../src/publish/feed-id.js';
import { cli, tempProject } from './helpers.js';

const LANGUAGES = ['fi', 'en', 'sv'];
const BASE = 'https://example.fi/tietosuoja/';

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, base);
    return name.startsWith('.') ? [] : [relative(base, path).split(sep).join('/')];
  });
}

/** The site path a feed's link leads to: relative links from the feed's folder, absolute ones under the base URL. */
function target(lang: string, href: string, base?: string): string {
  if (base) {
    expect(href.startsWith(base), href).toBe(true);
    return href.slice(base.length);
  }
  expect(href).not.toMatch(/^[a-z]+:|^\//);
  return posix.normalize(posix.join(lang, href));
}

const hrefs = (html: string): string[] => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('the change feed', () => {
  let project: ReturnType<typeof exampleHistory>;
  const site = (name: string): string => join(project.dir, name);
  const feed = (out: string, lang: string): XmlElement => parseXml(readFileSync(join(site(out), lang, 'feed.xml'), 'utf8'));
  const entries = (out: string, lang: string): XmlElement[] => childrenNamed(feed(out, lang), 'entry');
  const entryOf = (out: string, lang: string, page: string): XmlElement => {
    const found = entries(out, lang).find((e) => links(e, 'alternate')[0]?.attributes['href']?.endsWith(page));
    if (!found) throw new Error(`no entry links to ${page}`);
    return found;
  };

  beforeAll(async () => {
    project = exampleHistory();
    for (const [out, extra] of [['dist', []], ['again', []], ['based', ['--base-url', BASE]]] as const) {
      const r = await cli(['build', 'notices', '-o', out, '--format', 'html,md', ...extra], project.dir);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  afterAll(() => project?.cleanup());

  it('makes name-based UUIDs as RFC 9562 does', () => {
    // The example of RFC 9562, appendix A.4: the DNS namespace and `www.example.com`.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('finds what is wrong in a feed that is not Atom', () => {
    expect(() => parseXml('<feed><entry></feed>')).toThrow();
    const problems = atomProblems(parseXml('<feed xmlns="http://www.w3.org/2005/Atom"><id>x</id><entry><title>t</title><updated>2026-01-01</updated></entry></feed>'));
    expect(problems).toEqual(
      expect.arrayContaining(['feed: has 0 title elements, not one', 'feed: id `x` is not an IRI', 'feed: has no self link', 'entry 1: has 0 id elements, not one', 'entry 1: updated `2026-01-01` is not an RFC 3339 date-time']),
    );
  });

  it.each(LANGUAGES)('is valid Atom 1.0 in %s, dated by its newest entry', (lang) => {
    for (const out of ['dist', 'based']) {
      const root = feed(out, lang);
      expect(atomProblems(root)).toEqual([]);
      expect(root.attributes['xml:lang']).toBe(lang);
      const dates = entries(out, lang).map((e) => child(e, 'updated')!.text);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(child(root, 'updated')!.text).toBe(dates[0]);
      expect(child(root, 'updated')!.text).toBe(`${WORDING}T00:00:00Z`);
    }
  });

  it('has an entry for every published version of every notice, linked to that version', () => {
    for (const lang of LANGUAGES) {
      const notices = readdirSync(join(site('dist'), lang)).filter((n) => n.endsWith('.html') && n !== 'index.html');
      const history = (id: string): string[] => {
        const dir = join(site('dist'), lang, 'history', id);
        return existsSync(dir) ? readdirSync(dir).filter((n) => /^\d{4}-\d{2}-\d{2}\.html$/.test(n)) : [];
      };
      const versions = notices.flatMap((n) => [n, ...history(n.replace(/\.html$/, '')).map((h) => `history/${n.replace(/\.html$/, '')}/${h}`)]);
      expect(history(REGISTER).sort()).toEqual([`${FIRST}.html`, `${MATERIAL}.html`]);
      const linked = entries('dist', lang).map((e) => links(e, 'alternate')[0]!.attributes['href']);
      expect(linked.sort()).toEqual(versions.sort());
    }
  });

  it('every link of every entry leads to a file of the site', () => {
    for (const [out, base] of [['dist', undefined], ['based', BASE]] as const) {
      for (const lang of LANGUAGES) {
        const root = feed(out, lang);
        const all = [...childrenNamed(root, 'link'), ...childrenNamed(root, 'entry').flatMap((e) => childrenNamed(e, 'link'))].map((l) => l.attributes['href']!);
        const inContent = childrenNamed(root, 'entry').flatMap((e) => hrefs(child(e, 'content')!.text));
        expect(inContent.length).toBeGreaterThan(0);
        for (const href of [...all, ...inContent]) expect(existsSync(join(site(out), target(lang, href, base))), `${out}/${lang}: ${href}`).toBe(true);
      }
    }
  });

  it('marks the version with a new recipient in the United States as material, in words of its language', () => {
    const words = {
      fi: ['olennaisia muutoksia', `Uusi vastaanottaja: ”${NEW_RECIPIENT}”.`, 'Uusi siirto ETA-alueen ulkopuolelle maahan ”Yhdysvallat”'],
      en: ['material changes', `New recipient: “${NEW_RECIPIENT}”.`, 'New transfer outside the EEA to “United States”'],
      sv: ['väsentliga ändringar', `Ny mottagare: ”${NEW_RECIPIENT}”.`, 'Ny överföring utanför EES till ”USA”'],
    };
    for (const [lang, [flag, recipient, transfer]] of Object.entries(words)) {
      const material = entryOf('dist', lang, `history/${REGISTER}/${MATERIAL}.html`);
      expect(childrenNamed(material, 'category').map((c) => c.attributes['term'])).toEqual(['material']);
      expect(child(material, 'title')!.text.endsWith(flag!)).toBe(true);
      const content = child(material, 'content')!;
      expect(content.attributes['type']).toBe('html');
      expect(content.text).toContain(recipient);
      expect(content.text).toContain(transfer);
      expect(links(material, 'related')[0]!.attributes['href']).toBe(`history/${REGISTER}/${MATERIAL}-changes.html`);
      const wording = entryOf('dist', lang, `${REGISTER}.html`);
      expect(childrenNamed(wording, 'category')).toEqual([]);
      expect(child(wording, 'title')!.text).not.toContain(flag);
      expect(child(wording, 'content')!.text).toContain({ fi: 'Tarkennettiin sanamuotoja.', en: 'Wording clarified.', sv: 'Formuleringarna förtydligades.' }[lang]);
    }
  });

  it('gives each version an id that is unique, a URN, and the same in every build and under a base URL', () => {
    for (const lang of LANGUAGES) {
      const ids = (out: string): string[] => [child(feed(out, lang), 'id')!.text, ...entries(out, lang).map((e) => child(e, 'id')!.text)];
      expect(ids('dist').every((id) => /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
      expect(new Set(ids('dist')).size).toBe(ids('dist').length);
      expect(ids('again')).toEqual(ids('dist'));
      expect(ids('based')).toEqual(ids('dist'));
    }
    const everyLanguage = LANGUAGES.flatMap((lang) => entries('dist', lang).map((e) => child(e, 'id')!.text));
    expect(new Set(everyLanguage).size).toBe(everyLanguage.length);
  });

  it('with a base URL, every link is absolute under it', () => {
    const root = feed('based', 'fi');
    expect(links(root, 'self')[0]!.attributes['href']).toBe(`${BASE}fi/feed.xml`);
    expect(links(entryOf('based', 'fi', `${REGISTER}.html`), 'alternate')[0]!.attributes['href']).toBe(`${BASE}fi/${REGISTER}.html`);
  });

  it('is linked from every page of its language', () => {
    for (const lang of LANGUAGES) {
      for (const page of files(join(site('dist'), lang)).filter((p) => p.endsWith('.html'))) {
        const html = readFileSync(join(site('dist'), lang, page), 'utf8');
        const link = /<link rel="alternate" type="application\/atom\+xml" title="([^"]+)" href="([^"]+)">/.exec(html);
        expect(link, `${lang}/${page}`).not.toBeNull();
        expect(posix.normalize(posix.join(lang, posix.dirname(page), link![2]!)), `${lang}/${page}`).toBe(`${lang}/feed.xml`);
        expect(link![1]).toBe(child(feed('dist', lang), 'title')!.text);
      }
    }
    const front = readFileSync(join(site('dist'), 'index.html'), 'utf8');
    expect([...front.matchAll(/type="application\/atom\+xml" title="[^"]+" href="([^"]+)"/g)].map((m) => m[1])).toEqual(LANGUAGES.map((l) => `${l}/feed.xml`));
  });

  it('the same registers and history give the same bytes', () => {
    const built = files(site('dist'));
    expect(files(site('again'))).toEqual(built);
    for (const file of built) expect(readFileSync(join(site('again'), file)).equals(readFileSync(join(site('dist'), file))), file).toBe(true);
  });

  it('an incremental build after a new commit has the new version, as a full build has', async () => {
    project.commit(clarify('2027-03-01'), 'another version');
    const incremental = await cli(['build', 'notices', '-o', 'dist', '--format', 'html,md'], project.dir);
    expect(incremental.code, incremental.stderr).toBe(0);
    const full = await cli(['build', 'notices', '-o', 'full', '--format', 'html,md', '--no-incremental'], project.dir);
    expect(full.code, full.stderr).toBe(0);
    expect(child(entries('dist', 'en')[0]!, 'updated')!.text).toBe('2027-03-01T00:00:00Z');
    expect(existsSync(join(site('dist'), 'en', 'history', REGISTER, `${WORDING}-changes.html`))).toBe(true);
    const built = files(site('full'));
    expect(files(site('dist'))).toEqual(built);
    for (const file of built) expect(readFileSync(join(site('dist'), file), 'utf8'), file).toBe(readFileSync(join(site('full'), file), 'utf8'));
  });
});

describe('the change feed of hostile text', () => {
  it('stays well-formed XML whatever the registers say', async () => {
    // As YAML double-quoted scalars: JSON's escapes, and \uFFFE escaped too (it may not stand in a YAML file).
    const quoted = (text: string): string => JSON.stringify(text).replace(/\uFFFE/g, '\\uFFFE');
    const nasty = quoted('A <b>&amp; "c" ]]> \u0007 \uFFFE \uD800 <!-- x');
    const register = (updated: string, change: string): string => `name: {fi: ${nasty}}
updated: ${updated}
changes:
  - date: ${updated}
    description: {fi: ${quoted(change)}}
controller: {name: ${nasty}, email: tietosuoja@esimerkki.example}
purposes:
  - description: {fi: ${nasty}}
    legal_basis: contract
`;
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/r.yaml': register('2026-01-01', '<script>alert(1)</script> [a](javascript:alert(1))') });
    try {
      git(dir, 'init', '-q');
      git(dir, 'add', '.');
      git(dir, 'commit', '-qm', 'first');
      writeFileSync(join(dir, 'notices', 'r.yaml'), register('2026-02-01', `${'x'.repeat(10)} ]]> &#0; *em*`));
      const r = await cli(['build', '--format', 'html', '--force'], dir);
      expect(r.code, r.stderr).toBe(0);
      const root = parseXml(readFileSync(join(dir, 'dist', 'fi', 'feed.xml'), 'utf8'));
      expect(atomProblems(root)).toEqual([]);
      const [newer, older] = childrenNamed(root, 'entry');
      expect(child(newer!, 'title')!.text).toContain('A <b>&amp; "c" ]]>');
      expect(child(newer!, 'content')!.text).toContain('<em>em</em>');
      // Raw HTML and unsafe links in author text stay inert text, as in the notice.
      expect(child(older!, 'content')!.text).toContain('<code>&#x3C;script>alert(1)');
      expect(child(older!, 'content')!.text).not.toMatch(/<script|href="javascript/);
    } finally {
      cleanup();
    }
  });
});
