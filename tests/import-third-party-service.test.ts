/** A service named as the third-party service a thing is provided through ("tillhandahålls genom tredjepartstjänsten Web3Forms") is a recipient the notice names. */
import { describe, expect, it } from 'vitest';
import { type Lang, register } from './import-draft.js';

const names = (text: string, lang: Lang): string[] => {
  const recipients = register(text, lang)['recipients'] ?? [];
  return Array.isArray(recipients) ? (recipients as { name?: string }[]).map((r) => r.name ?? '') : [];
};

describe('a service named as a third party’s', () => {
  it.each([
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel IK, kontakt@exempel.example\n\n## Kontaktformulär\n\nNär du kontaktar oss via formuläret behandlar vi namn och e-postadress. Kontaktformuläret tillhandahålls genom tredjepartstjänsten Formtjänst, vilket innebär att informationen kan behandlas av denna tjänst.\n'],
    ['en', '# Privacy policy\n\n## Controller\n\nExample Club, contact@example.example\n\n## Contact form\n\nWhen you contact us through the form we process your name and e-mail address. The form is provided through the third-party service Formtjänst, which forwards the message to us.\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, info@esimerkki.example\n\n## Yhteydenottolomake\n\nKäsittelemme lomakkeella annetun nimen ja sähköpostiosoitteen. Lomake toimii kolmannen osapuolen palvelun Formtjänst kautta.\n'],
  ] as const)('is a recipient (%s)', (lang, text) => {
    expect(names(text, lang)).toContain('Formtjänst');
  });
});

describe('the party a transfer goes to', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, info@esimerkki.example\n\n## Tietojen luovutukset ja siirrot\n\nKäytämme Google Analytics -palvelun vuoksi tietoja, jotka voivat siirtyä EU/ETA-alueen ulkopuolelle, kuten Yhdysvaltoihin. Suojatoimena ovat vakiosopimuslausekkeet.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, info@example.example\n\n## Transfers\n\nGoogle Analytics data may be transferred to the United States on the standard contractual clauses.\n'],
  ] as const)('is a recipient, where no recipient names it (%s)', (lang, text) => {
    expect(names(text, lang)).toContain('Google');
  });

  it('is not where a recipient listed by its kind is the one the transfer names', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, info@example.example\n\n## Recipients\n\n- Our newsletter service provider, acting as our processor\n\n## Transfers\n\nOur newsletter service provider Mailfox Inc. stores data in the United States on the standard contractual clauses.\n';
    expect(names(text, 'en')).not.toContain('Mailfox Inc.');
  });

  it.each([
    ['en', '# Privacy notice\n\n## 1. Controller\n\nExample Ltd, info@example.example\n\n## 2. Transfers\n\nExample Ltd may transfer personal data to the United States on the standard contractual clauses.\n'],
    ['fi', '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nEsimerkki Oy, info@esimerkki.example\n\n## 2. Tietojen siirto EU:n ulkopuolelle\n\nOsa Esimerkki Oy:n käyttämistä palveluntarjoajista toimii kansainvälisesti, minkä vuoksi henkilötietoja voidaan käsitellä Euroopan talousalueen ulkopuolella, kuten Yhdysvalloissa.\n'],
  ] as const)('is not the controller itself (%s)', (lang, text) => {
    expect(names(text, lang)).toEqual([]);
  });

  it('is not a provider the recipients list under another of its names', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, info@example.example\n\n## Recipients\n\nWe use Google Workspace for e-mail.\n\n## Transfers\n\nGoogle LLC may process the data in the United States. The transfer rests on the EU-US Data Privacy Framework.\n';
    expect(names(text, 'en')).toEqual(['Google Workspace']);
  });

  it('is not where the notice says the data go to no one', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, info@example.example\n\n## Recipients\n\nWe do not disclose your data to anyone.\n\n## Transfers\n\nGoogle Analytics data may be transferred to the United States on the standard contractual clauses.\n';
    expect(names(text, 'en')).not.toContain('Google');
  });
});
