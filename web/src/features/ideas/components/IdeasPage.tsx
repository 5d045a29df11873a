import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Link, Paragraph, Table, Tabs } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { Loading, PageHeading } from '../../../app/page';
import type { ListScope } from '../../../gql/graphql';
import { canCreateIdeas, isManager, useMe } from '../../auth/hooks/useMe';
import { IdeasQuery } from '../graphql/ideas';
import { PAGE_SIZE, SCOPE_TABS, useScopeTab } from '../hooks/useScopeTab';
import { IdeaStateTag } from './Tags';

export default function IdeasPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { tab, scope, setTab } = useScopeTab(canCreateIdeas(me) ? 'mine' : 'organisasjon');

  return (
    <div className="lk-stack">
      <PageHeading title={`${t(`ideas.tabs.${tab}`)} – ${t('ideas.title')}`}>{t('ideas.title')}</PageHeading>
      <Paragraph>{t('ideas.intro')}</Paragraph>
      <div className="lk-actions">
        {canCreateIdeas(me) && (
          <Button asChild variant="secondary">
            <RouterLink to="/ideer/ny">{t('app.newIdea')}</RouterLink>
          </Button>
        )}
        {isManager(me) && (
          <Link asChild>
            <RouterLink to="/ideer/vurdering">{t('review.link')}</RouterLink>
          </Link>
        )}
      </div>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List aria-label={t('ideas.tabsLabel')}>
          {SCOPE_TABS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`ideas.tabs.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SCOPE_TABS.map((v) => (
          <Tabs.Panel key={v} value={v} className="lk-tabpanel">
            {tab === v && <IdeaList scope={scope} noUnit={v === 'enhet' && !me?.unit} />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}

function IdeaList({ scope, noUnit }: { scope: ListScope; noUnit: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(IdeasQuery, {
    variables: { scope, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const list = data?.ideas;

  if (noUnit)
    return (
      <Alert data-color="info">
        <Paragraph>
          {t('ideas.noUnit')}{' '}
          <Link asChild>
            <RouterLink to="/profil">{t('ideas.chooseUnit')}</RouterLink>
          </Link>
        </Paragraph>
      </Alert>
    );
  if (error) return <ActionError error={error} />;
  if (!list) return <Loading />;
  if (!list.nodes.length) return <Paragraph>{t(`ideas.empty.${scope}`)}</Paragraph>;

  return (
    <div className="lk-stack">
      <div className="lk-table-wrap">
        <Table zebra>
          <caption className="lk-visually-hidden">{t('ideas.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('ideas.col.title')}</Table.HeaderCell>
              <Table.HeaderCell>{t('ideas.col.state')}</Table.HeaderCell>
              <Table.HeaderCell>{t('ideas.col.unit')}</Table.HeaderCell>
              <Table.HeaderCell>{t('ideas.col.author')}</Table.HeaderCell>
              <Table.HeaderCell>{t('ideas.col.backings')}</Table.HeaderCell>
              <Table.HeaderCell>{t('ideas.col.comments')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.nodes.map((idea) => (
              <Table.Row key={idea.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/ideer/${idea.id}`}>{idea.title}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <IdeaStateTag state={idea.state} />
                </Table.Cell>
                <Table.Cell>{idea.unit.name}</Table.Cell>
                <Table.Cell>{idea.author?.name ?? t('idea.hiddenAuthor')}</Table.Cell>
                <Table.Cell>{idea.backingCount}</Table.Cell>
                <Table.Cell>{idea.commentCount}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm" role="status">
        {t('ideas.showing', { count: list.nodes.length })}
      </Paragraph>
      {list.pageInfo.hasNextPage && (
        <div>
          <Button
            variant="secondary"
            loading={loading}
            onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}
          >
            {t('common.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
