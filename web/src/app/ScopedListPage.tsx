import { useEffect, useRef, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useTranslation } from '../i18n/useTranslation';
import { Alert, Button, Link, Paragraph, Table, Tabs } from '@digdir/designsystemet-react';
import type { ListScope } from '../gql/graphql';
import { ActionError } from './ActionError';
import { ListFilters } from './ListFilters';
import { SCOPE_TABS, toApiFilter, useListState, type ScopeTab, type SortSlug } from './listState';
import { Loading, PageHeading } from './page';
import { TableRegion } from './TableRegion';

export { SCOPE_TABS, type ScopeTab } from './listState';

/** How many rows a list asks for at a time. */
const PAGE_SIZE = 20;

interface ListPage<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

interface ListVariables {
  scope: ListScope;
  first?: number | null;
  after?: string | null;
  // The generated filter and sort types, loosely: the values come from the same shared lists.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  filter?: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  sort?: any;
}

interface Props<TData, TNode> {
  /** Translation prefix: `<prefix>.title`, `.intro`, `.tabs.*`, `.tabsLabel`, `.caption`, `.col.*`, `.empty.*`, `.showing`. */
  prefix: string;
  /** The tab shown when neither the address nor the list's memory names one. */
  fallback: ScopeTab;
  /** Where the list remembers its scope and filters (say `ideas:<person id>`); null remembers nothing. */
  rememberAs: string | null;
  /** What the filter form offers: the states (API values, shown as `<statePrefix>.<state>`), sorts, result. */
  filters: { statePrefix: string; states: readonly string[]; sorts: readonly SortSlug[]; results?: boolean };
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
  rememberAs,
  filters,
  hasUnit,
  children,
  ...list
}: Props<TData, TNode>) {
  const { t } = useTranslation();
  const results = !!filters.results;
  const { state, set, active, scope, sort } = useListState({
    states: filters.states,
    sorts: filters.sorts,
    results,
    fallback,
    rememberAs,
  });
  const tab = state.tab;
  const setTab = (value: string) => {
    if ((SCOPE_TABS as readonly string[]).includes(value)) set({ tab: value as ScopeTab });
  };
  const filter = toApiFilter(state, results);
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
      <ListFilters
        prefix={prefix}
        statePrefix={filters.statePrefix}
        states={filters.states}
        sorts={filters.sorts}
        results={results}
        state={state}
        active={active}
        onChange={set}
      />
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
                <PagedTable
                  prefix={prefix}
                  scope={scope}
                  filter={filter}
                  sort={sort}
                  filtered={active > 0}
                  sortLabel={t(`list.sortBy.${state.sort}`)}
                  onReset={() =>
                    set({ state: '', unitId: '', action: '', sdg: '', theme: '', result: '', title: '' })
                  }
                  noUnit={v === 'enhet' && !hasUnit}
                  {...list}
                />
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
  filter,
  sort,
  filtered,
  sortLabel,
  onReset,
  noUnit,
  query,
  pick,
  columns,
  cells,
}: Pick<Props<TData, TNode>, 'prefix' | 'query' | 'pick' | 'columns' | 'cells'> & {
  scope: ListScope;
  filter: ListVariables['filter'];
  sort: string;
  filtered: boolean;
  sortLabel: string;
  onReset: () => void;
  noUnit: boolean;
}) {
  const { t } = useTranslation();
  const { data, previousData, loading, error, fetchMore } = useQuery(query, {
    variables: { scope, first: PAGE_SIZE, filter, sort },
    notifyOnNetworkStatusChange: true,
  });
  // While a new filter loads, the old rows stay (no jump); the count says when the new ones are in.
  const shown = data ?? previousData;
  const list = shown ? pick(shown) : undefined;
  const status = !list
    ? ''
    : `${t('list.found', { count: list.totalCount })} ${list.nodes.length < list.totalCount ? t(`${prefix}.showing`, { count: list.nodes.length }) : ''}`.trim();

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

  return (
    <div className="lk-stack">
      {/* Polite: the count is read when a filter has changed the list, without interrupting. */}
      <Paragraph data-size="sm" role="status" aria-live="polite">
        {status}
      </Paragraph>
      {!list.nodes.length ? (
        <div className="lk-stack">
          <Paragraph>{filtered ? t('list.noMatch') : t(`${prefix}.empty.${scope}`)}</Paragraph>
          {filtered && (
            <div>
              <Button variant="secondary" data-size="sm" onClick={onReset}>
                {t('list.reset')}
              </Button>
            </div>
          )}
        </div>
      ) : (
        <TableRegion label={t(`${prefix}.caption`)}>
          <Table zebra>
            <caption className="lk-visually-hidden">{`${t(`${prefix}.caption`)}, ${sortLabel.toLowerCase()}`}</caption>
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
      )}
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
