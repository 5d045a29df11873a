import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Spinner } from '@digdir/designsystemet-react';

// The first page of a visit keeps the browser's natural focus; later client-side
// navigations move focus to the new page's heading so screen readers announce it.
let firstPage = true;

/** The page's single `<h1>`; also sets `document.title`. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
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
