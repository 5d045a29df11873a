import { lazy, type ComponentType } from 'react';
import { loadSections } from '../i18n';

/**
 * A lazily loaded component that comes with its texts: the chunk and the sections of texts it
 * uses beyond the shell's (src/i18n/<lang>/<section>.json) load in parallel, so it renders
 * translated the first time. The i18n test `sections.spec.ts` checks each list against the
 * keys the component's code names.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as React's lazy()
export function lazyWithTexts<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
  sections: readonly string[],
) {
  let chunk: Promise<{ default: T }> | undefined;
  const loadOnce = () => (chunk ??= load());
  const preload = ({ texts }: { texts: boolean }) => {
    void loadOnce().catch(() => undefined); // a failure shows when the page renders
    if (texts) void loadSections(sections);
  };
  const Lazy = lazy(() => Promise.all([loadOnce(), loadSections(sections)]).then(([m]) => m));
  return Object.assign(Lazy, { preload });
}

/** A component whose code (and texts) can start loading before it renders. */
export interface Preloadable {
  preload(options: { texts: boolean }): void;
}
