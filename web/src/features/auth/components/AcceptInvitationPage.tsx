import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import { useFieldErrors } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useFormErrors } from '../../../app/forms';
import { Loading, PageHeading } from '../../../app/page';
import { AcceptInvitationMutation, InvitationPreviewQuery } from '../graphql/auth';
import { useAfterSignIn } from '../../../app/session/useSession';
import { NewPasswordFields, useNewPassword } from '../../../ui/NewPasswordFields';

export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(InvitationPreviewQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const previewError = useFieldErrors(error);
  const preview = data?.invitationPreview;

  return (
    <>
      <PageHeading title={t('invitation.title')}>{t('invitation.title')}</PageHeading>
      {loading && !preview && <Loading />}
      {error && !preview && (
        <Alert data-color="danger">
          <Heading level={2} data-size="xs">
            {t('invitation.unavailableHeading')}
          </Heading>
          <Paragraph>
            {previewError.problem?.code === 'NETWORK' || previewError.problem?.code === 'INTERNAL'
              ? previewError.message
              : t('invitation.unavailable')}
          </Paragraph>
        </Alert>
      )}
      {preview && <AcceptForm key={token} token={token} preview={preview} />}
    </>
  );
}

interface Preview {
  organisationName: string;
  name: string;
  email: string;
  expiresAt: string;
}

function AcceptForm({ token, preview }: { token: string; preview: Preview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const afterSignIn = useAfterSignIn();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [name, setName] = useState(preview.name);
  const newPassword = useNewPassword('password', 'passwordRepeat');
  const labels = {
    name: t('invitation.name'),
    password: t('invitation.password'),
    passwordRepeat: t('invitation.passwordRepeat'),
    token: t('invitation.title'),
  };
  const form = useFormErrors('accept-invitation', labels, { headingLevel: 3 });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = newPassword.check(new Check().required('name', name, Limits.NAME_MAX));
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      const { data } = await accept({
        variables: { input: { token, name: name.trim(), password: newPassword.password } },
      });
      if (!data) return;
      await afterSignIn(data.acceptInvitation);
      navigate('/', { replace: true });
    } catch (error) {
      form.failServer(error);
    }
  }

  return (
    <div className="lk-stack">
      <Paragraph>{t('invitation.intro', { organisation: preview.organisationName })}</Paragraph>
      <dl className="lk-facts">
        <dt>{t('invitation.organisation')}</dt>
        <dd>{preview.organisationName}</dd>
        <dt>{t('invitation.invitedName')}</dt>
        <dd>{preview.name}</dd>
        <dt>{t('invitation.email')}</dt>
        <dd>{preview.email}</dd>
        <dt>{t('invitation.expires')}</dt>
        <dd>{format.dateTime(preview.expiresAt)}</dd>
      </dl>
      <form className="lk-form" noValidate onSubmit={onSubmit}>
        <Heading level={2} data-size="sm">
          {t('invitation.formHeading')}
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
        <NewPasswordFields
          value={newPassword}
          form={form}
          labels={labels}
          names={['new-password', 'new-password-repeat']}
        />
        <div className="lk-form__actions">
          <Button type="submit" loading={loading}>
            {t('invitation.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
