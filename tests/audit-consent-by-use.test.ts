/**
 * Consent worded as none, said in more than one place of a notice (at its start, under the changes to
 * it, in its closing words): each sentence is reported at its own line, not only the one the draft maps.
 */
import { describe, expect, it } from 'vitest';
import { messageIdOf } from '../src/audit/message-id.js';
import { auditText } from './audit-text.js';

type Lang = 'fi' | 'sv' | 'en';

const NOTICE: Record<Lang, string[]> = {
  fi: [
    '# Tietosuojaseloste', '', 'Päivitetty 1.2.2026. Käyttämällä palvelua hyväksyt tämän selosteen mukaisen käsittelyn.', '',
    '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi', '',
    '## Muutokset', '', 'Palvelun käytön jatkaminen ilmoituksen jälkeen tarkoittaa päivitetyn selosteen hyväksymistä.', '',
  ],
  sv: [
    '# Integritetspolicy', '', 'Uppdaterad 1.2.2026. Genom att använda tjänsten godkänner du behandlingen enligt denna policy.', '',
    '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', '',
    '## Ändringar', '', 'Fortsatt användning efter meddelandet innebär att du godkänner den uppdaterade policyn.', '',
  ],
  en: [
    '# Privacy notice', '', 'Updated 1 February 2026. By using the Service, you consent to the data practices described in this policy.', '',
    '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.fi', '',
    '## Changes', '', 'Continued use after notification constitutes acceptance of the updated policy.', '',
  ],
};

const lines = async (text: readonly string[]): Promise<number[]> =>
  (await auditText(`${text.join('\n')}\n`)).filter((d) => d.ruleId === 'invalid-consent').map((d) => d.line).sort((a, b) => a - b);

describe('consent worded as none in two places', () => {
  it.each(['fi', 'sv', 'en'] as const)('is reported at each (%s)', async (lang) => {
    expect(await lines(NOTICE[lang])).toEqual([3, 11]);
  });
});

describe('consent by use in the page\'s own footer', () => {
  it('is no part of the notice, and not reported', async () => {
    const html = [
      '<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"></head><body>', '<main>', '<h1>Privacy notice</h1>',
      '<p>Updated 1 February 2026. Example Ltd, Street 1, 00100 Helsinki, info@example.fi.</p>', '<h2>Purposes</h2>', '<p>We use the data to answer your questions.</p>', '</main>',
      '<footer><p>By continuing to browse this site, you agree to our use of cookies.</p></footer>', '</body></html>', '',
    ].join('\n');
    expect((await auditText(html, 'notice.html')).filter((d) => d.ruleId === 'invalid-consent').map((d) => d.line)).toEqual([]);
  });
});

/** A notice with one sentence that words consent so, in the part where it stands. */
const withSentence = (lang: Lang, sentence: string): string[] => {
  const text = [...NOTICE[lang]];
  text[10] = sentence;
  return text;
};

describe('consent that is none in other words, in the sentence that says so', () => {
  it.each([
    ['en', 'By accessing or using our website and services, you acknowledge that you have read, understood, and agree to be bound by the terms and conditions of this policy.', 'byUse'],
    ['en', 'Agreement is requested by asking a new user to read and accept this policy before they can use the app.', 'noticeRequired'],
    ['sv', 'Du kan anhålla om medlemsskap om du godkänner denna policy.', 'noticeRequired'],
    ['fi', 'Voit liittyä jäseneksi, jos hyväksyt tämän tietosuojaselosteen.', 'noticeRequired'],
    ['en', 'Your consent may, depending on the service, be implied or express.', 'byConduct'],
    ['en', 'Trustly reserves the right (and you hereby authorize Trustly) to share or disclose your personal information.', 'noticeAccepted'],
    ['fi', 'Luovuttaessaan tiedot palvelulle rekisteröity suostuu siihen, että kyseiset tiedot näkyvät muille käyttäjille.', 'byGiving'],
    ['sv', 'I och med att du lämnar uppgifter till oss så ger du din tillåtelse till att vi registrerar och lagrar uppgifterna.', 'byGiving'],
    ['en', 'By providing your personal data, you consent to its processing as described here.', 'byGiving'],
  ] as const)('%s: %s', async (lang, sentence, kind) => {
    const found = (await auditText(`${withSentence(lang, sentence).join('\n')}\n`)).filter((d) => d.ruleId === 'invalid-consent' && d.line === 11);
    expect(found.map(messageIdOf)).toEqual([kind]);
  });

  it.each([
    ['en', 'You do not need to accept this policy before you can use the app.'],
    ['en', 'You can withdraw your consent at any time, even if you accept this policy.'],
    ['fi', 'Voit pyytää tietojesi poistamista, jos hyväksyt tämän selosteen mukaisen käsittelyn.'],
    ['sv', 'Du kan söka jobbet om du godkänner arbetsbeskrivningen.'],
    ['en', 'Nothing in this policy shall be construed as you granting your consent to marketing.'],
    ['en', 'Your consent can’t be implied from silence; we always ask for it.'],
    ['en', 'If you subscribe, you hereby agree to receive our newsletter once a month.'],
    ['en', 'By providing your details you consent to receive our newsletter.'],
    ['fi', 'Antamalla tiedot toisesta henkilöstä vahvistat, että tämä henkilö suostuu tietojensa käsittelyyn.'],
    ['sv', 'När du lämnar dina personuppgifter till oss behandlar vi dem enligt avtalet och du godkänner inget annat.'],
    ['en', 'By using the website you do not agree to be bound by this policy; it only informs you.'],
  ] as const)('not where it denies or names its own act (%s: %s)', async (lang, sentence) => {
    expect((await auditText(`${withSentence(lang, sentence).join('\n')}\n`)).filter((d) => d.ruleId === 'invalid-consent' && d.line === 11)).toEqual([]);
  });
});
