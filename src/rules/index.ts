/** The built-in rules, in the order of the notice they check. Rule ids are public and never reused. */
import type { Rule } from '../check/rule.js';
import accessCharge from './access-charge.js';
import automatedDecisions from './automated-decisions.js';
import businessId from './business-id.js';
import children from './children.js';
import consentWithdrawal from './consent-withdrawal.js';
import contradiction from './contradiction.js';
import controllerContact from './controller-contact.js';
import dataCategories from './data-categories.js';
import dataSources from './data-sources.js';
import dpoContact from './dpo-contact.js';
import dpoSharedContact from './dpo-shared-contact.js';
import invalidConsent from './invalid-consent.js';
import jointControllers from './joint-controllers.js';
import legalBasis from './legal-basis.js';
import legitimateInterest from './legitimate-interest.js';
import noticeDate from './notice-date.js';
import outdatedReference from './outdated-reference.js';
import personalIdentityCode from './personal-identity-code.js';
import placeholderText from './placeholder-text.js';
import providerTransfer from './provider-transfer.js';
import recordProcessorController from './record-processor-controller.js';
import recordSecurity from './record-security.js';
import recordTransferSafeguards from './record-transfer-safeguards.js';
import provisionRequirement from './provision-requirement.js';
import recipients from './recipients.js';
import representative from './representative.js';
import responseTime from './response-time.js';
import rightToObject from './right-to-object.js';
import rightsRestriction from './rights-restriction.js';
import retention from './retention.js';
import specialCategoryCondition from './special-category-condition.js';
import supervisoryAuthority from './supervisory-authority.js';
import todoLeft from './todo-left.js';
import transferConsistency from './transfer-consistency.js';
import transferMechanism from './transfer-mechanism.js';
import translationMissing from './translation-missing.js';
import vagueLanguage from './vague-language.js';

export const rules: readonly Rule[] = [
  // Who: the controller, its representative, joint controllers, the DPO.
  controllerContact,
  businessId,
  representative,
  jointControllers,
  dpoContact,
  dpoSharedContact,
  // Why: purposes and their legal bases.
  legalBasis,
  legitimateInterest,
  children,
  specialCategoryCondition,
  personalIdentityCode,
  // What and from where.
  dataCategories,
  provisionRequirement,
  dataSources,
  // To whom, and where.
  recipients,
  transferConsistency,
  providerTransfer,
  transferMechanism,
  // How long, and how decided.
  retention,
  automatedDecisions,
  // The data subject's rights.
  rightsRestriction,
  accessCharge,
  responseTime,
  consentWithdrawal,
  invalidConsent,
  rightToObject,
  supervisoryAuthority,
  // The record of processing activities (Art. 30), from the same register.
  recordSecurity,
  recordTransferSafeguards,
  recordProcessorController,
  // The text as a whole.
  translationMissing,
  placeholderText,
  outdatedReference,
  contradiction,
  vagueLanguage,
  todoLeft,
  noticeDate,
];
