import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../i18n/useTranslation';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { MeQuery } from './session/graphql';
import { fromGqlLocale, isLocaleSynced, markLocaleSynced, setLocale } from '../i18n';
import { hasErrorCode, useFieldErrors } from './errors';
import { PublicLayout } from './layout/AppLayout';
import { Loading, PageHeading } from './page';
import { hadSession, markSession, type SignInState } from './session/visit';

/** Renders its children only for a signed-in person; otherwise sends them to sign in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const me = data?.me;

  useEffect(() => {
    if (me) markSession(true);
    if (me && !isLocaleSynced(me.id)) {
      markLocaleSynced(me.id);
      void setLocale(fromGqlLocale(me.locale));
    }
  }, [me]);

  if (me) return <>{children}</>;
  if (hasErrorCode(error, 'UNAUTHENTICATED')) {
    const state: SignInState = { from: location, expired: hadSession() };
    return <Navigate to="/logg-inn" replace state={state} />;
  }
  if (error)
    return (
      <PublicLayout>
        <SessionError error={error} retry={() => void refetch()} />
      </PublicLayout>
    );
  if (loading) return <Loading />;
  return <Loading />;
}

function SessionError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  const { message } = useFieldErrors(error);
  return (
    <>
      <PageHeading title={t('app.errorTitle')}>{t('app.errorTitle')}</PageHeading>
      <Alert data-color="danger">
        <Paragraph>{message}</Paragraph>
      </Alert>
      <Button variant="secondary" onClick={retry} className="lk-mt">
        {t('common.retry')}
      </Button>
    </>
  );
}
