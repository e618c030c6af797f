/** `seloste lsp`: the language server, spoken over standard input and output until the editor ends it. */
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server.js';

export interface LspIo {
  cwd: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export function lspCommand(io: LspIo): Promise<number> {
  const connection = createConnection(io.input, io.output);
  startServer(connection, { cwd: io.cwd });
  // The connection ends the process when the editor sends `exit` or closes the stream.
  return new Promise<number>(() => undefined);
}
