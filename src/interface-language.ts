/**
 * The language Seloste speaks to people in: help, questions, messages and summaries. It is chosen
 * here and nowhere else: the configuration's `message_language` when it sets one, otherwise the
 * locale of the environment.
 */

export const MESSAGE_LANGUAGES = ['en', 'fi', 'sv'] as const;

export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** Environment variables, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

export function isMessageLanguage(value: unknown): value is MessageLanguage {
  return (MESSAGE_LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The language of the locale, read as POSIX reads it: the first of `LC_ALL`, `LC_MESSAGES` and
 * `LANG` that is set and not empty. `fi_FI.UTF-8` is Finnish, `sv_FI.UTF-8` Swedish, anything
 * else (`C`, `POSIX`, `en_GB.UTF-8`, `de_DE`) English.
 */
export function localeLanguage(env: Environment): MessageLanguage {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  const code = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(locale)?.[1]?.toLowerCase();
  return code === 'fi' || code === 'sv' ? code : 'en';
}

/** The configuration's `message_language` when it names one Seloste speaks, otherwise the locale's. */
export function interfaceLanguage(configured: unknown, env: Environment): MessageLanguage {
  return isMessageLanguage(configured) ? configured : localeLanguage(env);
}
