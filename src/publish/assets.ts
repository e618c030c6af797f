/**
 * The site's own files beside its pages: the stylesheet and the icon. Every page links to them
 * rather than carrying its style inline, so that the site works under a strict Content-Security-
 * Policy (`default-src 'self'`). The page printed to PDF is not published and keeps its style inline.
 */
import { posix } from 'node:path';
import type { Layouts } from '../render/layout.js';
import type { Outputs, SiteWriter } from './site-writer.js';

export const STYLESHEET = 'style.css';
export const ICON = 'favicon.svg';

/** The links to the stylesheet and the icon from the page at `here` (relative: the site works under any sub-path). */
export function assetLinks(here: string): { stylesheet: string; icon: string } {
  const from = posix.dirname(here);
  return { stylesheet: posix.relative(from, STYLESHEET), icon: posix.relative(from, ICON) };
}

export async function writeAssets(layouts: Layouts, writer: SiteWriter, outputs: Outputs): Promise<void> {
  await writer.write(STYLESHEET, layouts.css, outputs);
  await writer.write(ICON, layouts.icon, outputs);
}
