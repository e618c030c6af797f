/**
 * Swedish phrase table, for Swedish-language notices in Finland. Legal terms follow the Swedish text
 * of the GDPR (dataskyddsförordningen, (EU) 2016/679) and the Finnish dataskyddslagen (1050/2018).
 */
import type { Phrases } from './types.js';

const months = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const sv: Phrases = {
  lang: 'sv',
  languageName: 'svenska',
  noticeTitle: 'Dataskyddsbeskrivning',
  noticeTitleFor: 'Dataskyddsbeskrivning: {name}',
  notAvailable: '(inte tillgänglig på svenska)',
  contents: 'Innehåll',
  updated: 'Uppdaterad',
  created: 'Upprättad',
  months,
  formatDate: (day, month, year) => `${day} ${months[month - 1] ?? month} ${year}`,
  duration: {
    years: ['1 år', '{n} år'],
    months: ['1 månad', '{n} månader'],
    weeks: ['1 vecka', '{n} veckor'],
    days: ['1 dag', '{n} dagar'],
    hours: ['1 timme', '{n} timmar'],
    and: ' och ',
  },
  listAnd: ' och ',

  headings: {
    summary: 'I korthet',
    controller: 'Personuppgiftsansvarig och kontaktuppgifter',
    dpo: 'Dataskyddsombudets kontaktuppgifter',
    data_subjects: 'Vems uppgifter vi behandlar',
    purposes: 'Ändamålen med behandlingen och de rättsliga grunderna',
    legitimate_interests: 'Berättigade intressen',
    special_categories: 'Särskilda kategorier av personuppgifter',
    personal_identity_code: 'Personbeteckning',
    data_categories: 'Personuppgifter som behandlas',
    sources: 'Varifrån uppgifterna kommer',
    recipients: 'Mottagare och kategorier av mottagare',
    transfers: 'Överföring av uppgifter till länder utanför EU/EES',
    retention: 'Lagringstid',
    rights: 'Den registrerades rättigheter',
    withdraw_consent: 'Rätt att återkalla samtycke',
    object: 'Rätt att göra invändningar mot behandlingen',
    complaint: 'Rätt att lämna in klagomål till en tillsynsmyndighet',
    provision: 'Skyldighet att lämna uppgifter och följderna av att inte lämna dem',
    automated_decisions: 'Automatiserat beslutsfattande och profilering',
    further_processing: 'Behandling för andra ändamål',
    security: 'Informationssäkerhet',
    cookies: 'Kakor',
    changes: 'Ändringar i denna beskrivning',
  },

  summary: {
    who: '{controller} är personuppgiftsansvarig för registret ”{register}”, dvs. ansvarar för behandlingen av personuppgifterna i registret.',
    why: 'Vi använder uppgifterna för följande ändamål:',
    basis: ' – rättslig grund: {basis}',
    rights: 'Dina rättigheter:',
    complain: 'Du kan lämna in ett klagomål till tillsynsmyndigheten ({authority}).',
    complainFinland: 'Du kan lämna in ett klagomål till dataombudsmannen.',
    complainAnywhere: 'Du kan lämna in ett klagomål till en tillsynsmyndighet.',
    readMore: 'Läs mer',
    readMorePurposes: 'Läs mer om ändamålen',
    readMoreRights: 'Läs mer om dina rättigheter',
    transfers: 'Vi överför uppgifter till följande länder utanför EU och EES: {countries}.',
    automated: 'Vi fattar beslut om dig som enbart grundas på automatiserad behandling.',
  },

  labels: {
    name: 'Namn',
    businessId: 'FO-nummer',
    registration: 'Registreringsnummer',
    registerBases: 'Rättslig grund för behandlingen',
    children: 'Barns samtycke',
    childAgeLimit: 'Barnets eget samtycke begärs från {n} års ålder.',
    parentalConsent: 'Samtycke från den som har föräldraansvar för barnet',
    address: 'Adress',
    postalAddress: 'Postadress',
    visitingAddress: 'Besöksadress',
    poBox: 'PB',
    phone: 'Telefon',
    email: 'E-post',
    website: 'Webbplats',
    webForm: 'Webbformulär',
    contactPerson: 'Kontaktperson',
    group: 'Koncern',
    groupMembers: 'Koncernbolag',
    groupContacts: 'Koncernbolagens kontaktuppgifter',
    jointControllers: 'Gemensamt personuppgiftsansvariga',
    jointArrangement: 'Det väsentliga innehållet i arrangemanget mellan de gemensamt personuppgiftsansvariga',
    jointContactPoint: 'Kontaktpunkt för de registrerade',
    responsibilities: 'Ansvarsområden',
    representative: 'Den personuppgiftsansvariges företrädare',
    purpose: 'Ändamålet med behandlingen',
    legalBasis: 'Rättslig grund',
    law: 'Författning',
    data: 'Uppgifter',
    required: 'Obligatoriskt',
    consequence: 'Följd om uppgifterna inte lämnas',
    source: 'Källa',
    recipient: 'Mottagare',
    role: 'Roll',
    country: 'Land',
    mechanism: 'Grund för överföringen',
    safeguard: 'Mer information eller en kopia',
    noAdequacy: 'Mottagaren omfattas inte av något beslut av kommissionen om adekvat skyddsnivå.',
    adequacyDecision: 'Kommissionens beslut {decision}.',
    communityActs: 'EG',
    period: 'Lagringstid',
    periodFrom: '{period} från {trigger}',
    criteria: 'Kriterier för att fastställa lagringstiden',
    appliesTo: 'Gäller',
    allData: 'Alla uppgifter',
    howToExercise: 'Så här utövar du dina rättigheter',
    identityCheck: 'Identitetskontroll',
    responseTime: 'Vi strävar efter att svara inom {days} dagar; den lagstadgade tidsfristen är en månad och kan förlängas på det sätt som beskrivs ovan.',
    responseTimeWithinMonth: 'Vi strävar efter att svara inom {days} dagar, alltså alltid inom den lagstadgade tidsfristen på en månad.',
    restrictions: 'Begränsningar av rättigheterna',
    logic: 'Logiken bakom behandlingen',
    significance: 'Behandlingens betydelse',
    consequences: 'Förutsedda följder för dig',
    profiling: 'Profilering',
    manual: 'Manuellt material',
    electronic: 'Elektroniskt behandlade uppgifter',
    storageLocation: 'Var uppgifterna lagras',
    cookieTools: 'Kakor och verktyg som används',
    provider: 'Leverantör',
    optOut: 'Avböj',
    cookieConsent: 'Samtycke till kakor',
    date: 'Datum',
    change: 'Ändring',
    materialChange: 'väsentlig ändring som de registrerade har informerats om separat',
    appliesToPurposes: ['Rätten gäller behandling för följande ändamål:', 'Rätten gäller behandling för följande ändamål:'],
    notAppliesToPurpose: 'Rätten gäller inte behandling för följande ändamål:',
    specialCondition: 'Villkor enligt artikel 9.2 {point}',
    hetuGround: 'Grund',
    downloads: 'Nedladdningar',
    otherLanguages: 'Språk',
  },

  bases: {
    consent: {
      name: 'Samtycke',
      article: 'artikel 6.1 a',
      explanation: 'Vi behandlar uppgifterna eftersom du har gett ditt samtycke till att de behandlas för det aktuella ändamålet.',
    },
    contract: {
      name: 'Fullgörande av avtal',
      article: 'artikel 6.1 b',
      explanation:
        'Behandlingen är nödvändig för att fullgöra ett avtal i vilket du är part eller för att vidta åtgärder på din begäran innan ett sådant avtal ingås.',
    },
    legal_obligation: {
      name: 'Rättslig förpliktelse',
      article: 'artikel 6.1 c',
      explanation: 'Behandlingen är nödvändig för att fullgöra en rättslig förpliktelse som åvilar den personuppgiftsansvarige.',
    },
    vital_interests: {
      name: 'Skydd av grundläggande intressen',
      article: 'artikel 6.1 d',
      explanation:
        'Behandlingen är nödvändig för att skydda intressen som är av grundläggande betydelse för dig eller för en annan fysisk person.',
    },
    public_task: {
      name: 'Uppgift av allmänt intresse eller myndighetsutövning',
      article: 'artikel 6.1 e',
      explanation:
        'Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i den personuppgiftsansvariges myndighetsutövning.',
    },
    legitimate_interests: {
      name: 'Berättigat intresse',
      article: 'artikel 6.1 f',
      explanation:
        'Behandlingen är nödvändig för ändamål som rör den personuppgiftsansvariges eller en tredje parts berättigade intressen, och dina intressen eller grundläggande rättigheter och friheter väger inte tyngre än dessa intressen.',
    },
  },

  rights: {
    access: {
      heading: 'Rätt till tillgång',
      text: [
        'Du har rätt att få bekräftelse på om vi behandlar personuppgifter om dig och i så fall rätt att få tillgång till uppgifterna och en kopia av dem. Du har också rätt att få information om bland annat ändamålen med behandlingen, kategorierna av uppgifter, mottagarna, lagringstiden och varifrån uppgifterna kommer.',
        'Rätten att få en kopia får inte inverka negativt på andras rättigheter och friheter.',
      ],
    },
    rectification: {
      heading: 'Rätt till rättelse',
      text: [
        'Du har rätt att utan onödigt dröjsmål få felaktiga personuppgifter om dig rättade. Med beaktande av ändamålen med behandlingen har du också rätt att komplettera ofullständiga uppgifter, bland annat genom att tillhandahålla ett kompletterande utlåtande.',
      ],
    },
    erasure: {
      heading: 'Rätt till radering (”rätten att bli bortglömd”)',
      text: [
        'Du har rätt att utan onödigt dröjsmål få personuppgifter om dig raderade bland annat om uppgifterna inte längre behövs för de ändamål för vilka de samlades in, om du återkallar ditt samtycke och det inte finns någon annan rättslig grund för behandlingen, om du gör invändningar mot behandlingen och det saknas berättigade skäl som väger tyngre, eller om uppgifterna har behandlats på ett olagligt sätt.',
        'Rätten gäller bland annat inte i den utsträckning behandlingen är nödvändig för att fullgöra en rättslig förpliktelse som åvilar den personuppgiftsansvarige, för att utföra en uppgift av allmänt intresse eller som ett led i den personuppgiftsansvariges myndighetsutövning eller för att fastställa, göra gällande eller försvara rättsliga anspråk.',
      ],
    },
    restriction: {
      heading: 'Rätt till begränsning av behandling',
      text: [
        'Du har rätt att få behandlingen av dina uppgifter begränsad under den tid då vi kontrollerar om uppgifter som du bestrider är korrekta, eller efter att du har gjort invändningar, medan vi kontrollerar om våra berättigade skäl väger tyngre än dina. Du kan också få behandlingen begränsad om den är olaglig men du motsätter dig radering, eller om vi inte längre behöver uppgifterna men du behöver dem för att fastställa, göra gällande eller försvara rättsliga anspråk.',
        'Under begränsningen lagrar vi uppgifterna men behandlar dem i övrigt endast med ditt samtycke, för rättsliga anspråk, för att skydda någon annans rättigheter eller av skäl som rör ett viktigt allmänt intresse.',
      ],
    },
    portability: {
      heading: 'Rätt till dataportabilitet',
      text: [
        'Du har rätt att få de personuppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig. Om det är tekniskt möjligt har du rätt att få uppgifterna överförda direkt från oss till en annan personuppgiftsansvarig.',
        'Rätten gäller uppgifter som behandlas automatiserat på grundval av ditt samtycke eller ett avtal.',
      ],
    },
    object: {
      heading: 'Rätt att göra invändningar mot behandlingen',
      text: [
        'Du har rätt att av skäl som hänför sig till din specifika situation göra invändningar mot behandling som grundar sig på berättigat intresse eller på en uppgift av allmänt intresse eller myndighetsutövning. Mot behandling för direktmarknadsföring kan du göra invändningar när som helst utan att ange skäl.',
      ],
    },
    withdraw_consent: {
      heading: 'Rätt att återkalla samtycke',
      text: [
        'Om behandlingen grundar sig på ditt samtycke har du rätt att när som helst återkalla samtycket. Återkallandet påverkar inte lagligheten av behandling som grundar sig på samtycket innan det återkallades.',
      ],
    },
    complaint: {
      heading: 'Rätt att lämna in klagomål till en tillsynsmyndighet',
      text: [
        'Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen har du rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks.',
      ],
    },
  },

  rightsIntro: [
    'Som registrerad har du rättigheter enligt dataskyddsförordningen. Vilka rättigheter du har beror på den rättsliga grunden för behandlingen; nedan beskrivs de rättigheter som gäller för denna behandling.',
    'Det är kostnadsfritt att utöva dina rättigheter. Om en begäran är uppenbart ogrundad eller orimlig, särskilt på grund av dess repetitiva karaktär, kan vi ta ut en rimlig avgift eller vägra att tillmötesgå begäran.',
    'Vi svarar på din begäran utan onödigt dröjsmål och senast inom en månad från det att vi tog emot den. Vid behov kan tidsfristen förlängas med ytterligare två månader med hänsyn till hur komplicerade och hur många begärandena är; vi meddelar dig då om förlängningen och skälen till den inom en månad från det att vi tog emot begäran.',
  ],

  withdrawConsent: [
    'Om behandlingen grundar sig på ditt samtycke har du rätt att när som helst återkalla samtycket. Du kan återkalla samtycket lika enkelt som du gav det.',
    'Återkallandet påverkar inte lagligheten av behandling som grundar sig på samtycket innan det återkallades. Efter återkallandet behandlar vi inte längre dina uppgifter på grundval av samtycket.',
  ],

  object: {
    general: [
      'Du har rätt att när som helst, av skäl som hänför sig till din specifika situation, göra invändningar mot behandling av personuppgifter om dig som grundar sig på en uppgift av allmänt intresse eller myndighetsutövning (artikel 6.1 e) eller på berättigat intresse (artikel 6.1 f), inbegripet profilering som grundar sig på dessa bestämmelser.',
      'Vi får då inte längre behandla uppgifterna, utom om vi kan påvisa tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter, eller om behandlingen är nödvändig för att fastställa, göra gällande eller försvara rättsliga anspråk.',
    ],
    directMarketing: [
      'Om dina personuppgifter behandlas för direktmarknadsföring har du rätt att när som helst, kostnadsfritt och utan att ange skäl, göra invändningar mot behandling av dina uppgifter för sådan marknadsföring, inbegripet profilering i den utsträckning som den har samband med direktmarknadsföring.',
      'Om du gör invändningar mot behandling för direktmarknadsföring behandlas dina personuppgifter inte längre för detta ändamål.',
    ],
  },

  complaint: [
    'Du har rätt att lämna in ett klagomål till en tillsynsmyndighet om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen. Du kan lämna in klagomålet särskilt i den medlemsstat där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks.',
    'Detta påverkar inte din rätt till andra administrativa prövningsförfaranden eller rättsmedel.',
  ],

  intro: {
    purposes:
      'Vi behandlar personuppgifter för följande ändamål. För varje ändamål anges den rättsliga grunden för behandlingen enligt artikel 6.1 i dataskyddsförordningen.',
    legitimateInterests: 'För följande ändamål grundar sig behandlingen på berättigat intresse; för varje ändamål anges vilket intresse det gäller:',
    dataCategories: 'Vi behandlar följande personuppgifter:',
    sources: 'Vi får personuppgifterna från följande källor:',
    recipients: 'Följande mottagare behandlar personuppgifterna för vår räkning eller får dem av oss:',
    noRecipients: 'Vi lämnar inte ut personuppgifterna till några mottagare.',
    transfers:
      'Vi överför personuppgifter till länder utanför Europeiska unionen (EU) och Europeiska ekonomiska samarbetsområdet (EES) enligt följande. För varje överföring anges grunden för överföringen samt hur du kan få en kopia av skyddsåtgärderna eller var de finns tillgängliga.',
    noTransfers: 'Vi överför inte personuppgifter till länder utanför EU och EES.',
    retention: 'Personuppgifterna lagras enligt följande:',
    noAutomatedDecisions:
      'Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig.',
    profiling: 'Besluten inbegriper profilering: personuppgifter används för att bedöma vissa personliga aspekter rörande dig (artikel 4.4).',
    automatedDecisions:
      'Vi fattar beslut om dig som enbart grundas på automatiserad behandling och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig. Nedan beskrivs logiken bakom besluten samt behandlingens betydelse och förutsedda följder för dig. Om ett beslut grundar sig på ett avtal eller på ditt uttryckliga samtycke har du rätt till mänskligt ingripande från vår sida, att framföra din synpunkt och att bestrida beslutet.',
    specialCategories:
      'Vi behandlar följande särskilda kategorier av personuppgifter. För varje kategori anges villkoret för behandlingen enligt artikel 9.2 i dataskyddsförordningen.',
    personalIdentityCode: 'Vi behandlar personbeteckningar med stöd av 29 § i dataskyddslagen (1050/2018) på följande grund:',
    provision:
      'Nedan anges om tillhandahållandet av personuppgifterna är ett lagstadgat eller avtalsenligt krav eller ett krav som är nödvändigt för att ingå ett avtal, om du är skyldig att lämna uppgifterna och vad som händer om du inte lämnar dem.',
    furtherProcessing:
      'Vi avser att behandla personuppgifterna även för ett annat ändamål än det för vilket de samlades in. Innan en sådan behandling inleds får du information om det andra ändamålet och annan relevant information.',
    changes: 'Vi uppdaterar denna beskrivning när behandlingen av personuppgifter ändras. Ändringarna i beskrivningen anges nedan.',
    security: 'Vi skyddar personuppgifterna på följande sätt:',
    cookies: 'Vi använder kakor och liknande tekniker på vår webbplats på följande sätt:',
    dataSubjects: 'Vi behandlar personuppgifter om följande kategorier av registrerade:',
  },

  specialConditions: {
    a: 'Uttryckligt samtycke',
    b: 'Skyldigheter och särskilda rättigheter inom arbetsrätten och på områdena social trygghet och socialt skydd',
    c: 'Skydd av grundläggande intressen när den registrerade är fysiskt eller rättsligt förhindrad att ge sitt samtycke',
    d: 'Berättigad verksamhet hos en stiftelse, en sammanslutning eller ett annat icke vinstdrivande organ',
    e: 'Uppgifter som på ett tydligt sätt har offentliggjorts av den registrerade',
    f: 'Fastställande, utövande eller försvar av rättsliga anspråk eller domstolarnas dömande verksamhet',
    g: 'Viktigt allmänt intresse',
    h: 'Förebyggande hälso- och sjukvård och yrkesmedicin, hälso- och sjukvård eller social omsorg',
    i: 'Allmänt intresse på folkhälsoområdet',
    j: 'Arkivändamål av allmänt intresse, vetenskapliga eller historiska forskningsändamål eller statistiska ändamål',
  },

  specialCategories: {
    racial_or_ethnic_origin: 'Ras eller etniskt ursprung',
    political_opinions: 'Politiska åsikter',
    religious_or_philosophical_beliefs: 'Religiös eller filosofisk övertygelse',
    trade_union_membership: 'Medlemskap i fackförening',
    genetic: 'Genetiska uppgifter',
    biometric: 'Biometriska uppgifter för att entydigt identifiera en fysisk person',
    health: 'Uppgifter om hälsa',
    sex_life_or_orientation: 'Uppgifter om sexualliv eller sexuell läggning',
  },

  // unverified: wording of the Swedish text of dataskyddslagen 29 § (terms follow the Finnish text).
  hetuGrounds: {
    consent: 'Den registrerades entydiga samtycke',
    law: 'Det föreskrivs om behandlingen i lag',
    statutory_task: 'Entydig identifiering av den registrerade är viktig för att utföra en uppgift som föreskrivs i lag',
    rights_and_obligations:
      'Entydig identifiering av den registrerade är viktig för att den registrerades eller den personuppgiftsansvariges rättigheter och skyldigheter ska kunna tillgodoses',
    research:
      'Entydig identifiering av den registrerade är viktig för historisk eller vetenskaplig forskning eller för statistikföring',
    listed_activity:
      'Behandlingen sker i en verksamhet som nämns i 29 § i dataskyddslagen, såsom kreditgivning, indrivning av fordringar, försäkringsverksamhet, uthyrning och utlåning, hälso- och sjukvård eller anställningsförhållanden',
  },

  provision: {
    statutory: 'Lagstadgat krav',
    contractual: 'Avtalsenligt krav',
    contract_precondition: 'Krav som är nödvändigt för att ingå ett avtal',
    voluntary: 'Frivilligt',
  },

  sourceTypes: {
    data_subject: 'Den registrerade själv',
    observation: 'Observation (uppgifter som registreras om din aktivitet)',
    organisation: 'Ett annat företag eller en annan organisation',
    public: 'Offentligt tillgängliga källor',
    authority: 'Myndighet',
    guardian: 'Vårdnadshavare',
  },

  recipientRoles: {
    processor: 'Personuppgiftsbiträde',
    controller: 'Självständig personuppgiftsansvarig',
    joint_controller: 'Gemensamt personuppgiftsansvarig',
    group_company: 'Koncernbolag',
    authority: 'Myndighet',
  },

  mechanisms: {
    adequacy: 'Kommissionens beslut om adekvat skyddsnivå, artikel 45',
    data_privacy_framework:
      'Ramen för dataskydd mellan EU och USA (kommissionens genomförandebeslut (EU) 2023/1795), artikel 45',
    // unverified: "standardavtalsklausuler" is the term of Decision (EU) 2021/914; GDPR 46.2 c itself says "standardiserade dataskyddsbestämmelser".
    standard_contractual_clauses: 'Standardavtalsklausuler (kommissionens genomförandebeslut (EU) 2021/914), artikel 46.2 c',
    binding_corporate_rules: 'Bindande företagsbestämmelser, artikel 46.2 b och 47',
    public_authority_instrument:
      'Ett rättsligt bindande och verkställbart instrument mellan offentliga myndigheter eller organ, artikel 46.2 a',
    code_of_conduct:
      'Godkänd uppförandekod tillsammans med mottagarens bindande och verkställbara åtaganden, artikel 46.2 e',
    certification:
      'Godkänd certifieringsmekanism tillsammans med mottagarens bindande och verkställbara åtaganden, artikel 46.2 f',
    authorised_clauses: 'Avtalsklausuler som godkänts av den behöriga tillsynsmyndigheten, artikel 46.3 a',
    derogation_consent: 'Den registrerades uttryckliga samtycke till överföringen, artikel 49.1 a',
    derogation_contract:
      'Överföringen är nödvändig för att fullgöra ett avtal mellan den registrerade och den personuppgiftsansvarige, artikel 49.1 b',
    derogation_public_interest: 'Överföringen är nödvändig av viktiga skäl som rör allmänintresset, artikel 49.1 d',
    derogation_legal_claims:
      'Överföringen är nödvändig för att fastställa, göra gällande eller försvara rättsliga anspråk, artikel 49.1 e',
    derogation_vital_interests:
      'Överföringen är nödvändig för att skydda den registrerades eller andra personers grundläggande intressen när den registrerade är fysiskt eller rättsligt förhindrad att ge sitt samtycke, artikel 49.1 f',
    // unverified: the exact GDPR Swedish wording of Art. 49.1 andra stycket ("tvingande berättigade intressen").
    derogation_compelling_interests:
      'Den personuppgiftsansvariges tvingande berättigade intressen, för en överföring som inte upprepas och endast gäller ett begränsat antal registrerade, med lämpliga skyddsåtgärder, artikel 49.1 andra stycket',
    // unverified: Swedish name of the Privacy Shield (Decision (EU) 2016/1250).
    privacy_shield: 'Skölden för skydd av privatlivet i EU och USA (ogiltigförklarad den 16 juli 2020)',
    // unverified: Swedish name of Safe Harbor (Decision 2000/520/EG); the proper name is kept in brackets.
    safe_harbor: 'Principerna om en säker hamn (Safe Harbor, ogiltigförklarade den 6 oktober 2015)',
    standard_contractual_clauses_2010: 'Äldre standardavtalsklausuler (upphävda)',
  },

  channels: {
    email: 'E-post',
    web_form: 'Webbformulär',
    post: 'Post',
    phone: 'Telefon',
    in_person: 'Personligen',
  },

  site: {
    skip: 'Gå till innehållet',
    indexHeading: 'Dataskyddsbeskrivningar',
    indexIntro: 'Dataskyddsbeskrivningarna nedan beskriver hur personuppgifter behandlas och vilka rättigheter du har.',
    register: 'Register',
    controller: 'Personuppgiftsansvarig',
    flow: 'Varifrån uppgifterna kommer och vart de går',
    download: 'Ladda ner som {format}',
    footer: 'Upprättad med verktyget Seloste',
    history: 'Tidigare versioner',
    archived: 'Detta är en tidigare version av beskrivningen, uppdaterad {date}.',
    current: 'Gällande version',
    version: 'version {date}',
    page: 'Sida {page} av {pages}',
  },

  authority: {
    finland: 'I Finland är tillsynsmyndigheten dataombudsmannen. Kontaktuppgifter:',
    controller: 'Den tillsynsmyndighet som är behörig för den personuppgiftsansvarige är:',
    representative: 'Tillsynsmyndigheten i den stat där den personuppgiftsansvariges företrädare finns är:',
    postalAddress: 'Postadress',
    visitingAddress: 'Besöksadress',
    phone: 'Telefon',
    email: 'E-post',
    website: 'Webbplats',
  },
};
