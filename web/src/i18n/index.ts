import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@laerekraft/shared';
import type { Locale as GqlLocale } from '../gql/graphql';

type Bundle = typeof import('./nb.json');

const STORAGE_KEY = 'laerekraft.locale';

/** The `Intl` locale for each UI language. */
export const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

// Each language is its own chunk and only the chosen one loads, bokmål included: the first
// chunk stays within its budget (scripts/check-bundle-size.mjs) and nynorsk and English
// readers do not download bokmål as well.
const loaders: Record<Locale, () => Promise<{ default: Bundle }>> = {
  nb: () => import('./nb.json'),
  nn: () => import('./nn.json'),
  en: () => import('./en.json'),
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function asLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function toGqlLocale(locale: Locale): GqlLocale {
  return locale.toUpperCase() as GqlLocale;
}

export function fromGqlLocale(locale: GqlLocale): Locale {
  return asLocale(locale.toLowerCase());
}

function storedLocale(): Locale {
  try {
    return asLocale(window.localStorage.getItem(STORAGE_KEY) ?? undefined);
  } catch {
    return DEFAULT_LOCALE;
  }
}

async function ensureBundle(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  const bundle = await loaders[locale]();
  i18n.addResourceBundle(locale, 'translation', bundle.default, true, true);
}

export async function initI18n(): Promise<typeof i18n> {
  const locale = storedLocale();
  await i18n.use(initReactI18next).init({
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = asLocale(lng);
  });
  await setLocale(locale, { persist: false });
  document.documentElement.lang = asLocale(i18n.language);
  return i18n;
}

/** Switch the UI language: loads the bundle, sets `<html lang>`, and remembers the choice on this device. */
export async function setLocale(
  locale: Locale,
  { persist = true }: { persist?: boolean } = {},
): Promise<void> {
  await ensureBundle(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
  if (persist) {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  }
}

export default i18n;

/** Did the person choose a language on this device (as opposed to the default)? */
export function hasChosenLocale(): boolean {
  try {
    return isLocale(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

// The profile's language is applied once per person per page load; after that the
// header switch keeps device and profile in step.
let syncedPersonId: string | null = null;
export function isLocaleSynced(personId: string): boolean {
  return syncedPersonId === personId;
}
export function markLocaleSynced(personId: string): void {
  syncedPersonId = personId;
}
