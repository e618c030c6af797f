/**
 * Notices published as filled-in forms: only the ticked options are said; the unticked ones, and the
 * prompts listed under them, are kept in the draft but read as nothing; a question of the form and its
 * ticked answer are read together.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { tickedOnly } from '../src/import/document/ticked.js';
import { readBlocks } from '../src/import/document/read.js';

type Lang = 'fi' | 'sv' | 'en';

const FORMS: [Lang, string, string][] = [
  [
    'fi',
    '# Tutkimuksen tietosuojailmoitus\n\n## Käsittelyn oikeusperuste\n\n☐ Tutkittavan suostumus<br>\n- Miten suostumuksen voi peruuttaa:<br>\n\n☒ Yleistä etua koskeva tehtävä<br>\n\n## Tietojen siirto EU:n tai ETA:n ulkopuolelle\n\nSiirretäänkö tietoja EU:n tai ETA-alueen ulkopuolelle:\n\n☒ Ei<br>\n☐ Kyllä, mihin:<br>\n',
    '☐ Tutkittavan suostumus',
  ],
  [
    'sv',
    '# Dataskyddsbeskrivning för forskning\n\n## Rättslig grund för behandlingen\n\n☐ Samtycke<br>\n- Hur samtycket kan återkallas:<br>\n\n☒ Uppgift av allmänt intresse<br>\n\n## Överföring utanför EU eller EES\n\nÖverförs uppgifterna utanför EU eller EES:\n\n☒ Nej<br>\n☐ Ja, vart:<br>\n',
    '☐ Samtycke',
  ],
  [
    'en',
    '# Research privacy notice\n\n## Legal basis for processing\n\n☐ Consent<br>\n- How consent can be withdrawn:<br>\n\n☒ Task carried out in the public interest<br>\n\n## Transfers outside the EU or EEA\n\nAre the data transferred outside the EU or EEA?\n\n☒ No<br>\n☐ Yes, where:<br>\n',
    '☐ Consent',
  ],
];

describe('a notice published as a filled-in form', () => {
  it.each(FORMS)('reads only the ticked options, keeps the unticked ones in the draft, and reads a question with its answer (%s)', (lang, text, unticked) => {
    const { register, yaml } = importNotice(text, { lang });
    expect(register['legal_bases']).toEqual(['public_task']);
    expect(register['transfers']).toBe('none');
    expect(yaml).toContain(unticked);
  });

  it('leaves a notice without boxes as it is', () => {
    const blocks = readBlocks('# Tietosuojaseloste\n\n- Nimi\n- Sähköposti\n', 'markdown');
    expect(tickedOnly(blocks)).toEqual(blocks);
  });

  it('drops an unticked item of a list with what is listed under it, and the tick of a ticked one', () => {
    const blocks = tickedOnly(readBlocks('Tiedot:\n\n- ☒ Nimi\n- ☐ Terveystiedot\n  - Diagnoosi\n- [x] Sähköposti\n', 'markdown'));
    expect(blocks.map((b) => [b.kind, b.items])).toEqual([['paragraph', undefined], ['list', ['Nimi', 'Sähköposti']]]);
    expect(blocks[1]!.unticked).toEqual(['- ☐ Terveystiedot', '  - Diagnoosi']);
  });
});
