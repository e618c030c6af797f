/**
 * Readings kept narrow (written for these tests): medical advice a service gives is health data, only a disclaimer of it
 * is not; a right refused for research only where honouring it would make the research impossible, and never for
 * market research; a complaint about "our solution" waits on nothing; purposes that "differ" say nothing of retention;
 * data stored in a machine-readable format give no portability; members told something are no recipient named.
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/audit/passages.js';
import { rightsStated } from '../src/audit/rights-stated.js';
import { auditText } from './audit-text.js';

const rules = async (text: string, rule: string) => (await auditText(text)).filter((d) => d.ruleId === rule);
const HEAD = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n';
const EN = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n';
const SV = '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 22 Stockholm, info@exempel.se\n\n';

describe('narrow readings', () => {
  it('takes medical advice a service gives for health data', async () => {
    expect(await rules(`${EN}## Data we process\n\n- Chat history: our doctors give you medical advice through the chat\n`, 'special-category-condition')).not.toEqual([]);
  });

  it('does not excuse a refusal for market research, or one with no harm to research said', async () => {
    const base = `${EN}## Legal basis\n\nThe processing is based on consent.\n\n## Your rights\n\nYou have the right to erasure. `;
    expect(await rules(`${base}The right to erasure does not apply to data used for market research purposes.\n`, 'right-limited')).not.toEqual([]);
    expect(await rules(`${base}The right to erasure does not apply, as the data are used for scientific research.\n`, 'right-limited')).not.toEqual([]);
  });

  it('reads no wait in a complaint about the solution', async () => {
    const text = `${SV}## Dina rättigheter\n\nOm du är missnöjd med vår lösning har du rätt att klaga hos IMY.\n`;
    expect((await rules(text, 'right-limited')).filter((d) => /Art\. 77/u.test(d.message))).toEqual([]);
  });

  it('reads no retention in purposes that differ', async () => {
    const text = `${HEAD}## Muuta\n\nTietoja säilytetään eri pituisia aikoja, koska käyttötarkoitukset eroavat toisistaan.\n`;
    expect((await rules(text, 'retention')).map((d) => d.message)).toContainEqual(expect.stringMatching(/^Missing `retention`/u));
  });

  it('reads no portability in data stored in a machine-readable format', () => {
    const prose = (text: string): Passage => ({ text, line: 1, kind: 'front', kinds: ['front'], sectionLine: 1 });
    for (const text of ['We may store the data in a machine-readable format.', 'Tiedot voidaan tallentaa koneluettavassa muodossa.', 'Uppgifterna kan lagras i maskinläsbart format.']) {
      expect([...rightsStated([prose(text)]).stated.keys()]).not.toContain('portability');
    }
  });

  it('names no recipient in members told something', async () => {
    const text = `${SV}Medlemmarna delges årligen information om föreningens ekonomi.\n`;
    expect((await rules(text, 'recipients')).map((d) => d.message)).toEqual([expect.stringContaining('`recipients`')]);
  });
});
