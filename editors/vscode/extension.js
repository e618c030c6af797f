// Seloste for VS Code: starts `seloste lsp` for the YAML files of a workspace and shows what it
// reports: the problems `seloste check` finds, as you type, with quick fixes and the rule's doc on hover.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The `seloste` command: the setting, else the project's own install, else the one on the PATH. */
function selosteCommand() {
  const configured = vscode.workspace.getConfiguration('seloste').get('path');
  if (configured) return configured;
  const bin = process.platform === 'win32' ? 'seloste.cmd' : 'seloste';
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', bin);
    if (existsSync(local)) return local;
  }
  return 'seloste';
}

async function activate(context) {
  // A `.cmd` file is started through the shell on Windows.
  const server = { command: selosteCommand(), args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  client = new LanguageClient('seloste', 'Seloste', { run: server, debug: server }, {
    // The server decides which YAML files are registers, as `seloste check` does.
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
  });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
