/** What a section's heading names, in words read on published notices. */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../src/import/headings.js';

describe('the words of a heading', () => {
  it.each([
    ['Insamling av personuppgifter', 'data_categories'],
    ['a) Personal data that is collected', 'data_categories'],
    ['b) Reason for collection of personal data', 'purposes'],
    ['c) Personal data is shared with', 'recipients'],
    ['d) Period personal data is saved', 'retention'],
    ['Data stored in the Registry', 'data_categories'],
    ['Information we store', 'data_categories'],
    ['2. Personuppgiftsombud', 'dpo'],
    ['7.2 What are cookies and how do we use them?', 'cookies'],
    ['Vad är kakor och hur använder vi dem?', 'cookies'],
    ['Mitä evästeet ovat ja miten käytämme niitä?', 'cookies'],
    ['Personuppgiftsansvariges personuppgiftsombud', 'dpo'],
    ['Collection of personal data', 'data_categories'],
    ['Kontaktinformation', 'contact'],
    ['1. Register keeper', 'controller'],
    ['Keeper of the register', 'controller'],
    ['1. Registry administrator', 'controller'],
    ['Personuppgiftsansvar', 'controller'],
    ['6. Regular data hand over', 'recipients'],
    ['Receiving your personal details', 'recipients'],
    ['A Manuaalinen aineisto', 'security'],
    ['B ATK:lla käsiteltävät tiedot', 'security'],
    ['B. ATK:lla käsiteltävät tiedot', 'security'],
    ['10. Tarkastus-, kielto- ja korjausoikeus', 'rights'],
    ['Varför uppgifterna behandlas', 'purposes'],
    ['Miksi tietoja käsitellään', 'purposes'],
    ['Why your data are processed', 'purposes'],
    ['Varför', 'purposes'],
    ['Miksi?', 'purposes'],
    ['Why', 'purposes'],
    ['What do we do with it?', 'purposes'],
    ['Mitä teemme tiedoillasi?', 'purposes'],
    ['Vad gör vi med dina uppgifter?', 'purposes'],
    ['Vem som ansvarar', 'controller'],
    ['Vad jag samlar in', 'data_categories'],
    ['Mitä keräämme', 'data_categories'],
    ['What we collect', 'data_categories'],
    ['1. Information Collection', 'data_categories'],
    ['Tietojen kerääminen', 'data_categories'],
    ['Datainsamling', 'data_categories'],
    ['Rekisterin sisältämät tiedot', 'data_categories'],
    ['5. Rekisterien sisältämät tiedot henkilöistä', 'data_categories'],
    ['Submitted personal data', 'data_categories'],
    ['Information you provide to us', 'data_categories'],
    ['Tiedot, jotka annat meille', 'data_categories'],
    ['Uppgifter som du lämnar till oss', 'data_categories'],
    ['3. Miten saamme tietosi?', 'sources'],
    ['Hur får vi dina uppgifter?', 'sources'],
    ['How do we get your data?', 'sources'],
    ['3. Miten tiedot suojataan', 'security'],
    ['Hur skyddas uppgifterna', 'security'],
    ['Hur vi skyddar dina uppgifter', 'security'],
    ['How do we keep your Personal Data safe?', 'security'],
    ['Miten pidämme tietosi turvassa?', 'security'],
    ['Hur håller vi dina uppgifter säkra?', 'security'],
    ['How long do we keep your data?', 'retention'],
    ['Kuinka kauan tietoja säilytetään turvallisesti?', 'retention'],
    ['Miten kauan tietosi säilytetään ja pidetään turvassa?', 'retention'],
    ['Revisionshistorik', 'changes'],
    ['Versiohistoria', 'changes'],
    ['Revision history', 'changes'],
    ['7. Information shared with 3rd parties', 'recipients'],
    ['5. Data Holvi retains', 'retention'],
  ])('"%s" is a section on %s', (heading, kind) => {
    expect(classifyHeading(heading)[0]).toBe(kind);
  });

  it.each(['Muutokset', '9. Muutokset tähän selosteeseen', 'Tietosuojaselosteen muutokset', 'Selosteeseen tehtävät muutokset', 'Olennaiset muutokset'])('"%s" is on the notice’s changes', (heading) => {
    expect(classifyHeading(heading)).toContain('changes');
  });

  it.each(['Hur får vi behandla dina uppgifter?', 'Miten saamme käyttää tietojasi?', 'Var finns vi?', 'Where is the office'])('"%s" is no section on sources or transfers', (heading) => {
    expect(classifyHeading(heading)).not.toContain('sources');
    expect(classifyHeading(heading)).not.toContain('transfers');
  });

  it.each(['Information you shared with us', 'Data shared with us'])('"%s" is no section on recipients', (heading) => {
    expect(classifyHeading(heading)).not.toContain('recipients');
  });

  it.each([
    'Invänd mot behandling baserad på vårt berättigade intresse', 'Begränsa behandlingen av uppgifter', 'Dataportabilitet',
    'Vastusta käsittelyä, joka perustuu oikeutettuun etuumme', 'Rajoita tietojesi käsittelyä', 'Tietojen siirrettävyys',
    'Object to processing based on our legitimate interests', 'Restrict the processing of your data', 'Data portability',
  ])('"%s", a right said as what the person may do, is on the rights', (heading) => {
    expect(classifyHeading(heading)[0]).toBe('rights');
  });

  it.each([
    ['Rajoitamme tietojen käsittelyä', undefined],
    ['Tietojen siirrot ja siirrettävyys', 'transfers'],
    ['Restricting use of cookies', 'cookies'],
    ['Begränsad användning av cookies', 'cookies'],
    ['Restricting use of your data to authorised staff', 'purposes'],
  ])('"%s", what the controller does, is no heading of the rights', (heading, kind) => {
    expect(classifyHeading(heading)[0]).toBe(kind);
  });

  it.each(['EU:s dataskyddsförordning (GDPR) trädde i kraft 25.5.2018', 'Dataskyddslagen och dina uppgifter'])('"%s", naming the law, is no section on security', (heading) => {
    expect(classifyHeading(heading)).not.toContain('security');
  });

  it.each(['Tredje parter', 'Third parties', 'Kolmannet osapuolet'])('"%s" alone is on the recipients', (heading) => {
    expect(classifyHeading(heading)).toEqual(['recipients']);
  });

  it('"Utlämnande av registrets uppgifter" is on recipients first', () => {
    expect(classifyHeading('Utlämnande av registrets uppgifter')[0]).toBe('recipients');
  });

  it.each(['3. Miksi ja millä perusteella', 'Varför och på vilken grund', 'Why and on what basis'])('"%s" is on the purposes and their bases', (heading) => {
    expect(classifyHeading(heading)).toEqual(['purposes', 'legal_basis']);
  });

  it.each(['Why and when we contact you', 'Varför och hur länge sparas uppgifterna', 'Miksi ja milloin otamme yhteyttä'])('"%s" is no section on the purposes or the bases', (heading) => {
    expect(classifyHeading(heading)).not.toContain('purposes');
    expect(classifyHeading(heading)).not.toContain('legal_basis');
  });

  it.each(['Intellectual property rights', 'Immateriella rättigheter', 'Upphovsrätt', 'Immateriaalioikeudet', 'Tekijänoikeudet ja tavaramerkit', 'Copyright'])(
    '"%s" are no rights of the data subject',
    (heading) => {
      expect(classifyHeading(heading)).not.toContain('rights');
    },
  );

  it('changes to someone’s business are not the notice’s changes', () => {
    expect(classifyHeading('Sopimusyrittäjien toiminnan muutokset')).not.toContain('changes');
  });
});

describe('headings on the data collected and their use', () => {
  it.each([
    ['Information Collection and Use'],
    ['Data collection and usage'],
    ['Henkilötietojen keruu ja käyttö'],
    ['Tietojen kerääminen ja niiden käyttö'],
    ['Uppgiftsinsamling och användning'],
    ['Insamling och användning av personuppgifter'],
    ['Collection and use of personal data'],
  ])('%s names the data and the purposes', (heading) => {
    expect(new Set(classifyHeading(heading))).toEqual(new Set(['data_categories', 'purposes']));
  });
});

describe('a heading on a case of the organisation’s role', () => {
  it.each([['När Norrplex är personuppgiftsansvarig'], ['3.2 När vi är personuppgiftsbiträde'], ['Kun toimimme rekisterinpitäjänä'], ['Kun olemme henkilötietojen käsittelijä'], ['When we act as a processor'], ['When Example is the controller'], ['When we are acting as a data processor'], ['När vi agerar personuppgiftsbiträde'], ['When acting as a controller'], ['When we are a joint controller']])(
    '%s names no part',
    (heading) => {
      expect(classifyHeading(heading)).toEqual([]);
    },
  );

  it.each([['When your data is shared with third parties'], ['Kun tietoja on tarpeen luovuttaa'], ['Om vi är skyldiga att lämna ut uppgifter'], ['When we rely on service providers']])(
    '%s still names the recipients',
    (heading) => {
      expect(classifyHeading(heading)).toContain('recipients');
    },
  );
});

describe('a heading that asks what is done with the data in one case', () => {
  it.each([
    ['What do we do with the information collected by cookies?', 'cookies'],
    ['Vad gör vi med uppgifterna från kakor?', 'cookies'],
    ['What do we do with your data outside the EU?', 'transfers'],
    ['What do we do with your data when you leave?', undefined],
    ['Mitä teemme tiedoilla, joita emme enää tarvitse?', undefined],
    ['Vad gör vi med dina uppgifter när du avslutar ditt konto?', undefined],
  ] as const)('%s is no section on the purposes', (heading, kind) => {
    const kinds = classifyHeading(heading);
    expect(kinds).not.toContain('purposes');
    if (kind) expect(kinds[0]).toBe(kind);
  });
});

describe('a heading on the contact persons of other organisations', () => {
  it.each([
    ['2.3 Contact persons at a vendor or another business partner'],
    ["Our customers' contact persons"],
    ['Asiakasyritysten yhteyshenkilöt'],
    ['Yhteistyökumppanien yhteyshenkilöt'],
    ['Kontaktpersoner hos våra leverantörer'],
    ['Kunders kontaktpersoner'],
    ['Kontaktperson hos en leverantör'],
  ])('"%s" heads a group of people the data are about, not the controller’s contact person', (heading) => {
    expect(classifyHeading(heading)).toEqual([]);
  });

  it.each([['Yhteyshenkilö'], ['Contact person'], ['Kontaktperson i registerärenden'], ['Contact person for the register'], ['Contact person for other matters'], ['Contact person in the company'], ['Contact persons for customer matters'], ['Asiakkaiden yhteyshenkilö']])('"%s" is the contact person', (heading) => {
    expect(classifyHeading(heading)[0]).toBe('contact_person');
  });
});

describe('the register’s data named in a heading of another part', () => {
  it.each(['Rekisterin sisältämien tietojen säilytysaika', 'Rekisterin sisältämien tietojen luovutus', 'Evästeiden tietotyypit'])('"%s" is not the part on data', (heading) => {
    expect(classifyHeading(heading)).not.toContain('data_categories');
  });
  it.each(['Rekisterin sisältämät tiedot', 'Rekisterin sisältämät tietotyypit'])('"%s" is', (heading) => {
    expect(classifyHeading(heading)).toContain('data_categories');
  });
});

describe('a heading of the contact form', () => {
  it.each(['Use of contact forms on our website', 'Contact form', 'Yhteydenottolomake', 'Kontaktformulär'])('"%s" is no section of contact details', (heading) => {
    expect(classifyHeading(heading)).not.toContain('contact');
  });
  it.each(['Contact us', 'Yhteydenotot', 'Contact information'])('"%s" is', (heading) => {
    expect(classifyHeading(heading)).toContain('contact');
  });
});

describe('a heading on how the site uses cookies', () => {
  it.each(['How do we use Cookies?', 'How we use cookies', 'Miten käytämme evästeitä?', 'Hur använder vi cookies?'])('"%s" is the part on cookies, not on purposes', (heading) => {
    expect(classifyHeading(heading)).toEqual(['cookies']);
  });
  it('"How do we use your data?" is on purposes', () => {
    expect(classifyHeading('How do we use your data?')).toEqual(['purposes']);
  });
});

describe('data received from others', () => {
  it('is no heading on recipients', () => {
    expect(classifyHeading('Receiving personal data from third parties')).not.toContain('recipients');
    expect(classifyHeading('Receiving your personal details')).toEqual(['recipients']);
  });
});
