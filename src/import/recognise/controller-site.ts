/**
 * The controller's web site, where the notice gives none by a label: the site it speaks of by its address
 * ("på webbplatsen myrak.fi", "sivustollamme (liput.rwbk.fi)", "When you visit redvivestudios.com") at
 * the domain of the controller's own e-mail address. A site at another domain (a host, a service, the
 * authority) is not the controller's; an address that is only an e-mail's ("info (at) …"), a page of the
 * site (a web form) or the controller's name is no site.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import type { Section } from '../outline.js';

/** A host name in running text, with or without its scheme; not the part of an e-mail address after its `@`. */
const HOST = /(?<![\p{L}\d@./-])(?:https?:\/\/)?((?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,})(?![\p{L}\d@-]|\.[a-z\d])/giu;

/** The last two labels of a host: the domain a site and an e-mail share ("liput.rwbk.fi" and "rwbk.fi"). */
export const domainOf = (host: string): string => host.toLowerCase().replace(/^www\./u, '').split('.').slice(-2).join('.');

/** An e-mail address's `@` written out ("info (at) esimerkki.fi", "info [at] …"): what follows is no site. */
const AT_WRITTEN = /(?:\(\s*(?:at|ät|a)\s*\)|\[\s*(?:at|ät)\s*\]|\s(?:at|ät)\s)\s*$/iu;

/** A host that is a site: not an e-mail's domain written out, not one page of it ("…/privacy-form"), not in the controller's name. */
function isSite(text: string, m: RegExpMatchArray, name: string | undefined): boolean {
  const end = m.index! + m[0].length;
  if (AT_WRITTEN.test(text.slice(Math.max(0, m.index! - 12), m.index))) return false;
  if (/^\/[\p{L}\d]/u.test(text.slice(end))) return false;
  return !name?.toLowerCase().includes(m[1]!.toLowerCase());
}

/** The first host of the texts at the domain that is a site, as written (without "www."). */
function siteAt(domain: string, texts: readonly string[], name: string | undefined): string | undefined {
  for (const text of texts) {
    for (const m of text.matchAll(HOST)) if (domainOf(m[1]!) === domain && isSite(text, m, name)) return m[1]!.toLowerCase().replace(/^www\./u, '');
  }
  return undefined;
}

/**
 * The site of a saved page's own address, when the page stands on the domain itself: "https://www.esimerkki.fi/tietosuoja"
 * gives "esimerkki.fi"; a help centre or a portal on a subdomain ("https://tuki.esimerkki.fi/…") says where the notice is
 * kept, not what the controller's site is, and gives none.
 */
function pageAt(domain: string, page: string | undefined): string | undefined {
  const host = page ? /^https?:\/\/([^/?#:]+)/iu.exec(page)?.[1]?.toLowerCase().replace(/^www\./u, '') : undefined;
  return host === domain ? host : undefined;
}

/** Mail services anyone may have an address at: such an address says nothing of the controller's own site. */
const WEBMAIL = /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|proton|protonmail|luukku|kolumbus|suomi24|elisanet|saunalahti|telia|spray|bredband|aol|gmx|mail)\.[a-z.]{2,6}$/u;

/** Hosts where anyone's site may stand ("kayttaja.github.io", "…netlify.app"): the page's address there names no site of the controller. */
const SHARED_HOST = /(?:^|\.)(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|pages\.dev|web\.app|firebaseapp\.com|herokuapp\.com|wixsite\.com|wordpress\.com|blogspot\.com|webflow\.io|carrd\.co|azurewebsites\.net|onrender\.com|surge\.sh)$/u;

/** The host of a saved page's own address, on a domain of its own (no subdomain but "www."), not on a host shared by many. */
function ownPage(page: string | undefined): string | undefined {
  const host = page ? /^https?:\/\/([^/?#:]+)/iu.exec(page)?.[1]?.toLowerCase().replace(/^www\./u, '') : undefined;
  return host && host === domainOf(host) && !SHARED_HOST.test(host) ? host : undefined;
}

/**
 * `page`: the address the saved page gives for itself, its site the controller's when at its e-mail's
 * domain and the text names none; or, where the controller's e-mail is at a mail service anyone may use
 * ("pintapojat@gmail.com"), when the page stands on a domain of its own.
 */
export function controllerSite(x: DraftState, front: readonly Block[], sections: readonly Section[], page?: string): void {
  const { email, website } = x.controller;
  const at = email?.lastIndexOf('@') ?? -1;
  if (website || !email || at < 0) return;
  const texts = [...front, ...sections.flatMap((s) => [s.heading, ...s.blocks])].map((b) => b.text);
  const domain = domainOf(email.slice(at + 1));
  const site = siteAt(domain, texts, x.controller.name) ?? pageAt(domain, page) ?? (WEBMAIL.test(domain) ? ownPage(page) : undefined);
  if (site) x.controller.website = `https://${site}`;
}
