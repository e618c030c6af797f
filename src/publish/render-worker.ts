/** A rendering thread: composes and renders the notices the build sends it (see `render-pool.ts`). */
import { parentPort } from 'node:worker_threads';
import { deriveFacts } from '../resolve/facts.js';
import { renderNotice } from './notice-page.js';
import type { RenderReply, RenderRequest } from './render-pool.js';
import { twinText } from './twin.js';

const port = parentPort;
if (!port) throw new Error('render-worker runs as a worker thread');

port.on('message', (message: { id: number; request: RenderRequest }) => {
  const { id, request } = message;
  const reply = (r: RenderReply): void => port.postMessage(r);
  try {
    const facts = deriveFacts(request.register);
    if (request.kind === 'json') {
      reply({ id, value: twinText(request.register, facts) });
      return;
    }
    renderNotice(request.register, facts, request.lang, request.context, request.place).then(
      (value) => reply({ id, value }),
      (error: unknown) => reply({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
