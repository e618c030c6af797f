/**
 * Generator of realistic, varied registers for benchmarks: fictional Finnish controllers in several
 * sectors, 3–8 purposes on different legal bases, data categories with provision and consequences,
 * sources, recipients (some outside the EEA, on standard contractual clauses or the Data Privacy
 * Framework), retention with periods, rights channels, `automated_decisions: none`, and a shared
 * organisation file for some controllers. Deterministic: the same seed gives the same files.
 *
 *   import { generateRegisters } from './generate.js';
 *   await generateRegisters('/tmp/regs', 1000, { languages: ['fi', 'en'], seed: 1 });
 *
 * Also runnable: `node bench/generate.js DIR N [SEED]`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

// ---------------------------------------------------------------------------------------------
// Seeded pseudo-random numbers (mulberry32).

export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  /** `k` distinct items of `list`, in the list's order. */
  const sample = (list, k) => {
    const idx = list.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx
      .slice(0, Math.min(k, list.length))
      .sort((x, y) => x - y)
      .map((i) => list[i]);
  };
  return { next, int, pick, chance, sample };
}

// ---------------------------------------------------------------------------------------------
// Building blocks. Texts are written in Finnish and English. Any other configured language gets
// the English text, so that registers pass the translation check (the wording is then English).

const FIRST = ['Aino', 'Eino', 'Helmi', 'Juho', 'Kaisa', 'Lauri', 'Maria', 'Mikko', 'Noora', 'Olli', 'Pia', 'Risto', 'Sanna', 'Tuomas', 'Venla', 'Ville', 'Elina', 'Antti', 'Laura', 'Jari'];
const LAST = ['Aaltonen', 'Heikkinen', 'Hämäläinen', 'Järvinen', 'Korhonen', 'Koskinen', 'Laine', 'Lehtonen', 'Mäkinen', 'Nieminen', 'Niemi', 'Rantanen', 'Salminen', 'Virtanen', 'Väisänen', 'Lindholm', 'Saarinen', 'Kallio'];
const CITIES = [
  ['Helsinki', '00100'], ['Espoo', '02100'], ['Tampere', '33100'], ['Turku', '20100'], ['Oulu', '90100'], ['Jyväskylä', '40100'],
  ['Kuopio', '70100'], ['Lahti', '15110'], ['Pori', '28100'], ['Joensuu', '80100'], ['Vaasa', '65100'], ['Rovaniemi', '96100'],
  ['Seinäjoki', '60100'], ['Hämeenlinna', '13100'], ['Lappeenranta', '53100'], ['Kotka', '48100'],
];
const STREETS = ['Kauppakatu', 'Rantatie', 'Koivukuja', 'Myllypurontie', 'Satamakatu', 'Puistokatu', 'Asemakatu', 'Teollisuustie', 'Kirkkokatu', 'Pajatie', 'Hakaniemenranta', 'Kalevankatu'];
const NAME_PARTS = ['Lumo', 'Kuura', 'Revon', 'Tuike', 'Kaarna', 'Sointu', 'Pihla', 'Virta', 'Kide', 'Hilla', 'Aalto', 'Tähti', 'Louhi', 'Sarastus', 'Ilta', 'Kaiku', 'Kallio', 'Myrsky', 'Paju', 'Otava'];

/** Sectors: what the controller does, whom the register is about, and purposes typical of it. */
const SECTORS = [
  {
    key: 'shop', word: { fi: 'Kauppa', en: 'Shop' }, form: 'Oy',
    name: { fi: 'Verkkokaupan asiakasrekisteri', en: 'Web shop customer register' },
    what: { fi: 'verkkokauppansa asiakkaiden ja uutiskirjeen tilaajien', en: 'its web shop customers and newsletter subscribers' },
    subjects: [{ fi: 'Verkkokaupan asiakkaat', en: 'Web shop customers' }, { fi: 'Uutiskirjeen tilaajat', en: 'Newsletter subscribers' }],
    typical: ['orders', 'payments', 'support', 'newsletter', 'accounting', 'analytics'],
  },
  {
    key: 'gym', word: { fi: 'Liikunta', en: 'Fitness' }, form: 'Oy',
    name: { fi: 'Kuntosalin jäsenrekisteri', en: 'Gym member register' },
    what: { fi: 'kuntosalinsa jäsenten ja kokeilukäyntien asiakkaiden', en: 'its gym members and trial visitors' },
    subjects: [{ fi: 'Kuntosalin jäsenet', en: 'Gym members' }, { fi: 'Kokeilukäyntien asiakkaat', en: 'Trial visitors' }],
    typical: ['membership', 'payments', 'access', 'cctv', 'newsletter', 'accounting'],
  },
  {
    key: 'saas', word: { fi: 'Data', en: 'Data' }, form: 'Oy',
    name: { fi: 'Pilvipalvelun käyttäjärekisteri', en: 'Cloud service user register' },
    what: { fi: 'pilvipalvelunsa käyttäjien ja asiakasyritysten yhteyshenkilöiden', en: 'the users of its cloud service and the contact persons of customer companies' },
    subjects: [{ fi: 'Palvelun käyttäjät', en: 'Users of the service' }, { fi: 'Asiakasyritysten yhteyshenkilöt', en: 'Contact persons of customer companies' }],
    typical: ['service', 'support', 'security', 'analytics', 'development', 'payments'],
  },
  {
    key: 'school', word: { fi: 'Kielikoulu', en: 'Language School' }, form: 'Oy',
    name: { fi: 'Kielikoulun opiskelijarekisteri', en: 'Language school student register' },
    what: { fi: 'kielikurssiensa opiskelijoiden ja kurssille ilmoittautuneiden', en: 'the students of its language courses and people who sign up for courses' },
    subjects: [{ fi: 'Kurssien opiskelijat', en: 'Course students' }, { fi: 'Kursseille ilmoittautuneet', en: 'People who sign up for courses' }],
    typical: ['courses', 'payments', 'feedback', 'newsletter', 'accounting', 'claims'],
  },
  {
    key: 'assoc', word: { fi: 'Seura', en: 'Club' }, form: 'ry',
    name: { fi: 'Yhdistyksen jäsenrekisteri', en: 'Association member register' },
    what: { fi: 'jäsentensä ja tapahtumiin osallistuvien', en: 'its members and the participants of its events' },
    subjects: [{ fi: 'Yhdistyksen jäsenet', en: 'Members of the association' }, { fi: 'Tapahtumiin osallistuvat', en: 'Participants of events' }],
    typical: ['memberlist', 'fees', 'events', 'newsletter', 'accounting'],
  },
  {
    key: 'housing', word: { fi: 'Isännöinti', en: 'Property Management' }, form: 'Oy',
    name: { fi: 'Asukasrekisteri', en: 'Resident register' },
    what: { fi: 'isännöimiensä taloyhtiöiden asukkaiden ja osakkaiden', en: 'the residents and shareholders of the housing companies it manages' },
    subjects: [{ fi: 'Asukkaat', en: 'Residents' }, { fi: 'Osakkaat', en: 'Shareholders' }],
    typical: ['tenancy', 'maintenance', 'payments', 'access', 'accounting', 'claims'],
  },
  {
    key: 'cafe', word: { fi: 'Kahvila', en: 'Café' }, form: 'Oy',
    name: { fi: 'Kanta-asiakasrekisteri', en: 'Loyalty programme register' },
    what: { fi: 'kanta-asiakasohjelmansa jäsenten', en: 'the members of its loyalty programme' },
    subjects: [{ fi: 'Kanta-asiakkaat', en: 'Loyalty programme members' }],
    typical: ['loyalty', 'postal', 'newsletter', 'feedback', 'analytics', 'cctv'],
  },
  {
    key: 'events', word: { fi: 'Tapahtumat', en: 'Events' }, form: 'Oy',
    name: { fi: 'Tapahtumien osallistujarekisteri', en: 'Event participant register' },
    what: { fi: 'tapahtumiinsa ilmoittautuneiden ja lippuja ostaneiden', en: 'people who register for its events and buy tickets' },
    subjects: [{ fi: 'Tapahtumiin ilmoittautuneet', en: 'People registered for events' }, { fi: 'Lipun ostajat', en: 'Ticket buyers' }],
    typical: ['events', 'payments', 'support', 'feedback', 'security', 'accounting'],
  },
];

/**
 * Purposes with the data categories they use. `categories` refer to CATEGORIES by id; `source`
 * adds a source type; `recipients` refer to RECIPIENT_KINDS.
 */
const PURPOSES = {
  orders: {
    description: { fi: 'Tilausten vastaanottaminen ja toimittaminen', en: 'Receiving and delivering orders' },
    legal_basis: 'contract', categories: ['contact', 'orders'], recipients: ['carrier'],
  },
  payments: {
    description: { fi: 'Laskutus ja maksujen käsittely', en: 'Invoicing and handling payments' },
    legal_basis: 'contract', categories: ['contact', 'billing'], recipients: ['payment'],
  },
  support: {
    description: { fi: 'Asiakaspalvelu sekä palautteiden ja reklamaatioiden käsittely', en: 'Customer service and handling feedback and complaints' },
    legal_basis: 'contract', categories: ['contact', 'messages'], recipients: ['helpdesk'],
  },
  service: {
    description: { fi: 'Palvelun tarjoaminen: käyttäjätilin luominen, kirjautuminen ja palvelun toiminnot', en: 'Providing the service: creating the user account, signing in and the functions of the service' },
    legal_basis: 'contract', categories: ['contact', 'account', 'content'], recipients: ['hosting'],
  },
  membership: {
    description: { fi: 'Jäsenyyden hoitaminen: jäsensopimus, kulkuoikeudet ja jäsenmaksut', en: 'Managing the membership: the membership contract, access rights and membership fees' },
    legal_basis: 'contract', categories: ['contact', 'membership', 'billing'], recipients: ['hosting'],
  },
  courses: {
    description: { fi: 'Kurssien järjestäminen: ilmoittautumiset, ryhmäjako, läsnäolot ja todistukset', en: 'Running the courses: sign-ups, groups, attendance and certificates' },
    legal_basis: 'contract', categories: ['contact', 'studies'], recipients: ['hosting'],
  },
  memberlist: {
    description: { fi: 'Yhdistyslain edellyttämän jäsenluettelon pitäminen', en: 'Keeping the member list required by the Associations Act' },
    legal_basis: 'legal_obligation', law: { fi: 'Yhdistyslaki (503/1989) 11 §', en: 'Associations Act (503/1989), section 11' },
    categories: ['contact', 'membership'], recipients: [],
  },
  fees: {
    description: { fi: 'Jäsenmaksujen laskutus ja perintä', en: 'Invoicing and collecting membership fees' },
    legal_basis: 'contract', categories: ['billing'], recipients: ['payment'],
  },
  events: {
    description: { fi: 'Tapahtumien järjestäminen: ilmoittautumiset, liput ja osallistujalistat', en: 'Organising events: registrations, tickets and participant lists' },
    legal_basis: 'contract', categories: ['contact', 'tickets'], recipients: ['ticketing'],
  },
  tenancy: {
    description: { fi: 'Asukas- ja osakasluettelon pitäminen sekä vuokrasopimusten hoitaminen', en: 'Keeping the list of residents and shareholders and managing tenancy agreements' },
    legal_basis: 'contract', categories: ['contact', 'residence'], recipients: ['hosting'],
  },
  maintenance: {
    description: { fi: 'Vikailmoitusten ja huoltopyyntöjen käsittely', en: 'Handling fault reports and maintenance requests' },
    legal_basis: 'contract', categories: ['contact', 'messages'], recipients: ['maintenance'],
  },
  loyalty: {
    description: { fi: 'Kanta-asiakasohjelman ylläpito ja ostoihin perustuvat edut', en: 'Running the loyalty programme and the benefits based on purchases' },
    legal_basis: 'contract', categories: ['contact', 'purchases'], recipients: ['hosting'],
  },
  accounting: {
    description: { fi: 'Kirjanpito ja verotus', en: 'Bookkeeping and taxation' },
    legal_basis: 'legal_obligation', law: { fi: 'Kirjanpitolaki (1336/1997)', en: 'Accounting Act (1336/1997)' },
    categories: ['accounting'], recipients: ['accountant', 'tax'],
  },
  newsletter: {
    description: { fi: 'Uutiskirje, jossa kerromme uutuuksista, tapahtumista ja tarjouksista', en: 'A newsletter about new products, events and offers' },
    legal_basis: 'consent', direct_marketing: true,
    consent: {
      how_given: { fi: 'Tilaat uutiskirjeen rastittamalla kohdan lomakkeella ja vahvistamalla tilauksen sähköpostiisi lähetetystä linkistä.', en: 'You subscribe by ticking the box on the form and confirming through the link we e-mail to you.' },
      how_to_withdraw: { fi: 'Peruuta tilaus jokaisen uutiskirjeen lopussa olevasta linkistä. Peruutus tulee voimaan heti.', en: 'Unsubscribe through the link at the end of every newsletter. The withdrawal takes effect at once.' },
    },
    categories: ['newsletter'], recipients: ['mailer'],
  },
  analytics: {
    description: { fi: 'Verkkosivuston käytön tilastointi sivuston kehittämiseksi', en: 'Measuring the use of the website to develop it' },
    legal_basis: 'consent',
    consent: {
      how_given: { fi: 'Hyväksyt analytiikkaevästeet sivuston evästeikkunassa.', en: 'You accept analytics cookies in the website\'s cookie window.' },
      how_to_withdraw: { fi: 'Peruuta suostumus sivun alalaidan Evästeasetukset-linkistä; käyntejäsi ei tilastoida sen jälkeen.', en: 'Withdraw your consent through the Cookie settings link at the bottom of the page; your visits are no longer measured after that.' },
    },
    categories: ['usage'], source: 'observation', recipients: [],
  },
  security: {
    description: { fi: 'Tietoturvan ylläpito ja väärinkäytösten estäminen', en: 'Keeping the systems secure and preventing misuse' },
    legal_basis: 'legitimate_interests',
    legitimate_interest: { fi: 'Rekisterinpitäjän ja käyttäjien etu suojata käyttäjätilit ja järjestelmät luvattomalta käytöltä.', en: 'The interest of the controller and the users in protecting user accounts and systems against unauthorised use.' },
    categories: ['logs'], source: 'observation', recipients: ['hosting'],
  },
  development: {
    description: { fi: 'Palvelun kehittäminen käyttötilastojen ja virheraporttien perusteella', en: 'Developing the service on the basis of usage statistics and error reports' },
    legal_basis: 'legitimate_interests',
    legitimate_interest: { fi: 'Rekisterinpitäjän etu korjata virheet ja kehittää palvelua sen todellisen käytön perusteella. Tilastot kootaan niin, ettei yksittäistä käyttäjää tunnisteta.', en: 'The controller\'s interest in fixing errors and developing the service from how it is used. Statistics are compiled so that no single user is identified.' },
    categories: ['usage'], source: 'observation', recipients: ['hosting'],
  },
  feedback: {
    description: { fi: 'Asiakastyytyväisyyskyselyt palvelun parantamiseksi', en: 'Customer satisfaction surveys to improve the service' },
    legal_basis: 'legitimate_interests',
    legitimate_interest: { fi: 'Rekisterinpitäjän etu selvittää, miten asiakkaat kokevat palvelun. Kyselyyn vastaaminen on vapaaehtoista, ja kyselyt voi kieltää yhdellä viestillä.', en: 'The controller\'s interest in learning how customers find the service. Answering is optional, and one message is enough to stop the surveys.' },
    categories: ['contact', 'survey'], recipients: ['survey'],
  },
  postal: {
    description: { fi: 'Painetun asiakaslehden lähettäminen postitse asiakkaille', en: 'Sending the printed customer magazine by post to customers' },
    legal_basis: 'legitimate_interests', direct_marketing: true,
    legitimate_interest: { fi: 'Rekisterinpitäjän etu kertoa asiakkailleen uutuuksista kahdesti vuodessa. Asiakas odottaa tällaista postia, ja kielto toteutetaan yhdellä viestillä.', en: 'The controller\'s interest in telling its customers about new products twice a year. Customers expect such post, and one message is enough to stop it.' },
    categories: ['contact', 'suppression'], source: 'registry', recipients: ['printer'],
  },
  claims: {
    description: { fi: 'Oikeudellisten vaatimusten laatiminen, esittäminen ja puolustaminen', en: 'Establishing, exercising and defending legal claims' },
    legal_basis: 'legitimate_interests',
    legitimate_interest: { fi: 'Rekisterinpitäjän etu selvittää ja ratkaista riidat sopimussuhteesta.', en: 'The controller\'s interest in settling disputes about the contract.' },
    categories: ['contact', 'messages'], recipients: ['lawyer'],
  },
  cctv: {
    description: { fi: 'Tallentava kameravalvonta toimitilojen sisäänkäynneillä', en: 'Recorded camera surveillance at the entrances of the premises' },
    legal_basis: 'legitimate_interests',
    legitimate_interest: { fi: 'Rekisterinpitäjän etu suojata asiakkaat, henkilöstö ja omaisuus sekä selvittää vahinko- ja rikostapaukset. Valvonnasta kerrotaan kyltein sisäänkäynneillä.', en: 'The controller\'s interest in protecting customers, staff and property and in investigating damage and crime. Signs at the entrances tell about the surveillance.' },
    categories: ['recordings'], source: 'observation', recipients: ['police'],
  },
  access: {
    description: { fi: 'Kulunvalvonta: kulkutunnisteiden hallinta ja kulkutapahtumien kirjaaminen', en: 'Access control: managing access tags and recording entries' },
    legal_basis: 'legitimate_interests',
    legitimate_interest: { fi: 'Rekisterinpitäjän etu varmistaa, että tiloihin pääsevät vain niihin oikeutetut.', en: 'The controller\'s interest in making sure that only those entitled to enter can enter the premises.' },
    categories: ['entries'], source: 'observation', recipients: ['locks'],
  },
};

/** Data categories: description, provision, consequence, retention. */
const CATEGORIES = {
  contact: {
    description: { fi: 'Nimi, sähköpostiosoite, puhelinnumero ja postiosoite', en: 'Name, e-mail address, phone number and postal address' },
    provision: 'contract_precondition',
    consequence: { fi: 'Ilman yhteystietoja emme pysty tekemään sopimusta kanssasi.', en: 'Without your contact details we are unable to make a contract with you.' },
    retention: { period: 'P3Y', trigger: { fi: 'asiakassuhteen päättyminen', en: 'the end of the customer relationship' } },
  },
  orders: {
    description: { fi: 'Tilaustiedot: tuotteet, hinnat, toimitustapa ja toimituksen tila', en: 'Order data: products, prices, delivery method and delivery status' },
    provision: 'contract_precondition',
    consequence: { fi: 'Ilman tilaustietoja tilausta ei synny.', en: 'Without order data no order is made.' },
    retention: { period: 'P3Y', trigger: { fi: 'tilauksen toimittaminen', en: 'the delivery of the order' } },
  },
  billing: {
    description: { fi: 'Laskutustiedot: laskut, maksutapa, maksujen tila ja perintätiedot', en: 'Billing data: invoices, payment method, payment status and collection details' },
    provision: 'contractual',
    consequence: { fi: 'Ilman laskutustietoja emme pysty laskuttamaan palvelusta.', en: 'Without billing data we are unable to invoice for the service.' },
    retention: { period: 'P3Y', trigger: { fi: 'laskun eräpäivä', en: 'the due date of the invoice' } },
  },
  messages: {
    description: { fi: 'Asiakaspalveluviestit sekä palautteiden ja reklamaatioiden tiedot', en: 'Customer service messages and details of feedback and complaints' },
    provision: 'contractual',
    consequence: { fi: 'Reklamaation käsittely edellyttää kuvausta asiasta; ilman sitä emme pysty käsittelemään reklamaatiota.', en: 'Handling a complaint requires a description of the matter; without it we are unable to handle the complaint.' },
    retention: { period: 'P2Y', trigger: { fi: 'asian käsittelyn päättyminen', en: 'the closing of the matter' } },
  },
  account: {
    description: { fi: 'Käyttäjätilin tiedot: käyttäjätunnus, salasanan tiiviste ja asetukset', en: 'User account data: user name, password hash and settings' },
    provision: 'contract_precondition',
    consequence: { fi: 'Ilman käyttäjätiliä palvelua ei voi käyttää.', en: 'The service cannot be used without a user account.' },
    retention: { period: 'P6M', trigger: { fi: 'käyttäjätilin sulkeminen', en: 'the closing of the user account' } },
  },
  content: {
    description: { fi: 'Käyttäjän palveluun tallentamat tiedostot ja merkinnät', en: 'Files and entries the user saves in the service' },
    provision: 'voluntary',
    consequence: { fi: 'Sisältö on käyttäjän omaa; ilman sitä palvelu toimii, mutta siinä ei ole tallennettua aineistoa.', en: 'The content is the user\'s own; without it the service works but holds no saved material.' },
    retention: { period: 'P90D', trigger: { fi: 'käyttäjätilin sulkeminen', en: 'the closing of the user account' } },
  },
  membership: {
    description: { fi: 'Jäsenyystiedot: jäsennumero, jäsenlaji, liittymispäivä ja kotikunta', en: 'Membership data: member number, type of membership, date of joining and municipality of residence' },
    provision: 'contract_precondition',
    consequence: { fi: 'Ilman jäsenyystietoja jäsenyys ei ala.', en: 'Without membership data the membership cannot begin.' },
    retention: { period: 'P2Y', trigger: { fi: 'jäsenyyden päättyminen', en: 'the end of the membership' } },
  },
  studies: {
    description: { fi: 'Opintotiedot: kurssit, ryhmät, läsnäolot, arvosanat ja todistukset', en: 'Study data: courses, groups, attendance, grades and certificates' },
    provision: 'contractual',
    consequence: { fi: 'Ilman opintotietoja emme pysty antamaan todistusta kurssista.', en: 'Without study data we are unable to issue a course certificate.' },
    retention: { period: 'P5Y', trigger: { fi: 'kurssin päättyminen', en: 'the end of the course' } },
  },
  tickets: {
    description: { fi: 'Ilmoittautumis- ja lipputiedot', en: 'Registration and ticket data' },
    provision: 'contract_precondition',
    consequence: { fi: 'Ilman ilmoittautumistietoja et voi osallistua tapahtumaan.', en: 'Without registration data you cannot take part in the event.' },
    retention: { period: 'P6M', trigger: { fi: 'tapahtuman päättyminen', en: 'the end of the event' } },
  },
  residence: {
    description: { fi: 'Asumistiedot: huoneisto, osakkuus tai vuokrasuhde, muuttopäivät ja asukasmäärä', en: 'Residence data: flat, shareholding or tenancy, moving dates and number of residents' },
    provision: 'contractual',
    consequence: { fi: 'Ilman asumistietoja emme pysty hoitamaan huoneistoa koskevia asioita.', en: 'Without residence data we are unable to handle matters of the flat.' },
    retention: { period: 'P5Y', trigger: { fi: 'asumisen tai osakkuuden päättyminen', en: 'the end of the residence or shareholding' } },
  },
  purchases: {
    description: { fi: 'Ostotiedot: ostopäivät, ostopaikat ja ostosten summat', en: 'Purchase data: dates, places and totals of purchases' },
    provision: 'contractual',
    consequence: { fi: 'Ilman ostotietoja emme pysty laskemaan kanta-asiakasetuja.', en: 'Without purchase data we are unable to calculate loyalty benefits.' },
    retention: { period: 'P24M', trigger: { fi: 'ostotapahtuma', en: 'the purchase' } },
  },
  accounting: {
    description: { fi: 'Kirjanpitoaineisto: laskut, kuitit ja maksutapahtumat', en: 'Accounting records: invoices, receipts and payment transactions' },
    provision: 'statutory',
    consequence: { fi: 'Kirjanpitolaki velvoittaa kirjaamaan jokaisen liiketapahtuman; ilman näitä tietoja kauppaa ei synny.', en: 'The Accounting Act requires every transaction to be recorded; without these data no sale is made.' },
    retention: {
      period: 'P10Y', trigger: { fi: 'tilikauden päättyminen', en: 'the end of the financial year' },
      law: { fi: 'Kirjanpitolaki (1336/1997) 2 luku 10 §', en: 'Accounting Act (1336/1997), chapter 2, section 10' },
    },
  },
  newsletter: {
    description: { fi: 'Uutiskirjeen tilaustieto: sähköpostiosoite sekä suostumuksen ajankohta ja tapa', en: 'Newsletter subscription: e-mail address and the time and manner of consent' },
    provision: 'voluntary',
    consequence: { fi: 'Jos et tilaa uutiskirjettä, et saa sitä; tilaaminen ei vaikuta muuhun asiointiin.', en: 'If you do not subscribe, you receive no newsletter; it has no effect on anything else.' },
    retention: { period: 'P30D', trigger: { fi: 'uutiskirjeen tilauksen peruuttaminen', en: 'the end of the newsletter subscription' } },
  },
  usage: {
    description: { fi: 'Käyttötiedot: selatut sivut, käynnin ajankohta, selain ja lyhennetty IP-osoite', en: 'Usage data: pages viewed, time of visit, browser and shortened IP address' },
    provision: 'voluntary',
    consequence: { fi: 'Jos et hyväksy analytiikkaa, käyntiäsi ei tilastoida; sivusto toimii silti kokonaan.', en: 'If you do not accept analytics, your visit is not measured; the website still works fully.' },
    retention: { period: 'P13M', trigger: { fi: 'käynti sivustolla', en: 'the visit to the website' } },
  },
  logs: {
    description: { fi: 'Tietoturvalokit: kirjautumiset, IP-osoite ja epäonnistuneet kirjautumisyritykset', en: 'Security logs: sign-ins, IP address and failed sign-in attempts' },
    provision: 'contractual',
    consequence: { fi: 'Lokitiedot syntyvät palvelun käytöstä; ilman niitä palvelua ei ole turvallista käyttää.', en: 'Log data arise from using the service; without them the service is not safe to use.' },
    retention: { period: 'P12M', trigger: { fi: 'lokitapahtuma', en: 'the logged event' } },
  },
  survey: {
    description: { fi: 'Kyselyvastaukset ja vastausajankohta', en: 'Survey answers and the time of answering' },
    provision: 'voluntary',
    consequence: { fi: 'Vastaaminen on vapaaehtoista eikä vaikuta asiakassuhteeseen.', en: 'Answering is optional and has no effect on the customer relationship.' },
    retention: { period: 'P18M', trigger: { fi: 'kyselyn päättyminen', en: 'the end of the survey' } },
  },
  suppression: {
    description: { fi: 'Kieltolista: postiosoite ja markkinointikiellon päivämäärä', en: 'Suppression list: postal address and the date of the objection to marketing' },
    provision: 'voluntary',
    consequence: { fi: 'Tieto kiellosta tallennetaan vain, jos kiellät markkinoinnin.', en: 'The objection is recorded only when you object to marketing.' },
    retention: { period: 'P5Y', trigger: { fi: 'markkinointikielto', en: 'the objection to marketing' } },
  },
  recordings: {
    description: { fi: 'Valvontakameroiden tallenteet sisäänkäynneiltä', en: 'Recordings of the surveillance cameras at the entrances' },
    provision: 'voluntary',
    consequence: { fi: 'Tallenteita ei synny, jos et käy toimitiloissa.', en: 'No recordings are made if you do not visit the premises.' },
    retention: { period: 'P30D', trigger: { fi: 'tallennushetki', en: 'the time of recording' } },
  },
  entries: {
    description: { fi: 'Kulkutiedot: kulkutunnisteen numero, oven tunniste ja kulkuaika', en: 'Entry data: access tag number, door and time of entry' },
    provision: 'contractual',
    consequence: { fi: 'Ilman kulkutunnistetta et pääse tiloihin itsenäisesti.', en: 'Without an access tag you cannot enter the premises on your own.' },
    retention: { period: 'P6M', trigger: { fi: 'kulkutapahtuma', en: 'the entry' } },
  },
};

const SCC_URL = 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj';

/** Recipients by kind, each with a few fictional companies; `abroad` ones sit outside the EEA. */
const RECIPIENT_KINDS = {
  hosting: {
    role: 'processor',
    names: [['Pilvilinna Hosting Oy', 'FI'], ['Kallioserver Oy', 'FI'], ['Nordhall Cloud AB', 'SE'], ['Rheinwerk Rechenzentrum GmbH', 'DE']],
    purpose: { fi: 'Palvelimet ja tietokannat, joissa tiedot säilytetään.', en: 'The servers and databases where the data are kept.' },
  },
  carrier: {
    role: 'controller',
    names: [['Pakettipolku Oy', 'FI'], ['Kuriirikyyti Oy', 'FI']],
    purpose: { fi: 'Pakettien kuljetus; kuljetusyhtiö saa nimen, toimitusosoitteen ja puhelinnumeron.', en: 'Parcel delivery; the carrier receives the name, delivery address and phone number.' },
  },
  payment: {
    role: 'controller',
    names: [['Kassavirta Oy', 'FI'], ['Maksumylly Oy', 'FI']],
    purpose: { fi: 'Kortti- ja verkkopankkimaksujen välittäminen maksupalvelulain mukaisesti.', en: 'Processing card and online bank payments under the Payment Services Act.' },
  },
  helpdesk: {
    role: 'processor', abroad: true,
    names: [['Helpline Harbor Inc.', 'US'], ['Ticketfield LLC', 'US'], ['Supportwise Pvt Ltd', 'IN']],
    purpose: { fi: 'Asiakaspalvelun tikettijärjestelmä.', en: 'The customer service ticketing system.' },
  },
  mailer: {
    role: 'processor', abroad: true,
    names: [['Sendwell Inc.', 'US'], ['Postikyyhky Oy', 'FI'], ['Briefwerk GmbH', 'DE']],
    purpose: { fi: 'Uutiskirjeiden lähettäminen.', en: 'Sending the newsletters.' },
  },
  ticketing: {
    role: 'processor',
    names: [['Lippuluukku Oy', 'FI'], ['Eventra AB', 'SE']],
    purpose: { fi: 'Ilmoittautumis- ja lippujärjestelmä.', en: 'The registration and ticketing system.' },
  },
  maintenance: {
    role: 'processor',
    names: [['Kiinteistöhuolto Rautio Oy', 'FI'], ['Huoltoapu Laine Oy', 'FI']],
    purpose: { fi: 'Vikailmoitusten korjaustyöt; huoltoyhtiö saa nimen, puhelinnumeron ja huoneiston.', en: 'Repairs for fault reports; the maintenance company receives the name, phone number and flat.' },
  },
  accountant: {
    role: 'processor',
    names: [['Tilitoimisto Aaltonen Oy', 'FI'], ['Tilipalvelu Lindholm Oy', 'FI'], ['Numeropaja Oy', 'FI']],
    purpose: { fi: 'Kirjanpito ja tilinpäätös.', en: 'Bookkeeping and financial statements.' },
  },
  tax: {
    role: 'authority',
    names: [['Verohallinto', 'FI']],
    purpose: { fi: 'Kirjanpitoaineiston luovutus verotarkastuksessa verotusmenettelystä annetun lain (1558/1995) nojalla.', en: 'Disclosure of accounting records in a tax audit under the Act on Assessment Procedure (1558/1995).' },
  },
  survey: {
    role: 'processor', abroad: true,
    names: [['Askwise Inc.', 'US'], ['Kyselytalo Oy', 'FI']],
    purpose: { fi: 'Kyselyjen lähettäminen ja vastausten kokoaminen.', en: 'Sending the surveys and collecting the answers.' },
  },
  printer: {
    role: 'processor',
    names: [['Painotalo Sointu Oy', 'FI'], ['Kirjapaino Otava-Myrsky Oy', 'FI']],
    purpose: { fi: 'Asiakaslehden painaminen ja postittaminen.', en: 'Printing and posting the customer magazine.' },
  },
  lawyer: {
    role: 'controller',
    names: [['Asianajotoimisto Heikkinen & Niemi Oy', 'FI']],
    purpose: { fi: 'Riita-asioiden hoitaminen rekisterinpitäjän asiamiehenä.', en: 'Handling disputes as the controller\'s counsel.' },
  },
  police: {
    role: 'authority',
    names: [['Poliisi', 'FI']],
    purpose: { fi: 'Tallenteiden luovutus rikoksen selvittämiseksi poliisin pyynnöstä poliisilain (872/2011) nojalla.', en: 'Disclosure of recordings to investigate a crime at the request of the police under the Police Act (872/2011).' },
  },
  locks: {
    role: 'processor',
    names: [['Lukkoseppä Virta Oy', 'FI'], ['Kulkupiste Oy', 'FI']],
    purpose: { fi: 'Kulunvalvontajärjestelmän ylläpito.', en: 'Maintaining the access control system.' },
  },
};

const REGISTRY_SOURCES = [
  ['Osoitepalvelu Kirjekyyhky Oy', { fi: 'Osoitteenmuutokset, jotta asiakaslehti löytää perille.', en: 'Changes of address, so that the customer magazine reaches you.' }],
  ['Digi- ja väestötietovirasto', { fi: 'Osoitteenmuutokset väestötietojärjestelmästä suoramarkkinointia varten väestötietolain (661/2009) nojalla.', en: 'Changes of address from the Population Information System for direct marketing under the Population Information Act (661/2009).' }],
];

// ---------------------------------------------------------------------------------------------

const pad = (n, w) => String(n).padStart(w, '0');

/** A Finnish business ID (Y-tunnus) with a valid check digit. */
function businessId(rng) {
  for (;;) {
    const digits = pad(rng.int(1000000, 3299999), 7);
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * [7, 9, 10, 5, 8, 4, 2][i], 0);
    const r = sum % 11;
    if (r === 1) continue;
    return `${digits}-${r === 0 ? 0 : 11 - r}`;
  }
}

function slug(s) {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isoDate(rng, year) {
  return `${year}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
}

/** Keep only the languages asked for; any other language gets the English text. */
function texts(text, languages) {
  const out = {};
  for (const lang of languages) out[lang] = text[lang] ?? text.en;
  return out;
}

/** Deep-map every `{fi, en}` text object in a value to the configured languages. */
function localise(value, languages) {
  if (Array.isArray(value)) return value.map((v) => localise(v, languages));
  if (value && typeof value === 'object') {
    if (typeof value.fi === 'string' && typeof value.en === 'string') return texts(value, languages);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localise(v, languages)]));
  }
  return value;
}

/** One fictional controller, with everything an organisation file holds. */
function makeOrganisation(rng, index) {
  const sector = SECTORS[index % SECTORS.length];
  const stem = `${rng.pick(NAME_PARTS)}${rng.pick(['', 'la', 'nen', 'lan'])}`;
  const word = sector.word;
  const name = `${stem} ${word.fi} ${sector.form}`;
  const domain = `${slug(`${stem}-${word.fi}`)}-${index}.example`;
  const [city, postal] = rng.pick(CITIES);
  const address = { street: `${rng.pick(STREETS)} ${rng.int(1, 60)}${rng.chance(0.3) ? ` ${rng.pick(['A', 'B', 'C'])}` : ''}`, postal_code: postal, city };
  const phone = () => `+358 40 ${pad(rng.int(0, 999), 3)} ${pad(rng.int(0, 9999), 4)}`;
  const person = () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const org = {
    controller: {
      name,
      business_id: businessId(rng),
      address,
      phone: phone(),
      email: `${rng.pick(['info', 'asiakaspalvelu', 'toimisto'])}@${domain}`,
      website: `https://${domain}`,
    },
    contact_person: {
      name: person(),
      title: rng.pick([
        { fi: 'Asiakaspalvelupäällikkö', en: 'Customer service manager' },
        { fi: 'Toimitusjohtaja', en: 'Managing director' },
        { fi: 'Tietosuojakoordinaattori', en: 'Data protection coordinator' },
        { fi: 'Toiminnanjohtaja', en: 'Executive director' },
      ]),
      email: `tietosuoja@${domain}`,
      phone: phone(),
    },
    rights: {
      channels: [
        { type: 'email', email: `tietosuoja@${domain}`, description: { fi: 'Lähetä pyyntö sähköpostitse siitä osoitteesta, jota käytät asioidessasi kanssamme.', en: 'E-mail your request from the address you use with us.' } },
      ],
      identity_check: rng.pick([
        { fi: 'Varmistamme pyytäjän henkilöllisyyden lähettämällä vahvistuslinkin siihen sähköpostiosoitteeseen, jonka olet antanut meille.', en: 'We verify the requester\'s identity by sending a confirmation link to the e-mail address you gave us.' },
        { fi: 'Varmistamme henkilöllisyyden pyytämällä vahvistuksen asiakasnumerolla ja puhelimitse.', en: 'We verify your identity by asking you to confirm your customer number by phone.' },
      ]),
      response_days: rng.pick([14, 21, 30]),
    },
    security: {
      manual: { fi: 'Paperiasiakirjat säilytetään lukitussa kaapissa ja hävitetään silppurilla säilytysajan päätyttyä.', en: 'Paper documents are kept in a locked cabinet and shredded when their retention period ends.' },
      electronic: { fi: 'Järjestelmiin kirjaudutaan henkilökohtaisilla tunnuksilla ja kaksivaiheisella tunnistuksella. Käyttöoikeudet annetaan tehtävän mukaan, tietoliikenne ja varmuuskopiot on salattu, ja käsittelystä jää lokimerkintä.', en: 'Staff sign in with personal accounts and two-factor authentication. Access is granted by role, traffic and backups are encrypted, and access is logged.' },
    },
    storage_location: { fi: `Tiedot säilytetään palvelimilla Suomessa ja paperiaineisto toimistollamme paikkakunnalla ${city}.`, en: `The data are kept on servers in Finland, and paper material at our office in ${city}.` },
  };
  if (rng.chance(0.6)) {
    org.rights.channels.push({ type: 'web_form', url: `https://${domain}/tietosuoja/pyynto`, description: { fi: 'Verkkolomakkeella valitset, mitä oikeuttasi pyyntö koskee, ja saat kuittauksen sähköpostiisi.', en: 'On the web form, choose the right your request concerns; you receive an acknowledgement by e-mail.' } });
  }
  if (rng.chance(0.5)) {
    org.rights.channels.push({ type: 'post', address, description: { fi: `Kirjeen vastaanottaja on ${name}, tietosuoja.`, en: `Address your letter to ${name}, data protection.` } });
  }
  if (rng.chance(0.5)) {
    org.dpo = { name: person(), title: { fi: 'Tietosuojavastaava', en: 'Data protection officer' }, email: `tietosuojavastaava@${domain}`, phone: phone() };
  }
  return { sector, org, file: `${slug(name)}-${index}.org.yaml` };
}

/** One register of the organisation: purposes, categories, sources, recipients, transfers, retention. */
function makeRegister(rng, { sector, org }, index, shared, orgFile) {
  // 3–8 purposes: mostly those typical of the sector, topped up from the rest.
  const count = rng.int(3, 8);
  const typical = rng.sample(sector.typical, Math.min(count, sector.typical.length, rng.int(2, sector.typical.length)));
  const others = Object.keys(PURPOSES).filter((id) => !typical.includes(id));
  const purposeIds = [...typical, ...rng.sample(others, count - typical.length)];

  const purposes = purposeIds.map((id) => {
    const p = PURPOSES[id];
    const out = { id, description: p.description, legal_basis: p.legal_basis };
    if (p.legitimate_interest) out.legitimate_interest = p.legitimate_interest;
    if (p.law) out.law = p.law;
    if (p.direct_marketing) out.direct_marketing = true;
    if (p.consent) out.consent = p.consent;
    return out;
  });

  const categoryIds = [...new Set(purposeIds.flatMap((id) => PURPOSES[id].categories))];
  const data_categories = categoryIds.map((id) => {
    const c = CATEGORIES[id];
    return { id, description: c.description, provision: c.provision, consequence: c.consequence };
  });

  const sources = [
    { type: 'data_subject', description: { fi: 'Tiedot, jotka annat itse asioidessasi kanssamme.', en: 'Data you give yourself when dealing with us.' } },
  ];
  if (purposeIds.some((id) => PURPOSES[id].source === 'observation')) {
    sources.push({ type: 'observation', description: { fi: 'Palvelun ja toimitilojen käytöstä syntyvät tiedot: lokit, käyttötilastot ja kulku- tai kameratallenteet.', en: 'Data arising from using the service and the premises: logs, usage statistics and entry or camera records.' } });
  }
  if (purposeIds.some((id) => PURPOSES[id].source === 'registry')) {
    const [name, description] = rng.pick(REGISTRY_SOURCES);
    sources.push({ type: name === 'Digi- ja väestötietovirasto' ? 'authority' : 'organisation', name, description });
  }

  // Recipients: hosting always, plus what the purposes need; one company per kind.
  const kinds = [...new Set(['hosting', ...purposeIds.flatMap((id) => PURPOSES[id].recipients)])];
  const recipients = [];
  const transfers = [];
  for (const kind of kinds) {
    const k = RECIPIENT_KINDS[kind];
    const [name, country] = rng.pick(k.names);
    recipients.push({ name, role: k.role, country, purpose: k.purpose });
    if (!['FI', 'SE', 'DE'].includes(country)) {
      const dpf = country === 'US' && rng.chance(0.3);
      transfers.push(
        dpf
          ? {
              country, recipient: name, mechanism: 'data_privacy_framework', safeguard_url: 'https://www.dataprivacyframework.gov/list',
              description: { fi: `${name} on sertifioitu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen, ja siirto perustuu komission riittävyyspäätökseen (EU) 2023/1795.`, en: `${name} is certified under the EU-US Data Privacy Framework, and the transfer relies on the Commission's adequacy decision (EU) 2023/1795.` },
            }
          : {
              country, recipient: name, mechanism: 'standard_contractual_clauses', safeguard_url: SCC_URL,
              description: { fi: `Siirto palveluntarjoajalle ${name} perustuu komission vakiosopimuslausekkeisiin (EU) 2021/914, moduuli 2, ja tehtyyn siirtovaikutusten arvioon. Kopion lausekkeista saa yhteyshenkilöltämme.`, en: `The transfer to ${name} relies on the Commission's standard contractual clauses (EU) 2021/914, module 2, and a transfer impact assessment. A copy of the clauses is available from our contact person.` },
            },
      );
    }
  }

  const retention = categoryIds.map((id) => ({ applies_to: [id], ...CATEGORIES[id].retention }));

  // Dates in the past: created 2019–2024, updated the year after.
  const year = rng.int(2019, 2024);
  const created = isoDate(rng, year);
  const updated = isoDate(rng, year + 1);
  const name = org.controller.name;
  const register = {};
  if (shared) register.organisation = `./${orgFile}`;
  Object.assign(register, {
    name: rng.chance(0.5) ? sector.name : { fi: `${sector.name.fi} ${index}`, en: `${sector.name.en} ${index}` },
    description: { fi: `Tämä seloste kertoo, miten ${name} käsittelee ${sector.what.fi} henkilötietoja.`, en: `This notice explains how ${name} processes the personal data of ${sector.what.en}.` },
    created,
    updated,
  });
  if (rng.chance(0.5)) {
    register.changes = [{ date: updated, description: { fi: 'Päivitettiin vastaanottajat ja säilytysajat.', en: 'Updated the recipients and retention periods.' }, material: rng.chance(0.5) }];
  }
  if (!shared) {
    register.controller = org.controller;
    if (org.dpo) register.dpo = org.dpo;
    register.contact_person = org.contact_person;
  }
  Object.assign(register, {
    data_subjects: sector.subjects,
    purposes,
    data_categories,
    sources,
    recipients,
    transfers: transfers.length ? transfers : 'none',
    retention,
    automated_decisions: 'none',
  });
  if (purposeIds.some((id) => PURPOSES[id].direct_marketing)) {
    register.suppression = { fi: 'Kun kiellät suoramarkkinoinnin, poistamme tietosi jakelulistoilta ja tallennamme kieltolistalle vain yhteystiedon ja kiellon päivämäärän.', en: 'When you object to direct marketing, we remove you from our mailing lists and keep only the contact detail and the date of the objection on a suppression list.' };
  }
  if (!shared) {
    register.rights = org.rights;
    register.security = org.security;
    register.storage_location = org.storage_location;
  }
  return register;
}

const HEADER = '# Generated for benchmarks by bench/generate.js; fictional.\n';

/**
 * Write `n` registers into `dir` (created if missing), plus `seloste.config.yaml` and the shared
 * organisation files some of them use. About a third of the registers share an organisation file
 * with two or three others; the rest carry their controller details inline.
 * Returns the register file paths, sorted.
 */
export async function generateRegisters(dir, n, { languages = ['fi', 'en'], seed = 20260 } = {}) {
  const rng = prng(seed);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'seloste.config.yaml'), stringify({ languages, site: { title: localise({ fi: 'Tietosuojaselosteet', en: 'Privacy notices' }, languages) } }));
  const files = [];
  const writtenOrgs = new Set();
  let orgIndex = 0;
  let current;
  let left = 0;
  for (let i = 0; i < n; i++) {
    if (left === 0) {
      current = makeOrganisation(rng, orgIndex++);
      current.shared = rng.chance(0.35);
      left = current.shared ? rng.int(2, 4) : 1;
    }
    left--;
    const register = makeRegister(rng, current, i + 1, current.shared, current.file);
    if (current.shared && !writtenOrgs.has(current.file)) {
      writtenOrgs.add(current.file);
      const org = localise(current.org, languages);
      await writeFile(join(dir, current.file), `# Shared organisation file, generated by bench/generate.js; fictional.\n${stringify(org, { lineWidth: 0 })}`);
    }
    const file = join(dir, `register-${pad(i + 1, String(n).length)}.yaml`);
    await writeFile(file, `${HEADER}${stringify(localise(register, languages), { lineWidth: 0 })}`);
    files.push(file);
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, n = '10', seed = '20260'] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node bench/generate.js DIR [N] [SEED]\n');
    process.exit(2);
  }
  const files = await generateRegisters(resolve(dir), Number(n), { seed: Number(seed) });
  process.stdout.write(`${files.length} registers in ${dir}\n`);
}
