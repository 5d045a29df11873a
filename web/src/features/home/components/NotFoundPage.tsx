import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from '../../../i18n/useTranslation';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from '../../../app/page';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="lk-stack">
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
