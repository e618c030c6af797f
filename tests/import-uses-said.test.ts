/**
 * What the data are used for, said with a word that narrows it ("This data is used specifically to:", "Tietoja
 * käytetään ainoastaan:", "Uppgifterna används endast för:"): the items are purposes, not data; and an interest said
 * as one's own beside a balancing of interests ("våra behov och intressen att förebygga brott väger tyngre") is the
 * interest of the purpose that rests on it.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { interestIn } from '../src/import/recognise/interest.js';

const NOTICES: ['fi' | 'sv' | 'en', string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Mitä keräämme ja miksi\n\nKeräämme:\n\n- Nimi\n- Sähköpostiosoite\n\nTietoja käytetään ainoastaan:\n\n- Uutiskirjeen lähettämiseen\n- Yhteydenottoihin vastaamiseen\n'],
  ['sv', '# Integritetspolicy\n\n## Vad vi samlar in och varför\n\nVi samlar in:\n\n- Namn\n- E-postadress\n\nUppgifterna används endast för:\n\n- Att skicka nyhetsbrev\n- Att svara på frågor\n'],
  ['en', '# Privacy policy\n\n## What We Collect and Why\n\nWe collect:\n\n- Name\n- Email address\n\nThis data is used specifically to:\n\n- Send newsletters\n- Respond to direct inquiries\n'],
];

describe('a list of uses under a lead-in that narrows them', () => {
  it.each(NOTICES)('is the purposes, and the other list the data (%s)', (lang, text) => {
    const { register } = importNotice(text, { format: 'markdown' });
    expect((register['purposes'] as unknown[]).length).toBe(2);
    expect((register['data_categories'] as { description: Record<string, string> }[]).map((d) => d.description[lang])).toHaveLength(2);
  });
});

describe('an interest said as one’s own', () => {
  it.each([
    ['IKSU bedömer att våra behov och intressen att förebygga och utreda brottslighet väger tyngre än det intrång som bevakningen innebär.', 'förebygga och utreda brottslighet'],
    ['Det är vårt och allmänhetens intresse av att ha kamerabevakning för att skapa trygghet.', 'ha kamerabevakning för att skapa trygghet'],
    ['We rely on a balancing of interests: our interest in preventing theft outweighs the intrusion.', 'preventing theft'],
    ['This processing is done on the basis of our legitimate interest of properly providing and improving our Service.', 'properly providing and improving our Service'],
    ['This processing is done on the basis of our legitimate interest of overseeing, monitoring and properly policing our Service.', 'overseeing, monitoring and properly policing our Service'],
  ])('is the interest pursued: %s', (text, interest) => {
    expect(interestIn(text)).toBe(interest);
  });

  it.each([
    'Vi har vägt vårt intresse mot ditt intresse av att inte bli filmad.',
    'We have weighed our interest against your interest in keeping your movements private.',
    'Vår personal har inget intresse av att titta på inspelningarna.',
    'Processing rests on the legitimate interests of Viking Line and its partners.',
  ])('is not the person\'s interest, nor one denied: %s', (text) => {
    expect(interestIn(text)).toBeUndefined();
  });
});
