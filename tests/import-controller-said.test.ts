/**
 * The controller as a notice without a part on it says who it is: the name it opens a sentence as ("At POLIFA,
 * we …"), the one it says answers for what the notice is about ("Ansvarig för kameraövervakningen är …"), the one
 * whose contact details it gives ("Kontaktuppgifter till IKSU: …"), the role said of "your data" ("Henkilötietojesi
 * rekisterinpitäjänä toimii …"); and the address a question is sent to, unless the sentence gives it as the DPO's.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Controller = { name?: string; email?: string; address?: { street?: string } };
const controllerOf = (text: string): Controller => importNotice(text, { format: 'text' }).register['controller'] as Controller;

describe('the name a notice speaks as', () => {
  it.each([
    ['en', 'At POLIFA, we are committed to protecting your privacy.\nWe collect your name and e-mail address to send you our newsletter.\n', 'POLIFA'],
    ['sv', 'På Exempelgymmet värnar vi om din integritet.\nVi samlar in ditt namn och din e-postadress för att skicka vårt nyhetsbrev.\n', 'Exempelgymmet'],
  ])('opening a sentence is the controller (%s)', (_lang, text, name) => {
    expect(controllerOf(text).name).toBe(name);
  });

  it('answering for what the notice is about is the controller (sv)', () => {
    const text = 'Policy för kameraövervakning\nAnsvarig för kameraövervakningen är Exempel Retail AB genom centrumledningen.\nSyftet med kamerabevakningen är primärt att förebygga brott men också att öka säkerheten för besökare och personal i centrumets entréer och servicegångar.\nHar ni några frågor, tveka inte att kontakta centrumledningen på centrum@exempel.se\n';
    expect(controllerOf(text)).toMatchObject({ name: 'Exempel Retail AB', email: 'centrum@exempel.se' });
  });

  it('whose contact details the notice gives is the controller (sv)', () => {
    const text = 'Dataskydd - Kameraövervakning\nVarför har vi kamerabevakning?\nSyftet med bevakningen är att förebygga brott i våra lokaler och att kunna utreda dem när de har skett.\nKontaktuppgifter till EXIKSU: dataskydd@exiksu.se\n';
    expect(controllerOf(text)).toMatchObject({ name: 'EXIKSU', email: 'dataskydd@exiksu.se' });
  });
});

describe('the role said of "your data"', () => {
  it('names the controller and its address (fi)', () => {
    const text = '# Tietosuojaseloste\n\n## Kuka on rekisterinpitäjä?\n\nHenkilötietojesi rekisterinpitäjänä toimii Esimerkki Oy, osoitteessa Katu 5 D 108, 02600 Espoo.\n';
    expect(importNotice(text, { format: 'markdown' }).register['controller']).toMatchObject({ name: 'Esimerkki Oy', address: { street: 'Katu 5 D 108' } });
  });
});

describe('an address for questions that the sentence gives as the DPO’s', () => {
  it('is the DPO’s, not the controller’s (sv)', () => {
    const text = 'Festivalen samlar in namn och e-postadress för kommunikation med deltagarna.\nVid frågor kontakta Martin Exempel (Data Protection Officer), martin@exempel.fi\n';
    const { register } = importNotice(text, { format: 'text' });
    expect((register['dpo'] as { email?: string }).email).toBe('martin@exempel.fi');
    expect((register['controller'] as Controller | undefined)?.email).toBeUndefined();
  });
});

describe('what the notice does not speak as', () => {
  it.each([
    ['the authority whose contacts it gives', 'Kameraövervakning\nSyftet med bevakningen är att förebygga brott i våra lokaler och att kunna utreda dem när de har skett, och vi sparar materialet i två veckor.\nKontaktuppgifter till Integritetsskyddsmyndigheten: imy@imy.se\n'],
    ['a person answering for the register', 'Medlemsregister\nAnsvarig för medlemsregistret är Anna Svensson, som nås på anna@example.se, och hon svarar på frågor om registret och om hur uppgifterna används.\n'],
    ['a season', 'At Christmas, we send a card to each member and keep their names and addresses for that purpose only, as described in this notice here.\n'],
  ])('is no controller: %s', (_what, text) => {
    const name = (controllerOf(text) as Controller | undefined)?.name;
    expect(name === undefined || name.startsWith('TODO')).toBe(true);
  });

  it('nor is the address for questions about another party or to the authority the controller\'s (sv)', () => {
    const text = '# Integritetspolicy\n\n## Betalning\n\nVid frågor om hur Klarna behandlar dina uppgifter, kontakta Klarna på dataskydd@klarna.se.\n\nVid frågor om klagomål, kontakta IMY på imy@imy.se.\n';
    expect((importNotice(text, { format: 'markdown' }).register['controller'] as Controller | undefined)?.email).toBeUndefined();
  });
});

describe('the one who keeps the register, named by a sentence that opens on it', () => {
  it.each([
    ['en', 'Privacy notice\nThe Spruce Rowing Club (SRC) maintains a personal data register of its members. Access to the register is limited to the board.\nRequests concerning the data or requests for rectification must be submitted in writing and sent to info@spruce.example.\n', 'Spruce Rowing Club', 'info@spruce.example'],
    ['sv', 'Integritetspolicy\nGranens roddklubb för ett medlemsregister över sina medlemmar. Tillgång till registret har styrelsen.\nFrågor om registret besvaras på info@granen.example.\n', 'Granens roddklubb', 'info@granen.example'],
  ] as const)('is the controller, and where to send requests about the data its address (%s)', (_lang, text, name, email) => {
    expect(controllerOf(text)).toMatchObject({ name, email });
  });

  it('not one who keeps another thing, nor a sentence that names a party in its middle', async () => {
    const { weNames } = await import('../src/import/recognise/we-name.js');
    expect(weNames('The board maintains the accounts. Members keep a register of their own games.')).toEqual([]);
  });
});

describe('the one a sentence says answers for the processing', () => {
  it.each([
    ['sv', 'Så behandlar vi dina personuppgifter\nVi sparar uppgifterna i ett år.\nKommunstyrelsen i Exempelby kommun är ytterst ansvarig för Novas hantering av personuppgifter.\n', 'Kommunstyrelsen i Exempelby kommun'],
    ['en', 'How we process your data\nWe keep the data for a year.\nThe Board of Example Town is ultimately responsible for the processing of personal data.\n', 'Board of Example Town'],
    ['fi', 'Näin käsittelemme tietojasi\nSäilytämme tiedot vuoden.\nEsimerkkikaupungin kaupunginhallitus vastaa viime kädessä henkilötietojen käsittelystä.\n', 'Esimerkkikaupungin kaupunginhallitus'],
    ['sv', 'Integritetspolicy\nVi sparar uppgifterna i ett år.\nExempel24 är personuppgiftsansvarig för behandlingen av dina personuppgifter.\n', 'Exempel24'],
  ] as const)('is the controller (%s)', (_lang, text, name) => {
    expect(controllerOf(text).name).toBe(name);
  });

  it('not one who answers for something else', () => {
    expect(controllerOf('How we process your data\nWe keep the data for a year.\nThe Board of Example Town is responsible for the town library.\n')?.name).toBeUndefined();
  });
});

describe('sentences on keeping a register or answering for processing that name no controller', () => {
  it.each([
    'Kukin kolmas osapuoli vastaa itse henkilötietojen käsittelystä omissa palveluissaan.',
    'Each user is responsible for the processing of personal data they upload.',
    'Kunden är personuppgiftsansvarig för behandlingen av personuppgifter i sitt konto.',
    'Föreningens styrelse är ansvarig för behandlingen av personuppgifter.',
    'Vi för ett register över våra medlemmar.',
    'The Finnish Tax Administration maintains a register of taxpayers, from which we receive your tax details.',
  ])('"%s"', async (sentence) => {
    const { weNames } = await import('../src/import/recognise/we-name.js');
    expect(weNames(sentence)).toEqual([]);
  });

  it('leave the controller a notice names before them as it was', () => {
    const text = 'Tietosuojaseloste\nKuusen Soutuseura ylläpitää jäsenrekisteriä. Tietoja käytetään jäsenmaksujen perintään.\nJäsenrekisterin ohjelmistotoimittaja vastaa itse henkilötietojen käsittelystä omissa palveluissaan.\n';
    expect(controllerOf(text).name).toBe('Kuusen Soutuseura');
  });

  it('a request sent to another party at its address gives the controller no address', () => {
    const text = 'Privacy notice\nThe Spruce Rowing Club (SRC) maintains a personal data register of its members.\nRequests for access to data held in the national rowing licence register must be sent to the Finnish Rowing Federation at licence@federation.example.\n';
    expect(controllerOf(text).email).toBeUndefined();
  });
});

describe('the one who runs the service, said to answer for it', () => {
  it.each([
    ['en', 'Birdy: Privacy Policy\nBirdy is built and operated by AlbIT AB (org. no. 559593-7607, Solna, Sweden), which is responsible for the app and for the website.\nWe do not collect personal data through the app.\nQuestions? Email albin@albit.example\n', 'AlbIT AB'],
    ['sv', 'Integritetspolicy\nAppen drivs av Exempel AB (org.nr 559593-7607), som ansvarar för appen och webbplatsen.\nVi samlar inte in personuppgifter i appen.\nFrågor? Mejla info@exempel.example\n', 'Exempel AB'],
  ])('is the controller (%s)', (_lang, text, name) => {
    expect(controllerOf(text).name).toBe(name);
  });
});
