import { DEFAULT_LOCALE, LOCALES, type Locale } from '@laerekraft/shared';

// The UI languages, apart from loading their texts (index.ts): code that only needs to know
// a language can import this without the loader.

/** The `Intl` locale for each UI language. */
export const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function asLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
