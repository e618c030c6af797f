/**
 * Text copied from a page one paragraph a line: a part's own title over the shorter lines it starts ("Rekisterinpitäjä"
 * over "Iitin Latu ry") is a heading, not a line of the name's block; numbered titles typed with a space before the
 * full stop ("4 . Your Rights") or ending in a colon ("5. Rekisterin tietosisältö:") are titles.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const LONG = 'Käyttäjärekisteri on luotu sivuston sisällöntuottajien tunnistamiseksi ja rajaamiseksi, ja tietoja käytetään myös tilastointiin sivuston kehittämiseksi.';

describe('a part’s title over the shorter lines of its block', () => {
  const NOTICES: ['fi' | 'sv' | 'en', string, string][] = [
    ['fi', `Rekisteriseloste\nRekisterinpitäjä\nEsimerkki ry\nKatu 1\n00100 Helsinki\nYhteyshenkilö\nMatti Meikäläinen\nSähköposti: matti@esimerkki.fi\nHenkilötietojen käsittelyn tarkoitus\n${LONG}\n`, 'Matti Meikäläinen'],
    ['sv', `Registerbeskrivning\nPersonuppgiftsansvarig\nExempel rf\nGatan 1\n00100 Helsingfors\nKontaktperson\nAnna Berg\nE-post: anna@exempel.fi\nÄndamålet med behandlingen av personuppgifter\nRegistret används för att identifiera dem som skriver innehåll på webbplatsen och för statistik som hjälper oss att utveckla webbplatsen vidare.\n`, 'Anna Berg'],
    ['en', `Register description\nController\nExample ry\nStreet 1\n00100 Helsinki\nContact person\nJane Doe\nEmail: jane@example.fi\nPurpose of processing personal data\nThe register is used to identify those who write content on the site and for statistics that help us develop the site further over time.\n`, 'Jane Doe'],
  ];
  it.each(NOTICES)('starts a part of its own (%s)', (lang, text, person) => {
    const { register } = importNotice(text, { format: 'text' });
    const controller = register['controller'] as { name?: string; address?: { street?: string } };
    expect(controller.name).toBe({ fi: 'Esimerkki ry', sv: 'Exempel rf', en: 'Example ry' }[lang]);
    expect(controller.address?.street).toBe({ fi: 'Katu 1', sv: 'Gatan 1', en: 'Street 1' }[lang]);
    expect((register['contact_person'] as { name?: string }).name).toBe(person);
  });
});

describe('numbered titles as old descriptions and copied pages type them', () => {
  it('reads "4. Rekisterin tietosisältö:" as a title, its items as data, and the person responsible for the register as the contact person', () => {
    const text = '1. Rekisterinpitäjä\nEsimerkki ry, Katu 1, 00100 Helsinki\n2. Rekisteristä vastaava henkilö\nSari Esimerkki\nsari.esimerkki[ät]esimerkki.fi\n3. Henkilötietojen käsittelyn tarkoitus\nJäsenyyden hoitaminen.\n4. Rekisterin tietosisältö:\n– nimi\n– sähköpostiosoite\n5. Säännönmukaiset tietolähteet:\nTiedot saadaan jäseneltä itseltään.\n';
    const { register } = importNotice(text, { format: 'text' });
    expect(register['contact_person']).toMatchObject({ name: 'Sari Esimerkki', email: 'sari.esimerkki@esimerkki.fi' });
    const data = (register['data_categories'] as { description: { fi: string } }[]).map((d) => d.description.fi);
    expect(data).toEqual(['nimi', 'sähköpostiosoite']);
    expect(JSON.stringify(register['purposes'])).not.toContain('tietosisältö');
  });

  it('reads "4 . Your Rights" as a title', () => {
    const text = 'Example ry respects your privacy and keeps as little data about you as it can, as this notice sets out.\n1 . What We Collect\nWe collect your name and email address.\n2 . Legal Basis\nWe process your data based on your consent.\n3 . Your Rights\nYou can request a copy of the data we hold.\n';
    const { yaml } = importNotice(text, { format: 'text' });
    expect(yaml).toContain('(from "Your Rights")');
  });
});
