import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { Loading, PageHeading } from '../../../app/page';
import { PublicLessonsQuery } from '../graphql/public';
import { ResultTag } from './ResultTag';
import { ANONYMOUS, PublicLinks } from './PublicLinks';

const PAGE = 20;

/** /offentlig/laerdommer: every lesson published to the public, newest first, without signing in. */
export default function PublicLessonsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(PublicLessonsQuery, {
    variables: { first: PAGE },
    context: ANONYMOUS,
  });
  const list = data?.publicLessons;

  return (
    <div className="lk-stack">
      <PageHeading title={t('public.list.title')}>{t('public.list.title')}</PageHeading>
      <Paragraph>{t('public.list.intro')}</Paragraph>
      {error && <ActionError error={error} />}
      {!list && loading && <Loading />}
      {list && list.nodes.length === 0 && <Paragraph>{t('public.list.empty')}</Paragraph>}
      {list && list.nodes.length > 0 && (
        <section aria-labelledby="public-lessons" className="lk-stack">
          <Heading level={2} data-size="md" id="public-lessons" className="lk-visually-hidden">
            {t('public.list.heading')}
          </Heading>
          <ul className="lk-cards lk-cards--list">
            {list.nodes.map((l) => (
              <li key={l.id}>
                <Card data-color="neutral">
                  <Heading level={3} data-size="xs">
                    <Link asChild>
                      <RouterLink to={`/offentlig/laerdommer/${l.id}`}>{l.title}</RouterLink>
                    </Link>
                  </Heading>
                  <Paragraph data-size="sm">
                    {t('public.byline', {
                      organisation: l.organisation.name,
                      date: format.date(String(l.publishedAt)),
                    })}
                  </Paragraph>
                  <ResultTag result={l.result} experimentState={l.experimentState} />
                  {l.summary && <Paragraph>{l.summary}</Paragraph>}
                  {l.rollup.adoptions > 0 && (
                    <Paragraph data-size="sm">
                      {t('public.rollup.tried', { count: l.rollup.organisations })}
                    </Paragraph>
                  )}
                </Card>
              </li>
            ))}
          </ul>
          <Paragraph data-size="sm" role="status">
            {t('public.list.showing', { count: list.nodes.length })}
          </Paragraph>
          {list.pageInfo.hasNextPage && (
            <div>
              <Button
                variant="secondary"
                loading={loading}
                onClick={() =>
                  void fetchMore({ variables: { after: list.pageInfo.endCursor }, context: ANONYMOUS })
                }
              >
                {t('common.loadMore')}
              </Button>
            </div>
          )}
        </section>
      )}
      <PublicLinks />
    </div>
  );
}
