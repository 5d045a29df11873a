import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { Loading, PageHeading } from '../../../app/page';
import { useViewerCan } from '../../../app/session/useMe';
import { ReviewQueueList } from '../../../ui/ReviewQueueList';
import { ReviewQueueQuery } from '../graphql/ideas';

export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  const { data, error } = useQuery(ReviewQueueQuery);

  return (
    <div className="lk-stack">
      <PageHeading title={t('review.title')}>{t('review.title')}</PageHeading>
      <Paragraph>{t('review.intro')}</Paragraph>
      {can && !can.reviewIdeas && (
        <Alert data-color="info">
          <Paragraph>{t('review.notManager')}</Paragraph>
        </Alert>
      )}
      {error && <ActionError error={error} />}
      {!data && !error && <Loading />}
      {data && <ReviewQueueList ideas={data.reviewQueue} headingLevel={2} />}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/ideer">{t('review.backToIdeas')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
