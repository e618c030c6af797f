/**
 * Generated privacy notices for property tests: one content, written as plain text, Markdown and HTML.
 *
 * A text of the content may hold inline marks, written as in Markdown: a link `[text](address)` and
 * bold `**text**`. HTML writes them as tags, plain text as the words a reader sees (a web link with
 * its address in brackets after it), and `texts` gives the words a reader sees without addresses.
 */
import fc from 'fast-check';

export interface Item {
  text: string;
  items: Item[];
}

export type Content =
  /** `wrap`: the source breaks the paragraph's text into lines of at most this many characters, in mid-sentence. */
  | { type: 'paragraph'; lines: string[][]; wrap?: number }
  | { type: 'list'; items: Item[] }
  | { type: 'table'; rows: string[][] };

export interface Section {
  heading: string;
  /** A section number before the heading ("5.1"): the plain text numbers its sections anyway. */
  number?: string;
  content: Content[];
}

export interface Notice {
  title: string;
  sections: Section[];
}

const KNOWN_HEADINGS = [
  'Rekisterinpitäjä', 'Yhteyshenkilö', 'Tietosuojavastaava', 'Rekisterin nimi', 'Henkilötietojen käsittelyn tarkoitus', 'Oikeusperuste',
  'Rekisterin tietosisältö', 'Säännönmukaiset tietolähteet', 'Tietojen luovutukset', 'Tietojen siirto EU:n tai ETA:n ulkopuolelle',
  'Säilytysaika', 'Rekisterin suojauksen periaatteet', 'Rekisteröidyn oikeudet', 'Evästeet', 'Laadittu',
  'Personuppgiftsansvarig', 'Ändamål med behandlingen', 'Mottagare', 'Lagringstid',
  'Controller', 'Purposes of processing', 'Categories of personal data', 'Sources of data', 'Recipients', 'Transfers outside the EU',
  'Retention', 'Security', 'Your rights', 'Cookies', 'Contact person', 'Data protection officer', 'Automated decision-making',
];

const WORDS = [
  'tietoja', 'käsitellään', 'asiakkaan', 'rekisteriin', 'säilytetään', 'vuotta', 'henkilötiedot', 'luovutetaan', 'sopimuksen', 'markkinointia',
  'ei', 'ja', 'tai', 'palvelun', 'kautta', 'yhteystiedot', 'nimi', 'osoite', 'laskutus',
  'uppgifter', 'behandlas', 'kunden', 'sparas', 'år', 'inte', 'och', 'avtalet', 'tjänsten',
  'data', 'is', 'kept', 'for', 'years', 'customer', 'we', 'share', 'with', 'partners', 'not', 'service', 'invoicing', 'contract',
];

const DETAILS = ['info@esimerkki.fi', 'tuki@palvelu.example', '040 123 4567', '+358 9 876 543', '1.2.2020', '31.12.2023', '12', '2024', 'Matti Virtanen', 'Anna Lind', 'Esimerkki Oy'];

const LABELLED = [
  'Sähköposti: info@esimerkki.fi', 'Puhelin: 040 123 4567', 'Osoite: Esimerkkikatu 1, 00100 Helsinki', 'Y-tunnus: 1234567-8',
  'Email: privacy@example.com', 'Päivitetty 1.2.2020', 'Matti Virtanen', 'Esimerkki Oy',
  'Postiosoite: PL 29, 00023 Valtioneuvosto', 'Postiosoite: Esimerkki Oy, PL 12, 00101 Helsinki', 'Käyntiosoite Esimerkkikatu 6, 00530 Helsinki',
  'Puhelin: (09) 3480 9262', 'Puhelin (vaihde): 09 83911', 'Postadress: Box 30, 151 41 Södertälje', 'Telefon: 08-123 456 78',
  'Address: 12 High Street, Bromley', '[info@esimerkki.fi](mailto:info@esimerkki.fi)',
];

/** Inline marks in running text: a link to a page, an e-mail link, bold words, words in quotes. */
const MARKED = [
  '[tietosuojakäytäntö](https://esimerkki.fi/tietosuoja)', '[privacy policy](https://example.com/privacy)', '[integritetspolicy](https://exempel.se/policy)',
  '[info@esimerkki.fi](mailto:info@esimerkki.fi)', '**Ryhmä 1**:', '**Group 2**:', '"Hyväksyn"', "'Directory'", '("vi", "oss")', '”palvelu”', '&',
];

const word = fc.constantFrom(...WORDS);
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('fi') + s.slice(1);

/** A sentence: words with, now and then, an e-mail, phone, date, number, name, link, bold or quoted word; capitalised and ended. */
const sentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof({ weight: 10, arbitrary: word }, { weight: 2, arbitrary: fc.constantFrom(...DETAILS) }, { weight: 1, arbitrary: fc.constantFrom(...MARKED) }),
      { minLength: 2, maxLength: 9 },
    ),
    fc.constantFrom('.', '.', '!', '?'),
  )
  // A line of plain text that starts with a figure and a capital is a numbered heading ("12 Rekisterinpitäjä").
  .filter(([words]) => !/^[\d+]/u.test(words[0]!))
  .map(([words, end]) => `${capital([...words].join(' '))}${end}`);

/** A short phrase, as in a list item or a table cell. */
const phrase: fc.Arbitrary<string> = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => capital(w.join(' ')));

const unknownHeading = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => capital(w.join(' ')));
const heading = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KNOWN_HEADINGS) }, { weight: 1, arbitrary: unknownHeading });

const item: fc.Memo<Item> = fc.memo((depth) =>
  fc.record({
    text: fc.oneof(phrase, sentence),
    items: depth <= 1 ? fc.constant([]) : fc.array(item(depth - 1), { maxLength: 2 }),
  }),
);

const paragraph: fc.Arbitrary<Content> = fc.oneof(
  { weight: 2, arbitrary: fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }).map((lines) => ({ type: 'paragraph' as const, lines })) },
  { weight: 1, arbitrary: fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.integer({ min: 30, max: 70 })).map(([line, wrap]) => ({ type: 'paragraph' as const, lines: [line], wrap })) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...LABELLED).map((l) => [l]), { minLength: 1, maxLength: 4 }).map((lines) => ({ type: 'paragraph' as const, lines })) },
);
/** Items ended as parts of one sentence ("Nimi;", …, "osoite."), now and then. */
function punctuated(items: Item[]): Item[] {
  return items.map((i, n) => ({ ...i, text: `${i.text.replace(/[.!?]$/u, '')}${n === items.length - 1 ? '.' : ';'}` }));
}
const list = fc
  .tuple(fc.array(item(3), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([items, ended]) => ({ type: 'list' as const, items: ended ? punctuated(items) : items }));
const table = fc
  .integer({ min: 2, max: 4 })
  .chain((cols) => fc.array(fc.array(phrase, { minLength: cols, maxLength: cols }), { minLength: 2, maxLength: 4 }))
  .map((rows) => ({ type: 'table' as const, rows }));

const content: fc.Arbitrary<Content> = fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 2, arbitrary: list }, { weight: 1, arbitrary: table });

export const notice: fc.Arbitrary<Notice> = fc.record({
  title: fc.constantFrom('Tietosuojaseloste', 'Asiakasrekisterin tietosuojaseloste', 'Privacy notice', 'Dataskyddsbeskrivning'),
  sections: fc.array(
    fc
      .tuple(heading, fc.option(fc.constantFrom('3', '4.', '5.1', '12.2.'), { nil: undefined }), fc.array(content, { minLength: 1, maxLength: 3 }))
      .map(([heading, number, content]): Section => (number === undefined ? { heading, content } : { heading, number, content })),
    { minLength: 1, maxLength: 6 },
  ),
});

const LINK = /\[([^\]]*)\]\(([^)]*)\)/gu;
const BOLD = /\*\*([^*]+)\*\*/gu;

/** The words of a marked text as a reader sees them. */
const plain = (s: string): string => s.replace(LINK, '$1').replace(BOLD, '$1');
/** A marked text in plain text: a web link's address in brackets after its words. */
const inText = (s: string): string => s.replace(LINK, (_, text: string, url: string) => (url.startsWith('http') ? `${text} (${url})` : text)).replace(BOLD, '$1');
const escapeHtml = (s: string): string => s.replace(/&/gu, '&amp;');
/** A marked text in HTML: tags for the marks. */
const inHtml = (s: string): string => escapeHtml(s).replace(LINK, '<a href="$2">$1</a>').replace(BOLD, '<b>$1</b>');

/**
 * The lines of a paragraph as the source writes them: one a line, or its words wrapped at `wrap`
 * characters. Plain text breaks between any two words as written; Markdown and HTML never inside a
 * mark. In plain text a line that names a part of the notice above one that starts anew is the
 * heading of its text, so there a paragraph that would wrap into two lines stays one.
 */
function sourceLines(c: { lines: string[][]; wrap?: number }, write: (s: string) => string, plainText = false): string[] {
  const lines = c.lines.map((l) => l.join(' '));
  if (c.wrap === undefined) return lines.map(write);
  // Measured as plain text shows it, or as Markdown marks it (the same breaks for Markdown and HTML).
  const atoms = plainText ? write(lines.join(' ')).split(' ') : (lines.join(' ').match(/\[[^\]]*\]\([^)]*\)\S*|\*\*[^*]+\*\*\S*|\S+/gu) ?? []);
  const out: string[] = [];
  for (const atom of atoms) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + atom.length <= c.wrap) out[out.length - 1] = `${last} ${atom}`;
    else out.push(atom);
  }
  return plainText ? (out.length === 2 ? [out.join(' ')] : out) : out.map(write);
}

/**
 * The sentences of the notice's wrapped paragraphs that the source breaks over lines, each (as a
 * reader sees it) with its part of every line it stands on (as written).
 */
export function wrappedSentences(n: Notice, plainText = false): Map<string, string[]> {
  const write = plainText ? inText : plain;
  const out = new Map<string, string[]>();
  for (const c of n.sections.flatMap((s) => s.content)) {
    if (c.type !== 'paragraph' || c.wrap === undefined) continue;
    const text = sourceLines(c, write, plainText).join('\n');
    let start = 0;
    for (const sentence of c.lines.flat()) {
      const end = start + write(sentence).length;
      const parts = text.slice(start, end).split('\n').map((p) => p.trim()).filter(Boolean);
      if (parts.length > 1) out.set(plain(sentence), parts);
      start = end + 1;
    }
  }
  return out;
}

/** Every text of a notice that must survive an import: headings, sentences, items at every depth, cells. */
export function texts(n: Notice): string[] {
  const items = (list: readonly Item[]): string[] => list.flatMap((i) => [i.text, ...items(i.items)]);
  const of = (c: Content): string[] => (c.type === 'paragraph' ? c.lines.flat() : c.type === 'list' ? items(c.items) : c.rows.flat());
  return [n.title, ...n.sections.flatMap((s) => [s.heading, ...s.content.flatMap(of)])].map(plain);
}

function textItems(list: readonly Item[], write: (s: string) => string, depth = 0): string[] {
  return list.flatMap((i) => [`${'  '.repeat(depth)}- ${write(i.text)}`, ...textItems(i.items, write, depth + 1)]);
}

export function asText(n: Notice): string {
  const block = (c: Content): string =>
    c.type === 'paragraph' ? sourceLines(c, inText, true).join('\n') : c.type === 'list' ? textItems(c.items, inText).join('\n') : c.rows.map((r) => r.map(inText).join('\t')).join('\n');
  const sections = n.sections.map((s, i) => [`${s.number ?? `${i + 1}.`} ${s.heading}`, ...s.content.map(block)].join('\n\n'));
  return `${[n.title, ...sections].join('\n\n')}\n`;
}

const numbered = (s: Section): string => (s.number ? `${s.number} ${s.heading}` : s.heading);

export function asMarkdown(n: Notice): string {
  const row = (r: readonly string[]) => `| ${r.join(' | ')} |`;
  const same = (s: string) => s;
  const block = (c: Content): string => {
    if (c.type === 'paragraph') return sourceLines(c, same).join('\n');
    if (c.type === 'list') return textItems(c.items, same).join('\n');
    const [head, ...body] = c.rows;
    return [row(head!), row(head!.map(() => '---')), ...body.map(row)].join('\n');
  };
  const sections = n.sections.map((s) => [`## ${numbered(s)}`, ...s.content.map(block)].join('\n\n'));
  return `${[`# ${n.title}`, ...sections].join('\n\n')}\n`;
}

function htmlItems(list: readonly Item[]): string {
  return `<ul>${list.map((i) => `<li>${inHtml(i.text)}${i.items.length ? htmlItems(i.items) : ''}</li>`).join('')}</ul>`;
}

export function asHtml(n: Notice): string {
  const block = (c: Content): string => {
    // A wrapped paragraph breaks its source lines without `<br>`, as an editor does.
    if (c.type === 'paragraph') return `<p>${sourceLines(c, inHtml).join(c.wrap === undefined ? '<br>\n' : '\n')}</p>`;
    if (c.type === 'list') return htmlItems(c.items);
    const [head, ...body] = c.rows;
    const cells = (r: readonly string[], tag: string) => `<tr>${r.map((x) => `<${tag}>${inHtml(x)}</${tag}>`).join('')}</tr>`;
    return `<table>${cells(head!, 'th')}${body.map((r) => cells(r, 'td')).join('')}</table>`;
  };
  const sections = n.sections.map((s) => [`<h2>${numbered(s)}</h2>`, ...s.content.map(block)].join('\n'));
  return `<!doctype html>\n<html><body>\n<h1>${n.title}</h1>\n${sections.join('\n')}\n</body></html>\n`;
}
