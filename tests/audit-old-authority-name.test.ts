/**
 * The Swedish authority's old name (Datainspektionen): where the notice sends complaints, the complaint's
 * authority named wrong; where it says where breaches are reported, an outdated reference.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICE = [
  '# Integritetspolicy', '',
  '## Personuppgiftsansvarig', '',
  'Exempel AB, Box 1, 203 11 Malmö, info@exempel.se', '',
  '## Säkerhet', '',
  'Vid en personuppgiftsincident anmäler vi detta till ansvarig tillsynsmyndighet (Datainspektionen) inom 72 timmar.', '',
  '## Dina rättigheter', '',
  'Du har rätt till tillgång, rättelse, radering och begränsning. Du har rätt att lämna klagomål till Datainspektionen.', '',
].join('\n');

describe('the old name of the Swedish authority', () => {
  it('is an outdated reference where breaches are reported, and the complaint authority where complaints go', async () => {
    const found = (await auditText(NOTICE)).filter((d) => /Datainspektionen/u.test(d.message)).map((d) => [d.line, d.ruleId]);
    expect(found).toEqual([[9, 'outdated-reference'], [13, 'complaint-authority']]);
  });
});

describe('the old name in the genitive', () => {
  it('is an outdated reference too: "På Datainspektionens webbplats kan du läsa mer"', async () => {
    const text = NOTICE.replace('(Datainspektionen) ', '').concat('\n## Mer information\n\nPå Datainspektionens webbplats kan du läsa mer om dataskyddsförordningen.\n');
    const found = (await auditText(text)).filter((d) => /Datainspektionens/u.test(d.message)).map((d) => [d.line, d.ruleId]);
    expect(found).toEqual([[17, 'outdated-reference']]);
  });
});

describe('the old name in English', () => {
  const EN = [
    '# Privacy policy', '',
    '## Controller', '',
    'Example AB, Box 1, 203 11 Malmö, info@example.se', '',
    '## Your rights', '',
    'You have the right of access, rectification, erasure and restriction. You may lodge a complaint with the Swedish Data Protection Authority.', '',
  ].join('\n');
  it('is the complaint authority named wrong: "the Swedish Data Protection Authority"', async () => {
    const found = (await auditText(EN)).filter((d) => /Swedish Data Protection Authority/u.test(d.message)).map((d) => [d.line, d.ruleId]);
    expect(found).toEqual([[9, 'complaint-authority']]);
  });

  it('is none beside the current name: "the Swedish Authority for Privacy Protection (formerly the Swedish Data Protection Authority)"', async () => {
    const text = EN.replace('the Swedish Data Protection Authority', 'the Swedish Authority for Privacy Protection (formerly the Swedish Data Protection Authority)');
    expect((await auditText(text)).filter((d) => /Swedish Data Protection Authority/u.test(d.message))).toEqual([]);
  });
});
