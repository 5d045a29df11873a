import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useMutation } from '@apollo/client/react';
import { Label, Select } from '@digdir/designsystemet-react';
import { LOCALES } from '@laerekraft/shared';
import { asLocale, isLocale, setLocale, toGqlLocale } from '../../i18n';
import { SaveLocaleMutation } from '../session/graphql';
import type { Me } from '../session/useMe';

/** Bokmål / nynorsk / English. Remembered on the device and, when signed in, in the profile. */
export function LanguageSwitch({ me }: { me?: Me }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [saveLocale] = useMutation(SaveLocaleMutation);
  const current = asLocale(i18n.language);

  async function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const locale = event.target.value;
    if (!isLocale(locale)) return;
    setBusy(true);
    try {
      await setLocale(locale);
      if (me) {
        await saveLocale({ variables: { input: { locale: toGqlLocale(locale) } } }).catch(() => {
          // The device remembers the choice even if the profile could not be saved now.
        });
      }
    } finally {
      setBusy(false);
    }
  }

  // A plain label and select rather than <Field>: Field needs Designsystemet's custom
  // elements, which would otherwise ship with every first page for this one control.
  return (
    <div className="lk-language" data-size="sm">
      <Label htmlFor={id}>{t('app.language')}</Label>
      <Select id={id} value={current} onChange={onChange} aria-busy={busy || undefined} width="auto">
        {LOCALES.map((l) => (
          <Select.Option key={l} value={l} lang={l}>
            {t(`locale.${l}`)}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}
