/**
 * A notice that says nothing of transfers, whose only mailbox is at a provider outside the EEA
 * ("…@gmail.com") in its section on the rights: the missing word on transfers belongs where the notice
 * says where data go, not on the line of the address.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

type Lang = 'fi' | 'sv' | 'en';

const NOTICE: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 27.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Käsittelyn tarkoitus\n\nTietoja käytetään tarjouspyyntöihin vastaamiseen. Käsittely perustuu sopimukseen.\n\n## Tietojen luovutus\n\nTietoja luovutetaan kirjanpitäjälle laskutusta varten.\n\n## Oikeutesi\n\nSinulla on oikeus tarkastaa tietosi. Ota yhteyttä: esimerkki.oy@gmail.com\n',
  sv: '# Integritetspolicy\n\nUppdaterad 27.2.2026\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 22 Stockholm\n\n## Ändamål\n\nUppgifterna används för att besvara offertförfrågningar. Behandlingen grundar sig på avtal.\n\n## Utlämnande av uppgifter\n\nUppgifter lämnas till vår redovisningsbyrå för faktureringen.\n\n## Dina rättigheter\n\nDu har rätt att få tillgång till dina uppgifter. Kontakta oss: exempel.ab@gmail.com\n',
  en: '# Privacy notice\n\nUpdated 27 February 2026\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Purpose\n\nThe data are used to answer requests for quotes. The processing is based on a contract.\n\n## Disclosures\n\nData are disclosed to our accountant for invoicing.\n\n## Your rights\n\nYou have the right of access to your data. Contact us: example.ltd@gmail.com\n',
};

describe('a notice silent on transfers, with a mailbox at a provider outside the EEA', () => {
  it.each(['fi', 'sv', 'en'] as const)('is told so where it says where data go (%s)', async (lang) => {
    const text = NOTICE[lang];
    const found = (await auditText(text)).filter((d) => d.ruleId === 'transfer-consistency');
    const lines = text.split('\n');
    const disclosures = lines.findIndex((l) => /^## (?:Tietojen luovutus|Utlämnande|Disclosures)/u.test(l)) + 1;
    expect(found.map((d) => d.line)).toEqual([disclosures]);
  });
});
