import { useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { Loading, PageHeading } from '../../../app/page';
import { useMe, useViewerCan } from '../../../app/session/useMe';
import { ChallengesQuery } from '../graphql/challenges';
import { PostChallengeDialog, type PostTarget } from './PostChallengeDialog';

/** /utfordringer: my organisation's and my networks' open challenges; leads and coordinators post. */
export default function ChallengesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const can = useViewerCan();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const { data, loading, error, fetchMore } = useQuery(ChallengesQuery);
  const asked = search.get('ny');
  const [open, setOpen] = useState(asked !== null);

  const targets: PostTarget[] = [
    ...(can?.postChallenge
      ? [{ networkId: null, name: me?.organisation.name ?? t('challenges.myOrganisation') }]
      : []),
    ...(data?.networks ?? [])
      .filter((n) => n.viewerCan.postChallenge)
      .map((n) => ({ networkId: n.id, name: n.name })),
  ];
  const challenges = data?.challenges.nodes ?? [];
  const pageInfo = data?.challenges.pageInfo;
  const close = () => {
    setOpen(false);
    if (asked !== null) setSearch({}, { replace: true });
  };

  return (
    <div className="lk-stack">
      <PageHeading title={t('challenges.title')}>{t('challenges.title')}</PageHeading>
      <Paragraph>{t('challenges.intro')}</Paragraph>
      {targets.length > 0 && (
        <div className="lk-actions">
          <Button onClick={() => setOpen(true)}>{t('challenges.postButton')}</Button>
        </div>
      )}
      {error && <ActionError error={error} />}
      {loading && !data && <Loading />}
      {data && (
        <section aria-labelledby="open-challenges" className="lk-stack">
          <Heading level={2} data-size="md" id="open-challenges">
            {t('challenges.openHeading')}
          </Heading>
          {challenges.length === 0 ? (
            <Paragraph>{t('challenges.empty')}</Paragraph>
          ) : (
            <ul className="lk-cards">
              {challenges.map((c) => (
                <li key={c.id}>
                  <Card data-color="neutral">
                    <Heading level={3} data-size="xs">
                      <Link asChild>
                        <RouterLink to={`/utfordringer/${c.id}`}>{c.title}</RouterLink>
                      </Link>
                    </Heading>
                    <Paragraph data-size="sm">{t('challenges.concerns', { who: c.concerns })}</Paragraph>
                    <Paragraph data-size="sm">
                      {t('challenges.deadline', { date: format.day(c.deadline) })}
                    </Paragraph>
                    <Tag data-color="neutral" data-size="sm" variant="outline">
                      {c.network ? c.network.name : c.organisation.name}
                    </Tag>
                  </Card>
                </li>
              ))}
            </ul>
          )}
          {pageInfo?.hasNextPage && (
            <div className="lk-actions">
              <Button
                variant="secondary"
                onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
              >
                {t('common.loadMore')}
              </Button>
            </div>
          )}
        </section>
      )}
      {data && (
        <PostChallengeDialog
          open={open && targets.length > 0}
          targets={targets}
          initial={asked}
          onClose={close}
          onPosted={(id) => navigate(`/utfordringer/${id}`, { state: { flash: 'posted' } })}
        />
      )}
    </div>
  );
}
