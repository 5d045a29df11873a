import { useTranslation } from '../i18n/useTranslation';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useFieldErrors } from './errors';

/**
 * The outcome of a one-click action (archive, revoke, accept …) that failed. With `onReload`, a
 * conflict or a state that moved on offers to load the latest version.
 */
export function ActionError({ error, onReload }: { error: unknown; onReload?: () => unknown }) {
  const { t } = useTranslation();
  const { message, fieldErrors, byField, problem } = useFieldErrors(error);
  if (!message) return null;
  const detail = fieldErrors.length ? Object.values(byField).join(' ') : message;
  const stale = problem?.code === 'CONFLICT' || problem?.code === 'INVALID_TRANSITION';
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{detail}</Paragraph>
      {stale && onReload && (
        <Button variant="secondary" data-size="sm" className="lk-mt" onClick={() => void onReload()}>
          {t('common.reload')}
        </Button>
      )}
    </Alert>
  );
}
