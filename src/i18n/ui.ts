import ptBR from './pt-BR.json';

/** Every UI string of the site, keyed by a flat dotted name; pt-BR is the source of truth. */
export type UiKey = keyof typeof ptBR;

export const defaultLang = 'pt-BR';

const dictionaries: Record<string, Record<UiKey, string>> = { 'pt-BR': ptBR };

/** Returns the UI string for `key`, with `{name}` placeholders filled from `params`. */
export function t(
  key: UiKey,
  params: Record<string, string | number> = {},
  lang = defaultLang,
): string {
  const template = dictionaries[lang]?.[key] ?? ptBR[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Picks the plural form of `key` for `count`. Only 1 is singular: CLDR also files 0 under "one"
 * for Portuguese, but "0 aulas" is what Brazilian readers expect.
 */
export function tCount(key: 'site.lessonCount', count: number): string {
  return t(`${key}.${count === 1 ? 'one' : 'other'}`, { count });
}

// Made once: creating an Intl formatter took a third of a millisecond, on every page of a build.
const longDate = new Intl.DateTimeFormat(defaultLang, { dateStyle: 'long', timeZone: 'UTC' });

/** Formats a date the way Brazilian readers expect (29 de novembro de 2026). */
export function formatDate(date: Date): string {
  return longDate.format(date);
}
