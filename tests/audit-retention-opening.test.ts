/**
 * Data kept "only as long as necessary" in the sentence that opens the part on keeping data, the times
 * given after it: the sentence leads into them, and is no finding. Said of one kind of data, with another's
 * time after it, it still is.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const HEAD: Record<string, string> = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 1.2.2026.\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Tietojen säilytys\n\n',
  sv: '# Integritetspolicy\n\nUppdaterad 1.2.2026.\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Hur länge sparas uppgifterna\n\n',
  en: '# Privacy notice\n\nUpdated 1 February 2026.\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## How long we keep your data\n\n',
};

const OPENING: [string, string][] = [
  ['fi', 'Säilytämme henkilötietoja vain niin kauan kuin on tarpeen.\n\nAsiakastiedot poistetaan 3 vuoden kuluttua asiakkuuden päättymisestä.\n'],
  ['sv', 'Vi sparar dina personuppgifter bara så länge det behövs.\n\nKunduppgifter raderas 3 år efter att kundförhållandet upphört.\n'],
  ['en', 'We keep your personal data only as long as necessary.\n\nCustomer data are deleted 3 years after the customer relationship ends.\n'],
];

const ONE_KIND: [string, string][] = [
  ['fi', 'Yhteydenottojen tietoja säilytetään niin kauan kuin asian hoitaminen vaatii. Työhakemuksia säilytetään enintään 12 kuukautta.\n'],
  ['sv', 'Uppgifter från kontaktformuläret sparas så länge det behövs. Ansökningar sparas i högst 12 månader.\n'],
  ['en', 'Contact form messages are kept as long as necessary. Job applications are kept for 12 months at most.\n'],
];

const OTHER_TIMES: [string, string][] = [
  ['fi', 'Säilytämme henkilötietoja vain niin kauan kuin on tarpeen.\n\nVastaamme pyyntöihin 30 päivän kuluessa.\n'],
  ['sv', 'Vi sparar dina personuppgifter bara så länge det behövs.\n\nVi besvarar begäran inom 30 dagar.\n'],
  ['en', 'We keep your personal data only as long as necessary.\n\nThe consent cookie expires after 12 months.\n'],
];

async function vague(text: string): Promise<number[]> {
  return (await auditText(text)).filter((d) => d.ruleId === 'retention' && /as long as necessary/u.test(d.message)).map((d) => d.line);
}

describe('data kept as long as necessary', () => {
  it.each(OPENING)('in the sentence that leads into the times given is no finding (%s)', async (lang, part) => {
    expect(await vague(HEAD[lang]! + part)).toEqual([]);
  });

  it.each(ONE_KIND)('said of one kind of data, another kind’s time after it, is one (%s)', async (lang, part) => {
    expect(await vague(HEAD[lang]! + part)).toHaveLength(1);
  });

  it.each(OTHER_TIMES)('before a time that is no time data are kept for (an answer, a cookie) is one (%s)', async (lang, part) => {
    expect(await vague(HEAD[lang]! + part)).toHaveLength(1);
  });
});
