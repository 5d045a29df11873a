import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Link, Paragraph, Table, Tabs } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { Loading, PageHeading } from '../../../app/page';
import type { ListScope } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { PAGE_SIZE, SCOPE_TABS, useScopeTab } from '../../ideas/hooks/useScopeTab';
import { ExperimentStateTag } from '../../ideas/components/Tags';
import { ExperimentsQuery } from '../graphql/experiments';

export default function ExperimentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { tab, scope, setTab } = useScopeTab('organisasjon');

  return (
    <div className="lk-stack">
      <PageHeading title={`${t(`experiments.tabs.${tab}`)} – ${t('experiments.title')}`}>
        {t('experiments.title')}
      </PageHeading>
      <Paragraph>{t('experiments.intro')}</Paragraph>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List aria-label={t('experiments.tabsLabel')}>
          {SCOPE_TABS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`experiments.tabs.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SCOPE_TABS.map((v) => (
          <Tabs.Panel key={v} value={v} className="lk-tabpanel">
            {tab === v && <ExperimentList scope={scope} noUnit={v === 'enhet' && !me?.unit} />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}

function ExperimentList({ scope, noUnit }: { scope: ListScope; noUnit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(ExperimentsQuery, {
    variables: { scope, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const list = data?.experiments;

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
  if (!list.nodes.length) return <Paragraph>{t(`experiments.empty.${scope}`)}</Paragraph>;

  return (
    <div className="lk-stack">
      <div className="lk-table-wrap">
        <Table zebra>
          <caption className="lk-visually-hidden">{t('experiments.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('experiments.col.title')}</Table.HeaderCell>
              <Table.HeaderCell>{t('experiments.col.state')}</Table.HeaderCell>
              <Table.HeaderCell>{t('experiments.col.unit')}</Table.HeaderCell>
              <Table.HeaderCell>{t('experiments.col.owner')}</Table.HeaderCell>
              <Table.HeaderCell>{t('experiments.col.entries')}</Table.HeaderCell>
              <Table.HeaderCell>{t('experiments.col.lastEntry')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.nodes.map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/forsok/${e.id}`}>{e.title}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <ExperimentStateTag state={e.state} />
                </Table.Cell>
                <Table.Cell>{e.unit.name}</Table.Cell>
                <Table.Cell>{e.owner.name}</Table.Cell>
                <Table.Cell>{e.entryCount}</Table.Cell>
                <Table.Cell>
                  {e.lastEntryOn ? format.day(e.lastEntryOn) : t('experiments.noEntries')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm" role="status">
        {t('experiments.showing', { count: list.nodes.length })}
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
