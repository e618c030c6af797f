/**
 * The shared files that registers draw on: organisation files and the config. The editor is asked to
 * report their changes on disk, so that the open registers that use them are checked again.
 */
import { DidChangeWatchedFilesNotification, type ClientCapabilities, type Connection } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../config/config.js';

export const WATCHED = ['**/*.org.yaml', '**/*.org.yml', `**/${CONFIG_FILE}`] as const;

/** Ask the editor to watch the shared files, when it can be asked (others may report changes unasked). */
export function watchSharedFiles(connection: Connection, capabilities: ClientCapabilities): void {
  if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) });
}
