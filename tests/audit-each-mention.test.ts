/** `seloste audit` reports words a notice must not say at each passage that says them, not only at the first. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-each-mention-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function linesOf(name: string, text: string, rule: string): Promise<number[]> {
  writeFileSync(join(work, name), text);
  const { stdout } = await cli(['audit', join(work, name), '--format', 'json'], work, { LANG: 'C' });
  return (JSON.parse(stdout) as { line: number; ruleId: string }[]).filter((f) => f.ruleId === rule).map((f) => f.line);
}

describe('a repealed act cited twice', () => {
  const NOTICES: [string, string, number[]][] = [
    [
      'fi.md',
      '# Tietosuojaseloste\n\nHenkilötietolain (523/1999) 10 § mukainen rekisteriseloste.\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Tarkastusoikeus\n\nAsiakkaalla on henkilötietolain nojalla oikeus tarkastaa tietonsa.\n',
      [3, 11],
    ],
    [
      'sv.md',
      '# Dataskyddsbeskrivning\n\nEnligt personuppgiftslagen (523/1999) 10 §.\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Rätt till insyn\n\nKunden har rätt att enligt personuppgiftslagen granska sina uppgifter.\n',
      [3, 11],
    ],
    [
      'en.md',
      '# Privacy notice\n\nUnder the Personal Data Act (523/1999), section 10.\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Right of access\n\nUnder the Personal Data Act the customer may inspect their data.\n',
      [3, 11],
    ],
  ];
  it.each(NOTICES)('is reported at both passages (%s)', async (name, text, lines) => {
    expect(await linesOf(name, text, 'outdated-reference')).toEqual(lines);
  });
});

describe('an invalid mechanism said in words and in the address a link goes to', () => {
  const NOTICES: [string, string, number[]][] = [
    ['fi.md', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Siirrot\n\nPalveluntarjoajalla on Privacy Shield -sopimukseen\nliittyvä [lauseke][ps].\n\n[ps]: https://www.example.com/privacyshield/\n', [9]],
    ['en.md', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Transfers\n\nThe provider is certified under the Privacy Shield\n(see [its statement][ps]).\n\n[ps]: https://www.example.com/privacyshield/\n', [9]],
  ];
  it.each(NOTICES)('is reported where the words are, not at the address (%s)', async (name, text, lines) => {
    expect(await linesOf(name, text, 'outdated-reference')).toEqual(lines);
  });
});

describe('a repealed act in a letterhead printed on each page', () => {
  const HEADER = 'ESIMERKKI RY\nPL 10\n00100 HELSINKI\nTIETOSUOJASELOSTE\nHenkilötietolaki 22.4.1999/523 10 ja 24 §\nEU:n yleinen tietosuoja-asetus 27.4.2016/679';
  const TEXT = `${HEADER}\n1. Rekisterinpitäjä\nEsimerkki ry\nPostiosoite: PL 10, 00100 HELSINKI\nSähköposti: hallitus@esimerkki.fi\n2. Henkilötietojen käsittelyn tarkoitus\nTietoja käytetään jäsenyyden hoitamiseen.\nAihe: Jäsenrekisterin tietosuojaseloste\n${HEADER}\n3. Rekisterin tietosisältö\nJäsenen nimi ja sähköpostiosoite.\n`;

  it('is reported once, at the line that cites it', async () => {
    expect(await linesOf('letterhead.txt', TEXT, 'outdated-reference')).toEqual([5]);
  });
});
