/**
 * Finnish phrase table. Legal terms follow the Finnish text of the GDPR (yleinen tietosuoja-asetus,
 * (EU) 2016/679) and Tietosuojalaki (1050/2018).
 */
import type { Phrases } from './types.js';

const months = [
  'tammikuu',
  'helmikuu',
  'maaliskuu',
  'huhtikuu',
  'toukokuu',
  'kesäkuu',
  'heinäkuu',
  'elokuu',
  'syyskuu',
  'lokakuu',
  'marraskuu',
  'joulukuu',
] as const;

export const fi: Phrases = {
  lang: 'fi',
  languageName: 'suomi',
  noticeTitle: 'Tietosuojaseloste',
  noticeTitleFor: 'Tietosuojaseloste: {name}',
  notAvailable: '(ei saatavilla suomeksi)',
  contents: 'Sisällys',
  updated: 'Päivitetty',
  created: 'Laadittu',
  months,
  formatDate: (day, month, year) => `${day}.${month}.${year}`,
  duration: {
    years: ['1 vuosi', '{n} vuotta'],
    months: ['1 kuukausi', '{n} kuukautta'],
    weeks: ['1 viikko', '{n} viikkoa'],
    days: ['1 päivä', '{n} päivää'],
    hours: ['1 tunti', '{n} tuntia'],
    and: ' ja ',
  },
  listAnd: ' ja ',

  headings: {
    summary: 'Lyhyesti',
    controller: 'Rekisterinpitäjä ja sen yhteystiedot',
    dpo: 'Tietosuojavastaavan yhteystiedot',
    data_subjects: 'Keitä tiedot koskevat',
    purposes: 'Käsittelyn tarkoitukset ja oikeusperusteet',
    legitimate_interests: 'Oikeutetut edut',
    special_categories: 'Erityiset henkilötietoryhmät',
    personal_identity_code: 'Henkilötunnus',
    data_categories: 'Käsiteltävät henkilötiedot',
    sources: 'Mistä tiedot saadaan',
    recipients: 'Vastaanottajat ja vastaanottajaryhmät',
    transfers: 'Tietojen siirto EU:n ja ETA:n ulkopuolelle',
    retention: 'Säilytysaika',
    rights: 'Rekisteröidyn oikeudet',
    withdraw_consent: 'Oikeus peruuttaa suostumus',
    object: 'Oikeus vastustaa käsittelyä',
    complaint: 'Oikeus tehdä valitus valvontaviranomaiselle',
    provision: 'Tietojen antamisen pakollisuus ja antamatta jättämisen seuraukset',
    automated_decisions: 'Automaattinen päätöksenteko ja profilointi',
    further_processing: 'Käsittely muihin tarkoituksiin',
    security: 'Tietoturva',
    cookies: 'Evästeet',
    changes: 'Muutokset tähän selosteeseen',
  },

  summary: {
    who: '{controller} on rekisterinpitäjä, eli se vastaa henkilötietojen käsittelystä rekisterissä ”{register}”.',
    why: 'Käytämme tietoja seuraaviin tarkoituksiin:',
    basis: ' – oikeusperuste: {basis}',
    rights: 'Oikeutesi:',
    complain: 'Voit tehdä valituksen valvontaviranomaiselle ({authority}).',
    complainFinland: 'Voit tehdä valituksen tietosuojavaltuutetulle.',
    complainAnywhere: 'Voit tehdä valituksen valvontaviranomaiselle.',
    readMore: 'Lue lisää',
    readMorePurposes: 'Lue lisää käsittelyn tarkoituksista',
    readMoreRights: 'Lue lisää oikeuksistasi',
    transfers: 'Tietoja siirretään EU:n ja ETA:n ulkopuolelle seuraaviin maihin: {countries}.',
    automated: 'Teemme sinua koskevia päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn.',
  },

  labels: {
    name: 'Nimi',
    businessId: 'Y-tunnus',
    registration: 'Yritystunnus',
    registerBases: 'Käsittelyn oikeusperusteet',
    children: 'Lapsen suostumus',
    childAgeLimit: 'Lapsen omaa suostumusta pyydetään {n} vuotta täyttäneeltä.',
    parentalConsent: 'Huoltajan suostumus',
    address: 'Osoite',
    postalAddress: 'Postiosoite',
    visitingAddress: 'Käyntiosoite',
    poBox: 'PL',
    phone: 'Puhelin',
    email: 'Sähköposti',
    website: 'Verkkosivusto',
    webForm: 'Verkkolomake',
    contactPerson: 'Yhteyshenkilö',
    group: 'Konserni',
    groupMembers: 'Konserniyhtiöt',
    groupContacts: 'Konserniyhtiöiden yhteystiedot',
    jointControllers: 'Yhteiset rekisterinpitäjät',
    jointArrangement: 'Yhteisiä rekisterinpitäjiä koskevan järjestelyn keskeinen sisältö',
    jointContactPoint: 'Yhteyspiste rekisteröityjä varten',
    responsibilities: 'Vastuut',
    representative: 'Rekisterinpitäjän edustaja',
    purpose: 'Käsittelyn tarkoitus',
    legalBasis: 'Oikeusperuste',
    law: 'Säädös',
    data: 'Tiedot',
    required: 'Pakollinen',
    consequence: 'Seuraus, jos tietoja ei anneta',
    source: 'Lähde',
    recipient: 'Vastaanottaja',
    role: 'Rooli',
    country: 'Maa',
    mechanism: 'Siirron peruste',
    safeguard: 'Lisätietoja tai jäljennös',
    noAdequacy: 'Vastaanottaja ei kuulu komission riittävyyspäätöksen piiriin.',
    adequacyDecision: 'Komission päätös {decision}.',
    communityActs: 'EY',
    period: 'Säilytysaika',
    periodFrom: '{period}. Aika lasketaan tapahtumasta: {trigger}',
    criteria: 'Säilytysajan määrittämiskriteerit',
    appliesTo: 'Koskee',
    allData: 'Kaikki tiedot',
    howToExercise: 'Näin käytät oikeuksiasi',
    identityCheck: 'Henkilöllisyyden varmistaminen',
    responseTime: 'Pyrimme vastaamaan {days} päivän kuluessa; lakisääteinen enimmäisaika on kuukausi, jota voidaan jatkaa edellä kerrotusti.',
    responseTimeWithinMonth: 'Pyrimme vastaamaan {days} päivän kuluessa eli aina lakisääteisen kuukauden määräajan kuluessa.',
    restrictions: 'Oikeuksien rajoitukset',
    logic: 'Käsittelyyn liittyvä logiikka',
    significance: 'Käsittelyn merkittävyys',
    consequences: 'Käsittelyn mahdolliset seuraukset sinulle',
    profiling: 'Profilointi',
    manual: 'Manuaalinen aineisto',
    electronic: 'Sähköisesti käsiteltävät tiedot',
    storageLocation: 'Tietojen säilytyspaikka',
    cookieTools: 'Käytettävät evästeet ja työkalut',
    provider: 'Palveluntarjoaja',
    optOut: 'Käytön estäminen',
    cookieConsent: 'Evästesuostumus',
    date: 'Päivämäärä',
    change: 'Muutos',
    materialChange: 'olennainen muutos, josta on ilmoitettu rekisteröidyille erikseen',
    appliesToPurposes: ['Oikeus koskee käsittelyä seuraavassa tarkoituksessa:', 'Oikeus koskee käsittelyä seuraavissa tarkoituksissa:'],
    notAppliesToPurpose: 'Oikeus ei koske käsittelyä seuraavassa tarkoituksessa:',
    specialCondition: 'Käsittelyperuste (9 artiklan 2 kohdan {point} alakohta)',
    hetuGround: 'Peruste',
    downloads: 'Lataukset',
    otherLanguages: 'Kieli',
  },

  bases: {
    consent: {
      name: 'Suostumus',
      article: '6 artiklan 1 kohdan a alakohta',
      explanation: 'Käsittelemme tietoja, koska olet antanut suostumuksesi niiden käsittelyyn kyseiseen tarkoitukseen.',
    },
    contract: {
      name: 'Sopimuksen täytäntöönpano',
      article: '6 artiklan 1 kohdan b alakohta',
      explanation:
        'Käsittely on tarpeen sellaisen sopimuksen täytäntöönpanemiseksi, jossa olet osapuolena, tai sopimuksen tekemistä edeltävien toimenpiteiden toteuttamiseksi pyynnöstäsi.',
    },
    legal_obligation: {
      name: 'Lakisääteinen velvoite',
      article: '6 artiklan 1 kohdan c alakohta',
      explanation: 'Käsittely on tarpeen rekisterinpitäjän lakisääteisen velvoitteen noudattamiseksi.',
    },
    vital_interests: {
      name: 'Elintärkeiden etujen suojaaminen',
      article: '6 artiklan 1 kohdan d alakohta',
      explanation: 'Käsittely on tarpeen sinun tai toisen luonnollisen henkilön elintärkeiden etujen suojaamiseksi.',
    },
    public_task: {
      name: 'Yleistä etua koskeva tehtävä tai julkisen vallan käyttäminen',
      article: '6 artiklan 1 kohdan e alakohta',
      explanation:
        'Käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai rekisterinpitäjälle kuuluvan julkisen vallan käyttämiseksi.',
    },
    legitimate_interests: {
      name: 'Oikeutettu etu',
      article: '6 artiklan 1 kohdan f alakohta',
      explanation:
        'Käsittely on tarpeen rekisterinpitäjän tai kolmannen osapuolen oikeutettujen etujen toteuttamiseksi, eivätkä etusi tai perusoikeutesi ja -vapautesi ole näitä etuja painavampia.',
    },
  },

  rights: {
    access: {
      heading: 'Oikeus saada pääsy tietoihin',
      text: [
        'Sinulla on oikeus saada vahvistus siitä, käsittelemmekö sinua koskevia henkilötietoja, ja jos käsittelemme, oikeus saada pääsy tietoihin ja jäljennös niistä. Sinulla on myös oikeus saada tiedot muun muassa käsittelyn tarkoituksista, tietoryhmistä, vastaanottajista, säilytysajasta ja siitä, mistä tiedot on saatu.',
        'Jäljennöksen saaminen ei saa vaikuttaa haitallisesti muiden oikeuksiin ja vapauksiin.',
      ],
    },
    rectification: {
      heading: 'Oikeus tietojen oikaisemiseen',
      text: [
        'Sinulla on oikeus saada sinua koskevat epätarkat ja virheelliset henkilötiedot oikaistuiksi ilman aiheetonta viivytystä. Sinulla on myös oikeus saada puutteelliset tiedot täydennetyiksi käsittelyn tarkoitus huomioon ottaen, muun muassa toimittamalla lisäselvitys.',
      ],
    },
    erasure: {
      heading: 'Oikeus tietojen poistamiseen (”oikeus tulla unohdetuksi”)',
      text: [
        'Sinulla on oikeus saada sinua koskevat henkilötiedot poistetuiksi ilman aiheetonta viivytystä muun muassa silloin, kun tietoja ei enää tarvita niihin tarkoituksiin, joita varten ne kerättiin, kun peruutat suostumuksesi eikä käsittelylle ole muuta perustetta, kun vastustat käsittelyä eikä sille ole painavampaa perustetta tai kun tietoja on käsitelty lainvastaisesti.',
        'Oikeutta ei ole muun muassa siltä osin kuin käsittely on tarpeen rekisterinpitäjän lakisääteisen velvoitteen noudattamiseksi, yleistä etua koskevan tehtävän suorittamiseksi tai rekisterinpitäjälle kuuluvan julkisen vallan käyttämiseksi taikka oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi.',
      ],
    },
    restriction: {
      heading: 'Oikeus käsittelyn rajoittamiseen',
      text: [
        'Sinulla on oikeus saada tietojesi käsittely rajoitetuksi siksi ajaksi, jonka kuluessa tarkistamme kiistämiesi tietojen paikkansapitävyyden, tai siksi ajaksi, jonka kuluessa selvitämme vastustamisesi jälkeen, syrjäyttävätkö oikeutetut perusteemme sinun perusteesi. Voit vaatia rajoittamista myös, jos käsittely on lainvastaista mutta vastustat tietojen poistamista, tai jos emme enää tarvitse tietoja mutta tarvitset niitä oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi.',
        'Kun käsittelyä on rajoitettu, säilytämme tiedot, mutta muuten käsittelemme niitä vain suostumuksellasi, oikeusvaateen vuoksi, toisen henkilön oikeuksien suojaamiseksi tai tärkeää yleistä etua koskevasta syystä.',
      ],
    },
    portability: {
      heading: 'Oikeus siirtää tiedot järjestelmästä toiseen',
      text: [
        'Sinulla on oikeus saada itse toimittamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle. Jos se on teknisesti mahdollista, sinulla on oikeus saada tiedot siirretyiksi suoraan meiltä toiselle rekisterinpitäjälle.',
        'Oikeus koskee tietoja, joita käsitellään automaattisesti suostumuksesi tai sopimuksen perusteella.',
      ],
    },
    object: {
      heading: 'Oikeus vastustaa käsittelyä',
      text: [
        'Sinulla on oikeus henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella vastustaa käsittelyä, joka perustuu oikeutettuun etuun tai yleistä etua koskevaan tehtävään tai julkisen vallan käyttämiseen. Suoramarkkinointia varten tapahtuvaa käsittelyä voit vastustaa milloin tahansa perustelematta.',
      ],
    },
    withdraw_consent: {
      heading: 'Oikeus peruuttaa suostumus',
      text: [
        'Jos käsittely perustuu suostumukseesi, sinulla on oikeus peruuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta suostumuksen perusteella ennen sen peruuttamista suoritetun käsittelyn lainmukaisuuteen.',
      ],
    },
    complaint: {
      heading: 'Oikeus tehdä valitus valvontaviranomaiselle',
      text: [
        'Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta, sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä jäsenvaltiossa, jossa vakinainen asuinpaikkasi tai työpaikkasi on tai jossa väitetty rikkominen on tapahtunut.',
      ],
    },
  },

  rightsIntro: [
    'Sinulla on rekisteröitynä tietosuoja-asetuksen mukaisia oikeuksia. Se, mitkä oikeudet ovat käytettävissäsi, riippuu käsittelyn oikeusperusteesta; alla kerrotaan tätä käsittelyä koskevista oikeuksista.',
    'Oikeuksien käyttäminen on maksutonta. Jos pyyntö on ilmeisen perusteeton tai kohtuuton, erityisesti jos pyyntöjä toistetaan, voimme periä kohtuullisen maksun tai kieltäytyä toimimasta pyynnön perusteella.',
    'Vastaamme pyyntöösi ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta. Tarvittaessa määräaikaa voidaan pyyntöjen monimutkaisuus ja määrä huomioon ottaen jatkaa enintään kahdella kuukaudella; ilmoitamme tällöin jatkamisesta ja sen syistä kuukauden kuluessa pyynnön vastaanottamisesta.',
  ],

  withdrawConsent: [
    'Jos käsittely perustuu suostumukseesi, sinulla on oikeus peruuttaa suostumuksesi milloin tahansa. Voit peruuttaa suostumuksen yhtä helposti kuin annoit sen.',
    'Suostumuksen peruuttaminen ei vaikuta suostumuksen perusteella ennen sen peruuttamista suoritetun käsittelyn lainmukaisuuteen. Peruuttamisen jälkeen emme enää käsittele tietojasi tämän suostumuksen perusteella.',
  ],

  object: {
    general: [
      'Sinulla on oikeus milloin tahansa henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella vastustaa sinua koskevien henkilötietojen käsittelyä, joka perustuu yleistä etua koskevan tehtävän suorittamiseen tai julkisen vallan käyttämiseen (6 artiklan 1 kohdan e alakohta) tai oikeutettuun etuun (6 artiklan 1 kohdan f alakohta), mukaan lukien näihin säännöksiin perustuva profilointi.',
      'Tällöin emme saa enää käsitellä tietoja, paitsi jos osoitamme, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää sinun etusi, oikeutesi ja vapautesi, tai jos käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi.',
    ],
    directMarketing: [
      'Jos henkilötietojasi käsitellään suoramarkkinointia varten, sinulla on oikeus milloin tahansa maksutta ja perustelematta vastustaa tietojesi käsittelyä tällaista markkinointia varten, mukaan lukien profilointi siltä osin kuin se liittyy suoramarkkinointiin.',
      'Jos vastustat käsittelyä suoramarkkinointia varten, henkilötietojasi ei enää käsitellä tähän tarkoitukseen.',
    ],
  },

  complaint: [
    'Sinulla on oikeus tehdä valitus valvontaviranomaiselle, jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta. Voit tehdä valituksen erityisesti siinä jäsenvaltiossa, jossa vakinainen asuinpaikkasi tai työpaikkasi on tai jossa väitetty rikkominen on tapahtunut.',
    'Valitusoikeus ei rajoita oikeuttasi käyttää muita hallinnollisia muutoksenhakukeinoja tai oikeussuojakeinoja.',
  ],

  intro: {
    purposes:
      'Käsittelemme henkilötietoja seuraaviin tarkoituksiin. Kunkin tarkoituksen kohdalla on mainittu, mihin tietosuoja-asetuksen 6 artiklan 1 kohdan mukaiseen oikeusperusteeseen käsittely perustuu.',
    legitimateInterests: 'Seuraavissa tarkoituksissa käsittely perustuu oikeutettuun etuun. Kunkin kohdalla kerrotaan, mikä etu on kyseessä:',
    dataCategories: 'Käsittelemme seuraavia henkilötietoja:',
    sources: 'Saamme henkilötiedot seuraavista lähteistä:',
    recipients: 'Seuraavat vastaanottajat käsittelevät henkilötietoja puolestamme tai saavat niitä meiltä:',
    noRecipients: 'Emme luovuta henkilötietoja vastaanottajille.',
    transfers:
      'Siirrämme henkilötietoja Euroopan unionin (EU) ja Euroopan talousalueen (ETA) ulkopuolelle seuraavasti. Kunkin siirron kohdalla on mainittu siirron peruste sekä se, miten saat jäljennöksen suojatoimista tai mistä ne ovat saatavilla.',
    noTransfers: 'Emme siirrä henkilötietoja EU:n ja ETA:n ulkopuolelle.',
    retention: 'Henkilötietojen säilytysajat ovat seuraavat:',
    noAutomatedDecisions:
      'Emme tee sinua koskevia päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, kuten profilointiin, ja joilla on sinua koskevia oikeusvaikutuksia tai jotka vaikuttavat sinuun vastaavalla tavalla merkittävästi.',
    profiling: 'Päätöksiin liittyy profilointia: henkilötietoja käytetään arvioimaan sinuun liittyviä henkilökohtaisia ominaisuuksia (4 artiklan 4 alakohta).',
    automatedDecisions:
      'Teemme sinua koskevia päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn ja joilla on sinua koskevia oikeusvaikutuksia tai jotka vaikuttavat sinuun vastaavalla tavalla merkittävästi. Alla kerrotaan käsittelyyn liittyvästä logiikasta sekä käsittelyn merkittävyydestä ja mahdollisista seurauksista sinulle. Jos päätös perustuu sopimukseen tai nimenomaiseen suostumukseesi, sinulla on oikeus vaatia, että päätöksentekoon osallistuu ihminen, esittää kantasi ja riitauttaa päätös.',
    specialCategories:
      'Käsittelemme seuraavia erityisiin henkilötietoryhmiin kuuluvia tietoja. Kunkin kohdalla on mainittu tietosuoja-asetuksen 9 artiklan 2 kohdan mukainen käsittelyperuste.',
    personalIdentityCode: 'Käsittelemme henkilötunnusta tietosuojalain (1050/2018) 29 §:n mukaisella perusteella:',
    provision:
      'Alla kerrotaan, onko henkilötietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus taikka sopimuksen tekemisen edellytys, onko sinun pakko antaa tiedot ja mitä seuraa, jos et anna niitä.',
    furtherProcessing:
      'Aiomme käsitellä henkilötietoja myös muuhun tarkoitukseen kuin siihen, jota varten ne on kerätty. Ennen tällaista käsittelyä annamme sinulle tiedot uudesta tarkoituksesta ja muut tarvittavat tiedot.',
    changes: 'Päivitämme tätä selostetta, kun henkilötietojen käsittely muuttuu. Selosteeseen tehdyt muutokset on lueteltu alla.',
    security: 'Suojaamme henkilötietoja seuraavasti:',
    cookies: 'Käytämme verkkosivustollamme evästeitä ja muita vastaavia tekniikoita seuraavasti:',
    dataSubjects: 'Käsittelemme seuraaviin ryhmiin kuuluvien rekisteröityjen henkilötietoja:',
  },

  specialConditions: {
    a: 'Nimenomainen suostumus',
    b: 'Työoikeuteen, sosiaaliturvaan ja sosiaaliseen suojeluun liittyvät velvollisuudet ja erityiset oikeudet',
    c: 'Elintärkeiden etujen suojaaminen, kun rekisteröity on fyysisesti tai oikeudellisesti estynyt antamasta suostumustaan',
    d: 'Säätiön, yhdistyksen tai muun voittoa tavoittelemattoman elimen oikeutettu toiminta',
    e: 'Tiedot, jotka rekisteröity on nimenomaisesti saattanut julkisiksi',
    f: 'Oikeusvaateen laatiminen, esittäminen tai puolustaminen tai tuomioistuinten lainkäyttö',
    g: 'Tärkeää yleistä etua koskeva syy',
    h: 'Ennaltaehkäisevä terveydenhuolto tai työterveyshuolto, työkyvyn arviointi, lääketieteellinen diagnoosi tai terveydenhuollon tai sosiaalihuollon palvelut',
    i: 'Kansanterveyteen liittyvä yleinen etu',
    j: 'Yleisen edun mukainen arkistointi, tieteellinen tai historiallinen tutkimus tai tilastointi',
  },

  specialCategories: {
    racial_or_ethnic_origin: 'Rotu tai etninen alkuperä',
    political_opinions: 'Poliittiset mielipiteet',
    religious_or_philosophical_beliefs: 'Uskonnollinen tai filosofinen vakaumus',
    trade_union_membership: 'Ammattiliiton jäsenyys',
    genetic: 'Geneettiset tiedot',
    biometric: 'Biometriset tiedot henkilön yksiselitteistä tunnistamista varten',
    health: 'Terveyttä koskevat tiedot',
    sex_life_or_orientation: 'Seksuaalista käyttäytymistä ja suuntautumista koskevat tiedot',
  },

  hetuGrounds: {
    // unverified: "yksiselitteinen suostumus" follows HetiL 13 § and, per secondary sources, TSL 29 § 1 mom.
    consent: 'Rekisteröidyn yksiselitteinen suostumus',
    law: 'Henkilötunnuksen käsittelystä säädetään laissa',
    statutory_task: 'Rekisteröidyn yksiselitteinen yksilöiminen on tärkeää laissa säädetyn tehtävän suorittamiseksi',
    rights_and_obligations:
      'Rekisteröidyn yksiselitteinen yksilöiminen on tärkeää rekisteröidyn tai rekisterinpitäjän oikeuksien ja velvollisuuksien toteuttamiseksi',
    research:
      'Rekisteröidyn yksiselitteinen yksilöiminen on tärkeää historiallista tai tieteellistä tutkimusta taikka tilastointia varten',
    // unverified: the full list of activities in TSL 29 § 2 mom.; only examples are named here.
    listed_activity:
      'Käsittely tapahtuu tietosuojalain 29 §:ssä mainitussa toiminnassa, kuten luotonannossa, saatavien perinnässä, vakuutus-, vuokraus- tai lainaustoiminnassa, terveydenhuollossa tai työsuhdetta koskevissa asioissa',
  },

  provision: {
    statutory: 'Lakisääteinen vaatimus',
    contractual: 'Sopimukseen perustuva vaatimus',
    contract_precondition: 'Sopimuksen tekemisen edellytys',
    voluntary: 'Vapaaehtoinen',
  },

  sourceTypes: {
    data_subject: 'Rekisteröity itse',
    observation: 'Havainnointi (toiminnastasi tallentuvat tiedot)',
    organisation: 'Muu yritys tai yhteisö',
    public: 'Julkisesti saatavilla olevat lähteet',
    authority: 'Viranomainen',
    guardian: 'Huoltaja',
  },

  recipientRoles: {
    processor: 'Henkilötietojen käsittelijä',
    controller: 'Itsenäinen rekisterinpitäjä',
    joint_controller: 'Yhteinen rekisterinpitäjä',
    group_company: 'Konserniyhtiö',
    authority: 'Viranomainen',
  },

  mechanisms: {
    adequacy: 'Komission tietosuojan riittävyyttä koskeva päätös, 45 artikla',
    data_privacy_framework:
      'EU:n ja Yhdysvaltojen välinen tietosuojakehys (komission täytäntöönpanopäätös (EU) 2023/1795), 45 artikla',
    // unverified: "vakiosopimuslausekkeet" is the term of Decision (EU) 2021/914; GDPR 46(2)(c) itself says "vakiotietosuojalausekkeet".
    standard_contractual_clauses:
      'Vakiosopimuslausekkeet (komission täytäntöönpanopäätös (EU) 2021/914), 46 artiklan 2 kohdan c alakohta',
    binding_corporate_rules: 'Yritystä koskevat sitovat säännöt, 46 artiklan 2 kohdan b alakohta ja 47 artikla',
    public_authority_instrument:
      'Viranomaisten tai julkishallinnon elinten välinen oikeudellisesti sitova ja täytäntöönpanokelpoinen asiakirja, 46 artiklan 2 kohdan a alakohta',
    code_of_conduct:
      'Hyväksytyt käytännesäännöt ja vastaanottajan sitovat ja täytäntöönpanokelpoiset sitoumukset, 46 artiklan 2 kohdan e alakohta',
    certification:
      'Hyväksytty sertifiointimekanismi ja vastaanottajan sitovat ja täytäntöönpanokelpoiset sitoumukset, 46 artiklan 2 kohdan f alakohta',
    authorised_clauses: 'Toimivaltaisen valvontaviranomaisen hyväksymät sopimuslausekkeet, 46 artiklan 3 kohdan a alakohta',
    derogation_consent: 'Rekisteröidyn nimenomainen suostumus siirtoon, 49 artiklan 1 kohdan a alakohta',
    derogation_contract:
      'Siirto on tarpeen rekisteröidyn ja rekisterinpitäjän välisen sopimuksen täytäntöönpanemiseksi, 49 artiklan 1 kohdan b alakohta',
    derogation_public_interest: 'Siirto on tarpeen tärkeää yleistä etua koskevista syistä, 49 artiklan 1 kohdan d alakohta',
    derogation_legal_claims:
      'Siirto on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi, 49 artiklan 1 kohdan e alakohta',
    derogation_vital_interests:
      'Siirto on tarpeen rekisteröidyn tai muiden henkilöiden elintärkeiden etujen suojaamiseksi, kun rekisteröity on estynyt antamasta suostumustaan, 49 artiklan 1 kohdan f alakohta',
    // unverified: the exact GDPR Finnish wording of Art. 49(1) second subparagraph ("pakottavat oikeutetut edut").
    derogation_compelling_interests:
      'Rekisterinpitäjän pakottavat oikeutetut edut, kun siirto ei ole toistuva ja koskee vain rajoitettua määrää rekisteröityjä, ja asianmukaiset suojatoimet, 49 artiklan 1 kohdan toinen alakohta',
    // unverified: Finnish name of the Privacy Shield (Decision (EU) 2016/1250).
    privacy_shield: 'EU:n ja Yhdysvaltojen välinen yksityisyydensuoja (julistettu pätemättömäksi 16.7.2020)',
    // unverified: the Finnish text of Decision 2000/520/EY keeps the name "safe harbor".
    safe_harbor: 'Safe harbor -tietosuojaperiaatteet (julistettu pätemättömiksi 6.10.2015)',
    standard_contractual_clauses_2010: 'Vanhat vakiosopimuslausekkeet (kumottu)',
  },

  channels: {
    email: 'Sähköposti',
    web_form: 'Verkkolomake',
    post: 'Posti',
    phone: 'Puhelin',
    in_person: 'Henkilökohtaisesti',
  },

  site: {
    skip: 'Siirry sisältöön',
    indexHeading: 'Tietosuojaselosteet',
    indexIntro: 'Alla olevissa tietosuojaselosteissa kerrotaan, miten henkilötietoja käsitellään ja mitä oikeuksia sinulla on.',
    register: 'Rekisteri',
    controller: 'Rekisterinpitäjä',
    flow: 'Mistä tiedot tulevat ja minne ne menevät',
    download: 'Lataa {format}-muodossa',
    footer: 'Laadittu Seloste-työkalulla',
    history: 'Aiemmat versiot',
    archived: 'Tämä on selosteen aiempi versio, päivitetty {date}.',
    current: 'Voimassa oleva versio',
    version: 'versio {date}',
    page: 'Sivu {page} / {pages}',
  },

  authority: {
    finland: 'Suomessa valvontaviranomaisena toimii tietosuojavaltuutettu. Yhteystiedot:',
    controller: 'Rekisterinpitäjän toimivaltainen valvontaviranomainen on:',
    representative: 'Rekisterinpitäjän edustajan sijaintivaltion valvontaviranomainen on:',
    postalAddress: 'Postiosoite',
    visitingAddress: 'Käyntiosoite',
    phone: 'Puhelin',
    email: 'Sähköposti',
    website: 'Verkkosivusto',
  },
};
