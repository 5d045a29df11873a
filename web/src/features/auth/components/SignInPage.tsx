import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import { useFormErrors } from '../../../app/forms';
import { PageHeading } from '../../../app/page';
import { LoginMutation } from '../graphql/auth';
import { useAfterSignIn } from '../../../app/session/useSession';
import type { SignInState } from '../../../app/session/visit';

function returnPath(state: unknown): string {
  const from = (state as SignInState | null)?.from;
  if (!from || from.pathname.startsWith('/logg-inn')) return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const afterSignIn = useAfterSignIn();
  const [login, { loading }] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const labels = { email: t('signIn.email'), password: t('signIn.password') };
  const form = useFormErrors('sign-in', labels);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = new Check().email('email', email).rule('password', password.length > 0, 'required');
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;
      await afterSignIn(data.login);
      navigate(returnPath(location.state), { replace: true });
    } catch (error) {
      form.failServer(error);
    }
  }

  return (
    <>
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      <form className="lk-form" noValidate onSubmit={onSubmit}>
        {(location.state as SignInState | null)?.expired && (
          <Alert data-color="warning" role="status">
            <Paragraph>{t('signIn.expired')}</Paragraph>
          </Alert>
        )}
        {form.summary}
        <Textfield
          id={form.id('email')}
          label={labels.email}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          maxLength={Limits.EMAIL_MAX}
          onChange={(e) => setEmail(e.target.value)}
          error={form.error('email')}
        />
        <Textfield
          id={form.id('password')}
          label={labels.password}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          maxLength={Limits.PASSWORD_MAX}
          onChange={(e) => setPassword(e.target.value)}
          error={form.error('password')}
        />
        <div className="lk-form__actions">
          <Button type="submit" loading={loading}>
            {t('signIn.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
