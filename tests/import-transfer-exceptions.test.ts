/**
 * A denial of transfers made only as a rule ("ei lähtökohtaisesti", "ei säännönmukaisesti", "rutinmässigt", "routinely")
 * with an exception about data outside the EU/EEA after it ("Mikäli kuitenkin luovuttaisimme …", "kan dock lagra …",
 * "may however process …"), or data kept in the EU/EEA only "primarily" ("ensisijaisesti", "i första hand"), is no
 * `transfers: none`. A denial made as a rule and nothing more, a plain one with what would be done if it ever happened,
 * or one followed by a denial of something else, stays one; a country named after it is mapped.
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
  ['sv', 'Personuppgifter överförs inte rutinmässigt utanför EU/EES. Vissa av våra leverantörer kan dock lagra uppgifter utanför EU/EES.'],
  ['en', 'Personal data are not routinely transferred outside the EU/EEA. Some of our service providers may however process or store data outside the EU/EEA.'],
  ['fi', 'Tietoja ei säännönmukaisesti siirretä EU:n ulkopuolelle. Tietoja voidaan kuitenkin siirtää EU:n ulkopuolelle lain sallimin tavoin.'],
  ['fi', 'Käsittelemme tietoja ensisijaisesti EU:n ja ETA:n alueella.'],
  ['sv', 'Uppgifterna behandlas i första hand inom EU/EES.'],
];

describe('a denial of transfers that leaves others open', () => {
  it.each(OPEN)('is no `transfers: none` (%s)', (lang, text) => {
    expect(transfersOf(lang, text)).not.toBe('none');
  });

  it('maps a country named after it', () => {
    const transfers = transfersOf('en', 'Personal data are not routinely transferred outside the EU/EEA. However, our e-mail service provider Mailchimp transfers data to the United States on the basis of the standard contractual clauses.');
    expect(JSON.stringify(transfers)).toMatch(/"country":"US"/u);
  });

  it('stays `none` where the sentence after it denies something else', () => {
    expect(transfersOf('fi', 'Tietoja ei lähtökohtaisesti siirretä EU:n tai ETA:n ulkopuolelle. Emme myöskään luovuta tietoja kolmansille osapuolille ilman suostumustasi.')).toBe('none');
    expect(transfersOf('en', 'Personal data are not routinely transferred outside the EU/EEA. We never disclose your data to third parties without your consent.')).toBe('none');
  });

  it('stays `none` where the denial is whole, or made as a rule and nothing more', () => {
    expect(transfersOf('fi', 'Tietoja ei lähtökohtaisesti luovuteta EU:n tai ETA:n ulkopuolelle.')).toBe('none');
    expect(transfersOf('fi', 'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.')).toBe('none');
    // What would be done if it ever happened leaves a plain denial whole.
    expect(transfersOf('fi', 'Emme siirrä tietoja EU:n tai ETA-alueen ulkopuolelle. Jos kuitenkin joutuisimme luovuttamaan tietoja EU:n ulkopuolelle, varmistamme suojatoimet.')).toBe('none');
    expect(transfersOf('en', 'Personal data are not transferred outside the EU/EEA. We keep them on servers in Finland.')).toBe('none');
  });
});

describe('data kept in the EU/EEA where possible, a transfer spoken of after it', () => {
  it.each([
    ['en', 'Your data is stored within the European Economic Area (EEA) where possible. If transferred outside the EEA, we ensure appropriate safeguards are in place.'],
    ['fi', 'Tiedot säilytetään mahdollisuuksien mukaan EU:n alueella. Jos tietoja siirretään EU:n ulkopuolelle, huolehdimme asianmukaisista suojatoimista.'],
    ['sv', 'Uppgifterna lagras om möjligt inom EU/EES. Om uppgifter överförs utanför EU/EES ser vi till att lämpliga skyddsåtgärder finns.'],
  ] as const)('is a transfer with no country (%s)', (lang, text) => {
    const transfers = transfersOf(lang, text);
    expect(Array.isArray(transfers) && transfers.length === 1 && !('country' in (transfers[0] as object))).toBe(true);
  });
});

describe('"where possible" said of something else', () => {
  it.each([
    ['fi', 'Tiedot säilytetään EU:n alueella. Keräämme mahdollisuuksien mukaan vain välttämättömät tiedot.'],
    ['en', 'Your data is stored within the EU. We collect only the data we need, where possible.'],
  ] as const)('leaves the data kept in the EU/EEA (%s)', (lang, text) => {
    expect(transfersOf(lang, text)).toBe('none');
  });
});

describe('what holds mainly, said beside a denial of something else', () => {
  it('leaves that denial whole', () => {
    const recipients = importNotice('# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.fi\n\n## Disclosure of data\n\nWe do not share your personal data with third parties; it is used mainly to provide our service to you.\n', { format: 'markdown', lang: 'en' }).register as { recipients?: unknown };
    expect(recipients.recipients).toBe('none');
    const automated = importNotice('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Automaattinen päätöksenteko\n\nEmme tee automaattisia päätöksiä emmekä profiloi. Päätökset tekee ensisijaisesti asiakaspalvelumme henkilöstö.\n', { format: 'markdown', lang: 'fi' }).register as { automated_decisions?: unknown };
    expect(automated.automated_decisions).toBe('none');
  });
});
