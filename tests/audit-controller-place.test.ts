/**
 * `seloste audit` says a controller reachable only by e-mail at the controller's own section, where it
 * gives its details, not at a contact section at the end that repeats them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-controller-place-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The lines `seloste audit` reports a rule's findings at, for a notice written to `name`. */
async function reported(name: string, text: string, ruleId: string): Promise<number[]> {
  writeFileSync(join(work, name), text);
  const { stdout } = await cli(['audit', join(work, name), '--format', 'json'], work, { LANG: 'C' });
  return (JSON.parse(stdout) as { line: number; ruleId: string }[]).filter((f) => f.ruleId === ruleId).map((f) => f.line);
}

const NOTICES: [string, string][] = [
  ['fi.md', '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Rekisterinpitäjä\n\nKuusipaja, info@kuusipaja.example\n\n## Tarkoitus\n\nTarjouspyyntöihin vastaaminen.\n\n## Yhteystiedot\n\nKuusipaja, info@kuusipaja.example\n'],
  ['sv.md', '# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Personuppgiftsansvarig\n\nGranverkstan, info@granverkstan.example\n\n## Ändamål\n\nAtt svara på offertförfrågningar.\n\n## Kontakt\n\nGranverkstan, info@granverkstan.example\n'],
  ['en.md', '# Privacy policy\n\nLast updated 1 February 2026\n\n## Data controller\n\nSprucework, info@sprucework.example\n\n## Purpose\n\nAnswering requests for quotes.\n\n## Contact\n\nSprucework, info@sprucework.example\n'],
];

describe('a controller reachable only by e-mail', () => {
  it.each(NOTICES)('is reported at its own section, not at the contact section at the end (%s)', async (name, text) => {
    const lines = await reported(name, text, 'controller-contact');
    expect(lines).toEqual([7]);
  });
});

const LED_IN: [string, string][] = [
  ['fi-lead.md', '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Rekisterinpitäjä\n\nKuusipaja-palvelun rekisterinpitäjä on:\n\nKuusipaja\n\nSähköposti: info@kuusipaja.example\n\n## Tarkoitus\n\nTarjouspyyntöihin vastaaminen.\n\n## Yhteystiedot\n\nKuusipaja – tietosuoja-asiat\n\nSähköposti: info@kuusipaja.example\n'],
  ['sv-lead.md', '# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Personuppgiftsansvarig\n\nPersonuppgiftsansvarig för Granverkstan-tjänsten är:\n\nGranverkstan\n\nE-post: info@granverkstan.example\n\n## Ändamål\n\nAtt svara på offertförfrågningar.\n\n## Kontakt\n\nGranverkstan – dataskyddsfrågor\n\nE-post: info@granverkstan.example\n'],
  ['en-lead.md', '# Privacy policy\n\nLast updated 1 February 2026\n\n## Data controller\n\nThe controller of the Sprucework service is:\n\nSprucework\n\nE-mail: info@sprucework.example\n\n## Purpose\n\nAnswering requests for quotes.\n\n## Contact\n\nSprucework – privacy matters\n\nE-mail: info@sprucework.example\n'],
];

describe('a controller named on a line of its own under a lead-in', () => {
  it.each(LED_IN)('is reported at its own section, not where the contact section names it again (%s)', async (name, text) => {
    expect(await reported(name, text, 'controller-contact')).toEqual([9]);
  });
});

const SHARED: [string, string][] = [
  ['fi-dpo.md', '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Yhteystiedot\n\nKuusipaja Oy\nMetsätie 1\n00100 Helsinki\n\npuh. 010 123 4567\ninfo@kuusipaja.example\n\nVastaava henkilö\ntietosuojavastaava Liisa Kuusi\npuh. 010 123 4567\n'],
  ['sv-dpo.md', '# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Kontaktuppgifter\n\nGranverkstan Ab\nSkogsvägen 1\n00100 Helsingfors\n\ntfn 010 123 4567\ninfo@granverkstan.example\n\nAnsvarig person\ndataskyddsombud Lisa Gran\ntfn 010 123 4567\n'],
  ['en-dpo.md', '# Privacy policy\n\nLast updated 1 February 2026\n\n## Contact details\n\nSprucework Ltd\nForest Road 1\n00100 Helsinki\n\ntel. 010 123 4567\ninfo@sprucework.example\n\nPerson in charge\ndata protection officer Lisa Spruce\ntel. 010 123 4567\n'],
];

describe('a data protection officer given only the switchboard number', () => {
  it.each(SHARED)('is reported where the officer is named, not where the controller gives the number (%s)', async (name, text) => {
    const lines = await reported(name, text, 'dpo-shared-contact');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBeGreaterThanOrEqual(14);
  });
});

const NO_STREET: [string, string, string][] = [
  ['fi-town.md', '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Rekisterinpitäjä\n\nTmi Kuusipaja\n41400 Lievestuore\ninfo@kuusipaja.example\n\n## Tarkoitus\n\nTarjouspyyntöihin vastaaminen.\n', 'Metsätie 1, 41400 Lievestuore'],
  ['sv-town.md', '# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Personuppgiftsansvarig\n\nGranverkstan\n114 55 Stockholm\ninfo@granverkstan.example\n\n## Ändamål\n\nAtt svara på offertförfrågningar.\n', 'Storgatan 1, 114 55 Stockholm'],
  ['en-town.md', '# Privacy policy\n\nLast updated 1 February 2026\n\n## Data controller\n\nSprucework\n00100 Helsinki\ninfo@sprucework.example\n\n## Purpose\n\nAnswering requests for quotes.\n', 'Forest Road 1, 00100 Helsinki'],
];

describe('a controller whose address has a postal code and a town but no street', () => {
  it.each(NO_STREET)('is reported; with its street it is not (%s)', async (name, text, full) => {
    const lines = (body: string): Promise<number[]> => reported(name, body, 'controller-contact');
    expect(await lines(text)).toEqual([7]);
    const town = text.split('\n')[7]!;
    expect(await lines(text.replace(town, full))).toEqual([]);
  });
});

const NAMED_IN_TEXT: [string, string][] = [
  ['fi-we.md', '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Johdanto\n\nKuusipaja ("me") kertoo tässä, miten käsittelemme tietojasi.\n\n## Tarkoitus\n\nVastaamme tarjouspyyntöihin.\n\n## Yhteystiedot\n\nJos sinulla on kysyttävää, voit ottaa yhteyttä meihin osoitteessa info@kuusipaja.example.\n'],
  ['sv-we.md', '# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Inledning\n\nGranverkstan ("vi") beskriver här hur vi behandlar dina uppgifter.\n\n## Ändamål\n\nVi svarar på offertförfrågningar.\n\n## Kontakt\n\nHar du frågor, kontakta oss på info@granverkstan.example.\n'],
  ['en-we.md', '# Privacy policy\n\nLast updated 1 February 2026\n\n## Introduction\n\nSprucework ("we") describes here how we process your data.\n\n## Purpose\n\nWe answer requests for quotes.\n\n## Contact\n\nIf you have any questions, please contact us at info@sprucework.example.\n'],
];

describe('a controller the notice names only in its text, reachable only by e-mail', () => {
  it.each(NAMED_IN_TEXT)('is reported where the text names it, not at the address whose domain is its name (%s)', async (name, text) => {
    const lines = await reported(name, text, 'controller-contact');
    expect(lines).toEqual([7]);
  });
});

const CARD_AT_END: [string, string][] = [
  ['fi-card.md', '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Tarkoitus\n\nTilausten toimittaminen.\n\n## Yhteystiedot\n\nTietosuojasta vastaava rekisterinpitäjä: Kuusipaja Oy\n\nSähköposti: info@kuusipaja.example\n\nKuusipaja Oy\n\nY-tunnus 1234561-1\n'],
  ['sv-card.md', '# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Ändamål\n\nAtt leverera beställningar.\n\n## Kontakt\n\nPersonuppgiftsansvarig: Granverkstan AB\n\nE-post: info@granverkstan.example\n\nGranverkstan AB\n\nOrg.nr 556000-0000\n'],
  ['en-card.md', '# Privacy policy\n\nLast updated 1 February 2026\n\n## Purpose\n\nDelivering orders.\n\n## Contact\n\nData controller: Sprucework Ltd\n\nE-mail: info@sprucework.example\n\nSprucework Ltd\n\nBusiness ID 1234561-1\n'],
];

describe('a controller named with its role, and again on a company card at the end', () => {
  it.each(CARD_AT_END)('is reported where its role names it (%s)', async (name, text) => {
    expect(await reported(name, text, 'controller-contact')).toEqual([11]);
  });
});
