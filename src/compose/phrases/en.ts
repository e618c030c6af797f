/**
 * English phrase table. Legal terms follow the English text of the GDPR (Regulation (EU) 2016/679)
 * and the English translation of the Finnish Data Protection Act (1050/2018).
 */
import type { Phrases } from './types.js';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const en: Phrases = {
  lang: 'en',
  languageName: 'English',
  noticeTitle: 'Privacy notice',
  noticeTitleFor: 'Privacy notice: {name}',
  notAvailable: '(not available in English)',
  contents: 'Contents',
  updated: 'Updated',
  created: 'First published',
  months,
  formatDate: (day, month, year) => `${day} ${months[month - 1] ?? month} ${year}`,
  duration: {
    years: ['1 year', '{n} years'],
    months: ['1 month', '{n} months'],
    weeks: ['1 week', '{n} weeks'],
    days: ['1 day', '{n} days'],
    hours: ['1 hour', '{n} hours'],
    and: ' and ',
  },
  listAnd: ' and ',

  headings: {
    summary: 'In brief',
    controller: 'Controller and contact details',
    dpo: 'Contact details of the data protection officer',
    data_subjects: 'Whose data we process',
    purposes: 'Purposes of the processing and legal bases',
    legitimate_interests: 'Legitimate interests',
    special_categories: 'Special categories of personal data',
    personal_identity_code: 'Personal identity code',
    data_categories: 'Personal data processed',
    sources: 'Where the data come from',
    recipients: 'Recipients and categories of recipients',
    transfers: 'Transfers outside the EU/EEA',
    retention: 'Storage period',
    rights: 'Rights of the data subject',
    withdraw_consent: 'Right to withdraw consent',
    object: 'Right to object to processing',
    complaint: 'Right to lodge a complaint with a supervisory authority',
    provision: 'Whether you must provide the data, and the consequences',
    automated_decisions: 'Automated decision-making and profiling',
    further_processing: 'Processing for other purposes',
    security: 'Security',
    cookies: 'Cookies',
    changes: 'Changes to this notice',
  },

  summary: {
    who: '{controller} is the controller of the register “{register}”, which means it is responsible for processing the personal data in it.',
    why: 'We use the data for the following purposes:',
    basis: ' – legal basis: {basis}',
    rights: 'Your rights:',
    complain: 'You can lodge a complaint with the supervisory authority ({authority}).',
    complainFinland: 'You can lodge a complaint with the Data Protection Ombudsman.',
    complainAnywhere: 'You can lodge a complaint with a supervisory authority.',
    readMore: 'Read more',
    readMorePurposes: 'Read more about the purposes',
    readMoreRights: 'Read more about your rights',
    transfers: 'We transfer data to the following countries outside the EU/EEA: {countries}.',
    automated: 'We make decisions about you based solely on automated processing.',
  },

  labels: {
    name: 'Name',
    businessId: 'Business ID',
    registration: 'Company registration number',
    registerBases: 'Legal bases of the processing',
    children: 'Consent of a child',
    childAgeLimit: 'A child’s own consent is asked from the age of {n}.',
    parentalConsent: 'Consent of the holder of parental responsibility',
    address: 'Address',
    postalAddress: 'Postal address',
    visitingAddress: 'Visiting address',
    poBox: 'P.O. Box',
    phone: 'Telephone',
    email: 'E-mail',
    website: 'Website',
    webForm: 'Web form',
    contactPerson: 'Contact person',
    group: 'Group',
    groupMembers: 'Group companies',
    groupContacts: 'Contact details of the group companies',
    jointControllers: 'Joint controllers',
    jointArrangement: 'Essence of the arrangement between the joint controllers',
    jointContactPoint: 'Contact point for data subjects',
    responsibilities: 'Responsibilities',
    representative: 'Controller’s representative',
    purpose: 'Purpose of the processing',
    legalBasis: 'Legal basis',
    law: 'Law',
    data: 'Data',
    required: 'Required',
    consequence: 'Consequence of not providing the data',
    source: 'Source',
    recipient: 'Recipient',
    role: 'Role',
    country: 'Country',
    mechanism: 'Transfer mechanism',
    safeguard: 'More information or a copy',
    noAdequacy: 'The recipient is not covered by an adequacy decision of the Commission.',
    adequacyDecision: 'Commission Decision {decision}.',
    communityActs: 'EC',
    period: 'Storage period',
    periodFrom: '{period} from {trigger}',
    criteria: 'Criteria used to determine the storage period',
    appliesTo: 'Applies to',
    allData: 'All data',
    howToExercise: 'How to exercise your rights',
    identityCheck: 'Verifying your identity',
    responseTime: 'We aim to respond within {days} days; the statutory time limit is one month, which can be extended as described above.',
    responseTimeWithinMonth: 'We aim to respond within {days} days, which is always within the statutory time limit of one month.',
    restrictions: 'Restrictions of rights',
    logic: 'Logic involved',
    significance: 'Significance of the processing',
    consequences: 'Envisaged consequences for you',
    profiling: 'Profiling',
    manual: 'Manual records',
    electronic: 'Electronically processed data',
    storageLocation: 'Where the data are stored',
    cookieTools: 'Cookies and tools used',
    provider: 'Provider',
    optOut: 'Opt out',
    cookieConsent: 'Cookie consent',
    date: 'Date',
    change: 'Change',
    materialChange: 'material change; data subjects were informed of it separately',
    appliesToPurposes: ['The right applies to processing for the following purpose:', 'The right applies to processing for the following purposes:'],
    notAppliesToPurpose: 'The right does not apply to processing for the following purpose:',
    specialCondition: 'Condition under Art. 9(2)({point})',
    hetuGround: 'Ground',
    downloads: 'Downloads',
    otherLanguages: 'Language',
  },

  bases: {
    consent: {
      name: 'Consent',
      article: 'Art. 6(1)(a)',
      explanation: 'We process the data because you have given your consent to their processing for the purpose concerned.',
    },
    contract: {
      name: 'Performance of a contract',
      article: 'Art. 6(1)(b)',
      explanation:
        'Processing is necessary for the performance of a contract to which you are party or in order to take steps at your request prior to entering into a contract.',
    },
    legal_obligation: {
      name: 'Legal obligation',
      article: 'Art. 6(1)(c)',
      explanation: 'Processing is necessary for compliance with a legal obligation to which the controller is subject.',
    },
    vital_interests: {
      name: 'Vital interests',
      article: 'Art. 6(1)(d)',
      explanation: 'Processing is necessary to protect your vital interests or those of another natural person.',
    },
    public_task: {
      name: 'Public interest or official authority',
      article: 'Art. 6(1)(e)',
      explanation:
        'Processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller.',
    },
    legitimate_interests: {
      name: 'Legitimate interests',
      article: 'Art. 6(1)(f)',
      explanation:
        'Processing is necessary for the legitimate interests pursued by the controller or a third party, and your interests or fundamental rights and freedoms do not override those interests.',
    },
  },

  rights: {
    access: {
      heading: 'Right of access',
      text: [
        'You have the right to obtain confirmation as to whether we process personal data concerning you and, where we do, access to the data and a copy of them. You also have the right to information on, among other things, the purposes of the processing, the categories of data, the recipients, the storage period and where the data come from.',
        'Receiving a copy must not adversely affect the rights and freedoms of others.',
      ],
    },
    rectification: {
      heading: 'Right to rectification',
      text: [
        'You have the right to have inaccurate personal data concerning you rectified without undue delay. Taking into account the purposes of the processing, you also have the right to have incomplete data completed, including by providing a supplementary statement.',
      ],
    },
    erasure: {
      heading: 'Right to erasure (‘right to be forgotten’)',
      text: [
        'You have the right to have personal data concerning you erased without undue delay where, among other grounds, the data are no longer necessary for the purposes for which they were collected, you withdraw your consent and there is no other legal ground for the processing, you object to the processing and there are no overriding legitimate grounds, or the data have been unlawfully processed.',
        'The right does not apply, among other cases, to the extent that processing is necessary for compliance with a legal obligation of the controller, for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller, or for the establishment, exercise or defence of legal claims.',
      ],
    },
    restriction: {
      heading: 'Right to restriction of processing',
      text: [
        'You have the right to have the processing of your data restricted for the period in which we verify the accuracy of data you contest, or, after you have objected, while we verify whether our legitimate grounds override yours. You can also obtain restriction if the processing is unlawful but you oppose erasure, or if we no longer need the data but you need them for the establishment, exercise or defence of legal claims.',
        'While processing is restricted, we store the data but otherwise process them only with your consent, for legal claims, for the protection of the rights of another person or for reasons of important public interest.',
      ],
    },
    portability: {
      heading: 'Right to data portability',
      text: [
        'You have the right to receive the personal data you have provided to us in a structured, commonly used and machine-readable format and to transmit them to another controller. Where technically feasible, you have the right to have the data transmitted directly from us to another controller.',
        'The right applies to data processed by automated means on the basis of your consent or a contract.',
      ],
    },
    object: {
      heading: 'Right to object to processing',
      text: [
        'You have the right to object, on grounds relating to your particular situation, to processing based on legitimate interests or on a task carried out in the public interest or in the exercise of official authority. You can object to processing for direct marketing at any time without giving reasons.',
      ],
    },
    withdraw_consent: {
      heading: 'Right to withdraw consent',
      text: [
        'Where processing is based on your consent, you have the right to withdraw your consent at any time. The withdrawal does not affect the lawfulness of processing based on consent before its withdrawal.',
      ],
    },
    complaint: {
      heading: 'Right to lodge a complaint with a supervisory authority',
      text: [
        'If you consider that the processing of your personal data infringes the General Data Protection Regulation, you have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement.',
      ],
    },
  },

  rightsIntro: [
    'As a data subject, you have rights under the General Data Protection Regulation. Which rights are available to you depends on the legal basis of the processing; the rights that apply to this processing are described below.',
    'Exercising your rights is free of charge. If a request is manifestly unfounded or excessive, in particular because of its repetitive character, we can charge a reasonable fee or refuse to act on the request.',
    'We respond to your request without undue delay and at the latest within one month of receiving it. Where necessary, taking into account the complexity and number of requests, this period can be extended by two further months; we then inform you of the extension and the reasons for it within one month of receiving the request.',
  ],

  withdrawConsent: [
    'Where processing is based on your consent, you have the right to withdraw your consent at any time. You can withdraw your consent as easily as you gave it.',
    'The withdrawal does not affect the lawfulness of processing based on consent before its withdrawal. After the withdrawal, we no longer process your data on the basis of that consent.',
  ],

  object: {
    general: [
      'You have the right to object at any time, on grounds relating to your particular situation, to processing of personal data concerning you which is based on a task carried out in the public interest or in the exercise of official authority (Art. 6(1)(e)) or on legitimate interests (Art. 6(1)(f)), including profiling based on those provisions.',
      'We then no longer process the data unless we demonstrate compelling legitimate grounds for the processing which override your interests, rights and freedoms, or the processing is necessary for the establishment, exercise or defence of legal claims.',
    ],
    directMarketing: [
      'Where your personal data are processed for direct marketing, you have the right to object at any time, free of charge and without giving reasons, to processing of your data for such marketing, including profiling to the extent that it is related to direct marketing.',
      'If you object to processing for direct marketing, your personal data will no longer be processed for that purpose.',
    ],
  },

  complaint: [
    'You have the right to lodge a complaint with a supervisory authority if you consider that the processing of your personal data infringes the General Data Protection Regulation. You can lodge the complaint in particular in the Member State of your habitual residence, place of work or place of the alleged infringement.',
    'This is without prejudice to any other administrative or judicial remedy.',
  ],

  intro: {
    purposes:
      'We process personal data for the following purposes. For each purpose, the legal basis of the processing under Article 6(1) of the General Data Protection Regulation is given.',
    legitimateInterests: 'For the following purposes we rely on legitimate interests; for each, the interest pursued is stated:',
    dataCategories: 'We process the following personal data:',
    sources: 'We obtain the personal data from the following sources:',
    recipients: 'The following recipients process the personal data on our behalf or receive them from us:',
    noRecipients: 'We do not disclose the personal data to any recipients.',
    transfers:
      'We transfer personal data outside the European Union (EU) and the European Economic Area (EEA) as follows. For each transfer, the transfer mechanism is given, together with how you can obtain a copy of the safeguards or where they have been made available.',
    noTransfers: 'We do not transfer personal data outside the EU/EEA.',
    retention: 'The personal data are stored for the following periods:',
    noAutomatedDecisions:
      'We do not make decisions about you based solely on automated processing, including profiling, which produce legal effects concerning you or similarly significantly affect you.',
    profiling: 'These decisions involve profiling: personal data are used to evaluate personal aspects of you (Art. 4(4)).',
    automatedDecisions:
      'We make decisions about you based solely on automated processing which produce legal effects concerning you or similarly significantly affect you. The logic involved, the significance of the processing and its envisaged consequences for you are described below. Where a decision is based on a contract or on your explicit consent, you have the right to obtain human intervention on our part, to express your point of view and to contest the decision.',
    specialCategories:
      'We process the following special categories of personal data. For each, the condition for the processing under Article 9(2) of the General Data Protection Regulation is given.',
    personalIdentityCode:
      'We process personal identity codes under section 29 of the Data Protection Act (1050/2018) on the following ground:',
    provision:
      'Below we state whether providing the personal data is a statutory or contractual requirement or a requirement necessary to enter into a contract, whether you are obliged to provide the data and what happens if you do not provide them.',
    furtherProcessing:
      'We intend to process the personal data also for a purpose other than that for which they were collected. Before such processing, we provide you with information on that other purpose and with any other relevant information.',
    changes: 'We update this notice when the processing of personal data changes. The changes made to this notice are listed below.',
    security: 'We protect the personal data as follows:',
    cookies: 'We use cookies and similar technologies on our website as follows:',
    dataSubjects: 'We process personal data about the following categories of data subjects:',
  },

  specialConditions: {
    a: 'Explicit consent',
    b: 'Obligations and specific rights in the field of employment and social security and social protection law',
    c: 'Vital interests where the data subject is physically or legally incapable of giving consent',
    d: 'Legitimate activities of a foundation, association or other not-for-profit body',
    e: 'Data manifestly made public by the data subject',
    f: 'Establishment, exercise or defence of legal claims, or courts acting in their judicial capacity',
    g: 'Reasons of substantial public interest',
    h: 'Preventive or occupational medicine, health care or social care',
    i: 'Reasons of public interest in the area of public health',
    j: 'Archiving purposes in the public interest, scientific or historical research purposes or statistical purposes',
  },

  specialCategories: {
    racial_or_ethnic_origin: 'Racial or ethnic origin',
    political_opinions: 'Political opinions',
    religious_or_philosophical_beliefs: 'Religious or philosophical beliefs',
    trade_union_membership: 'Trade union membership',
    genetic: 'Genetic data',
    biometric: 'Biometric data for the purpose of uniquely identifying a natural person',
    health: 'Data concerning health',
    sex_life_or_orientation: 'Data concerning sex life or sexual orientation',
  },

  hetuGrounds: {
    // unverified: wording of the unofficial English translation of section 29.
    consent: 'The data subject’s unambiguous consent',
    law: 'The processing is provided for by law',
    statutory_task: 'Unambiguous identification of the data subject is important to perform a task laid down by law',
    rights_and_obligations:
      'Unambiguous identification of the data subject is important to exercise the rights or fulfil the obligations of the data subject or the controller',
    research:
      'Unambiguous identification of the data subject is important for historical or scientific research or for statistics',
    listed_activity:
      'The processing takes place in an activity listed in section 29 of the Data Protection Act, such as granting credit, debt collection, insurance, rental and lending, health care or employment',
  },

  provision: {
    statutory: 'Statutory requirement',
    contractual: 'Contractual requirement',
    contract_precondition: 'Requirement necessary to enter into a contract',
    voluntary: 'Voluntary',
  },

  sourceTypes: {
    data_subject: 'You (the data subject)',
    observation: 'Observation (data recorded about your activity)',
    organisation: 'Another company or organisation',
    public: 'Publicly available sources',
    authority: 'Public authority',
    guardian: 'Parent or guardian',
  },

  recipientRoles: {
    processor: 'Processor',
    controller: 'Independent controller',
    joint_controller: 'Joint controller',
    group_company: 'Group company',
    authority: 'Public authority',
  },

  mechanisms: {
    adequacy: 'Adequacy decision of the Commission, Art. 45',
    data_privacy_framework: 'EU-US Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795), Art. 45',
    standard_contractual_clauses:
      'Standard contractual clauses (Commission Implementing Decision (EU) 2021/914), Art. 46(2)(c)',
    binding_corporate_rules: 'Binding corporate rules, Art. 46(2)(b) and 47',
    public_authority_instrument:
      'Legally binding and enforceable instrument between public authorities or bodies, Art. 46(2)(a)',
    code_of_conduct:
      'Approved code of conduct with binding and enforceable commitments of the recipient, Art. 46(2)(e)',
    certification: 'Approved certification mechanism with binding and enforceable commitments of the recipient, Art. 46(2)(f)',
    authorised_clauses: 'Contractual clauses authorised by the competent supervisory authority, Art. 46(3)(a)',
    derogation_consent: 'Explicit consent of the data subject to the transfer, Art. 49(1)(a)',
    derogation_contract:
      'Transfer necessary for the performance of a contract between the data subject and the controller, Art. 49(1)(b)',
    derogation_public_interest: 'Transfer necessary for important reasons of public interest, Art. 49(1)(d)',
    derogation_legal_claims:
      'Transfer necessary for the establishment, exercise or defence of legal claims, Art. 49(1)(e)',
    derogation_vital_interests:
      'Transfer necessary to protect the vital interests of the data subject or of other persons where the data subject is incapable of giving consent, Art. 49(1)(f)',
    derogation_compelling_interests:
      'Compelling legitimate interests of the controller, for a transfer that is not repetitive and concerns only a limited number of data subjects, with suitable safeguards, Art. 49(1) second subparagraph',
    privacy_shield: 'EU-US Privacy Shield (invalidated 16 July 2020)',
    safe_harbor: 'Safe Harbor (invalidated 6 October 2015)',
    standard_contractual_clauses_2010: 'Old standard contractual clauses (repealed)',
  },

  channels: {
    email: 'E-mail',
    web_form: 'Web form',
    post: 'Post',
    phone: 'Telephone',
    in_person: 'In person',
  },

  site: {
    skip: 'Skip to content',
    indexHeading: 'Privacy notices',
    indexIntro: 'The privacy notices below describe how personal data are processed and what rights you have.',
    register: 'Register',
    controller: 'Controller',
    flow: 'Where the data come from and where they go',
    download: 'Download as {format}',
    footer: 'Drawn up with the Seloste tool',
    history: 'Earlier versions',
    archived: 'This is an earlier version of the notice, updated {date}.',
    current: 'Current version',
    version: 'version of {date}',
    page: 'Page {page} of {pages}',
  },

  authority: {
    finland: 'In Finland, the supervisory authority is the Data Protection Ombudsman. Contact details:',
    controller: 'The supervisory authority competent for the controller is:',
    representative: 'The supervisory authority of the country where the controller’s representative is located is:',
    postalAddress: 'Postal address',
    visitingAddress: 'Visiting address',
    phone: 'Telephone',
    email: 'E-mail',
    website: 'Website',
  },
};
