/** Listening on the address and port asked for, with a plain reason when that is not possible; closing again. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostPort } from './host.js';

/** Why the preview cannot listen: the user's address or port, not a bug in Seloste. */
export class ListenError extends Error {
  constructor(
    readonly code: string,
    host: string,
    port: number,
  ) {
    super(`cannot listen on ${hostPort(host, port)} (${reason(code, host)})`);
  }
}

function reason(code: string, host: string): string {
  switch (code) {
    case 'EADDRINUSE':
      return 'the port is in use; try --port 0';
    case 'EACCES':
      return 'permission denied';
    case 'ENOTFOUND':
    case 'EAI_NONAME':
    case 'EAI_FAIL':
    case 'EAI_AGAIN':
      return `no address found for \`${host}\`; try --host 127.0.0.1`;
    case 'EADDRNOTAVAIL':
      return `\`${host}\` is not an address of this machine; try --host 127.0.0.1`;
    default:
      return code;
  }
}

export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException): void => {
      reject(error.code ? new ListenError(error.code, host, port) : error);
    };
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Stop listening and end every open connection (a page's live-reload stream too); resolves when closed. */
export function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  const closed = new Promise<void>((r) => server.close(() => r()));
  server.closeAllConnections();
  return closed;
}
