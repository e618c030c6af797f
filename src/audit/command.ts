/** `seloste audit FILE…`: notices as published, audited without writing anything. */
import { resolve } from 'node:path';
import { displayPath } from '../load/collect.js';
import { readNoticeFile } from '../import/notice-file.js';
import type { Lang } from '../import/draft/state.js';
import type { Environment } from '../interface-language.js';
import { auditBytes, type AuditResult } from './audit.js';

export interface AuditRun {
  results: AuditResult[];
  /** Files that could not be audited, and why (one sentence). */
  problems: { file: string; message: string }[];
}

export async function auditFiles(files: readonly string[], options: { cwd: string; env?: Environment; lang?: Lang }): Promise<AuditRun> {
  const run: AuditRun = { results: [], problems: [] };
  for (const given of files) {
    const path = resolve(options.cwd, given);
    const file = displayPath(path, options.cwd);
    const read = readNoticeFile(path);
    const audited = 'problem' in read ? read : await auditBytes(read.bytes, file, options);
    if ('problem' in audited) run.problems.push({ file, message: audited.problem });
    else run.results.push(audited);
  }
  return run;
}
