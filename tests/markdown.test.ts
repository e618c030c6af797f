/**
 * The Markdown notices outside Seloste: read as they are written (no character references), their
 * in-page links land on a heading wherever GitHub's anchors are made, and markdownlint finds nothing.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { lint } from 'markdownlint/promise';
import { remark } from 'remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicRegister } from '../src/resolve/public-register.js';
import { parse } from 'yaml';
import { composeNotice } from '../src/compose/compose.js';
import { loadConfig } from '../src/config/config.js';
import { phrases } from '../src/compose/phrases/index.js';
import { noticeToMdast } from '../src/compose/to-mdast.js';
import { buildSite } from '../src/publish/build.js';
import { githubSlug, githubSlugger } from '../src/render/github-slug.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { deriveFacts } from '../src/resolve/facts.js';
import type { Register } from '../src/types.js';
import { ROOT, tempProject } from './helpers.js';

/** Every .md file under a folder, by its path there (`fi/lumo-customers.md`). */
function markdownFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
  }
  return out;
}

/** The example notices built as Markdown into `out`, from a project in `cwd`. */
async function buildNotices(cwd: string, out: string): Promise<Record<string, string>> {
  const result = await buildSite({ cwd, paths: ['notices'], out, formats: ['md'], history: false });
  expect(result.skipped).toEqual([]);
  const files = markdownFiles(out);
  expect(Object.keys(files).length).toBe(15);
  return files;
}

/** A copy of the example project whose config asks for front matter. */
function projectWithFrontMatter(dir: string): string {
  cpSync(join(ROOT, 'notices'), join(dir, 'notices'), { recursive: true });
  const config = readFileSync(join(ROOT, 'seloste.config.yaml'), 'utf8');
  writeFileSync(join(dir, 'seloste.config.yaml'), `${config}markdown:\n  front_matter: true\n`);
  return dir;
}

/** A notice's front matter, read as YAML, and the Markdown after it. */
function splitFrontMatter(md: string): { fields: unknown; body: string } {
  const m = /^---\n([\s\S]*?\n)---\n\n/.exec(md);
  return m ? { fields: parse(m[1]!), body: md.slice(m[0].length) } : { fields: undefined, body: md };
}

/** `&#x20;`, `&#65;`, `&amp;`: a character written as a reference. */
const REFERENCE = /&(?:#x[0-9a-f]+|#\d+|[a-z][a-z\d]*);/gi;

/** What markdownlint finds in the documents with its default rules, line length aside (tables are wide). */
async function lintFindings(documents: Record<string, string>): Promise<string[]> {
  const results = await lint({ strings: documents, config: { default: true, MD013: false } });
  expect(Object.keys(results).sort()).toEqual(Object.keys(documents).sort());
  return Object.entries(results).flatMap(([name, found]) =>
    found.map((f) => `${name}:${f.lineNumber} ${f.ruleNames.join('/')} ${f.errorDetail ?? ''} ${f.errorContext ?? ''}`),
  );
}

type Node = Root | RootContent;

function nodes(node: Node): Node[] {
  return [node, ...('children' in node ? (node.children as Node[]).flatMap(nodes) : [])];
}

function plain(node: Node): string {
  return 'value' in node ? node.value : 'children' in node ? (node.children as Node[]).map(plain).join('') : '';
}

/** A Markdown document as a reader of it finds it: its headings' GitHub slugs, and its in-page links. */
function anchorsAndLinks(md: string): { slugs: Set<string>; links: string[] } {
  // Without GFM: a table row is then a paragraph, and its links are found as well.
  const all = nodes(remark().parse(md));
  const slug = githubSlugger();
  const slugs = new Set(all.flatMap((n) => (n.type === 'heading' ? [slug(plain(n))] : [])));
  const links = all.flatMap((n) => (n.type === 'link' && n.url.startsWith('#') ? [decodeURIComponent(n.url.slice(1))] : []));
  return { slugs, links };
}

describe("GitHub's heading slugs", () => {
  it('are the text in lower case, without punctuation, spaces as hyphens, letters of every language kept', () => {
    const slugs: [string, string][] = [
      ['1. Rekisterinpitäjä ja sen yhteystiedot', '1-rekisterinpitäjä-ja-sen-yhteystiedot'],
      ['9. Tietojen siirto EU:n tai ETA:n ulkopuolelle', '9-tietojen-siirto-eun-tai-etan-ulkopuolelle'],
      ['Oikeus tietojen poistamiseen (”oikeus tulla unohdetuksi”)', 'oikeus-tietojen-poistamiseen-oikeus-tulla-unohdetuksi'],
      ['Rätt till radering (”rätten att bli bortglömd”)', 'rätt-till-radering-rätten-att-bli-bortglömd'],
      ['Right to erasure (‘right to be forgotten’)', 'right-to-erasure-right-to-be-forgotten'],
      ['snake_case & a--b  c', 'snake_case--a--b--c'],
    ];
    for (const [heading, slug] of slugs) expect(githubSlug(heading), heading).toBe(slug);
  });

  it('number a slug already taken: -1, -2, and past a heading that reads like a numbered one', () => {
    const slug = githubSlugger();
    expect(['Foo', 'Foo', 'Foo-1', 'Foo', 'Bar'].map(slug)).toEqual(['foo', 'foo-1', 'foo-1-1', 'foo-2', 'bar']);
  });
});

describe('the Markdown notices', () => {
  let out: string;
  let plain: Record<string, string>;
  let fronted: Record<string, string>;
  /** Both builds, by the build's name and the file's path. */
  const every = (): [string, string][] => [
    ...Object.entries(plain).map(([name, md]): [string, string] => [`plain/${name}`, md]),
    ...Object.entries(fronted).map(([name, md]): [string, string] => [`front-matter/${name}`, md]),
  ];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'seloste-markdown-'));
    plain = await buildNotices(ROOT, join(out, 'plain'));
    fronted = await buildNotices(projectWithFrontMatter(join(out, 'project')), join(out, 'front-matter'));
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('write every character as itself, never as a character reference', () => {
    for (const [name, md] of every()) expect(md.match(REFERENCE) ?? [], name).toEqual([]);
  });

  it('link in the page only to headings, by the slugs GitHub gives them', () => {
    let count = 0;
    for (const [name, md] of every()) {
      const { slugs, links } = anchorsAndLinks(md);
      for (const link of links) expect(slugs.has(link), `${name}: #${link}`).toBe(true);
      count += links.length;
    }
    // The contents and the summary's "read more" links: some twenty in every notice.
    expect(count).toBeGreaterThan(30 * 15);
  });

  it('pass markdownlint', async () => {
    expect(await lintFindings(Object.fromEntries(every()))).toEqual([]);
  });

  it('write a label as `**Label:** text`', () => {
    const md = plain['fi/lumo-customers.md']!;
    expect(md).toContain('\n**Tietojen säilytyspaikka:** Verkkokaupan, asiakastietokannan');
    expect(md).toContain('\n**Evästesuostumus:** Analytiikkaevästeet');
  });

  it('start with front matter only when the project asks for it', () => {
    expect(plain['fi/lumo-customers.md']).toMatch(/^# Tietosuojaseloste: Verkkokaupan asiakasrekisteri\n\nPäivitetty 5\.10\.2026\n/);
    expect(splitFrontMatter(plain['fi/lumo-customers.md']!).fields).toBeUndefined();
    expect(splitFrontMatter(fronted['fi/lumo-customers.md']!).fields).toEqual({
      title: 'Tietosuojaseloste: Verkkokaupan asiakasrekisteri',
      lang: 'fi',
      updated: '2026-10-05',
      id: 'lumo-customers',
      translations: { en: 'en/lumo-customers', sv: 'sv/lumo-customers' },
    });
  });

  it('name in the front matter the title, and the other languages by notices that exist', () => {
    for (const [name, md] of Object.entries(fronted)) {
      const { fields, body } = splitFrontMatter(md);
      const { title, lang, id, translations } = fields as { title: string; lang: string; id: string; translations: Record<string, string> };
      expect(name).toBe(`${lang}/${id}.md`);
      expect(Object.keys(translations).sort()).toEqual(['en', 'fi', 'sv'].filter((l) => l !== lang));
      for (const path of Object.values(translations)) expect(existsSync(join(out, 'front-matter', `${path}.md`)), path).toBe(true);
      // The title is the front matter's; the text is the same as without it.
      expect(`# ${title}\n\n${body}`, name).toBe(plain[name]);
    }
  });
});

describe('a notice with texts missing in its language (built with --force)', () => {
  // Written in English only, rendered in Finnish: the texts are empty where the notice places them.
  const register: Register = {
    id: 'partial',
    name: { en: 'Members' },
    updated: '2026-01-15',
    purposes: [
      { id: 'members', description: { en: 'Membership' }, legal_basis: 'contract' },
      { id: 'news', description: { en: 'Newsletter' }, legal_basis: 'consent', consent: { how_to_withdraw: { en: 'Unsubscribe.' } } },
    ],
    children: { age_limit: 13 },
    retention: [{ applies_to: ['members', 'news'], period: 'P1Y' }],
    rights: { restrictions: [{ right: 'access', law: { en: 'Act 1/2000' } }] },
  };
  const t = phrases['fi']!;
  const md = renderMarkdown(noticeToMdast(composeNotice(publicRegister(register), deriveFacts(register), t), t));

  it('has no space where Markdown could write it only as a character reference', () => {
    expect(md.match(REFERENCE) ?? []).toEqual([]);
  });

  it('passes markdownlint', async () => {
    expect(await lintFindings({ 'fi/partial.md': md })).toEqual([]);
  });
});

describe('the config option markdown.front_matter', () => {
  async function read(text: string): Promise<{ frontMatter: boolean | undefined; rules: string[] }> {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': text });
    try {
      const { config, diagnostics } = await loadConfig(join(dir, 'seloste.config.yaml'), 'seloste.config.yaml');
      return { frontMatter: config.markdownFrontMatter, rules: diagnostics.map((d) => d.ruleId) };
    } finally {
      cleanup();
    }
  }

  it('is off unless set', async () => {
    expect(await read('languages: [fi]\n')).toEqual({ frontMatter: undefined, rules: [] });
    expect(await read('markdown: {front_matter: false}\n')).toEqual({ frontMatter: undefined, rules: [] });
    expect(await read('markdown: {front_matter: true}\n')).toEqual({ frontMatter: true, rules: [] });
  });

  it('is a yes or no, under its own name', async () => {
    expect((await read('markdown: {front_matter: "yes"}\n')).rules).toEqual(['schema/type']);
    expect((await read('markdown: {frontmatter: true}\n')).rules).toEqual(['schema/unknown-key']);
  });
});
