import { useEffect, useRef, type ReactNode } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Link, Paragraph, Table, Tabs } from '@digdir/designsystemet-react';
import type { ListScope } from '../gql/graphql';
import { ActionError } from './ActionError';
import { Loading, PageHeading } from './page';
import { TableRegion } from './TableRegion';

/** The list scope lives in the address (`?omfang=mine|enhet|organisasjon`) so it survives reloads and links. */
const SCOPE_TABS = ['mine', 'enhet', 'organisasjon'] as const;
export type ScopeTab = (typeof SCOPE_TABS)[number];

const SCOPE_OF: Record<ScopeTab, ListScope> = {
  mine: 'MINE',
  enhet: 'UNIT',
  organisasjon: 'ORGANISATION',
};

const isScopeTab = (v: string | null): v is ScopeTab =>
  (SCOPE_TABS as readonly (string | null)[]).includes(v);

function useScopeTab(fallback: ScopeTab) {
  const [params, setParams] = useSearchParams();
  const raw = params.get('omfang');
  const tab: ScopeTab = isScopeTab(raw) ? raw : fallback;
  const setTab = (value: string) => {
    if (isScopeTab(value)) setParams({ omfang: value }, { replace: true });
  };
  return { tab, scope: SCOPE_OF[tab], setTab };
}

/** How many rows a list asks for at a time. */
const PAGE_SIZE = 20;

interface ListPage<T> {
  nodes: T[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

interface ListVariables {
  scope: ListScope;
  first?: number | null;
  after?: string | null;
}

interface Props<TData, TNode> {
  /** Translation prefix: `<prefix>.title`, `.intro`, `.tabs.*`, `.tabsLabel`, `.caption`, `.col.*`, `.empty.*`, `.showing`. */
  prefix: string;
  /** The tab shown when the address names none. */
  fallback: ScopeTab;
  /** Whether the person has a unit; without one, the unit tab asks them to choose one. */
  hasUnit: boolean;
  query: TypedDocumentNode<TData, ListVariables>;
  pick: (data: TData) => ListPage<TNode>;
  /** Column keys, shown as `<prefix>.col.<key>`. */
  columns: readonly string[];
  /** One row's cells, in the order of `columns`. */
  cells: (node: TNode) => ReactNode;
  /** Shown between the intro and the tabs (actions). */
  children?: ReactNode;
}

/** A page that lists mine / my unit's / the organisation's things in tabs, as a table loaded a page at a time. */
export function ScopedListPage<TData, TNode extends { id: string }>({
  prefix,
  fallback,
  hasUnit,
  children,
  ...list
}: Props<TData, TNode>) {
  const { t } = useTranslation();
  const { tab, scope, setTab } = useScopeTab(fallback);
  const tabs = useRef<HTMLDivElement>(null);

  // On a phone the tabs scroll sideways: keep the chosen one in sight (opened from a link, say),
  // scrolling only the tab list, never the page.
  useEffect(() => {
    const chosen = tabs.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    const list = chosen?.parentElement;
    if (!chosen || !list) return;
    const [c, l] = [chosen.getBoundingClientRect(), list.getBoundingClientRect()];
    if (c.right > l.right) list.scrollLeft += c.right - l.right + 16;
    else if (c.left < l.left) list.scrollLeft -= l.left - c.left + 16;
  }, [tab]);

  return (
    <div className="lk-stack">
      <PageHeading title={`${t(`${prefix}.tabs.${tab}`)} – ${t(`${prefix}.title`)}`}>
        {t(`${prefix}.title`)}
      </PageHeading>
      <Paragraph>{t(`${prefix}.intro`)}</Paragraph>
      {children}
      <div ref={tabs}>
        <Tabs value={tab} onChange={setTab} className="lk-scroll-tabs">
          <Tabs.List aria-label={t(`${prefix}.tabsLabel`)}>
            {SCOPE_TABS.map((v) => (
              <Tabs.Tab key={v} value={v}>
                {t(`${prefix}.tabs.${v}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {SCOPE_TABS.map((v) => (
            <Tabs.Panel key={v} value={v} className="lk-tabpanel">
              {tab === v && (
                <PagedTable prefix={prefix} scope={scope} noUnit={v === 'enhet' && !hasUnit} {...list} />
              )}
            </Tabs.Panel>
          ))}
        </Tabs>
      </div>
    </div>
  );
}

function PagedTable<TData, TNode extends { id: string }>({
  prefix,
  scope,
  noUnit,
  query,
  pick,
  columns,
  cells,
}: Pick<Props<TData, TNode>, 'prefix' | 'query' | 'pick' | 'columns' | 'cells'> & {
  scope: ListScope;
  noUnit: boolean;
}) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(query, {
    variables: { scope, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const list = data ? pick(data) : undefined;

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
  if (!list.nodes.length) return <Paragraph>{t(`${prefix}.empty.${scope}`)}</Paragraph>;

  return (
    <div className="lk-stack">
      <TableRegion label={t(`${prefix}.caption`)}>
        <Table zebra>
          <caption className="lk-visually-hidden">{t(`${prefix}.caption`)}</caption>
          <Table.Head>
            <Table.Row>
              {columns.map((c) => (
                <Table.HeaderCell key={c}>{t(`${prefix}.col.${c}`)}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.nodes.map((node) => (
              <Table.Row key={node.id}>{cells(node)}</Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableRegion>
      <Paragraph data-size="sm" role="status">
        {t(`${prefix}.showing`, { count: list.nodes.length })}
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
