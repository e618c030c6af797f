/** The data the editor server sends and takes (the contract of `seloste edit`), as the page uses them. */
import type { Affected } from '../server/check-file.js';
import type { Finding, Summary } from '../server/findings.js';
import type { FileEntry, FileKind } from '../server/project.js';

// The types the server declares, taken from it so that the two sides cannot drift apart.
export type { Finding, Severity, Summary } from '../server/findings.js';
export type { FileEntry, FileKind } from '../server/project.js';
export type { Affected } from '../server/check-file.js';

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
