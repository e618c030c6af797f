/**
 * The words of the record of processing activities (Art. 30) in one language: its title, the
 * headings of its two parts and the labels of its columns. Facts are written with the notice's
 * phrase table (legal bases, mechanisms, roles, dates); these are the record's own words. Column
 * labels name the point of Art. 30 they answer, in the official terms of the language, and are
 * listed in the order of the record's columns.
 */
export type ControllerColumn =
  | 'activity'
  | 'owner'
  | 'purposes'
  | 'dataSubjects'
  | 'personalData'
  | 'recipients'
  | 'transfers'
  | 'erasure'
  | 'security'
  | 'systems'
  | 'risks'
  | 'controller'
  | 'jointControllers'
  | 'representative'
  | 'dpo'
  | 'updated'
  | 'id';

export type ProcessorColumn =
  | 'onBehalfOf'
  | 'controllerRepresentative'
  | 'controllerDpo'
  | 'processing'
  | 'processorTransfers'
  | 'processorSecurity'
  | 'processor'
  | 'processorRepresentative'
  | 'processorDpo';

export interface RecordPart<Column extends string> {
  /** Heading of the part, with the paragraph of Art. 30 it answers. */
  heading: string;
  /** The name of its sheet in the workbook: at most 31 characters, none of `[]:*?/\`. */
  sheet: string;
  columns: Record<Column, string>;
}

export interface RecordPhrases {
  lang: string;
  /** The official term: fi `Seloste käsittelytoimista`, sv `Register över behandling`, en `Record of processing activities`. */
  title: string;
  /** The title of one organisation's record: `{title} – {organisation}`. */
  titleFor: string;
  /** One sentence under the title: the record is internal, for the supervisory authority on request (Art. 30(4)). */
  internal: string;
  /** Heading of the list of processing activities. */
  contents: string;
  controllerPart: RecordPart<ControllerColumn>;
  processorPart: RecordPart<ProcessorColumn>;
  labels: {
    /** A fact the registers do not give. */
    notStated: string;
    noRecipients: string;
    noTransfers: string;
    /** Before the security measures only the record shows (`internal.security`). */
    furtherMeasures: string;
    /** Before the documentation of a transfer on compelling legitimate interests (Art. 49(6)). */
    documentation: string;
  };
}
