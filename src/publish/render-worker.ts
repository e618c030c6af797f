/** A rendering thread: composes and renders the notices the build sends it (see `render-pool.ts`). */
import { parentPort } from 'node:worker_threads';
import { deriveFacts } from '../resolve/facts.js';
import { renderFeedEntries } from './feed-entry.js';
import { renderNotice } from './notice-page.js';
import type { Rendered, RenderReply, RenderRequest } from './render-pool.js';
import { twinText } from './twin.js';
import { renderWhatChanged } from './what-changed.js';

const port = parentPort;
if (!port) throw new Error('render-worker runs as a worker thread');

function render(request: RenderRequest): Rendered | Promise<Rendered> {
  if (request.kind === 'changes') return renderWhatChanged(request.register, request.version, request.lang, request.context);
  if (request.kind === 'feed') return renderFeedEntries(request.register, request.versions, request.lang, request.context);
  const facts = deriveFacts(request.register);
  if (request.kind === 'json') return twinText(request.register, facts);
  return renderNotice(request.register, facts, request.lang, request.context, request.place);
}

port.on('message', (message: { id: number; request: RenderRequest }) => {
  const { id, request } = message;
  const reply = (r: RenderReply): void => port.postMessage(r);
  const fail = (error: unknown): void => reply({ id, error: error instanceof Error ? error.message : String(error) });
  try {
    Promise.resolve(render(request)).then((value) => reply({ id, value }), fail);
  } catch (error) {
    fail(error);
  }
});
