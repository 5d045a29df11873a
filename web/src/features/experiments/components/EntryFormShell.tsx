import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Heading } from '@digdir/designsystemet-react';

// Its own module, so it loads with the (lazy) entry forms, not with the experiment page.
/**
 * The frame every on-demand entry form shares: a heading that names the form, the error
 * summary, the fields, and "add" and "cancel".
 */
export function EntryFormShell({
  id,
  heading,
  level = 3,
  summary,
  submitLabel,
  loading,
  onSubmit,
  onCancel,
  children,
}: {
  /** The form's id; its heading is `${id}-heading`. */
  id: string;
  heading: string;
  level?: 3 | 4;
  summary: ReactNode;
  submitLabel: string;
  loading: boolean;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form className="lk-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <Heading level={level} data-size={level === 3 ? 'xs' : '2xs'} id={`${id}-heading`}>
        {heading}
      </Heading>
      {summary}
      {children}
      <div className="lk-form__actions">
        <Button type="submit" variant="secondary" loading={loading}>
          {submitLabel}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
