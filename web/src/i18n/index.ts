import { DEFAULT_LOCALE, type Locale } from '@laerekraft/shared';
import type { Locale as GqlLocale } from '../gql/graphql';
import shellSections from './shell-sections.json';
import { asLocale, isLocale } from './locale';
import type { Tree } from './translator';
import { i18n } from './useTranslation';

export { asLocale, INTL_LOCALE, isLocale } from './locale';
export { i18n, useTranslation, type TFunction } from './useTranslation';

const STORAGE_KEY = 'laerekraft.locale';

/**
 * The texts load by section: `src/i18n/<lang>/<section>.json` holds the keys under `<section>.`
 * for one language. Only the chosen language loads, and of it only the shell's sections
 * (shell-sections.json: the header, footer, errors; one chunk per language with the list of
 * the language's sections, `<lang>/index.ts`) before the first
 * render; each page brings its own sections (`lazyPage` in app/routes.tsx), so the first load
 * stays within its budget (scripts/check-bundle-size.mjs). A new feature adds its own
 * section files; nothing central lists them.
 */
const languages = import.meta.glob<{ sections: Record<string, () => Promise<{ default: Tree }>> }>(
  './*/index.ts',
);
const sectionFiles = (locale: Locale) => languages[`./${locale}/index.ts`]().then((m) => m.sections);

/** The sections the first screen needs, whatever the page. */
export const SHELL_SECTIONS: readonly string[] = shellSections;

/** Every section asked for so far: a language switch loads these in the new language first. */
const inUse = new Set<string>();
const loading = new Map<string, Promise<void>>();

function loadSection(locale: Locale, section: string): Promise<void> {
  const id = `${locale}/${section}`;
  let done = loading.get(id);
  if (!done) {
    done = sectionFiles(locale)
      .then((files) => files[`./${section}.json`]?.())
      .then(
        (m) => {
          if (m) i18n.addSection(locale, section, m.default);
        },
        (e: unknown) => {
          // Offline or a new deployment: try again on the next request for it.
          loading.delete(id);
          console.error(`texts ${id} did not load`, e);
        },
      );
    loading.set(id, done);
  }
  return done;
}

/** Loads sections of texts in the current language (and remembers them for a language switch). */
export async function loadSections(sections: readonly string[], locale?: Locale): Promise<void> {
  for (const s of sections) inUse.add(s);
  const lng = locale ?? i18n.language;
  await Promise.all(sections.map((s) => loadSection(lng, s)));
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

export async function initI18n(): Promise<typeof i18n> {
  // A key whose section a page did not ask for (`lazyWithTexts`) loads its section when first
  // used, and the components re-render when it arrives: a missed declaration shows the key
  // for a moment instead of staying broken.
  i18n.onMissing = (key) => {
    const section = key.split('.')[0];
    if (/^[a-zA-Z]+$/.test(section)) void loadSections([section]);
  };
  await setLocale(storedLocale(), { persist: false });
  return i18n;
}

/** Switch the UI language: loads the sections in use in it, sets `<html lang>`, and remembers the choice on this device. */
export async function setLocale(
  locale: Locale,
  { persist = true }: { persist?: boolean } = {},
): Promise<void> {
  await loadSections([...SHELL_SECTIONS, ...inUse], locale);
  i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
  if (persist) {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  }
}

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
