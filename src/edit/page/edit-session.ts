/**
 * One file being edited: each change is kept as a draft; after the typing stops for 100 ms (so that a
 * keystroke shows its findings within a fifth of a second) the edits are checked (POST /api/check)
 * and previewed (POST /api/preview); saving writes them with the version they were made on. Answers
 * to an older edit than the latest are dropped.
 */
import { ApiError, type ApiClient } from './api-client.js';
import type { CheckResult, Content, FileState } from './api-types.js';
import { clearDraft, saveDraft } from './drafts.js';

export const QUIET_MS = 100;

export interface SessionHooks {
  checking(): void;
  checked(result: CheckResult): void;
  previewed(url: string | undefined): void;
  saved(): void;
  conflict(disk: { text: string; version: string }): void;
  failed(message: string): void;
}

export class EditSession {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;
  dirty = false;
  /** The language the notice is previewed in; none: no preview. */
  previewLanguage = '';

  constructor(
    private readonly api: ApiClient,
    private readonly root: string,
    readonly file: FileState,
    /** The edits as they are now: the form's data or the text view's text. */
    readonly content: () => Content,
    /** What the view does with the answers; replaced when the view is drawn again (in another language). */
    public hooks: SessionHooks,
    /** Notices are previewed; organisation files are not. */
    private readonly previews: boolean,
  ) {}

  get version(): string {
    return this.file.version;
  }

  /** Called on every edit. */
  changed(): void {
    this.dirty = true;
    saveDraft(this.root, this.file.path, { version: this.file.version, content: this.content(), time: Date.now() });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), QUIET_MS);
  }

  /** Check the edits and preview them; what an older call returns after a newer one started is dropped. */
  async refresh(): Promise<void> {
    const mine = ++this.sequence;
    const content = this.content();
    this.hooks.checking();
    try {
      const result = await this.api.check(this.file.path, content);
      if (mine !== this.sequence) return;
      this.hooks.checked(result);
      if (!this.previews || !this.previewLanguage) return;
      const url = await this.api.preview(this.file.path, content, this.previewLanguage).catch(() => undefined);
      if (mine === this.sequence) this.hooks.previewed(url);
    } catch (error) {
      if (mine === this.sequence) this.hooks.failed(error instanceof Error ? error.message : String(error));
    }
  }

  async save(version = this.file.version): Promise<void> {
    clearTimeout(this.timer);
    const mine = ++this.sequence;
    try {
      const result = await this.api.save(this.file.path, this.content(), version);
      this.file.version = result.version;
      this.file.text = result.text;
      this.dirty = false;
      clearDraft(this.root, this.file.path);
      this.hooks.saved();
      if (mine === this.sequence) this.hooks.checked(result);
      // Checked again for what the save does not say: the preview, and the registers an organisation file changes.
      void this.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body['disk']) this.hooks.conflict(error.body['disk'] as { text: string; version: string });
      else this.hooks.failed(error instanceof Error ? error.message : String(error));
    }
  }
}
