/** A service named as the third-party service a thing is provided through ("tillhandahålls genom tredjepartstjänsten Web3Forms") is a recipient the notice names. */
import { describe, expect, it } from 'vitest';
import { type Lang, register } from './import-draft.js';

const names = (text: string, lang: Lang): string[] => ((register(text, lang)['recipients'] ?? []) as { name?: string }[]).map((r) => r.name ?? '');

describe('a service named as a third party’s', () => {
  it.each([
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel IK, kontakt@exempel.example\n\n## Kontaktformulär\n\nNär du kontaktar oss via formuläret behandlar vi namn och e-postadress. Kontaktformuläret tillhandahålls genom tredjepartstjänsten Formtjänst, vilket innebär att informationen kan behandlas av denna tjänst.\n'],
    ['en', '# Privacy policy\n\n## Controller\n\nExample Club, contact@example.example\n\n## Contact form\n\nWhen you contact us through the form we process your name and e-mail address. The form is provided through the third-party service Formtjänst, which forwards the message to us.\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, info@esimerkki.example\n\n## Yhteydenottolomake\n\nKäsittelemme lomakkeella annetun nimen ja sähköpostiosoitteen. Lomake toimii kolmannen osapuolen palvelun Formtjänst kautta.\n'],
  ] as const)('is a recipient (%s)', (lang, text) => {
    expect(names(text, lang)).toContain('Formtjänst');
  });
});
