import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from '../../../i18n/useTranslation';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';

/** Read without signing in: public pages ask the API as nobody, even when a session exists. */
export const ANONYMOUS = { fetchOptions: { credentials: 'omit' as const } };

/** The way to the open data and to signing in, on every public page. */
export function PublicLinks() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="public-open-data" className="lk-stack">
      <Heading level={2} data-size="sm" id="public-open-data">
        {t('public.openData.heading')}
      </Heading>
      <Paragraph>{t('public.openData.body')}</Paragraph>
      <ul className="lk-worklist">
        <li>
          {/* Plain links: files served by the API, not client routes. */}
          <Link href="/open/lessons.csv">{t('public.openData.csv')}</Link>
        </li>
        <li>
          <Link href="/open/lessons.json">{t('public.openData.json')}</Link>
        </li>
      </ul>
      <Paragraph data-size="sm">{t('public.openData.licence')}</Paragraph>
      <Paragraph>
        {t('public.signInLead')}{' '}
        <Link asChild>
          <RouterLink to="/logg-inn">{t('public.signIn')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
