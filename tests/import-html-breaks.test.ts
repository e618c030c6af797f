/**
 * A web page that sets its notice in one paragraph, with a bold line and a line break for each heading
 * and two line breaks between paragraphs (as pages rendered from a component often are), is read as
 * headings and paragraphs; each sentence stands at the line it starts on; under the data's heading, a
 * heading of a group's data is part of it.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/import/document/html.js';
import { importNotice } from '../src/import/import.js';
import { outline } from '../src/import/outline.js';
import { passagesOf } from '../src/audit/passages.js';

const PAGE = {
  fi: ['<p>', '<strong>Evästeiden käyttö</strong><br>', 'Käytämme evästeitä sovelluksen kehittämiseen.<br>', '<br>', 'Evästeet voi poistaa selaimen asetuksista.', '</p>'],
  sv: ['<p>', '<strong>Användning av kakor</strong><br>', 'Vi använder kakor för att utveckla appen.<br>', '<br>', 'Kakorna kan tas bort i webbläsarens inställningar.', '</p>'],
  en: ['<p>', '<strong>Use of cookies</strong><br>', 'We use cookies to develop the app.<br>', '<br>', "Cookies can be deleted in the browser's settings.", '</p>'],
};

/** Two sentences of one paragraph that open on the same words, the second at line 3. */
const SAME_OPENING = {
  fi: ['<p>Yhdistys ja sen käsittelijä luovuttavat tietoja viranomaisille, kun laki', 'sitä vaatii.', 'Yhdistys ja sen käsittelijä eivät siirrä tietoja EU:n ulkopuolelle.</p>'],
  sv: ['<p>Föreningen och dess biträde lämnar ut uppgifter till myndigheter när lagen', 'kräver det.', 'Föreningen och dess biträde för inte över uppgifter utanför EU.</p>'],
  en: ['<p>The club and its processor disclose data to authorities when the law', 'requires it.', 'The club and its processor do not transfer data outside the EU.</p>'],
};

/** The data's heading, then a bold heading of the same depth on one group's data. */
const GROUPS = {
  fi: ['<p><strong>Kerättävät henkilötiedot</strong><br>', 'Keräämme vain tarpeelliset tiedot.<br><br>', '<strong>Asiakas- ja osallistujatiedot</strong><br>', 'Nimi ja sähköpostiosoite.</p>'],
  sv: ['<p><strong>Vilka personuppgifter vi samlar in</strong><br>', 'Vi samlar bara in nödvändiga uppgifter.<br><br>', '<strong>Kunduppgifter</strong><br>', 'Namn och e-postadress.</p>'],
  en: ['<p><strong>Personal data we collect</strong><br>', 'We collect only the data we need.<br><br>', '<strong>Customer data</strong><br>', 'Name and e-mail address.</p>'],
};

/** A list whose items are sections, each opened by a heading: the controller's details stand under its heading (line 3). */
const ITEMS = {
  fi: ['<ul><li><h3>Rekisterinpitäjä</h3>', '<span>Esimerkki ry</span><br>', '<span>Katu 1</span><br><span>00100 Helsinki</span>', '</li><li><h3>Käsittelyn tarkoitus</h3>', '<p>Jäsenten hoitaminen.</p></li></ul>'],
  sv: ['<ul><li><h3>Personuppgiftsansvarig</h3>', '<span>Exempel rf</span><br>', '<span>Gatan 1</span><br><span>00100 Helsingfors</span>', '</li><li><h3>Ändamål</h3>', '<p>Medlemsvård.</p></li></ul>'],
  en: ['<ul><li><h3>Controller</h3>', '<span>Example Club</span><br>', '<span>Street 1</span><br><span>00100 Helsinki</span>', '</li><li><h3>Purposes</h3>', '<p>Looking after the members.</p></li></ul>'],
};

function passages(lines: readonly string[]) {
  const text = lines.join('\n');
  return passagesOf(outline(readHtml(text)), text.split('\n'));
}

describe('a paragraph set with line breaks', () => {
  it.each(Object.entries(PAGE))('a bold line heads what follows, two breaks end a paragraph (%s)', (_lang, lines) => {
    const blocks = readHtml(lines.join('\n'));
    expect(blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 2],
      ['paragraph', 3],
      ['paragraph', 5],
    ]);
    expect(blocks[0]!.text).toBe(lines[1]!.replace(/<[^>]+>/gu, ''));
  });

  it.each(Object.entries(SAME_OPENING))('a sentence stands at the line it starts on, not where one with the same opening does (%s)', (_lang, lines) => {
    expect(passages(lines).map((p) => p.line)).toEqual([1, 3]);
  });

  it.each([
    ['fi', '<p><strong>Esimerkki Oy</strong><br>Mannerheimintie 1<br>00100 Helsinki</p>'],
    ['sv', '<p><strong>Exempel Ab</strong><br>Storgatan 1<br>00100 Helsingfors</p>'],
    ['en', '<p><strong>Example Ltd</strong><br>Street 1<br>00100 Helsinki</p>'],
  ])('a bold organisation over its address is the first line of its contact block (%s)', (_lang, html) => {
    expect(readHtml(html).map((b) => b.kind)).toEqual(['paragraph']);
  });

  it.each(Object.entries(ITEMS))('the items of a list opened by headings are sections (%s)', (_lang, lines) => {
    const found = passages(lines).filter((p) => !p.heading);
    expect(found.map((p) => [p.line, p.kinds[0]])).toEqual([
      [2, 'controller'],
      [5, 'purposes'],
    ]);
  });

  it.each(Object.entries(GROUPS))('a group’s data under the data’s heading are part of it (%s)', (_lang, lines) => {
    const last = passages(lines).at(-1)!;
    expect(last.line).toBe(4);
    expect(last.kinds).toContain('data_categories');
  });
});

describe('labels and values in inline elements side by side, laid out apart by the page', () => {
  const ROWS: [string, string, Record<string, string>, string][] = [
    ['fi', '<div><span>Rekisterinpitäjä</span><strong>Kuusipaja (Liisa Kuusi)</strong></div><div><span>Y-tunnus</span><strong>1234567-1</strong></div><div><span>Yhteystiedot</span><strong><a href="mailto:info@kuusipaja.fi">info@kuusipaja.fi</a></strong></div><div><span>Päivitetty</span><strong>21.5.2026</strong></div>', { name: 'Kuusipaja', business_id: '1234567-1', email: 'info@kuusipaja.fi' }, '2026-05-21'],
    ['sv', '<div><span>Personuppgiftsansvarig</span><strong>Granverkstan (Lisa Gran)</strong></div><div><span>FO-nummer</span><strong>1234567-1</strong></div><div><span>Kontakt</span><strong><a href="mailto:info@granverkstan.fi">info@granverkstan.fi</a></strong></div><div><span>Uppdaterad</span><strong>21.5.2026</strong></div>', { name: 'Granverkstan', business_id: '1234567-1', email: 'info@granverkstan.fi' }, '2026-05-21'],
    ['en', '<div><span>Controller</span><strong>Sprucework (Lisa Spruce)</strong></div><div><span>Business ID</span><strong>1234567-1</strong></div><div><span>Contact</span><strong><a href="mailto:info@sprucework.fi">info@sprucework.fi</a></strong></div><div><span>Updated</span><strong>21.5.2026</strong></div>', { name: 'Sprucework', business_id: '1234567-1', email: 'info@sprucework.fi' }, '2026-05-21'],
  ];
  it.each(ROWS)('are read as a label and its value, not one word (%s)', (lang, rows, controller, date) => {
    const title = { fi: 'Tietosuojaseloste', sv: 'Dataskyddsbeskrivning', en: 'Privacy notice' }[lang];
    const { register } = importNotice(`<h1>${title}</h1>\n${rows}\n<h2>${{ fi: 'Oikeutesi', sv: 'Dina rättigheter', en: 'Your rights' }[lang]}</h2><p>x</p>`, { lang: lang as 'fi', format: 'html' });
    expect(register['controller']).toMatchObject(controller);
    expect(register['updated']).toBe(date);
  });
});

describe('a row of a table whose first cell holds a list', () => {
  it('stands at the line of its first cell, not at a later dash', () => {
    const lines = [
      '<html><body><h1>Privacy</h1><h2>Purposes</h2><table>',
      '<tr><th>Data</th><th>Legal basis</th><th>Purpose</th></tr>',
      '<tr><td><ul>',
      '<li>Visual recordings</li>',
      '</ul></td>',
      '<td>Legitimate interests and consent</td>',
      '<td>We take photographs at our events.</td></tr>',
      '<tr><td><ul>',
      '<li>First and last name</li>',
      '<li>E-mail</li>',
      '</ul></td>',
      '<td>Contract</td>',
      '<td>We register speakers.</td></tr>',
      '</table></body></html>',
    ];
    const found = passages(lines).find((p) => p.text.includes('Visual recordings'));
    expect(found?.line).toBe(4);
  });
});

describe('a bold label on a line of its own over the lines of a block, with no line break of its own', () => {
  const BOX: Record<'fi' | 'sv' | 'en', string[]> = {
    sv: ['<div class="policy-contact">', '  <strong>Kontaktinformation</strong>', '  Exempel AB<br>', '  559478-4224<br>', '  Tvärflöjtstigen 18<br>', '  <a href="mailto:info@exempel.se">info@exempel.se</a>', '</div>'],
    fi: ['<div>', '  <strong>Yhteystiedot</strong>', '  Esimerkki Oy<br>', '  1234567-8<br>', '  Katu 1<br>', '  info@esimerkki.example', '</div>'],
    en: ['<div>', '  <strong>Contact information</strong>', '  Example Ltd<br>', '  Street 1<br>', '  info@example.example', '</div>'],
  };
  it.each(Object.entries(BOX))('heads them when it names a part (%s)', (_lang, lines) => {
    const [heading, block] = readHtml(lines.join('\n'));
    expect(heading).toMatchObject({ kind: 'heading', text: lines[1]!.replace(/<\/?strong>/gu, '').trim(), line: 2 });
    expect(block).toMatchObject({ kind: 'paragraph', line: 3 });
  });

  it('not when it names no part: a name in bold over its address is the block’s first line', () => {
    const [block] = readHtml(['<div>', '  <strong>Esimerkki Oy</strong>', '  Katu 1<br>', '  00100 Helsinki', '</div>'].join('\n'));
    expect(block).toMatchObject({ kind: 'paragraph', lines: ['Esimerkki Oy', 'Katu 1', '00100 Helsinki'] });
  });
});

describe('a bold first word whose sentence goes on on the next line', () => {
  it('is no heading', () => {
    const [block] = readHtml(['<p>', '  <strong>Cookies</strong>', '  are small files that the site stores in your browser.', '</p>'].join('\n'));
    expect(block).toMatchObject({ kind: 'paragraph', text: 'Cookies are small files that the site stores in your browser.' });
  });
});

describe('a paragraph whose lines each open on a bullet', () => {
  const pages: [string, string[]][] = [
    ['em dash', ['<p>Dina personuppgifter används för att:</p>', '<p>— besvara förfrågningar<br>', '— administrera ingångna avtal<br>', '— förbättra våra tjänster</p>']],
    ['bullet, under its lead-in', ['<p>Käytämme tietoja:<br>', '• tarjousten laatimiseen<br>', '• laskutukseen</p>']],
  ];
  it.each(pages)('is a list of its items (%s)', (_, page) => {
    const lists = readHtml(page.join('\n')).filter((b) => b.kind === 'list');
    expect(lists.map((b) => b.items ?? [])).toEqual([
      page.length === 4 ? ['besvara förfrågningar', 'administrera ingångna avtal', 'förbättra våra tjänster'] : ['tarjousten laatimiseen', 'laskutukseen'],
    ]);
  });

  it('is a paragraph where only some lines open on one', () => {
    const blocks = readHtml('<p>Sivusto on tehty huolella.<br>— ja se toimii.<br>Kiitos käynnistä.</p>');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });
});
