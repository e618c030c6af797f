/** The controller's e-mail and phone at a domain that spells its name, for a notice that names the controller with no way to reach it. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, unknown>;

const NOTICES: Record<Lang, (contact: string) => string> = {
  fi: (contact) => `${contact}\n\n# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nPuutarha Kukkanen Oy\\\nKukkakatu 1, 20200 Turku\n\n## Oikeutesi\n\nVoit pyytää tietojesi poistamista.\n`,
  sv: (contact) => `${contact}\n\n# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nTrädgård Blomman Ab\\\nBlomgatan 1, 20200 Åbo\n\n## Dina rättigheter\n\nDu kan begära att dina uppgifter raderas.\n`,
  en: (contact) => `${contact}\n\n# Privacy policy\n\n## Controller\n\nGarden Flowers Ltd\\\nFlower Street 1, 20200 Turku\n\n## Your rights\n\nYou may ask us to erase your data.\n`,
};
const MAIL: Record<Lang, string> = { fi: 'info@puutarhakukkanen.example', sv: 'info@tradgardblomman.example', en: 'info@gardenflowers.example' };

describe('a controller with no e-mail or phone, and a contact block at a domain that spells its name', () => {
  it.each(['fi', 'sv', 'en'] as const)('gives the controller the e-mail and the phone beside it, to be checked (%s)', (lang) => {
    const { register, yaml } = importNotice(NOTICES[lang](`Asiakaspalvelu / Kundtjänst / Customer service Tel. +358 20 743 2530 ${MAIL[lang]}`), { lang });
    expect(register['controller']).toMatchObject({ email: MAIL[lang], phone: '+358 20 743 2530' });
    expect(yaml).toContain('at a domain that spells its name: check it');
  });

  it.each(['fi', 'sv', 'en'] as const)('takes no e-mail at a domain that spells another name (%s)', (lang) => {
    const { register } = importNotice(NOTICES[lang]('Customer service Tel. +358 20 743 2530 info@webshopservice.example'), { lang });
    expect((register['controller'] as Draft)['email']).toBeUndefined();
  });

  it('takes none from a block with two e-mail addresses', () => {
    const { register } = importNotice(NOTICES.en(`Customer service ${MAIL.en}, sales@other.example`), { lang: 'en' });
    expect((register['controller'] as Draft)['email']).toBeUndefined();
  });
});

describe('a notice that names no controller, with an address for questions about one’s data', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\nJos sinulla on kysyttävää tietojesi käsittelystä, kirjoita meille osoitteeseen info@dojo.example.\n\n## Jäsenrekisteri\n\nKeräämme nimen ja sähköpostin.\n'],
    ['sv', '# Behandling av personuppgifter\n\nOm du har frågor angående dina personuppgifter, skriv till oss på info@dojo.example.\n\n## Medlemsregister\n\nVi samlar in namn och e-post.\n'],
    ['en', '# Privacy\n\nIf you have questions about your personal data, write to us at info@dojo.example.\n\n## Members\n\nWe collect names and e-mail addresses.\n'],
  ] as const)('gives the controller that address (%s)', (lang, text) => {
    expect((importNotice(text, { lang }).register['controller'] as Draft)['email']).toBe('info@dojo.example');
  });
});
