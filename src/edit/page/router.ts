/** The views by their address in the page's hash: `#/` the files, `#/file/<path>`, `#/new`, `#/import`. */

export type Route = { view: 'list' } | { view: 'file'; path: string } | { view: 'new' } | { view: 'import' } | { view: 'unknown' };

export function routeOf(hash: string): Route {
  const address = hash.replace(/^#/, '') || '/';
  if (address === '/') return { view: 'list' };
  if (address === '/new') return { view: 'new' };
  if (address === '/import') return { view: 'import' };
  const file = /^\/file\/(.+)$/.exec(address);
  if (file) {
    try {
      return { view: 'file', path: decodeURIComponent(file[1]!) };
    } catch {
      return { view: 'unknown' };
    }
  }
  return { view: 'unknown' };
}
