/**
 * The API, one handler a route: each reads its request, calls the module that does the work and
 * says what to answer. The checks every request passes (Host, token, Origin) come before, in
 * server.ts; the paths a request names are made absolute and checked here, before anything is read.
 */
import type { IncomingMessage } from 'node:http';
import type { MessageLanguage } from '../../interface-language.js';
import { readSchema } from '../../validate/schemas.js';
import { isPlainObject } from './apply-data.js';
import { checkText } from './check-file.js';
import { NotEditable, textWithData } from './edited-text.js';
import { readFile } from './file-data.js';
import { formData } from './form.js';
import { ApiError, MB, mediaType, readBody } from './http-io.js';
import { droppedName, importDrop } from './import-drop.js';
import { newRegister } from './new-register.js';
import type { Previews } from './preview.js';
import type { FileKind, Project } from './project.js';
import { saveFile } from './save.js';
import { projectPath } from './security.js';
import type { EditWords } from './words.js';

export interface Editor {
  project: Project;
  previews: Previews;
  token: string;
}

export interface Call {
  editor: Editor;
  req: IncomingMessage;
  url: URL;
  lang: MessageLanguage;
  words: EditWords;
}

export interface Answer {
  status: number;
  body: unknown;
}

type Handler = (call: Call) => Promise<Answer>;

const ok = (body: unknown, status = 200): Answer => ({ status, body });

/** The JSON body of a POST, at most 20 MB. */
async function jsonBody(call: Call): Promise<Record<string, unknown>> {
  if (mediaType(call.req) !== 'application/json') throw new ApiError(415, call.words.contentType);
  const bytes = await readBody(call.req, 20 * MB);
  if (!bytes) throw new ApiError(413, call.words.tooLarge(20));
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ApiError(400, call.words.badJson);
  }
  if (!isPlainObject(body)) throw new ApiError(400, call.words.badJson);
  return body;
}

/** The file a request names: inside the project, and a register or organisation file of it. */
async function projectFile(call: Call, given: unknown): Promise<{ path: string; kind: FileKind; rel: string }> {
  const { project } = call.editor;
  const path = projectPath(project.root, given);
  if (!path) throw new ApiError(400, call.words.badPath);
  let kind = project.kindOf(path);
  if (!kind) {
    // A file made since the last listing (by another program) is listed now.
    await project.refresh();
    kind = project.kindOf(path);
  }
  if (!kind) throw new ApiError(400, call.words.notProjectFile(String(given)));
  return { path, kind, rel: project.rel(path) };
}

function diskText(path: string, call: Call): { text: string; version: string } {
  const read = readFile(path);
  if (read.problem) throw new ApiError(read.problem.code === 'missing' ? 404 : 422, read.problem.code === 'missing' ? call.words.notFound : read.problem.message);
  return read;
}

/** The text to check: the disk's with `data` written into it, or the `text` sent, or the disk's. */
function editedText(body: Record<string, unknown>, path: string, call: Call): string {
  if (body['data'] !== undefined) {
    if (!isPlainObject(body['data'])) throw new ApiError(422, call.words.notObject);
    try {
      return textWithData(diskText(path, call).text, body['data']);
    } catch (error) {
      if (error instanceof NotEditable) throw new ApiError(422, call.words.notEditable);
      throw error;
    }
  }
  if (typeof body['text'] === 'string') return body['text'];
  return diskText(path, call).text;
}

const project: Handler = async (call) => {
  const { project: p } = call.editor;
  await p.refresh();
  return ok({ root: p.root.split(/[\\/]/).pop() ?? '', interfaceLanguage: call.lang, languages: p.config.languages, files: p.entries(call.lang) });
};

const schema: Handler = async (call) => {
  const kind = call.url.searchParams.get('kind') ?? 'register';
  if (kind !== 'register' && kind !== 'organisation') throw new ApiError(400, call.words.missing('kind'));
  return ok(readSchema(kind));
};

const file: Handler = async (call) => {
  const { path, kind, rel } = await projectFile(call, call.url.searchParams.get('path'));
  const { project: p } = call.editor;
  const { text, version } = diskText(path, call);
  const checked = await checkText(p, path, kind, text, call.lang);
  const data = formData(text, checked.own);
  const links = kind === 'register' ? organisationOf(p, path) : { usedBy: p.usedBy(path).map((u) => p.rel(u)) };
  return ok({ path: rel, kind, text, version, form: data !== undefined, ...(data ? { data } : {}), findings: checked.findings, summary: checked.summary, ...links });
};

function organisationOf(p: Project, path: string): { organisation?: string } {
  const org = p.organisationOf(path);
  return org ? { organisation: p.rel(org) } : {};
}

const check: Handler = async (call) => {
  const body = await jsonBody(call);
  const { path, kind } = await projectFile(call, body['path']);
  const text = editedText(body, path, call);
  const checked = await checkText(call.editor.project, path, kind, text, call.lang);
  return ok({ text, findings: checked.findings, summary: checked.summary, ...(checked.affected ? { affected: checked.affected } : {}) });
};

const preview: Handler = async (call) => {
  const body = await jsonBody(call);
  const { path, kind, rel } = await projectFile(call, body['path']);
  if (kind !== 'register') throw new ApiError(422, call.words.cannotPreview(rel));
  const text = editedText(body, path, call);
  const lang = typeof body['lang'] === 'string' ? body['lang'] : undefined;
  const url = await call.editor.previews.create(call.editor.project, path, text, lang, call.lang, call.words);
  return ok({ url: `${url}?token=${encodeURIComponent(call.editor.token)}` });
};

const save: Handler = async (call) => {
  const body = await jsonBody(call);
  const { path, kind, rel } = await projectFile(call, body['path']);
  if (typeof body['version'] !== 'string') throw new ApiError(422, call.words.missing('version'));
  const data = body['data'];
  if (data !== undefined && !isPlainObject(data)) throw new ApiError(422, call.words.notObject);
  if (data === undefined && typeof body['text'] !== 'string') throw new ApiError(422, call.words.missing('data'));
  let saved;
  try {
    saved = await saveFile(path, rel, { version: body['version'], ...(data ? { data } : { text: body['text'] as string }) }, call.words);
  } catch (error) {
    if (error instanceof NotEditable) throw new ApiError(422, call.words.notEditable);
    throw error;
  }
  const { project: p } = call.editor;
  const checked = await checkText(p, path, kind, saved.text, call.lang);
  if (checked.result) p.noteRegister(path, checked.result.file, checked.result.shared);
  else p.noteOrganisation(path, checked.diagnostics);
  // The registers that use a saved organisation file are checked again at the next listing.
  void p.refresh().catch(() => undefined);
  return ok({ version: saved.version, text: saved.text, findings: checked.findings, summary: checked.summary });
};

const create: Handler = async (call) => {
  const body = await jsonBody(call);
  const path = await newRegister(call.editor.project, body['answers'], call.lang, call.words);
  await call.editor.project.refresh();
  return ok({ path: call.editor.project.rel(path) }, 201);
};

const importFile: Handler = async (call) => {
  const name = droppedName(call.req.headers['x-file-name'], call.words);
  if (mediaType(call.req) !== 'application/octet-stream') throw new ApiError(415, call.words.bytesType);
  const bytes = await readBody(call.req, 10 * MB);
  if (!bytes) throw new ApiError(413, call.words.tooLarge(10));
  const { paths, todos } = await importDrop(call.editor.project, bytes, name, call.words);
  await call.editor.project.refresh();
  return ok({ paths: paths.map((p) => call.editor.project.rel(p)), todos }, 201);
};

/** The handlers by method and path. */
export const ROUTES: Record<string, Handler> = {
  'GET /api/project': project,
  'GET /api/schema': schema,
  'GET /api/file': file,
  'POST /api/check': check,
  'POST /api/preview': preview,
  'POST /api/save': save,
  'POST /api/new': create,
  'POST /api/import': importFile,
};
