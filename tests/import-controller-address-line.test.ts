/**
 * A notice that names its controller only in a labelled address of a company at its end ("Address:
 * JouZen Oy, Elektroniikkatie 3, FI-90590 Oulu, Finland" / "E-mail: support@…"): the company is the
 * controller, with the address and the e-mail; a processor's address in the part on recipients is not.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Controller = { name?: string; email?: string; address?: { street?: string; postal_code?: string; city?: string } };

const controller = (text: string): Controller | undefined => importNotice(text, { format: 'markdown' }).register['controller'] as Controller | undefined;

const NOTICES = {
  en: ['# Privacy policy', '', 'This policy tells how we process the data of our customers.', '', '## What data do we collect', '', 'We collect your name and e-mail address.', '', '## Changes', '', 'We may change this policy.', '', 'Address: Example Oy, Testikatu 3, FI-90590 Oulu, Finland', '', 'E-mail: support@example.fi', ''],
  fi: ['# Tietosuojaseloste', '', 'Tämä seloste kertoo, miten käsittelemme asiakkaidemme tietoja.', '', '## Mitä tietoja keräämme', '', 'Keräämme nimesi ja sähköpostiosoitteesi.', '', '## Muutokset', '', 'Voimme muuttaa tätä selostetta.', '', 'Osoite: Esimerkki Oy, Testikatu 3, 90590 Oulu', '', 'Sähköposti: tuki@esimerkki.fi', ''],
  sv: ['# Integritetspolicy', '', 'Denna policy berättar hur vi behandlar våra kunders uppgifter.', '', '## Vilka uppgifter samlar vi in', '', 'Vi samlar in ditt namn och din e-postadress.', '', '## Ändringar', '', 'Vi kan ändra denna policy.', '', 'Adress: Exempel Ab, Testgatan 3, 90590 Uleåborg', '', 'E-post: support@exempel.fi', ''],
};

describe('a controller named only in a labelled address', () => {
  it.each(Object.entries(NOTICES))('is the company the address names, with its details (%s)', (_lang, lines) => {
    const found = controller(lines.join('\n'));
    expect(found?.name).toMatch(/^(?:Example Oy|Esimerkki Oy|Exempel Ab)$/u);
    expect(found?.address).toMatchObject({ postal_code: '90590' });
    expect(found?.email).toMatch(/@/u);
  });

  it('is not a processor whose address the part on recipients gives', () => {
    const text = ['# Privacy policy', '', 'This policy tells how we process the data of our customers.', '', '## Recipients', '', 'Our processor:', '', 'Address: Hosting Oy, Testikatu 3, 00100 Helsinki, Finland', ''].join('\n');
    expect(controller(text)?.name).toBeUndefined();
  });

  it.each([
    ['en', '## Payments\n\nPayments are handled by PayCo Ltd, Payment Street 1, 00100 Helsinki.'],
    ['fi', '## Kirjanpito\n\nKirjanpitomme hoitaa Tilitoimisto Numero Oy, Laskukatu 1, 00100 Helsinki.'],
    ['sv', '## Bokföring\n\nVår bokföring sköts av Bokbyrån Ab, Bokgatan 1, 00100 Helsingfors.'],
  ])('is not a company a sentence gives an address of (%s)', (_lang, part) => {
    const text = ['# Privacy', '', 'This notice tells how we process data.', '', '## Contact', '', 'privacy@shop.example, tel. 040 123 4567', '', part, ''].join('\n');
    expect(controller(text)?.name ?? '').not.toMatch(/PayCo|Numero|Bokbyrån/u);
  });

  it('is not a partner whose labelled address a part in the middle gives', () => {
    const text = ['# Privacy policy', '', 'This policy tells how we process data.', '', '## Payments', '', 'The service is provided by our partner.', '', 'Address: PayCo Oy, Maksukatu 1, 00100 Helsinki, Finland', '', 'E-mail: info@payco.example', '', '## Your rights', '', 'You may ask for a copy of your data.', ''].join('\n');
    expect(controller(text)?.name ?? '').not.toMatch(/PayCo/u);
  });

  it('is no one where two companies are given so', () => {
    const text = [...NOTICES.en, 'Address: Other Oy, Muukatu 1, 00100 Helsinki, Finland', ''].join('\n');
    expect(controller(text)?.name).toBeUndefined();
  });
});
