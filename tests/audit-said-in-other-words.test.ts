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
import { narrowedRights } from '../src/audit/rights-narrowed.js';
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
  const part = ['Nimi: Esimerkkimieli', 'Osoite: Hämeenpuisto 21, 33210 Tampere', 'Y-tunnus: 1234567-1', 'Rekisterinpitäjä on yksityisessä terveydenhuollossa se yksityinen yritys tai yrittäjä, joka tekee sopimuksen hoidosta.', 'Hyvinvointialue antaa tällöin oman tietosuojaselosteensa.'];
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

describe('words near a right that state none', () => {
  it.each<[string, StatedRight]>([
    ['Only the board has the right to restrict access to the member register.', 'restriction'],
    ['You can request a list of the subprocessors we use.', 'access'],
    ['Om du vill kan användningen av kakor begränsas i webbläsarens inställningar.', 'restriction'],
    ['Du kan överklaga myndighetens beslut hos förvaltningsrätten.', 'complaint'],
    ['Päätöksestä voi hakea muutosta valittamalla hallinto-oikeuteen.', 'complaint'],
  ])('%s', (text, right) => {
    expect(stated(text)).not.toContain(right);
  });

  it.each<[string, StatedRight]>([
    ['Upon request, access is provided to the data subject free of charge.', 'access'],
    ['Jäsen voi pyytää omat tietonsa nähtäväksi sihteeriltä.', 'access'],
    ['Du har rätt att överklaga till Integritetsskyddsmyndigheten.', 'complaint'],
  ])('but these do: %s', (text, right) => {
    expect(stated(text)).toContain(right);
  });

  it('staff given access is still no right of the person', () => {
    expect(stated('Access is only given to our staff.')).not.toContain('access');
  });
});

describe('the counter-cases of the new words', () => {
  it('a personuppgiftsombud of the past beside the dataskyddsombud is no outdated office', () => {
    const found = conditionFindings([passage('Vårt dataskyddsombud (fram till 2018 vårt personuppgiftsombud) nås på dpo@exempel.se.', 3, 'dpo')]);
    expect(found.map((f) => f.messageId)).not.toContain('oldOffice');
  });

  it('months data are kept, among the rights, are no time to answer', () => {
    const found = conditionFindings([passage('Käsitellyt tarkastuspyynnöt säilytetään 6 kk ajan.')]);
    expect(found.map((f) => f.ruleId)).not.toContain('response-time');
    const late = conditionFindings([passage('Vi besvarar din begäran inom 1–3 mån.')]);
    expect(late.map((f) => f.ruleId)).toContain('response-time');
  });

  it.each([
    'Accounting records are required to be provided to the tax authority under the Accounting Act.',
    'We do not ask for any personal data beyond what the order needs.',
  ])('does not say whether the data must be given: %s', (text) => {
    expect(saysProvision([passage(text, 1, 'data_categories')])).toBe(false);
  });

  it('a public body said to be the controller after a long contact block is one', () => {
    const lines = ['Nimi: Kaupunkiympäristön toimiala', 'Osoite: Kielotie 13, 01300 Vantaa', 'Puhelin: 09 8392 2133', 'Sähköposti: kirjaamo@example.fi', 'Toimiala on osa Vantaan kaupunkia.', 'Rekisterinpitäjä on Vantaan kaupunki.'];
    expect(controllerIsPublicBody(lines.map((t, i) => passage(t, i + 1, 'controller')), 'Kaupunkiympäristön toimiala')).toBe(true);
  });

  it('consent one may choose at sign-up is free', async () => {
    const text = '# Integritetspolicy\n\n## Ändamål\n\nNär du registrerar dig kan du själv välja om du vill samtycka till att vi behandlar din e-postadress för nyhetsbrev.\n';
    const found = await auditText(text);
    expect(found.some((d) => d.ruleId === 'invalid-consent' && d.message.startsWith('Consent given by signing up'))).toBe(false);
  });

  it.each([
    '# Privacy\n\n## Purposes\n\nBy contacting us, you consent to the processing of the data in your message.\n',
    '# Tietosuojaseloste\n\n## Käsittelyn tarkoitus\n\nOttaessasi meihin yhteyttä annat suostumuksesi viestisi tietojen käsittelyyn.\n',
  ])('consent by writing in other words: %s', async (text) => {
    const found = await auditText(text);
    expect(found.some((d) => d.ruleId === 'invalid-consent')).toBe(true);
  });
});

describe('the objection narrowed to processing against the law', () => {
  const narrowed = (text: string) => narrowedRights([passage(text)]).map((f) => `${f.ruleId}/${f.params['right'] ?? ''}`);

  it.each([
    'You have the right to object our processing of your personal data, if you think that our processing does not happen according to the GDPR.',
    'You have the right to object to our processing of your data if you think we have no lawful basis for processing your data.',
  ])('%s', (text) => {
    expect(narrowed(text).some((f) => f.startsWith('right-limited'))).toBe(true);
  });

  it('is not narrowed by a right that stands apart', () => {
    expect(narrowed('You have the right to object to processing based on our legitimate interests at any time.').some((f) => f.startsWith('right-limited'))).toBe(false);
  });
});

describe('erasure offered on one ground only', () => {
  const bound = (...texts: string[]) => narrowedRights(texts.map((t, i) => passage(t, i + 1))).filter((f) => f.messageId === 'neededOnly');

  it.each([
    'Du har rätt att få Dina personuppgifter raderade om de inte längre krävs för att uppfylla ändamålet.',
    'Sinulla on oikeus tulla unohdetuksi ja saada henkilötietosi poistetuksi edellyttäen, että tietoja ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin.',
    'You have the right to have your data erased if they are no longer necessary for the purposes they were collected for.',
  ])('%s', (text) => {
    expect(bound(text)).toHaveLength(1);
  });

  it('is not where the sentence names another ground, or another sentence gives erasure', () => {
    expect(bound('You may have your data erased if they are no longer necessary or if you withdraw your consent.')).toHaveLength(0);
    expect(bound('Du har rätt att få uppgifterna raderade om de inte längre behövs.', 'Du har också rätt till radering av dina personuppgifter.')).toHaveLength(0);
  });
});

describe('the counter-cases of the second reading', () => {
  it('Art. 21(1) restated is no narrowed objection', () => {
    const text = 'You have the right to object to processing based on our legitimate interests, and we will stop processing where we have no compelling legitimate grounds that override your interests.';
    expect(narrowedRights([passage(text)]).some((f) => f.ruleId === 'right-limited')).toBe(false);
  });

  it('an answer in three months is late though the data asked about are stored', () => {
    for (const text of ['Pyyntöön saada tarkastaa sinusta säilytettävät tiedot vastataan kolmen kuukauden kuluessa.', 'Begäran om utdrag av de uppgifter som lagras om dig besvaras inom tre månader.']) {
      expect(conditionFindings([passage(text)]).map((f) => f.ruleId)).toContain('response-time');
    }
  });

  it('Monday to Friday is no number of months', () => {
    const found = conditionFindings([passage('Frågor om dina rättigheter besvaras på telefon 08-123 45 67 mån–fre kl. 9–16.')]);
    expect(found.map((f) => f.ruleId)).not.toContain('response-time');
  });

  it('data required of the person is the provision said; an exception after a comma leaves it unsaid', () => {
    expect(saysProvision([passage('Your name and e-mail address are required to be provided so that we can deliver the order.', 1, 'data_categories')])).toBe(true);
    expect(saysProvision([passage('We don’t ask for any personal information, except your e-mail address.', 1, 'data_categories')])).toBe(false);
  });

  it('restriction said of the processing of the personal data, and access for the board only', () => {
    expect(stated('Du har även rätt till att behandlingen av personuppgifterna begränsas.')).toContain('restriction');
    expect(stated('Access is granted to members of the board only.')).not.toContain('access');
    expect(stated('Verohallinto voi pyytää jäsenmaksutiedot nähtäväksi.')).not.toContain('access');
  });

  it('the old office is outdated where the notice denies having a dataskyddsombud', () => {
    const found = conditionFindings([passage('Vi har inte utsett något dataskyddsombud, men vårt personuppgiftsombud Anna Berg nås på anna@exempel.se.', 3, 'dpo')]);
    expect(found.map((f) => f.messageId)).toContain('oldOffice');
  });

  it('a city named with its private producer is a public body', () => {
    const lines = ['Kasvatuksen ja koulutuksen toimiala', 'Rekisterinpitäjä on Helsingin kaupunki, jonka lukuun palvelun tuottaa yksityinen yritys.'];
    expect(controllerIsPublicBody(lines.map((t, i) => passage(t, i + 1, 'controller')), 'Kasvatuksen ja koulutuksen toimiala')).toBe(true);
  });

  it('erasure with the need as one example is not offered on one ground only', () => {
    const bound = (text: string) => narrowedRights([passage(text)]).filter((f) => f.messageId === 'neededOnly');
    expect(bound('You have the right to have your data erased in particular if they are no longer necessary.')).toHaveLength(0);
    expect(bound('Du har rätt att få dina uppgifter raderade bland annat om de inte längre behövs.')).toHaveLength(0);
    expect(bound('Sinulla on oikeus tietosuoja-asetuksen perusteella saada tietosi poistetuksi, jos tietoja ei enää tarvita.')).toHaveLength(1);
  });

  it('consent one chooses at sign-up, in other words, is free', async () => {
    for (const text of [
      '# Integritetspolicy\n\n## Ändamål\n\nNär du registrerar dig kan du själv välja om du samtycker till att vi behandlar din e-postadress för nyhetsbrev.\n',
      '# Privacy\n\n## Purposes\n\nWhen you register, you can choose whether you agree to the processing of your e-mail address for our newsletter.\n',
    ]) {
      const found = await auditText(text);
      expect(found.some((d) => d.ruleId === 'invalid-consent' && d.message.startsWith('Consent given by signing up'))).toBe(false);
    }
  });
});
