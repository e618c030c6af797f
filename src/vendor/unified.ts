/**
 * The unified packages the renderer uses, from one module. `npm run compile` bundles this module
 * and everything it imports into one file (`scripts/bundle-vendor.mjs`): Node then loads one module
 * instead of about 250, which is a fifth of a build that renders one register. From the TypeScript
 * source (the tests) it is these plain re-exports.
 */
export { unified } from 'unified';
export { default as remarkParse } from 'remark-parse';
export { default as remarkGfm } from 'remark-gfm';
export { default as remarkStringify } from 'remark-stringify';
export { default as remarkRehype } from 'remark-rehype';
export { default as rehypeStringify } from 'rehype-stringify';
