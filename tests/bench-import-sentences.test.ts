/**
 * The import bench's "nothing lost" comparison (bench/import-accuracy/sentences.js), on an invented
 * original and drafts: a draft read from a PDF is not asked whether a hyphen with a space before it
 * had one after it too ("Tunnel -palvelun" broken after its hyphen prints as "Tunnel - palvelun"
 * does); a draft of any other format is, and a word that differs is lost from either.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rehypeStringify, remarkParse, remarkRehype, unified } from '../src/vendor/unified.js';
import { ROOT } from './helpers.js';

interface Kept {
  total: number;
  kept: number;
  lost: string[];
}
type KeptSentences = (original: string, ext: string, yaml: string, options?: { printed?: boolean; renderMarkdown?: (md: string) => string }) => Kept;

/** Markdown as the HTML a page shows. */
const render = (md: string): string => String(unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(md));

const bench = pathToFileURL(join(ROOT, 'bench', 'import-accuracy', 'sentences.js')).href;
const { keptSentences } = (await import(bench)) as { keptSentences: KeptSentences };

const ORIGINAL = [
  '<p>Yhteys kulkee aina Example Tunnel -palvelun kautta joka päivä.</p>',
  '<p>Statistiken samlas in med Example Analytics -tjänsten varje dag.</p>',
  '<p>Orders reach the warehouse through the Example Tunnel -service every night.</p>',
].join('\n');

/** A draft that keeps the sentences in a TODO, written as the lines of a PDF joined give them. */
const draft = (lines: readonly string[]): string => `# TODO: not mapped\n${lines.map((l) => `#   ${l}\n`).join('')}description:\n  fi: Seloste\n`;

const spaced = [
  'Yhteys kulkee aina Example Tunnel - palvelun kautta joka päivä.',
  'Statistiken samlas in med Example Analytics - tjänsten varje dag.',
  'Orders reach the warehouse through the Example Tunnel - service every night.',
];

describe('the bench: nothing lost', () => {
  it('a draft from a PDF keeps a sentence whose spaced hyphen it reads with a space after it, in the three languages', () => {
    expect(keptSentences(ORIGINAL, 'html', draft(spaced), { printed: true })).toMatchObject({ total: 3, kept: 3, lost: [] });
  });

  it('a draft from another format does not, and a word that differs is lost from a PDF too', () => {
    expect(keptSentences(ORIGINAL, 'html', draft(spaced)).lost).toHaveLength(3);
    const changed = spaced.map((s) => s.replace(/ - (\S+)/u, ' - toinen'));
    expect(keptSentences(ORIGINAL, 'html', draft(changed), { printed: true }).lost).toHaveLength(3);
  });
});

describe('the bench: a bullet typed as a character', () => {
  it('is no word of the sentence, whether a space follows it or not', () => {
    const original = '<p>•Namn och id-nummer för varje kund och prenumerant</p>\n<p>• Information om din användning av hemsidan</p>';
    const yaml = 'data_categories:\n  - description:\n      sv: Namn och id-nummer för varje kund och prenumerant\n  - description:\n      sv: Information om din användning av hemsidan\n';
    expect(keptSentences(original, 'html', yaml)).toMatchObject({ total: 2, kept: 2, lost: [] });
  });
});

describe('the bench: what a Markdown page shows', () => {
  it('counts no sentence of its front matter: a meta description is never shown', () => {
    const original = "---\ntitle: 'Tietosuojaseloste'\ndescription: 'Sivuston tietosuojaseloste kävijöille.'\n---\n\nKeräämme nimen ja sähköpostiosoitteen.\n";
    const yaml = '# TODO: not mapped\n#   Tietosuojaseloste\n#   Keräämme nimen ja sähköpostiosoitteen.\ndescription:\n  fi: Seloste\n';
    const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
    const renderMarkdown = (md: string): string => String(processor.processSync(md));
    expect(keptSentences(original, 'md', yaml, { renderMarkdown })).toMatchObject({ total: 1, kept: 1, lost: [] });
  });

  it('reads a bold line that opens a paragraph as the title of the lines below it, not as the start of their sentence', () => {
    const yaml = 'name:\n  en: Double Agents\n# TODO: not mapped\n#   We store and process the data of employees.\n';
    expect(keptSentences('**Double Agents**\nWe store and process the data of employees.\n', 'md', yaml, { renderMarkdown: render })).toMatchObject({ total: 1, kept: 1 });
    // Bold words that end on a colon lead into their line, as the reader takes them: one sentence, not in this draft.
    expect(keptSentences('**Note:**\nWe store and process the data of employees.\n', 'md', yaml, { renderMarkdown: render }).lost).toHaveLength(1);
  });
});

describe('the bench: marks a page shows as typed', () => {
  it('a sentence whose "**" the page shows is kept by a comment that has its words without them', () => {
    const original = '<p>- **Right of access** - You can request a copy of your data</p>';
    const yaml = '# TODO: rights\n#   - **Right of access** - You can request a copy of your data\ndescription:\n  en: Notice\n';
    expect(keptSentences(original, 'html', yaml)).toMatchObject({ total: 1, kept: 1, lost: [] });
  });

  it('a Markdown sentence the page shows in italics is kept by a comment that has its words with the marks typed', () => {
    const original = '- Version 1 - 2019-07-24 - _Nytt dokument_\n- Version 2 - 2021-01-19 - *Revidering av dokumentet*\n';
    const yaml = '# TODO: changes\n#   - Version 1 - 2019-07-24 - _Nytt dokument_\n#   - Version 2 - 2021-01-19 - *Revidering av dokumentet*\ndescription:\n  sv: Policy\n';
    expect(keptSentences(original, 'md', yaml, { renderMarkdown: render })).toMatchObject({ total: 2, kept: 2, lost: [] });
    const snake = '# TODO: changes\n#   - Version 1 - 2019-07-24 - Nytt_dokument\n#   - Version 2 - 2021-01-19 - Revidering av dokumentet\ndescription:\n  sv: Policy\n';
    expect(keptSentences(original, 'md', snake, { renderMarkdown: render })).toMatchObject({ total: 2, kept: 1 });
    // Marks around words a comment wraps over two lines.
    const wrapped = '# TODO: changes\n#   - Version 1 - 2019-07-24 - _Nytt dokument_\n#   - Version 2 - 2021-01-19 - _Revidering av\n#   dokumentet_\ndescription:\n  sv: Policy\n';
    expect(keptSentences(original.replace('*Revidering av dokumentet*', '_Revidering av dokumentet_'), 'md', wrapped, { renderMarkdown: render })).toMatchObject({ total: 2, kept: 2 });
    // Escaped marks are the page's letters: "\\_ga\\_" is "_ga_".
    const escaped = 'Käytämme evästeitä \\_ga\\_ ja \\_gid\\_ kävijöiden laskemiseen.\n';
    expect(keptSentences(escaped, 'md', '# TODO: cookies\n#   Käytämme evästeitä \\_ga\\_ ja \\_gid\\_ kävijöiden laskemiseen.\ndescription:\n  fi: Seloste\n', { renderMarkdown: render })).toMatchObject({ total: 1, kept: 1 });
    // A footnote's mark in brackets, at the end of one line and the start of the next, is no emphasis.
    const bracketed = 'Vi meddelar om tjänsten följer någon annans policy än Agronods(*)\n\n(*): För Agronod är datahantering vår kärnverksamhet.\n';
    expect(keptSentences(bracketed, 'md', '# TODO: note\n#   Vi meddelar om tjänsten följer någon annans policy än Agronods(*)\n#   (*): För Agronod är datahantering vår kärnverksamhet.\ndescription:\n  sv: Policy\n', { renderMarkdown: render })).toMatchObject({ total: 2, kept: 2 });
    // A footnote's star is a mark of the text, kept as typed.
    const starred = 'Tähdellä* merkityt tiedot ovat pakollisia.\n';
    expect(keptSentences(starred, 'md', '# TODO: data\n#   Tähdellä* merkityt tiedot ovat pakollisia.\ndescription:\n  fi: Seloste\n', { renderMarkdown: render })).toMatchObject({ total: 1, kept: 1 });
  });

  it('a Markdown sentence with links is kept by a comment that has them as typed: an autolink, and a link over two lines', () => {
    const original = '- We use <https://indico.example.org> for storing sign-up information.\n- If you want to be removed from the lists, please [let us\n  know](/contact/).\n';
    const yaml = '# TODO: storage\n#   - We use <https://indico.example.org> for storing sign-up information.\n#   - If you want to be removed from the lists, please [let us\n#     know](/contact/).\ndescription:\n  en: Policy\n';
    expect(keptSentences(original, 'md', yaml, { renderMarkdown: render })).toMatchObject({ total: 2, kept: 2, lost: [] });
    // An e-mail autolink, and a reference link.
    const more = '- Our board meets monthly; write to <board@example.com> with any suggestions.\n- Our history is told on [the club page][ref] of the site.\n\n[ref]: https://example.com/history\n';
    const moreYaml = '# TODO: misc\n#   - Our board meets monthly; write to <board@example.com> with any suggestions.\n#   - Our history is told on [the club page][ref] of the site.\ndescription:\n  en: Policy\n';
    expect(keptSentences(more, 'md', moreYaml, { renderMarkdown: render })).toMatchObject({ total: 2, kept: 2, lost: [] });
    const other = yaml.replace('indico.example.org', 'other.example.org').replace('[let us', '[tell us');
    expect(keptSentences(original, 'md', other, { renderMarkdown: render })).toMatchObject({ total: 2, kept: 0 });
  });

  it('a ticked option of a form is kept by a value that has its words without the tick, an unticked one by a comment', () => {
    const value = 'description:\n  fi: Yleistä etua koskeva tehtävä tai julkisen vallan käyttö\n';
    expect(keptSentences('<p>☒ Yleistä etua koskeva tehtävä tai julkisen vallan käyttö</p>', 'html', value)).toMatchObject({ total: 1, kept: 1, lost: [] });
    const comment = '# TODO: unticked\n#   ☐ Tutkittavan suostumus, joka pyydetään erikseen\ndescription:\n  fi: Seloste\n';
    expect(keptSentences('<p>☐ Tutkittavan suostumus, joka pyydetään erikseen</p>', 'html', comment)).toMatchObject({ total: 1, kept: 1, lost: [] });
  });
});

describe('the bench: a page’s entities and labelled names', () => {
  it('reads two inline elements side by side as two lines, as the page lays them out apart', () => {
    const yaml = '# TODO: not mapped\n#   Yhteystiedot ja yhteyshenkilö tästä\n#   Esimerkki Oy, Metsätie 1, Helsinki\ndescription:\n  fi: Seloste\n';
    const apart = '<p><span>Yhteystiedot ja yhteyshenkilö tästä</span><strong>Esimerkki Oy, Metsätie 1, Helsinki</strong></p>';
    expect(keptSentences(apart, 'html', yaml)).toMatchObject({ total: 2, kept: 2 });
    // With a space between them they are one line of text.
    expect(keptSentences(apart.replace('</span><strong>', '</span> <strong>'), 'html', yaml)).toMatchObject({ total: 1 });
  });

  it('reads "&copy;" as the page shows it, so a draft with "©" keeps the line', () => {
    const yaml = '# TODO: not mapped\n#   © 2024 Esimerkki Oy\ndescription:\n  fi: Seloste\n';
    expect(keptSentences('<p>&copy; 2024 Esimerkki Oy</p>', 'html', yaml)).toMatchObject({ total: 1, kept: 1 });
  });

  it('keeps a labelled line whose whole detail is a value of the draft, not one whose detail is only part of one', () => {
    const yaml = 'controller:\n  name: Esimerkin Urheilijat ry\n';
    expect(keptSentences('<p>Rekisterinpitäjä: Esimerkin Urheilijat ry</p>', 'html', yaml).lost).toEqual([]);
    expect(keptSentences('<p>Rekisterinpitäjä: Esimerkin Urheilijat ry ja sen hallitus</p>', 'html', yaml).lost).toHaveLength(1);
  });

  it('reads a heading without its number, in an element of its own or before the words, as the draft keeps it', () => {
    const yaml = '# TODO: not mapped (from "Muutokset tähän selosteeseen")\n#   Päivitämme selostetta tarvittaessa.\ndescription:\n  fi: Seloste\n';
    const text = '<p>Päivitämme selostetta tarvittaessa.</p>';
    expect(keptSentences(`<h2><span class="num">09</span> <span>Muutokset tähän selosteeseen</span></h2>${text}`, 'html', yaml).lost).toEqual([]);
    expect(keptSentences(`<h2>9. Muutokset tähän selosteeseen</h2>${text}`, 'html', yaml).lost).toEqual([]);
    // A number that touches the heading's first word ("4.Purpose"): the draft has the words without it.
    const said = '# The original says:\n#   Purpose and use of the register\npurposes:\n  - description:\n      en: User register\n';
    expect(keptSentences('<h2>4.Purpose and use of the register</h2><p>User register</p>', 'html', said)).toMatchObject({ total: 1, lost: [] });
    // A number that is one of the heading's words stays.
    expect(keptSentences(`<h2><span>2026</span> muutokset tähän selosteeseen</h2>${text}`, 'html', yaml).lost).toHaveLength(1);
  });

  it('reads a paragraph that is only a section number and a title as a heading, its number gone; not a sentence after a number', () => {
    const yaml = '# TODO: not mapped (from "Muutokset tähän selosteeseen")\n#   Päivitämme selostetta tarvittaessa.\ndescription:\n  fi: Seloste\n';
    const text = '\n\nPäivitämme selostetta tarvittaessa.\n';
    expect(keptSentences(`2.3 Muutokset tähän selosteeseen${text}`, 'md', yaml, { renderMarkdown: render }).lost).toEqual([]);
    expect(keptSentences(`<p>9. Muutokset tähän selosteeseen</p><p>Päivitämme selostetta tarvittaessa.</p>`, 'html', yaml).lost).toEqual([]);
    // A sentence that begins with a number keeps it.
    expect(keptSentences(`2.3 Muutokset tähän selosteeseen tehdään kerran vuodessa.${text}`, 'md', yaml, { renderMarkdown: render }).lost).toHaveLength(1);
  });

  it('counts no sentence of an attribute that holds markup: a reader sees only the element’s text', () => {
    const yaml = '# TODO: not mapped\n#   Tiedot poistetaan vuoden kuluttua.\ndescription:\n  fi: Seloste\n';
    const original = '<p data-fi="<strong>Tiedot</strong> poistetaan vuoden kuluttua." data-en="<strong>Data</strong> are deleted after a year.">Tiedot poistetaan vuoden kuluttua.</p>';
    expect(keptSentences(original, 'html', yaml)).toMatchObject({ total: 1, kept: 1, lost: [] });
  });

  it('reads a bold label over a line break at the start of an item as a heading of its own, not as the start of the sentence after it', () => {
    const yaml = '# TODO: not mapped (from "Tietojen säilytysaika ja poistaminen")\n#   Tiedot poistetaan kahden vuoden kuluttua.\ndescription:\n  fi: Seloste\n';
    const item = '<ul><li><strong>Tietojen säilytysaika ja poistaminen</strong><br>Tiedot poistetaan kahden vuoden kuluttua.</li></ul>';
    expect(keptSentences(item, 'html', yaml)).toMatchObject({ total: 2, kept: 2 });
    // A label inside running text is part of its sentence.
    expect(keptSentences('<p>Katso <strong>tiedot alla</strong><br>ja sitten lisää.</p>', 'html', yaml).total).toBe(1);
  });
});

describe('the bench: words a page shows with underscores or a hyphen', () => {
  it('a cookie named "__stripe_mid" is kept by a draft value that names it so', () => {
    const original = '<p>The cookies __stripe_mid and __stripe_sid are set on the checkout page.</p>';
    const yaml = 'cookies:\n  description:\n    en: The cookies __stripe_mid and __stripe_sid are set on the checkout page.\n';
    expect(keptSentences(original, 'html', yaml)).toMatchObject({ total: 1, kept: 1, lost: [] });
  });

  it('a draft from a PDF keeps "Shield- sertifikaattiin" read as one word broken at its hyphen; another format does not', () => {
    const original = '<p>Palvelun käyttö perustuu palveluntoimittajan Privacy Shield- sertifikaattiin.</p>';
    const yaml = draft(['Palvelun käyttö perustuu palveluntoimittajan Privacy Shield-sertifikaattiin.']);
    expect(keptSentences(original, 'html', yaml, { printed: true })).toMatchObject({ total: 1, kept: 1 });
    expect(keptSentences(original, 'html', yaml).lost).toHaveLength(1);
  });

  it('a draft from a PDF keeps a heading its page\'s style prints in capitals; another format does not', () => {
    const original = '<h2>Miksi tietoja käsitellään ja millä perusteella?</h2><p>Vastaamme yhteydenottoihin.</p>';
    const yaml = draft(['MIKSI TIETOJA KÄSITELLÄÄN JA MILLÄ PERUSTEELLA?', 'Vastaamme yhteydenottoihin.']);
    expect(keptSentences(original, 'html', yaml, { printed: true })).toMatchObject({ total: 1, kept: 1 });
    expect(keptSentences(original, 'html', yaml).lost).toHaveLength(1);
  });
});

describe('the bench: a part\'s title numbered without a stop, as the old register form numbers them', () => {
  it('is kept without its number, as the reader takes it; a sentence that opens on a number is not', () => {
    const original = '2 Yhteyshenkilö rekisteriä koskevissa asioissa\n1a Rekisterinpitäjä\n2 vuotta säilytetään tiedot.';
    const yaml = 'description:\n  fi: |-\n    Yhteyshenkilö rekisteriä koskevissa asioissa\n\n    Rekisterinpitäjä\n\n    vuotta säilytetään tiedot.\n';
    expect(keptSentences(original, 'txt', yaml)).toMatchObject({ kept: 1, lost: ['2 vuotta säilytetään tiedot'] });
  });
});
