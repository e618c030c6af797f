/**
 * Rendering notices off the main thread. A build checks registers, links unchanged outputs and
 * writes files on the main thread while worker threads compose and render the notices; with two or
 * more cores the two overlap, and many notices render side by side.
 *
 * Workers are started as notices arrive, up to the limit. With `workers: 0` everything runs on the
 * main thread: the build asks for this when it has few notices to render (a thread takes about a
 * quarter of a second to start), and when it prints PDFs.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PublicRegister } from '../resolve/public-register.js';
import type { NoticePlace, RenderedNotice } from './notice-page.js';
import type { SiteContext } from './pages.js';
import type { FeedEntry } from './feed-entry.js';
import type { VersionChanges } from './version-changes.js';

export type RenderRequest =
  | { kind: 'notice'; register: PublicRegister; lang: string; context: SiteContext; place: NoticePlace }
  | { kind: 'json'; register: PublicRegister }
  | { kind: 'changes'; register: PublicRegister; version: VersionChanges; lang: string; context: SiteContext }
  | { kind: 'feed'; register: PublicRegister; versions: VersionChanges[]; lang: string; context: SiteContext };

export type Rendered = RenderedNotice | string | FeedEntry[];

export type RenderReply = { id: number; value: Rendered } | { id: number; error: string };

export interface Renderer {
  notice(register: PublicRegister, lang: string, context: SiteContext, place?: NoticePlace): Promise<RenderedNotice>;
  /** The register's JSON twin, as written to `json/<id>.json`. */
  json(register: PublicRegister): Promise<string>;
  /** The what-changed page of one version of the register (see `what-changed.ts`). */
  changes(register: PublicRegister, version: VersionChanges, lang: string, context: SiteContext): Promise<string>;
  /** The register's entries in the change feed of a language (see `feed-entry.ts`). */
  feed(register: PublicRegister, versions: VersionChanges[], lang: string, context: SiteContext): Promise<FeedEntry[]>;
  close(): Promise<void>;
}

/** How many worker threads a build may use: one per CPU, at most four. */
export function defaultWorkers(): number {
  return Math.min(4, availableParallelism());
}

export function createRenderer(workers = defaultWorkers()): Renderer {
  return workers > 0 ? new WorkerRenderer(workers) : new LocalRenderer();
}

/** Renders on the main thread. */
class LocalRenderer implements Renderer {
  private modules: Promise<[typeof import('./notice-page.js'), typeof import('./twin.js'), typeof import('../resolve/facts.js')]> | undefined;

  private load() {
    return (this.modules ??= Promise.all([import('./notice-page.js'), import('./twin.js'), import('../resolve/facts.js')]));
  }

  async notice(register: PublicRegister, lang: string, context: SiteContext, place: NoticePlace = {}): Promise<RenderedNotice> {
    const [page, , facts] = await this.load();
    return page.renderNotice(register, facts.deriveFacts(register), lang, context, place);
  }

  async json(register: PublicRegister): Promise<string> {
    const [, twin, facts] = await this.load();
    return twin.twinText(register, facts.deriveFacts(register));
  }

  async changes(register: PublicRegister, version: VersionChanges, lang: string, context: SiteContext): Promise<string> {
    const { renderWhatChanged } = await import('./what-changed.js');
    return renderWhatChanged(register, version, lang, context);
  }

  async feed(register: PublicRegister, versions: VersionChanges[], lang: string, context: SiteContext): Promise<FeedEntry[]> {
    const { renderFeedEntries } = await import('./feed-entry.js');
    return renderFeedEntries(register, versions, lang, context);
  }

  async close(): Promise<void> {}
}

/**
 * The compiled worker script. From the compiled package it sits beside this module; when this module
 * runs from its TypeScript source (the tests), the compiled one in `lib/` is used.
 */
function workerScript(): URL {
  const beside = new URL('./render-worker.js', import.meta.url);
  return existsSync(fileURLToPath(beside)) ? beside : new URL('../../lib/publish/render-worker.js', import.meta.url);
}

interface Pending {
  resolve: (value: Rendered) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** Renders on a few worker threads; each request goes to the worker with the fewest waiting. */
class WorkerRenderer implements Renderer {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private failed: Error | undefined;
  private closing = false;

  constructor(private readonly max: number) {}

  private spawn(): Slot {
    const worker = new Worker(workerScript());
    const slot: Slot = { worker, pending: new Map() };
    const failAll = (error: Error): void => {
      this.failed ??= error;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    };
    worker.on('message', (reply: RenderReply) => {
      const p = slot.pending.get(reply.id);
      if (!p) return;
      slot.pending.delete(reply.id);
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.value);
    });
    worker.on('error', (error) => failAll(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => {
      // A thread that stops before it is closed can take no more work.
      if (!this.closing) failAll(new Error(`a rendering thread stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** The least busy worker; a new one while every worker has work waiting and more may start. */
  private pick(): Slot {
    let best = this.slots[0];
    for (const slot of this.slots) if (!best || slot.pending.size < best.pending.size) best = slot;
    if (!best || (best.pending.size > 0 && this.slots.length < this.max)) return this.spawn();
    return best;
  }

  private send<T extends Rendered>(request: RenderRequest): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    const slot = this.pick();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (v: Rendered) => void, reject });
      slot.worker.postMessage({ id, request });
    });
  }

  notice(register: PublicRegister, lang: string, context: SiteContext, place: NoticePlace = {}): Promise<RenderedNotice> {
    return this.send<RenderedNotice>({ kind: 'notice', register, lang, context, place });
  }

  json(register: PublicRegister): Promise<string> {
    return this.send<string>({ kind: 'json', register });
  }

  changes(register: PublicRegister, version: VersionChanges, lang: string, context: SiteContext): Promise<string> {
    return this.send<string>({ kind: 'changes', register, version, lang, context });
  }

  feed(register: PublicRegister, versions: VersionChanges[], lang: string, context: SiteContext): Promise<FeedEntry[]> {
    return this.send<FeedEntry[]>({ kind: 'feed', register, versions, lang, context });
  }

  async close(): Promise<void> {
    this.closing = true;
    const slots = this.slots.splice(0);
    // Whatever still waits for a notice is told now, not left waiting for ever.
    const closed = new Error('rendering was stopped');
    for (const slot of slots) {
      for (const p of slot.pending.values()) p.reject(closed);
      slot.pending.clear();
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
