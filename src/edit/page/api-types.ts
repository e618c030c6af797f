/** The data the editor server sends and takes (the contract of `seloste edit`), as the page uses them. */

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** JSON pointer of the nearest existing node in the file's data; '' is the root. */
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  explanation?: string;
  url?: string;
  /** Project-relative path of the file the finding is in: a register's finding can be in its organisation file. */
  file: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  state: 'clean' | 'warnings' | 'errors' | 'invalid';
}

export type FileKind = 'register' | 'organisation';

export interface FileEntry {
  path: string;
  kind: FileKind;
  title: string;
  languages: string[];
  summary: Summary;
  organisation?: string;
  usedBy?: string[];
}

export interface Project {
  root: string;
  interfaceLanguage: string;
  languages: string[];
  files: FileEntry[];
}

/** The data of a register or organisation file: a plain JSON object. */
export type Data = Record<string, unknown>;

export interface FileState {
  path: string;
  kind: FileKind;
  text: string;
  version: string;
  form: boolean;
  data?: Data;
  findings: Finding[];
  summary: Summary;
  usedBy?: string[];
  organisation?: string;
}

export interface Affected {
  path: string;
  summary: Summary;
  findings: Finding[];
}

export interface CheckResult {
  text: string;
  findings: Finding[];
  summary: Summary;
  affected?: Affected[];
}

export interface SaveResult {
  version: string;
  text: string;
  findings: Finding[];
  summary: Summary;
}

/** The content of an edit: the data of the form, or the text of the text view. */
export type Content = { data: Data } | { text: string };
