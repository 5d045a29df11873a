import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from '../i18n/useTranslation';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { ActionError } from './ActionError';
import type { ShownErrorCode } from './errorKeys';
import { hasErrorCode } from './errors';
import { Loading, PageHeading } from './page';

/** The way back from a detail page to its list. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to={to}>{children}</RouterLink>
      </Link>
    </Paragraph>
  );
}

/**
 * What a detail page shows while its thing is not there: a spinner while loading, "not found"
 * for the `notFound` codes (so a hidden thing looks like a missing one), else the error.
 */
export function DetailFallback({
  title,
  loading,
  error,
  notFound: codes,
  back,
}: {
  /** The page title while loading or on an error. */
  title: string;
  loading: boolean;
  error: unknown;
  notFound: readonly ShownErrorCode[];
  /** The back link (see `BackLink`). */
  back: ReactNode;
}) {
  const { t } = useTranslation();
  const notFound = codes.some((code) => hasErrorCode(error, code));
  const heading = notFound ? t('notFound.title') : title;
  return (
    <div className="lk-stack">
      <PageHeading title={heading}>{heading}</PageHeading>
      {loading && <Loading />}
      {notFound ? (
        <Paragraph>{t('notFound.body')}</Paragraph>
      ) : (
        error != null && <ActionError error={error} />
      )}
      {back}
    </div>
  );
}
