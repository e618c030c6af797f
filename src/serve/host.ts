/**
 * The names a preview answers to. A web page can point a name of its own at 127.0.0.1 (DNS
 * rebinding) and then read the preview as if it were its own site; its requests still carry that
 * name in `Host`, so a request whose `Host` is not an address of this preview is refused.
 */
import { hostname, networkInterfaces } from 'node:os';
import { isIPv6 } from 'node:net';

/** Addresses that mean "any address of this machine": the preview is reached by the machine's own. */
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', '']);

/** `host:port` as it appears in a URL and in a `Host` header: IPv6 addresses in brackets. */
export function hostPort(host: string, port: number): string {
  return `${isIPv6(host) ? `[${host}]` : host}:${port}`;
}

/** Every `Host` value the preview listening on `host` and `port` answers to, in lower case. */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = ['127.0.0.1', 'localhost', '::1', host];
  if (WILDCARDS.has(host)) {
    names.push(hostname());
    for (const addresses of Object.values(networkInterfaces())) {
      // A scoped (link-local) address cannot be written in a Host header without its zone.
      for (const a of addresses ?? []) if (!a.address.includes('%')) names.push(a.address);
    }
  }
  const allowed = new Set<string>();
  for (const name of names) {
    const full = hostPort(name.toLowerCase(), port);
    allowed.add(full);
    // Port 80 is the one a browser leaves out.
    if (port === 80) allowed.add(full.slice(0, full.lastIndexOf(':')));
  }
  return allowed;
}

export function isAllowedHost(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  return header !== undefined && allowed.has(header.trim().toLowerCase());
}
