/**
 * The page's only way to the editor server: every `/api/` request, with the session's token in
 * `X-Seloste-Token` and the interface language as `?lang=`.
 */
import type { CheckResult, Content, Data, FileState, Project, SaveResult } from './api-types.js';

const TOKEN_KEY = 'seloste-edit-token';

/** A refusal of the server: its status and its one-sentence message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The token from `?token=` (kept in sessionStorage, and taken out of the address bar), or the one kept. */
export function sessionToken(): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export class ApiClient {
  constructor(
    private readonly token: string,
    /** The interface language of messages, read at each request. */
    private language: () => string,
    /** Says that the server does not answer, in the interface language. */
    private readonly unreachable: () => string,
  ) {}

  setLanguage(language: () => string): void {
    this.language = language;
  }

  private async request<T>(method: 'GET' | 'POST', path: string, body?: BodyInit, contentType = 'application/json', extra: Record<string, string> = {}): Promise<T> {
    const url = `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(this.language())}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { 'X-Seloste-Token': this.token, ...(body === undefined ? {} : { 'Content-Type': contentType }), ...extra },
        ...(body === undefined ? {} : { body }),
      });
    } catch {
      throw new ApiError(0, this.unreachable());
    }
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) throw new ApiError(response.status, typeof json['error'] === 'string' ? json['error'] : `HTTP ${response.status}`, json);
    return json as T;
  }

  private post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, JSON.stringify(body));
  }

  project(): Promise<Project> {
    return this.request('GET', '/api/project');
  }

  schema(kind: 'register' | 'organisation'): Promise<Record<string, unknown>> {
    return this.request('GET', `/api/schema?kind=${kind}`);
  }

  file(path: string): Promise<FileState> {
    return this.request('GET', `/api/file?path=${encodeURIComponent(path)}`);
  }

  check(path: string, content: Content): Promise<CheckResult> {
    return this.post('/api/check', { path, ...content });
  }

  async preview(path: string, content: Content, lang: string): Promise<string> {
    return (await this.post<{ url: string }>('/api/preview', { path, ...content, lang })).url;
  }

  /** Throws an ApiError of status 409 with `body.disk` when the file changed on disk since `version`. */
  save(path: string, content: Content, version: string): Promise<SaveResult> {
    return this.post('/api/save', { path, ...content, version });
  }

  async create(answers: Data): Promise<string> {
    return (await this.post<{ path: string }>('/api/new', { answers })).path;
  }

  importFile(name: string, bytes: ArrayBuffer): Promise<{ paths: string[]; todos: number }> {
    return this.request('POST', '/api/import', bytes, 'application/octet-stream', { 'X-File-Name': encodeURIComponent(name) });
  }
}
