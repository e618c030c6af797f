/** "For" a purpose names the legitimate interest; "for" an event one signs up for ("legitimate interests that arise when you register for an event") names none. */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

describe('a legitimate interest said only of an event one signs up for', () => {
  const NOTICE =
    '# Privacy notice\n\nUpdated 27 February 2026\n\n## Controller\n\nExample Society ry, Street 1, 00100 Helsinki, board@society.example\n\n## Purposes and legal bases\n\nWe process your personal data to register you to our events and to develop our other operations.\n\nWe process your personal data on the basis of the agreement between you and us (GDPR Art. 6.1(b)), our legitimate interests that arise when you register for an event organised by us (GDPR Art. 6.1(f)), and to comply with the legal obligations applicable to us (GDPR Art. 6.1(c)), such as accounting.\n\n';
  it('names no interest: "for an event" is no aim', async () => {
    const found = await auditText(NOTICE);
    expect(found.filter((d) => d.ruleId === 'legitimate-interest')).toHaveLength(1);
  });

  it('"for the purposes of" one names is an aim', async () => {
    const found = await auditText(NOTICE.replace('that arise when you register for an event organised by us', 'for the purposes of keeping our events safe'));
    expect(found.filter((d) => d.ruleId === 'legitimate-interest')).toEqual([]);
  });
});

describe('a purpose said in one sentence, its basis in the next', () => {
  const notices: [string, string][] = [
    ['fi', '# Tietosuojaseloste\n\nPäivitetty 27.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\n### Prospektitiedot\n\nKäsittelemme prospektitietoja myyntitoimintamme toteuttamiseksi. Käsittelyn oikeusperuste on oikeutettu etu.\n\n### Asiakastiedot\n\nKäsittelemme asiakastietoja asiakassopimuksen täytäntöönpanemiseksi.\n'],
    ['sv', '# Integritetspolicy\n\nUppdaterad 27.2.2026\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n## Ändamål och rättslig grund\n\n### Uppgifter om presumtiva kunder\n\nVi behandlar uppgifterna för att sköta vår försäljning. Den rättsliga grunden för behandlingen är berättigat intresse.\n\n### Kunduppgifter\n\nVi behandlar kunduppgifter för att fullgöra kundavtalet.\n'],
    ['en', '# Privacy notice\n\nUpdated 27 February 2026\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, privacy@example.example\n\n## Purpose and legal basis\n\n### Prospect data\n\nWe process prospect data in order to carry out our sales. The legal basis for the processing is legitimate interest.\n\n### Customer data\n\nWe process customer data to perform the customer contract.\n'],
  ];
  it.each(notices)('names the interest: what the processing is for (%s)', async (_lang, notice) => {
    const found = await auditText(notice);
    expect(found.filter((d) => d.ruleId === 'legitimate-interest')).toEqual([]);
    // Without the sentence that says what it is for, the interest is asked.
    const bare = notice.replace(/^(?:Käsittelemme prospektitietoja|Vi behandlar uppgifterna för att|We process prospect data)[^.]*\. /mu, '');
    expect(found.length).toBeGreaterThan(0);
    expect((await auditText(bare)).filter((d) => d.ruleId === 'legitimate-interest')).toHaveLength(1);
  });
});

describe('a legitimate interest "in" processing the data, and nothing more', () => {
  const notices: [string, string, string][] = [
    ['sv', '# Integritetspolicy\n\nUppdaterad 27.2.2026\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n## Rättslig grund\n\nVi behandlar dina uppgifter på följande grunder:\n\n- När behandlingen krävs enligt ett avtal med dig.\n- När vi har ett berättigat intresse av att behandla dina personuppgifter.\n', 'att behandla dina personuppgifter'],
    ['en', '# Privacy notice\n\nUpdated 27 February 2026\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, privacy@example.example\n\n## Legal basis\n\nWe process your personal data on the following grounds:\n\n- When the processing is necessary to fulfil an agreement with you.\n- When we have a legitimate interest in processing your personal data.\n', 'processing your personal data'],
  ];
  it.each(notices)('names no interest (%s)', async (_lang, notice) => {
    expect((await auditText(notice)).filter((d) => d.ruleId === 'legitimate-interest')).toHaveLength(1);
  });

  it.each(notices)('an interest in something more names it (%s)', async (_lang, notice, words) => {
    const more = notice.replace(words, words === 'processing your personal data' ? 'keeping our service secure' : 'att hålla vår tjänst säker');
    expect((await auditText(more)).filter((d) => d.ruleId === 'legitimate-interest')).toEqual([]);
  });
});

describe('the interests named in the sentence after the basis', () => {
  const notices: [string, string][] = [
    ['fi', '# Tietosuojaseloste\n\nPäivitetty 27.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n## Oikeusperuste\n\nKäsittelemme tietoja seuraavin perustein:\n\n- Meillä on oikeutettu etu käsitellä henkilötietojasi.\n\nOikeutettuja etujamme ovat väärinkäytösten estäminen, palvelun tietoturva ja kysymyksiisi vastaaminen.\n'],
    ['sv', '# Integritetspolicy\n\nUppdaterad 27.2.2026\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n## Rättslig grund\n\nVi behandlar dina uppgifter på följande grunder:\n\n- När vi har ett berättigat intresse av att behandla dina personuppgifter.\n\nVåra berättigade intressen omfattar att förebygga bedrägerier och att skydda vår tjänst.\n'],
    ['en', '# Privacy notice\n\nUpdated 27 February 2026\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, privacy@example.example\n\n## Legal basis\n\nWe process your personal data on the following grounds:\n\n- When we have a legitimate interest in processing your personal data.\n\nOur legitimate interests include preventing fraud, keeping our service secure and answering your questions.\n'],
  ];
  it.each(notices)('names them (%s)', async (_lang, notice) => {
    expect((await auditText(notice)).filter((d) => d.ruleId === 'legitimate-interest')).toEqual([]);
  });
});
