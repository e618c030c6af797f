/**
 * One file's text checked in memory exactly as `seloste check` checks the file: a register with its
 * organisation files and the config, an organisation file on its own and then with each register
 * that uses it (its `affected` registers). Only these files are checked, whatever the project's size.
 */
import { resolve } from 'node:path';
import { uniqueDiagnostics, type Diagnostic } from '../../diagnostic.js';
import type { MessageLanguage } from '../../interface-language.js';
import { checkPaths, checkSharedFile, type FileResult } from '../../pipeline.js';
import { readFile } from './file-data.js';
import { organisationIsInvalid, registerIsInvalid, summarise, toFindings, type Finding, type Summary } from './findings.js';
import type { FileKind, Project } from './project.js';

export interface Affected {
  path: string;
  summary: Summary;
  findings: Finding[];
}

export interface CheckedText {
  findings: Finding[];
  summary: Summary;
  /** The diagnostics of the file's own text (for the form). */
  own: Diagnostic[];
  affected?: Affected[];
  /** A register's check, to note in the project when the text is the one on disk. */
  result?: { file: FileResult; shared: Diagnostic[] };
  /** An organisation file's diagnostics, likewise. */
  diagnostics: Diagnostic[];
}

/** The text each file of a check was read in: the edited one for the file checked, the disk's for the others. */
function textsFor(project: Project, path: string, text: string): (file: string) => string | undefined {
  return (file) => {
    const full = resolve(project.root, file);
    if (full === path) return text;
    const read = readFile(full);
    return read.problem ? undefined : read.text;
  };
}

export async function checkText(project: Project, path: string, kind: FileKind, text: string, lang: MessageLanguage): Promise<CheckedText> {
  const texts = new Map([[path, text]]);
  const rel = project.rel(path);
  const textOf = textsFor(project, path, text);
  if (kind === 'register') {
    const result = await checkPaths({ ...project.checkOptions(), paths: [path], texts, messageLanguage: lang });
    const file = result.files[0]!;
    const diagnostics = uniqueDiagnostics([...file.diagnostics, ...result.shared]);
    const invalid = registerIsInvalid(file);
    return {
      findings: toFindings(diagnostics, textOf),
      summary: summarise(diagnostics, invalid),
      own: diagnostics.filter((d) => d.file === rel),
      result: { file, shared: result.shared },
      diagnostics,
    };
  }
  const diagnostics = await checkSharedFile({ ...project.checkOptions(), path, texts, messageLanguage: lang });
  const invalid = organisationIsInvalid(diagnostics);
  const users = project.usedBy(path);
  const affected = users.length ? await checkUsers(project, users, texts, lang, textOf) : [];
  return { findings: toFindings(diagnostics, textOf), summary: summarise(diagnostics, invalid), own: diagnostics.filter((d) => d.file === rel), affected, diagnostics };
}

/** The registers that use an organisation file, checked with its edited text. */
async function checkUsers(project: Project, users: string[], texts: Map<string, string>, lang: MessageLanguage, textOf: (file: string) => string | undefined): Promise<Affected[]> {
  const result = await checkPaths({ ...project.checkOptions(), paths: users, texts, messageLanguage: lang });
  return result.files.map((file) => {
    const full = resolve(project.root, file.file);
    const shared = result.shared.filter((d) => project.organisationChain(full).includes(resolve(project.root, d.file)));
    const diagnostics = uniqueDiagnostics([...file.diagnostics, ...shared]);
    const invalid = registerIsInvalid(file);
    return { path: project.rel(full), summary: summarise(diagnostics, invalid), findings: toFindings(diagnostics, textOf) };
  });
}
