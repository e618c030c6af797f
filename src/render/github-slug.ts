/**
 * Heading anchors as GitHub makes them (and github-slugger, Hugo's default `github` anchors, Astro,
 * markdownlint's link check): the heading's text in lower case, without whatever is not a letter, a
 * mark, a digit, a connector (`_`), a hyphen or a space, and each space a hyphen. A slug already
 * taken in the document gets `-1`, `-2` … in the order the headings come.
 */
export function githubSlug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** The slugs of one document: each call gives the next heading's, numbered when its slug is taken. */
export function githubSlugger(): (text: string) => string {
  const taken = new Map<string, number>();
  return (text) => {
    const base = githubSlug(text);
    let slug = base;
    while (taken.has(slug)) {
      const n = taken.get(base)! + 1;
      taken.set(base, n);
      slug = `${base}-${n}`;
    }
    taken.set(slug, 0);
    return slug;
  };
}
