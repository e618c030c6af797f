// GDPR Art. 12(1): a notice is complete and intelligible; a draft whose open questions are still marked
// `# TODO` (as `seloste import` leaves them) is not yet a notice.
import { defineRule } from '../check/rule.js';
import type { Source } from '../load/source.js';
import { commentsOf } from '../load/yaml-ast.js';

const TODO = /^#\s*TODO\b[:\s]*/;
const SHOWN = 80;

export default defineRule(
  {
    id: 'todo-left',
    articles: ['Art. 12(1)'],
    severity: 'error',
    description: 'No `# TODO` comment is left in a register: each marks something a draft has not yet said.',
    messages: {
      todo: {
        en: 'A `# TODO` is left here: `{what}`; do what it says, then delete the comment',
        fi: 'Tähän on jäänyt `# TODO`: `{what}`; tee mitä siinä pyydetään ja poista kommentti',
        sv: 'Här finns en `# TODO` kvar: `{what}`; gör det som står där och ta sedan bort kommentaren',
      },
    },
  },
  ({ loaded, reportRange }) => {
    // The register's own file and each organisation file it draws on, once.
    const sources = new Set<Source>([loaded.source, ...loaded.origin.values()]);
    for (const source of sources) {
      // Most registers have no TODO at all: they are not tokenised.
      if (!source.text.includes('TODO')) continue;
      for (const comment of commentsOf(source.text)) {
        if (!TODO.test(comment.text)) continue;
        const what = comment.text.replace(TODO, '').replace(/`/g, "'").trim();
        reportRange(source, comment.range, 'todo', { what: what.length > SHOWN ? `${what.slice(0, SHOWN - 1)}…` : what || 'TODO' });
      }
    }
  },
);
