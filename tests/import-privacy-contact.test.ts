import { describe, expect, it } from 'vitest';
import { type Lang, register } from './import-draft.js';

describe('the person to contact in matters of data protection, under the controller', () => {
  const labelled: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nKuusi Oy\nY-tunnus: 1234567-1\nSähköposti: info@kuusi.example\n\nTietosuojaa koskevissa asioissa yhteyshenkilö:\nNimi: Anna Aho\nSähköposti: anna@kuusi.example\n'],
    ['sv', '# Integritetspolicy\n\n## 1. Personuppgiftsansvarig\n\nGran AB\nOrg.nr: 556677-8899\nE-post: info@gran.example\n\nI frågor om dataskydd, kontaktperson:\nNamn: Anna Berg\nE-post: anna@gran.example\n'],
    ['en', '# Privacy policy\n\n## 1. Controller\n\nSpruce Ltd.\nBusiness ID: 1234567-1\nEmail: info@spruce.example\n\nIn matters regarding data protection, the contact person is:\nName: Anna Smith\nEmail: anna@spruce.example\n'],
  ];
  it.each(labelled)('a label that says the matters first, then the contact person, names them (%s)', (lang, text) => {
    const found = register(text, lang);
    expect(found['contact_person']).toEqual({ name: { fi: 'Anna Aho', sv: 'Anna Berg', en: 'Anna Smith' }[lang], email: `anna@${{ fi: 'kuusi', sv: 'gran', en: 'spruce' }[lang]}.example` });
    expect(found['controller']['email']).toBe(`info@${{ fi: 'kuusi', sv: 'gran', en: 'spruce' }[lang]}.example`);
  });

  it('a sentence that says whom to contact in matters of data protection, with the name and e-mail after a colon', () => {
    const text = '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nKuusi Oy\nY-tunnus 1234567-1\nSähköposti: info@kuusi.example\n\nTietosuojaa koskevissa asioissa voit olla yhteydessä: Anna Aho, anna@kuusi.example.\n';
    expect(register(text, 'fi')['contact_person']).toEqual({ name: 'Anna Aho', email: 'anna@kuusi.example' });
  });

  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Yhteystiedot\n\nTietosuojaa koskevissa asioissa voit ottaa yhteyttä:\nEsimerkki Oy\nSatamakatu 1\n00100 Helsinki\ninfo@esimerkki.fi\n'],
    ['en', '# Privacy policy\n\n## Contact details\n\nIn matters regarding data protection, please contact us:\nExample Ltd\nHarbour Street 1\n00100 Helsinki\ninfo@example.fi\n'],
  ] as [Lang, string][])('"in matters of data protection, contact" over the controller\'s own details leaves them the controller\'s (%s)', (lang, text) => {
    const found = register(text, lang);
    expect(found['controller']).toMatchObject({ email: lang === 'fi' ? 'info@esimerkki.fi' : 'info@example.fi' });
    expect(found['contact_person']).toBeUndefined();
  });

  it('a heading that names the DPO as the one to contact in matters of data protection heads the DPO\'s details', () => {
    const text = '# Privacy policy\n\n## Questions about data protection, please contact our Data Protection Officer\n\nAnna Smith\ndpo@example.com\n';
    expect(register(text, 'en')['dpo']).toMatchObject({ email: 'dpo@example.com' });
    expect(register(text, 'en')['contact_person']).toBeUndefined();
  });

  it('"Person in charge of data controlling" under the controller is the contact person; an abbreviated company form keeps its dot', () => {
    const text = '# Privacy policy\n\n## Data Controller\n\nTicketing Ltd. (hereafter "data controller") Harbour Street 17 A 40100 JYVÄSKYLÄ\n\nPerson in charge of data controlling:\n\nHenri Virtanen, support@ticketing.example\n';
    const found = register(text, 'en');
    expect(found['controller']['name']).toBe('Ticketing Ltd.');
    expect(found['contact_person']).toEqual({ name: 'Henri Virtanen', email: 'support@ticketing.example' });
  });

  it('an address a page prints twice, glued, is one address', () => {
    const text = '# Privacy policy\n\n## Data Controller\n\nTicketing Ltd.\nHarbour Street 17 A\n40100 JYVÄSKYLÄ\n\nIf you have any questions about this privacy policy, please chat us by email at support@ticketing.fisupport@ticketing.fi\n';
    expect(register(text, 'en')['controller']['email']).toBe('support@ticketing.fi');
  });

  it('the person under the controller\'s name is the contact person, though a label for data protection gives only the controller\'s e-mail', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nT:mi Vanhat Kirjat\\\nAnna M. Aho\\\nKirjakatu 4\\\n33100 Tampere\\\nSähköposti: anna@kirjat.example\n\nTietosuojaa koskevissa asioissa yhteyshenkilö: anna@kirjat.example\n';
    expect(register(text, 'fi')['contact_person']).toEqual({ name: 'Anna M. Aho', email: 'anna@kirjat.example' });
  });
});
