import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { Textfield } from '@digdir/designsystemet-react';
import { Limits, type Check } from '@laerekraft/shared';
import type { useFormErrors } from '../app/forms';

/** A new password typed twice, reported under the form fields `field` and `repeatField`. */
export function useNewPassword(field: string, repeatField: string) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  return {
    field,
    repeatField,
    password,
    repeat,
    setPassword,
    setRepeat,
    /** Adds the rules to `check`: long enough, and the same both times. */
    check: (check: Check) =>
      check.password(field, password).rule(repeatField, password === repeat, 'passwordsDiffer'),
    clear: () => {
      setPassword('');
      setRepeat('');
    },
  };
}

/** The two fields of `useNewPassword`. */
export function NewPasswordFields({
  value: v,
  form,
  labels,
  names,
}: {
  value: ReturnType<typeof useNewPassword>;
  form: ReturnType<typeof useFormErrors>;
  labels: Record<string, string>;
  /** `name` attributes, for password managers. */
  names?: readonly [string, string];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Textfield
        id={form.id(v.field)}
        label={labels[v.field]}
        description={t('invitation.passwordHint', { min: Limits.PASSWORD_MIN })}
        type="password"
        name={names?.[0]}
        autoComplete="new-password"
        value={v.password}
        onChange={(e) => v.setPassword(e.target.value)}
        error={form.error(v.field)}
      />
      <Textfield
        id={form.id(v.repeatField)}
        label={labels[v.repeatField]}
        type="password"
        name={names?.[1]}
        autoComplete="new-password"
        value={v.repeat}
        onChange={(e) => v.setRepeat(e.target.value)}
        error={form.error(v.repeatField)}
      />
    </>
  );
}
