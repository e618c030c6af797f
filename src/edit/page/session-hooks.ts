/**
 * What a file's view does with the answers of its session, alike in the form and the text view: the
 * bar's state and status (checking, unsaved, saved), what is announced to screen readers (the
 * state when it changes, a save, a failure), and the conflict view on a 409.
 */
import type { AppContext } from './app-context.js';
import type { CheckResult, FileState } from './api-types.js';
import type { SessionHooks } from './edit-session.js';
import type { FileBar } from './file-bar.js';
import { summaryText } from './summary-text.js';

/** `show` draws what the check found; `previewed` shows a preview, where the view has one. */
export function sessionHooks(app: AppContext, file: FileState, bar: FileBar, show: (result: CheckResult) => void, previewed: SessionHooks['previewed'] = () => undefined): SessionHooks {
  const { words } = app;
  let said = '';
  const say = (message: string): void => {
    bar.status(message);
    app.announce(message);
  };
  return {
    checking: () => bar.status(words.checking),
    checked(result) {
      show(result);
      bar.summary(result.summary);
      bar.status(app.sessions.get(file.path)?.dirty ? words.unsaved : words.saved);
      const summary = summaryText(words, result.summary);
      if (summary !== said) app.announce(`${words.checked}: ${summary}`);
      said = summary;
    },
    previewed,
    saved() {
      say(words.saved);
      void app.reloadProject();
    },
    conflict: (disk) => app.showConflict(file, app.sessions.get(file.path)!.content(), disk),
    failed: say,
  };
}
