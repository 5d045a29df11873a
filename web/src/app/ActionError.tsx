import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useFieldErrors } from './errors';

/** The outcome of a one-click action (archive, revoke, accept …) that failed. */
export function ActionError({ error }: { error: unknown }) {
  const { message, fieldErrors, byField } = useFieldErrors(error);
  if (!message) return null;
  const detail = fieldErrors.length ? Object.values(byField).join(' ') : message;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{detail}</Paragraph>
    </Alert>
  );
}
