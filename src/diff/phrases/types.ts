/**
 * The words of `seloste diff`, one table per language: the labels of coded values and one sentence
 * per kind of change. Sentences take their values already quoted (in backticks) and in the
 * sentence's language.
 */
import type { LegalBasis, SourceType, SpecialCategoryKind } from '../../types.js';

export type SummaryLang = 'en' | 'fi' | 'sv';

/** The languages every change is summarised in, in the order they are listed. */
export const SUMMARY_LANGS: readonly SummaryLang[] = ['en', 'fi', 'sv'];

export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'H';

/** The parts of an item a change can be in, named in the sentences that list them. */
export type FieldName = 'description' | 'legitimate_interest' | 'law' | 'consent' | 'role' | 'country' | 'category' | 'purpose' | 'recipient' | 'safeguard_url' | 'period' | 'trigger' | 'applies_to' | 'names';

export interface DiffPhrases {
  lang: SummaryLang;
  bases: Record<LegalBasis, string>;
  /** Said for a purpose without a legal basis. */
  noBasis: string;
  special: Record<SpecialCategoryKind, string>;
  sources: Record<SourceType, string>;
  mechanisms: Record<string, string>;
  /** Said for a transfer without a mechanism. */
  noMechanism: string;
  /** Singular and plural of each unit of a period. */
  units: Record<DurationUnit, [string, string]>;
  /** The word before the last item of a list. */
  and: string;
  fields: Record<FieldName, string>;
  /** Where a transfer goes: `to United States`. */
  transferTo(country: string): string;
  /** The data a retention rule is for: their names, or all data when it names none. */
  retentionOf(names: string | undefined): string;

  nameChanged(from: string, to: string): string;
  controllerChanged(was: string, is: string): string;
  controllerNamesChanged(controller: string): string;
  controllerContactChanged(controller: string): string;
  jointControllerAdded(name: string): string;
  jointControllerRemoved(name: string): string;
  representativeAdded(name: string): string;
  representativeRemoved: string;
  representativeReplaced(name: string): string;
  dpoAdded: string;
  dpoRemoved: string;
  dpoContactChanged: string;
  purposeAdded(purpose: string, basis: string): string;
  purposeRemoved(purpose: string): string;
  legalBasisChanged(purpose: string, from: string, to: string): string;
  directMarketingAdded(purpose: string): string;
  directMarketingRemoved(purpose: string): string;
  purposeReworded(purpose: string, fields: string): string;
  specialCategoryAdded(category: string): string;
  specialCategoryRemoved(category: string): string;
  specialConditionChanged(category: string, from: string, to: string): string;
  identityCodeAdded: string;
  identityCodeRemoved: string;
  dataSubjectsAdded(group: string): string;
  dataSubjectsRemoved(group: string): string;
  dataCategoryAdded(category: string): string;
  dataCategoryRemoved(category: string): string;
  dataCategoryRenamed(was: string, is: string): string;
  provisionChanged(category: string, from: string, to: string): string;
  sourceAdded(source: string): string;
  sourceRemoved(source: string): string;
  recipientAdded(recipient: string): string;
  recipientRemoved(recipient: string): string;
  recipientChanged(recipient: string, fields: string): string;
  transferAdded(to: string, mechanism: string): string;
  transferRemoved(to: string): string;
  transferMechanismChanged(to: string, from: string, now: string): string;
  transferChanged(to: string, fields: string): string;
  /** A period that became longer or shorter. */
  retentionLength(of: string, longer: boolean, from: string, to: string): string;
  retentionAdded(of: string, period: string | undefined): string;
  retentionChanged(of: string, fields: string): string;
  retentionRemoved(of: string): string;
  automatedAdded(profiling: boolean): string;
  automatedRemoved: string;
  automatedProfiling: string;
  automatedChanged: string;
  rightsChannelsChanged: string;
  furtherProcessingAdded(purpose: string): string;
  furtherProcessingRemoved(purpose: string): string;
}
