/**
 * A service data are delivered through, named in a part of the notice on something else ("lomakkeen
 * tiedot toimitetaan … Lomakepalvelu.io-palvelun kautta", "levereras via", "forwarded through"): a
 * recipient by the service's own name, not by the words of place before it.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

const NOTICES: [Lang, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Yhteydenottolomakkeen tiedot\n\nLomakkeen kautta lähetetyt tiedot toimitetaan sähköpostitse Esimerkki Oy:lle Lomakeposti.io-palvelun kautta. Tietoja käytetään vain yhteydenottoon vastaamiseen.\n'],
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors\n\n## Kontaktformuläret\n\nUppgifterna i formuläret vidarebefordras per e-post till oss via tjänsten Lomakeposti.io. De används bara för att svara.\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Contact form\n\nThe data sent with the form are forwarded to us by e-mail through Lomakeposti.io. They are used only to answer you.\n'],
];

describe('a service the data are delivered through', () => {
  it.each(NOTICES)('is a recipient by its own name (%s)', (lang, text) => {
    const recipients = (importNotice(text, { lang }).register['recipients'] ?? []) as { name?: string }[];
    expect(recipients.map((r) => r.name)).toContain('Lomakeposti.io');
  });
});

describe('a name whose first word ends like a Finnish word of place', () => {
  it('is kept whole ("Villa Ruusula Oy", "Costa Hosting")', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Yhteydenottolomake\n\nLomakkeen tiedot toimitetaan meille Costa Hosting -palvelun kautta.\n';
    const recipients = (importNotice(text, { lang: 'fi' }).register['recipients'] ?? []) as { name?: string }[];
    expect(recipients.map((r) => r.name)).toContain('Costa Hosting');
  });
});
