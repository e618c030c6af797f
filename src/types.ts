/** The register data model: the TypeScript mirror of schemas/register.schema.json. */
export type Lang = string;
/** Free text per language: `{fi: …, en: …}`. */
export type Text = Partial<Record<Lang, string>>;

/** Every key optional: an address is written as the notice gives it (rule `controller-contact` says what it lacks). */
export interface Address {
  street?: string;
  po_box?: string;
  postal_code?: string;
  city?: string;
  country?: string;
}

export interface Contact {
  name?: string;
  title?: Text;
  email?: string;
  phone?: string;
  address?: Address;
  web_form?: string;
}

export interface Controller {
  name: string;
  /** The name in other languages (a bilingual body's official names, a company's parallel names). */
  names?: Text;
  /** As written: rule `business-id` checks its form. */
  business_id?: string;
  /** A company number of another country. */
  registration?: Registration;
  country?: string;
  /** A public authority cannot rest the performance of its tasks on legitimate interests (Art. 6(1)). */
  public_authority?: boolean;
  address?: Address;
  postal_address?: Address;
  phone?: string;
  email?: string;
  website?: string;
  web_form?: string;
}

export interface Registration {
  number: string;
  register?: Text;
  country?: string;
}

/** Art. 8: the age from which a child consents alone, and how a parent consents for a younger one. */
export interface Children {
  age_limit?: number;
  parental_consent?: Text;
  information_society_service?: boolean;
  description?: Text;
}

export interface Group {
  name: Text;
  members?: { name: string; business_id?: string; country?: string }[];
  contacts_url?: string;
}

export interface JointControllers {
  parties: {
    name: string;
    business_id?: string;
    email?: string;
    phone?: string;
    address?: Address;
    responsibilities?: Text;
  }[];
  arrangement: Text;
  contact_point?: Text;
}

export interface Representative {
  name: string;
  email?: string;
  phone?: string;
  address?: Address;
}

export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export interface Purpose {
  id?: string;
  description: Text;
  legal_basis?: LegalBasis;
  legitimate_interest?: Text;
  law?: Text;
  consent?: { how_given?: Text; how_to_withdraw?: Text };
  direct_marketing?: boolean;
  automated?: boolean;
  /** A public authority's purpose that lies outside its public tasks: legitimate interests are open to it. */
  outside_public_tasks?: boolean;
}

export type SpecialCategoryKind =
  | 'racial_or_ethnic_origin'
  | 'political_opinions'
  | 'religious_or_philosophical_beliefs'
  | 'trade_union_membership'
  | 'genetic'
  | 'biometric'
  | 'health'
  | 'sex_life_or_orientation';

export interface SpecialCategory {
  category: SpecialCategoryKind;
  condition?: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';
  law?: Text;
  description?: Text;
}

export type HetuGround = 'consent' | 'law' | 'statutory_task' | 'rights_and_obligations' | 'research' | 'listed_activity';

export interface PersonalIdentityCode {
  ground?: HetuGround;
  description?: Text;
}

export type Provision = 'statutory' | 'contractual' | 'contract_precondition' | 'voluntary';

export interface DataCategory {
  id?: string;
  description: Text;
  provision?: Provision;
  consequence?: Text;
}

export type SourceType = 'data_subject' | 'observation' | 'organisation' | 'public' | 'authority' | 'guardian';

export interface Source {
  type: SourceType;
  name?: string;
  /** The name in other languages (an authority's official names, a company's parallel names); only beside `name`. */
  names?: Text;
  description?: Text;
}

export type RecipientRole = 'processor' | 'controller' | 'joint_controller' | 'authority';

export interface Recipient {
  name?: string;
  /** The name in other languages (an authority's official names, a company's parallel names); only beside `name`. */
  names?: Text;
  category?: Text;
  role?: RecipientRole;
  /** A company of the controller's group: only beside `role` processor or controller. */
  group_company?: boolean;
  country?: string;
  purpose?: Text;
}

export type TransferMechanism =
  | 'adequacy'
  | 'data_privacy_framework'
  | 'standard_contractual_clauses'
  | 'binding_corporate_rules'
  | 'public_authority_instrument'
  | 'code_of_conduct'
  | 'certification'
  | 'authorised_clauses'
  | 'derogation_consent'
  | 'derogation_contract'
  | 'derogation_public_interest'
  | 'derogation_legal_claims'
  | 'derogation_vital_interests'
  /** Art. 49(1) second subparagraph: compelling legitimate interests, documented in the record (Art. 49(6)). */
  | 'derogation_compelling_interests'
  | 'privacy_shield'
  | 'safe_harbor'
  | 'standard_contractual_clauses_2010';

export interface Transfer {
  /** Left out when the notice does not name the country (a rule finding). */
  country?: string;
  recipient?: string;
  mechanism?: TransferMechanism;
  safeguard_url?: string;
  description?: Text;
}

export interface Retention {
  applies_to?: string[];
  period?: string;
  trigger?: Text;
  law?: Text;
  description?: Text;
}

export interface AutomatedDecision {
  profiling?: boolean;
  logic: Text;
  significance: Text;
  consequences: Text;
}

export type RightId =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'portability'
  | 'object'
  | 'withdraw_consent'
  | 'complaint';

export type ChannelType = 'email' | 'web_form' | 'post' | 'phone' | 'in_person';

export interface Channel {
  type: ChannelType;
  email?: string;
  url?: string;
  phone?: string;
  address?: Address;
  description?: Text;
}

export interface Rights {
  channels?: Channel[];
  identity_check?: Text;
  response_days?: number;
  restrictions?: RightRestriction[];
}

/** Art. 23: a restriction rests on a statute (`law`); `ground` is the statute and reason in one text. */
export interface RightRestriction {
  right: RightId;
  law?: Text;
  reason?: Text;
  ground?: Text;
}

export interface Security {
  manual?: Text;
  electronic?: Text;
}

export interface CookieTool {
  name: string;
  provider?: string;
  purpose?: Text;
  country?: string;
  opt_out_url?: string;
}

export interface Cookies {
  description?: Text;
  consent?: Text;
  tools?: CookieTool[];
}

export interface ChangeEntry {
  date: string;
  description: Text;
  material?: boolean;
}

export interface FurtherProcessing {
  purpose: Text;
  legal_basis?: LegalBasis;
  description?: Text;
}

export interface InformationSystem {
  name: string;
  provider?: string;
  country?: string;
  description?: Text;
}

/** Art. 49(6): the assessment and safeguards of a transfer on compelling legitimate interests. */
export interface TransferSafeguard {
  recipient: string;
  country?: string;
  documentation: Text;
}

export interface ProcessorTransfer {
  country: string;
  recipient?: string;
  mechanism?: TransferMechanism;
  documentation?: Text;
}

/** Art. 30(2): processing carried out on behalf of one controller. */
export interface ProcessorActivity {
  controller: Controller;
  representative?: Representative;
  dpo?: Contact;
  processing: Text;
  transfers?: 'none' | ProcessorTransfer[];
  security?: Text;
}

/**
 * Facts for the record of processing activities (Art. 30) that are never published: the schema
 * marks the key `x-internal`, and the publishing stages take only a `PublicRegister`.
 */
export interface Internal {
  owner?: Contact;
  systems?: InformationSystem[];
  security?: Text;
  risks?: Text;
  transfer_safeguards?: TransferSafeguard[];
  processor_for?: ProcessorActivity[];
}

/** A register as written (after validation), with shared organisation parts merged in. */
export interface Register {
  id: string;
  organisation?: string;
  name: Text;
  description?: Text;
  created?: string;
  /** Left out when the notice gives no date (rule `notice-date`). */
  updated?: string;
  changes?: ChangeEntry[];
  controller?: Controller;
  group?: Group;
  joint_controllers?: JointControllers;
  representative?: Representative;
  /** Country code of the controller's lead supervisory authority (Art. 56), when not that of its address. */
  supervisory_authority?: string;
  dpo?: Contact;
  contact_person?: Contact;
  data_subjects?: Text[];
  purposes?: Purpose[];
  /** Bases listed for the whole register, not per purpose (rule `legal-basis`). */
  legal_bases?: LegalBasis[];
  children?: Children;
  special_categories?: SpecialCategory[];
  personal_identity_code?: PersonalIdentityCode;
  data_categories?: DataCategory[];
  provision?: Text;
  sources?: Source[];
  recipients?: 'none' | Recipient[];
  transfers?: 'none' | Transfer[];
  retention?: Retention[];
  automated_decisions?: 'none' | AutomatedDecision;
  rights?: Rights;
  security?: Security;
  cookies?: Cookies;
  suppression?: Text;
  further_processing?: FurtherProcessing[];
  storage_location?: Text;
  /** Never published (see `resolve/public-register.ts`). */
  internal?: Internal;
}

/** Keys an organisation file may hold. */
export const ORGANISATION_KEYS = [
  'controller',
  'group',
  'joint_controllers',
  'representative',
  'supervisory_authority',
  'dpo',
  'contact_person',
  'rights',
  'security',
  'cookies',
  'storage_location',
  'internal',
] as const;
