/**
 * A denial of transfers made only as a rule ("ei lähtökohtaisesti", "ei säännönmukaisesti", "i regel", "routinely")
 * with an exception in a sentence after it ("Mikäli kuitenkin luovuttaisimme …", "Om vi dock …", "They may however …"),
 * or data kept in the EU/EEA only "primarily" ("ensisijaisesti"), is no `transfers: none`. A denial made as a rule
 * and nothing more, or a plain one with what would be done if it ever happened, stays one.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const head = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Tietojen siirto EU:n tai ETA:n ulkopuolelle\n\n',
  sv: '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.fi\n\n## Överföring utanför EU/EES\n\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.fi\n\n## Transfers outside the EU/EEA\n\n',
};

const transfersOf = (lang: 'fi' | 'sv' | 'en', text: string): unknown => (importNotice(head[lang] + text, { format: 'markdown', lang }).register as { transfers?: unknown }).transfers;

const OPEN: ['fi' | 'sv' | 'en', string][] = [
  ['fi', 'Henkilötietojasi ei lähtökohtaisesti luovuteta EU:n ulkopuolelle. Mikäli kuitenkin luovuttaisimme henkilötietoja EU:n ulkopuolelle, huolehdimme riittävistä suojamekanismeista.'],
  ['sv', 'Personuppgifterna överförs i regel inte utanför EU/EES. Om vi dock skulle överföra uppgifter utanför EU/EES ser vi till att de skyddas.'],
  ['en', 'Personal data are not transferred outside the EU/EEA as a rule. Should we however transfer data outside the EU/EEA, we make sure they are protected.'],
  ['fi', 'Tietoja ei säännönmukaisesti siirretä EU:n ulkopuolelle. Tietoja voidaan kuitenkin siirtää EU:n ulkopuolelle lain sallimin tavoin.'],
  ['en', 'Personal data are not routinely transferred outside the EU/EEA. They may however be transferred outside the EU/EEA where the law allows.'],
  ['fi', 'Käsittelemme tietoja ensisijaisesti EU:n ja ETA:n alueella.'],
];

describe('a denial of transfers that leaves others open', () => {
  it.each(OPEN)('is no `transfers: none` (%s)', (lang, text) => {
    expect(transfersOf(lang, text)).not.toBe('none');
  });

  it('stays `none` where the denial is whole, or made as a rule and nothing more', () => {
    expect(transfersOf('fi', 'Tietoja ei lähtökohtaisesti luovuteta EU:n tai ETA:n ulkopuolelle.')).toBe('none');
    expect(transfersOf('fi', 'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.')).toBe('none');
    // What would be done if it ever happened leaves a plain denial whole.
    expect(transfersOf('fi', 'Emme siirrä tietoja EU:n tai ETA-alueen ulkopuolelle. Jos kuitenkin joutuisimme luovuttamaan tietoja EU:n ulkopuolelle, varmistamme suojatoimet.')).toBe('none');
    expect(transfersOf('en', 'Personal data are not transferred outside the EU/EEA. We keep them on servers in Finland.')).toBe('none');
  });
});
