import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { Check, Limits, LOCALES, type Locale } from '@laerekraft/shared';
import { useFormErrors } from '../../../app/forms';
import { PageHeading } from '../../../app/page';
import { asLocale, fromGqlLocale, isLocale, setLocale, toGqlLocale } from '../../../i18n';
import { useMe, type Me } from '../../auth/hooks/useMe';
import { UnitsQuery } from '../../admin/graphql/units';
import { indented, useUnitTree } from '../../admin/hooks/useUnitTree';
import { ChangePasswordMutation, UpdateProfileMutation } from '../graphql/profile';

export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="lk-stack">
      <PageHeading title={t('profile.title')}>{t('profile.title')}</PageHeading>
      {me && (
        <>
          <Paragraph>
            {t('profile.signedInAs', { email: me.email, organisation: me.organisation.name })}
          </Paragraph>
          <ProfileForm me={me} />
          <PasswordForm />
        </>
      )}
    </div>
  );
}

function ProfileForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const [updateProfile, { loading }] = useMutation(UpdateProfileMutation);
  const [name, setName] = useState(me.name);
  const [locale, setLocaleChoice] = useState<Locale>(fromGqlLocale(me.locale));
  const [unitId, setUnitId] = useState(me.unit?.id ?? '');
  const units = useQuery(UnitsQuery, { variables: { includeArchived: false } });
  const tree = useUnitTree(units.data?.units);
  const [saved, setSaved] = useState(false);
  const labels = { name: t('profile.name'), locale: t('profile.language'), unitId: t('profile.unit') };
  const form = useFormErrors('profile', labels, { headingLevel: 3 });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const check = new Check().required('name', name, Limits.NAME_MAX);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      await updateProfile({
        variables: {
          input: { name: name.trim(), locale: toGqlLocale(locale), ...(unitId ? { unitId } : {}) },
        },
        refetchQueries: ['Ideas', 'Experiments'],
      });
      if (asLocale(i18n.language) !== locale) await setLocale(locale);
      setSaved(true);
    } catch (error) {
      form.failServer(error);
    }
  }

  return (
    <section aria-labelledby="profile-details" className="lk-section">
      <form className="lk-form" noValidate onSubmit={onSubmit}>
        <Heading level={2} data-size="sm" id="profile-details">
          {t('profile.detailsHeading')}
        </Heading>
        {form.summary}
        <Textfield
          id={form.id('name')}
          label={labels.name}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.error('name')}
        />
        <Field>
          <Label htmlFor={form.id('locale')}>{labels.locale}</Label>
          <Select
            id={form.id('locale')}
            value={locale}
            onChange={(e) => isLocale(e.target.value) && setLocaleChoice(e.target.value)}
            aria-invalid={form.error('locale') ? true : undefined}
          >
            {LOCALES.map((l) => (
              <Select.Option key={l} value={l} lang={l}>
                {t(`locale.${l}`)}
              </Select.Option>
            ))}
          </Select>
          {form.error('locale') && <ValidationMessage>{form.error('locale')}</ValidationMessage>}
        </Field>
        <Field>
          <Label htmlFor={form.id('unitId')}>{labels.unitId}</Label>
          <Field.Description>{t('profile.unitHelp')}</Field.Description>
          <Select
            id={form.id('unitId')}
            value={unitId}
            onChange={(e) => setUnitId(e.target.value)}
            aria-invalid={form.error('unitId') ? true : undefined}
          >
            {!me.unit && <Select.Option value="">{t('profile.noUnit')}</Select.Option>}
            {tree.flat
              .filter((n) => !n.unit.archivedAt)
              .map((n) => (
                <Select.Option key={n.unit.id} value={n.unit.id}>
                  {indented(n)}
                </Select.Option>
              ))}
          </Select>
          {form.error('unitId') && <ValidationMessage>{form.error('unitId')}</ValidationMessage>}
        </Field>
        <div className="lk-form__actions">
          <Button type="submit" loading={loading}>
            {t('profile.save')}
          </Button>
        </div>
        <div role="status">{saved && <Alert data-color="success">{t('profile.saved')}</Alert>}</div>
      </form>
    </section>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [saved, setSaved] = useState(false);
  const labels = {
    currentPassword: t('profile.currentPassword'),
    newPassword: t('profile.newPassword'),
    newPasswordRepeat: t('profile.newPasswordRepeat'),
  };
  const form = useFormErrors('password', labels, { headingLevel: 3 });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const check = new Check()
      .rule('currentPassword', currentPassword.length > 0, 'required')
      .password('newPassword', newPassword)
      .rule('newPasswordRepeat', newPassword === repeat, 'passwordsDiffer');
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      setCurrent('');
      setNew('');
      setRepeat('');
      setSaved(true);
    } catch (error) {
      form.failServer(error);
    }
  }

  return (
    <section aria-labelledby="profile-password" className="lk-section">
      <form className="lk-form" noValidate onSubmit={onSubmit}>
        <Heading level={2} data-size="sm" id="profile-password">
          {t('profile.passwordHeading')}
        </Heading>
        {form.summary}
        <Textfield
          id={form.id('currentPassword')}
          label={labels.currentPassword}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={form.error('currentPassword')}
        />
        <Textfield
          id={form.id('newPassword')}
          label={labels.newPassword}
          description={t('invitation.passwordHint', { min: Limits.PASSWORD_MIN })}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          error={form.error('newPassword')}
        />
        <Textfield
          id={form.id('newPasswordRepeat')}
          label={labels.newPasswordRepeat}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={form.error('newPasswordRepeat')}
        />
        <div className="lk-form__actions">
          <Button type="submit" loading={loading}>
            {t('profile.changePassword')}
          </Button>
        </div>
        <div role="status">{saved && <Alert data-color="success">{t('profile.passwordChanged')}</Alert>}</div>
      </form>
    </section>
  );
}
