import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
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
import { NewPasswordFields, useNewPassword } from '../../../ui/NewPasswordFields';
import { useMe, type Me } from '../../../app/session/useMe';
import { indented, spokenUnit, UnitsQuery, useUnitTree } from '../../../ui/useUnitTree';
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
  const labels = { name: t('profile.name'), locale: t('profile.language'), unitId: t('profile.unit') };
  const form = useFormErrors('profile', labels, { headingLevel: 3 });

  async function save() {
    await updateProfile({
      variables: {
        input: { name: name.trim(), locale: toGqlLocale(locale), ...(unitId ? { unitId } : {}) },
      },
      // The new name reaches every cached author from the answer. A new unit changes which ideas
      // and experiments "my unit" lists hold: those lists are dropped (none is on this page) and
      // read afresh when they open.
      update(cache, { data }) {
        if (data?.updateProfile.unit?.id === me.unit?.id) return;
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'ideas' });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'experiments' });
        cache.gc();
      },
    });
    if (asLocale(i18n.language) !== locale) await setLocale(locale);
  }

  return (
    <SavingForm
      id="profile-details"
      heading={t('profile.detailsHeading')}
      form={form}
      check={() => new Check().required('name', name, Limits.NAME_MAX)}
      save={save}
      loading={loading}
      submit={t('profile.save')}
      savedText={t('profile.saved')}
    >
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
              <Select.Option key={n.unit.id} value={n.unit.id} aria-label={spokenUnit(n, t)}>
                {indented(n)}
              </Select.Option>
            ))}
        </Select>
        {form.error('unitId') && <ValidationMessage>{form.error('unitId')}</ValidationMessage>}
      </Field>
    </SavingForm>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [currentPassword, setCurrent] = useState('');
  const newPassword = useNewPassword('newPassword', 'newPasswordRepeat');
  const labels = {
    currentPassword: t('profile.currentPassword'),
    newPassword: t('profile.newPassword'),
    newPasswordRepeat: t('profile.newPasswordRepeat'),
  };
  const form = useFormErrors('password', labels, { headingLevel: 3 });

  async function save() {
    await changePassword({ variables: { input: { currentPassword, newPassword: newPassword.password } } });
    setCurrent('');
    newPassword.clear();
  }

  return (
    <SavingForm
      id="profile-password"
      heading={t('profile.passwordHeading')}
      form={form}
      check={() =>
        newPassword.check(new Check().rule('currentPassword', currentPassword.length > 0, 'required'))
      }
      save={save}
      loading={loading}
      submit={t('profile.changePassword')}
      savedText={t('profile.passwordChanged')}
    >
      <Textfield
        id={form.id('currentPassword')}
        label={labels.currentPassword}
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(e) => setCurrent(e.target.value)}
        error={form.error('currentPassword')}
      />
      <NewPasswordFields value={newPassword} form={form} labels={labels} />
    </SavingForm>
  );
}

/** One of the page's forms, in its own section: checks, saves, and says so. */
function SavingForm({
  id,
  heading,
  form,
  check,
  save,
  loading,
  submit,
  savedText,
  children,
}: {
  id: string;
  heading: string;
  form: ReturnType<typeof useFormErrors>;
  check: () => Check;
  save: () => Promise<unknown>;
  loading: boolean;
  submit: string;
  savedText: string;
  children: ReactNode;
}) {
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const checked = check();
    if (!checked.ok) return form.failClient(checked.errors);
    form.reset();
    try {
      await save();
      setSaved(true);
    } catch (error) {
      form.failServer(error);
    }
  }

  return (
    <section aria-labelledby={id} className="lk-section">
      <form className="lk-form" noValidate onSubmit={onSubmit}>
        <Heading level={2} data-size="sm" id={id}>
          {heading}
        </Heading>
        {form.summary}
        {children}
        <div className="lk-form__actions">
          <Button type="submit" loading={loading}>
            {submit}
          </Button>
        </div>
        <div role="status">{saved && <Alert data-color="success">{savedText}</Alert>}</div>
      </form>
    </section>
  );
}
