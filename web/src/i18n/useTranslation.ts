import { useMemo, useSyncExternalStore } from 'react';
import { Translator, type TFunction } from './translator';

export type { TFunction, TOptions } from './translator';

/** The app's one translator. index.ts loads texts into it; tests fill it directly. */
export const i18n = new Translator();

/**
 * The texts in the current language. Re-renders when the language changes or a section of
 * texts arrives; `t` is a new function then, so memos that depend on it recompute.
 */
export function useTranslation(): { t: TFunction; i18n: Translator } {
  const version = useSyncExternalStore(i18n.subscribe, i18n.snapshot, i18n.snapshot);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new `t` per version, on purpose
  const t = useMemo<TFunction>(() => (key, options) => i18n.t(key, options), [version]);
  return { t, i18n };
}
