import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('the public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'allDiagnostics',
      'buildSite',
      'checkPaths',
      'composeNotice',
      'deriveFacts',
      'deriveRights',
      'diffRegisters',
      'formatGithub',
      'formatJson',
      'formatSarif',
      'formatStylish',
      'noticeToMdast',
      'phrases',
      'phrasesFor',
      'publicRegister',
      'renderHtmlBody',
      'renderMarkdown',
      'rules',
      'run',
      'writeRecord',
    ]);
  });
});
