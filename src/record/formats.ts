/** The formats of the record of processing activities (a module of its own: the command line lists them without loading the writers). */
export const RECORD_FORMATS = ['xlsx', 'csv', 'html', 'pdf'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];
