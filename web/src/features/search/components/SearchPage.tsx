import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import {
  Alert,
  Button,
  Chip,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Search,
  Select,
  Tag,
} from '@digdir/designsystemet-react';
import { IDEA_STATES, SearchLimits } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { Loading, PageHeading } from '../../../app/page';
import { useFormat } from '../../../app/format';
import type { SearchFilter, SearchKind, SearchSort } from '../../../gql/graphql';
import { Highlighted } from '../../../ui/Highlighted';
import { hitPath, stateLabel } from '../../../ui/TriedBefore';
import { SearchQuery } from '../graphql/search';

const PAGE = 20;
const SORTS: readonly SearchSort[] = ['RELEVANCE', 'NEWEST', 'MOST_ADOPTED'];

/** Each facet: its URL parameter, the filter it sets, and how a value reads. */
const FACETS = [
  { name: 'kinds', param: 'type' },
  { name: 'states', param: 'state' },
  { name: 'results', param: 'result' },
  { name: 'actions', param: 'action' },
  { name: 'sdgs', param: 'sdg' },
  { name: 'themes', param: 'theme' },
  { name: 'organisations', param: 'org' },
  { name: 'counties', param: 'county' },
  { name: 'networks', param: 'network' },
] as const;
type FacetName = (typeof FACETS)[number]['name'];

function filterFrom(params: URLSearchParams): SearchFilter {
  const all = (p: string) => {
    const v = params.getAll(p);
    return v.length ? v : null;
  };
  return {
    kinds: all('type') as SearchKind[] | null,
    states: all('state'),
    results: all('result') as SearchFilter['results'],
    actions: all('action') as SearchFilter['actions'],
    sdgs: all('sdg')?.map(Number) ?? null,
    themes: all('theme') as SearchFilter['themes'],
    organisationIds: all('org'),
    counties: all('county'),
    networkIds: all('network'),
  };
}

/** Søk: one search across the ideas, experiments and lessons the person may see. */
export default function SearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const sort = (SORTS as readonly string[]).includes(params.get('sort') ?? '')
    ? (params.get('sort') as SearchSort)
    : 'RELEVANCE';
  const page = Math.max(0, Number.parseInt(params.get('side') ?? '1', 10) - 1 || 0);
  const [typed, setTyped] = useState(query);
  const [typedFor, setTypedFor] = useState(query);
  if (typedFor !== query) {
    // The query changed from outside the field (a "mente du" link, back and forward).
    setTypedFor(query);
    setTyped(query);
  }
  const { data, previousData, loading, error } = useQuery(SearchQuery, {
    variables: { query, filter: filterFrom(params), sort, first: PAGE, offset: page * PAGE },
    skip: !query,
  });
  const result = (data ?? previousData)?.search;

  /** A new query, filter or sort starts from the first page; only paging keeps `side`. */
  const change = (edit: (p: URLSearchParams) => void, keepPage = false) => {
    const next = new URLSearchParams(params);
    if (!keepPage) next.delete('side');
    edit(next);
    setParams(next);
  };
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    change((p) => p.set('q', typed.trim()));
  }
  const toggle = (param: string, value: string, on: boolean) =>
    change((p) => {
      const rest = p.getAll(param).filter((v) => v !== value);
      p.delete(param);
      for (const v of on ? [...rest, value] : rest) p.append(param, v);
    });
  const toPage = (n: number) => change((p) => p.set('side', String(n + 1)), true);

  const valueLabel = (facet: FacetName, value: string, label: string | null): string => {
    switch (facet) {
      case 'kinds':
        return t(`search.kind.${value}`);
      case 'states':
        return stateLabel(
          t,
          (IDEA_STATES as readonly string[]).includes(value) ? 'IDEA' : 'EXPERIMENT',
          value,
        );
      case 'results':
        return t(`result.${value}`);
      case 'actions':
        return t(`actions.${value}`);
      case 'sdgs':
        return t('tags.sdgItem', { n: value, name: t(`sdg.${value}`) });
      case 'themes':
        return t(`themes.${value}`);
      default:
        return label ?? value;
    }
  };

  const suggestionHref = (s: string) => {
    const next = new URLSearchParams(params);
    next.set('q', s);
    next.delete('side');
    return `/sok?${next.toString()}`;
  };
  const count = result
    ? result.capped
      ? t('search.countCapped', { count: format.number(SearchLimits.COUNT_CAP) })
      : t('search.count', { count: result.total, formatted: format.number(result.total) })
    : '';

  return (
    <div className="lk-stack">
      <PageHeading title={query ? t('search.titleFor', { query }) : t('search.title')}>
        {t('search.title')}
      </PageHeading>
      <form role="search" className="lk-search__form" onSubmit={onSubmit}>
        <Field>
          <Label htmlFor="search-query">{t('search.label')}</Label>
          <Search>
            <Search.Input
              id="search-query"
              name="q"
              value={typed}
              maxLength={SearchLimits.QUERY_MAX}
              onChange={(e) => setTyped(e.target.value)}
            />
            <Search.Clear aria-label={t('search.clear')} onClick={() => setTyped('')} />
            <Search.Button type="submit">{t('search.submit')}</Search.Button>
          </Search>
          <Field.Description>{t('search.help')}</Field.Description>
        </Field>
      </form>

      {error && <ActionError error={error} />}
      {!query && <Paragraph>{t('search.empty')}</Paragraph>}
      {query && loading && !result && <Loading />}

      {query && result && (
        <div className="lk-search">
          <div className="lk-search__main">
            <div className="lk-search__bar">
              <Paragraph role="status" className="lk-search__count">
                {count}
              </Paragraph>
              <Field className="lk-search__sort">
                <Label htmlFor="search-sort">{t('search.sortLabel')}</Label>
                <Select
                  id="search-sort"
                  value={sort}
                  onChange={(e) => change((p) => p.set('sort', e.target.value))}
                >
                  {SORTS.map((s) => (
                    <Select.Option key={s} value={s}>
                      {t(`search.sort.${s}`)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            </div>
            {result.suggestion && (
              <Paragraph className="lk-search__suggestion">
                {t('search.didYouMean')}{' '}
                <Link asChild>
                  <RouterLink to={suggestionHref(result.suggestion)}>{result.suggestion}</RouterLink>
                </Link>
                ?
              </Paragraph>
            )}
            {result.hits.length === 0 ? (
              <Alert data-color="info">
                <Paragraph>{t('search.noHits', { query })}</Paragraph>
              </Alert>
            ) : (
              <ol className="lk-search__hits" start={page * PAGE + 1}>
                {result.hits.map((h) => (
                  <li key={h.id} className="lk-search__hit">
                    <Heading level={2} data-size="xs">
                      <Link asChild>
                        <RouterLink to={hitPath(h.kind, h.id)}>
                          <Highlighted text={h.titleHighlighted} />
                        </RouterLink>
                      </Link>
                    </Heading>
                    <div className="lk-search__facts">
                      <Tag data-size="sm" data-color="neutral">
                        {t(`search.kind.${h.kind}`)}
                      </Tag>
                      <Tag data-size="sm" data-color="info">
                        {h.result ? t(`result.${h.result}`) : stateLabel(t, h.kind, h.state)}
                      </Tag>
                      {!h.own && <span>{h.organisation.name}</span>}
                      {h.adoptionCount > 0 && <span>{t('search.adopted', { count: h.adoptionCount })}</span>}
                    </div>
                    {h.snippet && (
                      <Paragraph data-size="sm" className="lk-search__snippet">
                        <Highlighted text={h.snippet} />
                      </Paragraph>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {(page > 0 || result.hasMore) && (
              <nav aria-label={t('search.pages')} className="lk-form__actions">
                {page > 0 && (
                  <Button variant="secondary" onClick={() => toPage(page - 1)}>
                    {t('search.previous')}
                  </Button>
                )}
                {result.hasMore && (
                  <Button variant="secondary" onClick={() => toPage(page + 1)}>
                    {t('search.next')}
                  </Button>
                )}
              </nav>
            )}
          </div>
          <aside className="lk-search__facets" aria-labelledby="search-facets-heading">
            <Heading level={2} data-size="xs" id="search-facets-heading">
              {t('search.filters')}
            </Heading>
            {FACETS.map(({ name, param }) => {
              const values = result.facets[name];
              const chosen = params.getAll(param);
              if (!values.length && !chosen.length) return null;
              return (
                <Fieldset key={name} data-size="sm">
                  <Fieldset.Legend>{t(`search.facet.${name}`)}</Fieldset.Legend>
                  <div className="lk-search__chips">
                    {values.map((v) => (
                      <Chip.Checkbox
                        key={v.value}
                        data-size="sm"
                        name={param}
                        value={v.value}
                        checked={chosen.includes(v.value)}
                        onChange={(e) => toggle(param, v.value, e.target.checked)}
                      >
                        {t('search.facetValue', { name: valueLabel(name, v.value, v.label), count: v.count })}
                      </Chip.Checkbox>
                    ))}
                  </div>
                </Fieldset>
              );
            })}
          </aside>
        </div>
      )}
    </div>
  );
}
