/**
 * Where a SARIF result's file is: an RFC 3986 URI reference, relative to the `%SRCROOT%` base (the
 * folder the command ran in) for a file shown relative to it, else an absolute `file:` URL.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SRCROOT = '%SRCROOT%';

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** A path as diagnostics show it (`/`-separated when relative, as on every system) as an artifact location. */
export function artifactLocation(file: string, separator: string = sep): ArtifactLocation {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const segments = file.split(separator === '\\' ? /[\\/]/u : '/');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** The base a relative artifact location is resolved against: the folder as a `file:` URL ending in `/`. */
export function srcRootUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}
