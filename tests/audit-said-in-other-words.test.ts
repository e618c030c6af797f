/**
 * What a published notice says in words of its own, and words that look like it but say something
 * else (written for these tests, in Finnish, Swedish and English): rights asked as a listing, as a
 * look at one's data or as a stop to the processing; an appeal of a decision, access given to others
 * and "certain personal data", which are no rights; the office of a repealed act, an answer in "1-3 kk",
 * the data said to be mandatory, consent given by writing to the controller or asked as the price of
 * signing up, and a public body named in a private practice's part on the controller.
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/audit/passages.js';
import { conditionFindings } from '../src/audit/conditions.js';
import { controllerIsPublicBody } from '../src/audit/public-body.js';
import { saysProvision } from '../src/audit/parts-said.js';
import { rightsStated } from '../src/audit/rights-stated.js';
import type { StatedRight } from '../src/audit/rights-words.js';
import { auditText } from './audit-text.js';

const passage = (text: string, line = 1, kind: Passage['kind'] = 'rights'): Passage => ({ text, line, kind, kinds: [kind], sectionLine: 1 });
const stated = (...texts: string[]): StatedRight[] => [...rightsStated(texts.map((t, i) => passage(t, i + 1))).stated.keys()].sort();

describe('rights said in words of their own', () => {
  it.each<[string, StatedRight]>([
    ['Jäsen voi pyytää nähtäväksi omat jäsentietonsa lähettämällä sähköpostia sihteerille.', 'access'],
    ['Du har rätt att kostnadsfritt få ta del av den information om dig som hanteras i studien.', 'access'],
    ['You have the right to obtain a listing of your actively provided information that we have stored.', 'access'],
    ['Du kan också begära att behandlingen av dina personuppgifter begränsas.', 'restriction'],
    ['Right to Restrict - the right to request that we temporarily or permanently stop processing all or some of your data.', 'restriction'],
    ['En person har rätt att överklaga till övervakningsmyndigheten ifall hen upplever att hens rättigheter har kränkts.', 'complaint'],
  ])('%s', (text, right) => {
    expect(stated(text)).toContain(right);
  });
});

describe('words that state no right', () => {
  it('an appeal of a hiring decision is no complaint to an authority', () => {
    expect(stated('Exempel på sådana fall är att en kandidat överklagar ett beslut om att denne inte fick jobbet.')).not.toContain('complaint');
  });

  it('access given to others is not the person’s', () => {
    expect(stated('No personal data will be transferred outside the club nor right to access provided to entities outside the club.')).not.toContain('access');
  });

  it('data one could ask to see, if the controller had any, is no right', () => {
    expect(stated('Ylläpitäjällä ei ole hallussaan tietoja, joita voisi pyytää nähtäväksi tai poistettavaksi.')).not.toContain('access');
  });
});

describe('conditions read from a word, not from inside one', () => {
  const conditions = (text: string) => conditionFindings([passage(text)]).map((f) => `${f.ruleId}/${f.messageId}`);

  it('"certain personal data" asks for no request in person', () => {
    expect(conditions('If you request, we will delete your data unless we are required to maintain certain personal data by law.')).not.toContain('right-condition/inPerson');
    expect(conditions('Requests must be made in person at our office.')).toContain('right-condition/inPerson');
  });

  it('an answer within "1-3 kk" is later than the month the GDPR allows', () => {
    const late = conditionFindings([passage('Rekisterinpitäjä vastaa pyyntöön EU:n tietosuoja-asetuksessa säädetyssä ajassa (1-3 kk).')]);
    expect(late.map((f) => [f.ruleId, f.params['found']])).toContainEqual(['response-time', '1-3 kk']);
    expect(conditions('Rekisterinpitäjä vastaa pyyntöön kuukauden (1 kk) kuluessa.')).not.toContain('response-time/late');
  });

  it('the personuppgiftsombud of the repealed act is an outdated office', () => {
    const found = conditionFindings([passage('2. Personuppgiftsombud', 14, 'dpo')]);
    expect(found.map((f) => `${f.ruleId}/${f.messageId}`)).toEqual(['outdated-reference/oldOffice']);
    expect(conditions('Vårt dataskyddsombud nås på dpo@example.se.')).not.toContain('outdated-reference/oldOffice');
  });
});

describe('whether the data must be given', () => {
  it.each([
    'Personal data that we request from you and indicated as mandatory is required to be provided in order for us to provide the service.',
    'When you sign up for the service, we do not ask for any personal information.',
  ])('is said: %s', (text) => {
    expect(saysProvision([passage(text, 1, 'data_categories')])).toBe(true);
  });

  it('is not said by a list of the data alone', () => {
    expect(saysProvision([passage('We collect your name and e-mail address.', 1, 'data_categories')])).toBe(false);
  });
});

describe('the controller of a private practice', () => {
  const part = ['Nimi: Esimerkkimieli', 'Osoite: Hämeenpuisto 21, 33210 Tampere', 'Y-tunnus: 1234567-1', 'Rekisterinpitäjä on yksityisessä terveydenhuollossa se yrittäjä, joka tekee sopimuksen hoidosta.', 'Hyvinvointialue antaa tällöin oman tietosuojaselosteensa.'];
  const passages = part.map((t, i) => passage(t, i + 1, 'controller'));

  it('is no public body for a wellbeing services county named further on', () => {
    expect(controllerIsPublicBody(passages, 'Esimerkkimieli')).toBe(false);
  });

  it('is one where the body stands among its details', () => {
    const unit = ['Nimi: Kasvatuksen ja koulutuksen toimiala', 'Helsingin kaupunki', 'PL 51000, 00099 Helsingin kaupunki'].map((t, i) => passage(t, i + 1, 'controller'));
    expect(controllerIsPublicBody(unit, 'Kasvatuksen ja koulutuksen toimiala')).toBe(true);
  });
});

describe('consent that is no free choice', () => {
  it('given by writing to the controller', async () => {
    const text = '# Privacy\n\n## Purposes\n\nWhen you contact us, you consent and acknowledge that we will be processing any personal data you include in your email.\n';
    const found = await auditText(text);
    expect(found.some((d) => d.ruleId === 'invalid-consent' && d.message.startsWith('Consent said to be given by sending'))).toBe(true);
  });

  it('asked as the price of registering a CV', async () => {
    const text = '# Integritetspolicy\n\n## Ändamål\n\nNär du registrerar ditt CV hos oss behöver du samtycka till att vi behandlar dina personuppgifter.\n';
    const found = await auditText(text);
    expect(found.some((d) => d.ruleId === 'invalid-consent' && d.message.startsWith('Consent given by signing up'))).toBe(true);
  });
});
