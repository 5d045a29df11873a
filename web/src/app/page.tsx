import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from '../i18n/useTranslation';
import { Heading, Spinner } from '@digdir/designsystemet-react';

// The first page of a visit keeps the browser's natural focus; a client-side navigation
// moves focus to the new page's heading so screen readers announce it, whether by a link
// (PUSH/REPLACE) or by the browser's Back and Forward (POP). The location the document was
// loaded with has the key "default", and so has that same entry when Back returns to it: it
// counts as the first page only until the app has navigated once. The ring shows only when
// the person is using the keyboard (see trackInputModality and styles.css).
const LOADED_WITH = 'default';
let navigatedSinceLoad = false;

/**
 * Marks <html data-lk-keyboard> while the keyboard is in use, and clears it on a pointer. A
 * heading that takes focus after a click should not look like a focused control; after Enter
 * on a link it should. `:focus-visible` alone shows it in both cases for script focus.
 */
export function trackInputModality(root: HTMLElement = document.documentElement): void {
  document.addEventListener(
    'keydown',
    (event) => {
      if (!event.metaKey && !event.ctrlKey && !event.altKey) root.dataset.lkKeyboard = '';
    },
    true,
  );
  document.addEventListener('pointerdown', () => delete root.dataset.lkKeyboard, true);
}

/** The page's single `<h1>`; also sets `document.title`. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  // Read once, at mount: a later change of search params on the same page (a tab) must not move focus.
  const arrivedBy = useRef(useLocation().key);

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (arrivedBy.current !== LOADED_WITH) navigatedSinceLoad = true;
    if (navigatedSinceLoad) ref.current?.focus({ preventScroll: false });
  }, []);

  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="lk-page__title">
      {children}
    </Heading>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="lk-loading">
      <Spinner aria-label={t('app.loading')} data-size="md" />
    </div>
  );
}
