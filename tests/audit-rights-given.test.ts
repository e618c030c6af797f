/**
 * What the rights say of consent: a notice with no part on the rights misses the withdrawal of consent
 * where it names consent, as the use that gives it; "begära att behandlingen … begränsas" states the
 * right to restriction; consent named only among the rights ("dra tillbaka ett samtycke") is no basis.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NO_RIGHTS = [
  '# Tietosuojaseloste',
  '',
  'Päivitetty 1.2.2026.',
  '',
  '## Rekisterinpitäjä',
  '',
  'Esimerkki ry, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example',
  '',
  '## Käyttötarkoitus',
  '',
  'Tietoja käytetään jäsenasioiden hoitoon. Uutiskirjeen lähettäminen perustuu jäsenen antamaan suostumukseen.',
  '',
  '## Säilytys',
  '',
  'Tiedot poistetaan vuoden kuluttua jäsenyyden päättymisestä.',
];

describe('a missing withdrawal of consent in a notice with no part on the rights', () => {
  it('stands where consent is named', async () => {
    const found = await auditText(NO_RIGHTS.join('\n'));
    const withdrawal = found.filter((d) => d.ruleId === 'right-missing' && /withdraw consent/u.test(d.message));
    expect(withdrawal.map((d) => d.line)).toEqual([11]);
  });
});

const SV = [
  '# Integritetspolicy',
  '',
  'Senast uppdaterad 1 februari 2026.',
  '',
  '## Personuppgiftsansvarig',
  '',
  'Exempel AB, org.nr 556434-1153, Gatan 1, 417 16 Göteborg, info@exempel.example',
  '',
  '## Beställningar',
  '',
  'Vi använder uppgifterna för att hantera din beställning.',
  '',
  '## Dina rättigheter',
  '',
  'Du har rätt att:',
  '',
  '- få veta vilka uppgifter vi har om dig,',
  '- få felaktiga uppgifter rättade,',
  '- få dina uppgifter raderade,',
  '- begära att behandlingen av dina uppgifter begränsas,',
  '- dra tillbaka ett samtycke du har gett till behandlingen,',
  '- lämna klagomål till Integritetsskyddsmyndigheten (IMY).',
];

describe('the rights of a Swedish notice', () => {
  it('include restriction said in the passive', async () => {
    const found = await auditText(SV.join('\n'));
    expect(found.filter((d) => d.ruleId === 'right-missing' && /restriction/u.test(d.message))).toEqual([]);
  });

  it('include restriction asked for with its object between ("få behandlingen av dina uppgifter begränsad")', async () => {
    const asked = SV.map((l) => (l.includes('begränsas') ? '- få behandlingen av dina uppgifter begränsad,' : l));
    const found = await auditText(asked.join('\n'));
    expect(found.filter((d) => d.ruleId === 'right-missing' && /restriction/u.test(d.message))).toEqual([]);
  });

  it('do not include restriction where the processing is only said to be limited to some staff', async () => {
    const limited = SV.map((l) => (l.includes('begränsas') ? 'Behandlingen av dina uppgifter är begränsad till behörig personal.' : l));
    const found = await auditText(limited.join('\n'));
    expect(found.filter((d) => d.ruleId === 'right-missing' && /restriction/u.test(d.message))).toHaveLength(1);
  });

  it('name consent as a right, not as the basis of the purposes', async () => {
    const found = await auditText(SV.join('\n'));
    expect(found.filter((d) => d.ruleId === 'legal-basis').map((d) => d.line)).toEqual([11]);
  });
});
