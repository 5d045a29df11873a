import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Card, Heading, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { ExperimentResult, INNOVATION_ACTIONS, LESSON_REACHES } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { Loading, PageHeading } from '../../../app/page';
import type {
  ExperimentResult as GqlResult,
  InnovationAction,
  LessonListFieldsFragment,
  LessonReach,
} from '../../../gql/graphql';
import { LessonsQuery } from '../graphql/lessons';
import { LessonResultTag, LessonStateTag } from './LessonTags';

const PAGE_SIZE = 20;
const RESULTS = Object.values(ExperimentResult) as GqlResult[];

/** The filters live in the address (`?resultat=…&handling=…&rekkevidde=…`), so a filtered library can be linked. */
const PARAM = { result: 'resultat', action: 'handling', reach: 'rekkevidde' } as const;

function pick<T extends string>(value: string | null, allowed: readonly string[]): T | null {
  return value && allowed.includes(value) ? (value as T) : null;
}

/** The library: every lesson the person may see, newest first, the learning before the verdict. */
export default function LessonsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const result = pick<GqlResult>(params.get(PARAM.result), RESULTS);
  const action = pick<InnovationAction>(params.get(PARAM.action), INNOVATION_ACTIONS);
  const reach = pick<LessonReach>(params.get(PARAM.reach), LESSON_REACHES);
  const variables = { first: PAGE_SIZE, result, action, reach };
  const { data, loading, error, fetchMore } = useQuery(LessonsQuery, { variables });
  const page = data?.lessons;

  const setFilter = (key: keyof typeof PARAM, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(PARAM[key], value);
        else next.delete(PARAM[key]);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="lk-stack">
      <PageHeading title={t('lessons.title')}>{t('lessons.title')}</PageHeading>
      <Paragraph>{t('lessons.intro')}</Paragraph>

      <div role="group" aria-label={t('lessons.filtersLabel')} className="lk-actions">
        <FilterSelect
          id="lessons-result"
          label={t('lessons.filter.result')}
          value={result ?? ''}
          options={RESULTS.map((r) => [r, t(`result.${r}`)])}
          onChange={(v) => setFilter('result', v)}
        />
        <FilterSelect
          id="lessons-action"
          label={t('lessons.filter.action')}
          value={action ?? ''}
          options={INNOVATION_ACTIONS.map((a) => [a, t(`actions.${a}`)])}
          onChange={(v) => setFilter('action', v)}
        />
        <FilterSelect
          id="lessons-reach"
          label={t('lessons.filter.reach')}
          value={reach ?? ''}
          options={LESSON_REACHES.map((r) => [r, t(`lessonReach.${r}`)])}
          onChange={(v) => setFilter('reach', v)}
        />
      </div>

      {error && <ActionError error={error} />}
      {loading && !page && <Loading />}
      {page && (
        <>
          <Paragraph role="status" data-size="sm">
            {page.nodes.length
              ? t('lessons.showing', { count: page.nodes.length })
              : result || action || reach
                ? t('lessons.emptyFiltered')
                : t('lessons.empty')}
          </Paragraph>
          <ul className="lk-cards lk-cards--list">
            {page.nodes.map((l) => (
              <li key={l.id}>
                <LessonCard lesson={l} />
              </li>
            ))}
          </ul>
          {page.pageInfo.hasNextPage && (
            <div>
              <Button
                variant="secondary"
                onClick={() =>
                  void fetchMore({ variables: { ...variables, after: page.pageInfo.endCursor } })
                }
              >
                {t('common.loadMore')}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: Array<[string, string]>;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <label htmlFor={id} className="ds-label">
        {label}
      </label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <Select.Option value="">{t('lessons.filter.all')}</Select.Option>
        {options.map(([v, text]) => (
          <Select.Option key={v} value={v}>
            {text}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}

/** One lesson in the library: the learning first, the result told plainly beside it. */
function LessonCard({ lesson: l }: { lesson: LessonListFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `lesson-${l.id}`;
  return (
    <Card data-color="neutral" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        <Link asChild>
          <RouterLink to={`/laerdommer/${l.id}`}>{l.title}</RouterLink>
        </Link>
      </Heading>
      {l.summary.trim() && <Paragraph>{l.summary}</Paragraph>}
      <div className="lk-actions">
        <LessonResultTag result={l.result} experimentState={l.experimentState} />
        {l.state !== 'PUBLISHED' && <LessonStateTag state={l.state} />}
        <Paragraph data-size="sm">
          {l.organisation.name} · {t(`lessonReach.${l.reach}`)}
          {l.publishedAt && ` · ${format.date(l.publishedAt)}`}
        </Paragraph>
      </div>
    </Card>
  );
}
