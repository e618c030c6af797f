/**
 * A transfer said only for the case that it happens ("Jos palveluntarjoaja käsittelee tietoja ETA:n
 * ulkopuolella, …") is reported as conditional, once, not as a transfer without its country; the data
 * an account needs, said item by item, say whether they must be given; a purpose that names two bases
 * does not miss its basis.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const notice = (extra: string) =>
  [
    '# Tietosuojaseloste',
    '',
    'Päivitetty 1.2.2026.',
    '',
    '## Rekisterinpitäjä',
    '',
    'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example',
    '',
    '## Käyttötarkoitus',
    '',
    'Tietoja käytetään asiakassuhteen hoitoon. Käsittely perustuu sopimukseen.',
    '',
    '## Säilytys',
    '',
    'Tiedot poistetaan vuoden kuluttua asiakassuhteen päättymisestä.',
    '',
    extra,
  ].join('\n');

const transfers = (found: { ruleId: string; message: string }[]) => found.filter((d) => d.ruleId.startsWith('transfer') || d.ruleId === 'provider-transfer');

describe('a transfer said only for the case it happens', () => {
  it('is reported once, as conditional', async () => {
    const found = transfers(await auditText(notice('## Tietojen siirto\n\nJos palveluntarjoaja käsittelee tietoja Euroopan talousalueen ulkopuolella, siirrossa käytetään vakiosopimuslausekkeita.')));
    expect(found.map((d) => d.ruleId)).toEqual(['transfer-consistency']);
    expect(found[0]!.message).toMatch(/conditional/u);
  });
});

describe('the data an account needs, item by item', () => {
  it('are no answer where what is required is the processing', async () => {
    const found = await auditText(notice('## Processing\n\nThe processing is required in order to perform our contract with you.'));
    expect(found.filter((d) => d.ruleId === 'provision-requirement').length).toBeGreaterThan(0);
  });

  it('say whether the data must be given', async () => {
    const table = '## Data\n\n| Data | How it is gathered |\n|:-|:-|\n| Name | A name is required in order to register an account. |\n| Email | An email address is required in order to sign up for the service. |';
    expect((await auditText(notice(table))).filter((d) => d.ruleId === 'provision-requirement')).toEqual([]);
  });
});

describe('a purpose that names two bases', () => {
  it('is not said to miss its basis', async () => {
    const html = '<h1>Privacy notice</h1><p>Updated 1 February 2026</p><h2>Controller</h2><p>Example Ltd, Street 1, 00100 Helsinki, privacy@example.example</p><h2>What we process and why</h2><table><tr><th>Purpose</th><th>Personal data</th><th>Legal basis</th></tr><tr><td>Answering quote requests</td><td>Name and e-mail address</td><td>Art. 6(1)(b) steps prior to a contract; Art. 6(1)(f) legitimate interest</td></tr><tr><td>Delivering services</td><td>Contact details</td><td>Art. 6(1)(b) contract</td></tr></table>';
    const found = await auditText(html, 'notice.html');
    expect(found.filter((d) => d.ruleId === 'legal-basis' && /Missing/u.test(d.message))).toEqual([]);
  });

  it.each([
    ['fi', '# Tietosuojaseloste\n\nPäivitetty 1.2.2026.\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n## Käsittelyn tarkoitukset\n\n- Kysymyksiin vastaaminen (oikeutettu etu / sopimusta edeltävät toimet)\n- Varausten hoitaminen (sopimus)\n'],
    ['sv', '# Integritetspolicy\n\nUppdaterad 1.2.2026.\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n## Varför uppgifterna behandlas\n\n- För att svara på dina frågor (berättigat intresse / åtgärder innan avtal)\n- För att hantera din bokning (fullgörande av avtal)\n'],
    ['en', '# Privacy notice\n\nUpdated 1 February 2026.\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, privacy@example.example\n\n## Why we process data\n\n- Answering your questions (legitimate interest / pre-contractual steps)\n- Handling your booking (contract)\n'],
  ])('in the brackets of its item is not said to miss its basis, and the first it names gives its rights (%s)', async (_lang, text) => {
    const found = await auditText(text);
    expect(found.filter((d) => d.ruleId === 'legal-basis' && /Missing|Puuttuu|Saknas/u.test(d.message))).toEqual([]);
    // Legitimate interests, named first, give the right to object, which the notice does not state.
    expect(found.filter((d) => d.ruleId === 'right-missing' && /21\(1\)|21 artiklan 1|artikel 21\.1/u.test(d.message))).toHaveLength(1);
  });
});
