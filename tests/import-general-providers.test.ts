/**
 * Sentences on service providers in general ("Palveluntarjoajat on valittu huolellisesti …", "Alihankkijat
 * velvoitetaan sopimuksin …") in a notice that names its providers: they speak of the named ones and
 * are kept beside the recipients, not made recipients of their own.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Register = Record<string, any>;

const NOTICE: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Tietojen luovutukset\n\nPalveluntarjoajat on valittu huolellisesti ja heidän vastuullisuutensa tietosuojan suhteen huomioiden.\n\nKäyttäjän tietoja säilytetään tietokannassa, jota ylläpidetään Vercelillä.\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel rf, Gatan 1, 00100 Helsingfors, info@exempel.example\n\n## Utlämnande av uppgifter\n\nLeverantörerna har valts ut med omsorg med hänsyn till deras ansvar för dataskyddet.\n\nAnvändarnas uppgifter lagras i en databas som drivs hos Vercel.\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, info@example.example\n\n## Disclosures\n\nOur service providers have been chosen with care, with regard to their responsibility for data protection.\n\nUsers’ data are kept in a database run on Vercel.\n',
};

describe('a sentence on service providers in general, where the notice names its providers', () => {
  it.each(['fi', 'sv', 'en'] as const)('is kept beside the recipients, not a recipient of its own (%s)', (lang) => {
    const { register, yaml } = importNotice(NOTICE[lang], { lang });
    const recipients = (register as Register)['recipients'];
    expect(recipients.map((r: Register) => r['name'])).toEqual(['Vercel']);
    expect(yaml).toContain('The original says of them:');
  });

  it.each([
    ['fi', 'Alihankkijat velvoitetaan sopimuksin huolehtimaan riittävästä tietosuojasta.', 1],
    ['fi', 'Tietoja luovutetaan palveluntarjoajille.', 2],
    ['en', 'We also share your data with our subcontractors and service providers, who process it on our behalf.', 2],
  ] as const)('keeps a sentence that gives data to them a recipient (%s: %s)', (lang, said, count) => {
    const text = NOTICE[lang].replace(/\n\n(?:Palveluntarjoajat|Our service providers)[^\n]*\n/u, `\n\n${said}\n`);
    const recipients = (importNotice(text, { lang }).register as Register)['recipients'];
    expect(recipients).toHaveLength(count);
  });

  it('keeps them recipients where the only one named is no provider', () => {
    const text = NOTICE.fi.replace('Käyttäjän tietoja säilytetään tietokannassa, jota ylläpidetään Vercelillä.', 'Jäsentiedot luovutetaan Suomen Palloliitto ry:lle lisenssiä varten.');
    const recipients = (importNotice(text, { lang: 'fi' }).register as Register)['recipients'];
    expect(recipients.length).toBe(2);
  });

  it('is a recipient where the notice names none', () => {
    const text = NOTICE.en.replace('Users’ data are kept in a database run on Vercel.\n', '');
    const recipients = (importNotice(text, { lang: 'en' }).register as Register)['recipients'];
    expect(recipients).toHaveLength(1);
    expect(recipients[0]['name']).toBeUndefined();
  });
});
