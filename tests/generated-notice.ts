/** Generated privacy notices for property tests: one content, written as plain text, Markdown and HTML. */
import fc from 'fast-check';

export interface Item {
  text: string;
  items: Item[];
}

export type Content =
  | { type: 'paragraph'; lines: string[][] }
  | { type: 'list'; items: Item[] }
  | { type: 'table'; rows: string[][] };

export interface Section {
  heading: string;
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
];

const word = fc.constantFrom(...WORDS);
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('fi') + s.slice(1);

/** A sentence: words with, now and then, an e-mail, phone, date, number or name; capitalised and ended. */
const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom(...DETAILS) }), { minLength: 2, maxLength: 9 }), fc.constantFrom('.', '.', '!', '?'))
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

const paragraph = fc
  .oneof(
    { weight: 3, arbitrary: fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...LABELLED).map((l) => [l]), { minLength: 1, maxLength: 4 }) },
  )
  .map((lines) => ({ type: 'paragraph' as const, lines }));
const list = fc.array(item(3), { minLength: 1, maxLength: 4 }).map((items) => ({ type: 'list' as const, items }));
const table = fc
  .integer({ min: 2, max: 4 })
  .chain((cols) => fc.array(fc.array(phrase, { minLength: cols, maxLength: cols }), { minLength: 2, maxLength: 4 }))
  .map((rows) => ({ type: 'table' as const, rows }));

const content: fc.Arbitrary<Content> = fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 2, arbitrary: list }, { weight: 1, arbitrary: table });

export const notice: fc.Arbitrary<Notice> = fc.record({
  title: fc.constantFrom('Tietosuojaseloste', 'Asiakasrekisterin tietosuojaseloste', 'Privacy notice', 'Dataskyddsbeskrivning'),
  sections: fc.array(fc.record({ heading, content: fc.array(content, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 6 }),
});

/** Every text of a notice that must survive an import: headings, sentences, items at every depth, cells. */
export function texts(n: Notice): string[] {
  const items = (list: readonly Item[]): string[] => list.flatMap((i) => [i.text, ...items(i.items)]);
  const of = (c: Content): string[] => (c.type === 'paragraph' ? c.lines.flat() : c.type === 'list' ? items(c.items) : c.rows.flat());
  return [n.title, ...n.sections.flatMap((s) => [s.heading, ...s.content.flatMap(of)])];
}

function textItems(list: readonly Item[], depth = 0): string[] {
  return list.flatMap((i) => [`${'  '.repeat(depth)}- ${i.text}`, ...textItems(i.items, depth + 1)]);
}

export function asText(n: Notice): string {
  const block = (c: Content): string =>
    c.type === 'paragraph' ? c.lines.map((l) => l.join(' ')).join('\n') : c.type === 'list' ? textItems(c.items).join('\n') : c.rows.map((r) => r.join('\t')).join('\n');
  const sections = n.sections.map((s, i) => [`${i + 1}. ${s.heading}`, ...s.content.map(block)].join('\n\n'));
  return `${[n.title, ...sections].join('\n\n')}\n`;
}

export function asMarkdown(n: Notice): string {
  const row = (r: readonly string[]) => `| ${r.join(' | ')} |`;
  const block = (c: Content): string => {
    if (c.type === 'paragraph') return c.lines.map((l) => l.join(' ')).join('\n');
    if (c.type === 'list') return textItems(c.items).join('\n');
    const [head, ...body] = c.rows;
    return [row(head!), row(head!.map(() => '---')), ...body.map(row)].join('\n');
  };
  const sections = n.sections.map((s) => [`## ${s.heading}`, ...s.content.map(block)].join('\n\n'));
  return `${[`# ${n.title}`, ...sections].join('\n\n')}\n`;
}

function htmlItems(list: readonly Item[]): string {
  return `<ul>${list.map((i) => `<li>${i.text}${i.items.length ? htmlItems(i.items) : ''}</li>`).join('')}</ul>`;
}

export function asHtml(n: Notice): string {
  const block = (c: Content): string => {
    if (c.type === 'paragraph') return `<p>${c.lines.map((l) => l.join(' ')).join('<br>\n')}</p>`;
    if (c.type === 'list') return htmlItems(c.items);
    const [head, ...body] = c.rows;
    const cells = (r: readonly string[], tag: string) => `<tr>${r.map((x) => `<${tag}>${x}</${tag}>`).join('')}</tr>`;
    return `<table>${cells(head!, 'th')}${body.map((r) => cells(r, 'td')).join('')}</table>`;
  };
  const sections = n.sections.map((s) => [`<h2>${s.heading}</h2>`, ...s.content.map(block)].join('\n'));
  return `<!doctype html>\n<html><body>\n<h1>${n.title}</h1>\n${sections.join('\n')}\n</body></html>\n`;
}
