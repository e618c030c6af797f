/**
 * The form of an e-mail address a register may give: the format `email` of JSON Schema, but with a
 * domain in any letters, as the `.fi` and `.se` registries allow ("info@hyrrä.fi", "post@åland.se").
 * The standard format takes only ASCII domains; it is replaced by this one wherever the schemas are
 * compiled.
 */
export const EMAIL_FORMAT =
  /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/iu;
