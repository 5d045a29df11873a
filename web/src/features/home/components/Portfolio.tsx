import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { QUIET_DAYS } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { Loading } from '../../../app/page';
import type { PortfolioQuery as PortfolioData } from '../../../gql/graphql';
import { PortfolioQuery } from '../graphql/home';

type Portfolio = PortfolioData['portfolio'];
type Item = Portfolio['running']['items'][number];

/**
 * Who looks: a lead and a reader both see what waits, what runs, what has gone quiet and what
 * ended lately (a lead also what waits for the union and what ended without a lesson); a union
 * representative what waits for the union.
 */
export type PortfolioView = 'lead' | 'reader' | 'union';

// The lists behind each glance, filtered in the address (ListFilters' keys, listState.ts).
const IDEAS_WAITING = '/ideer?omfang=organisasjon&tilstand=SUBMITTED&sortering=eldste';
const PLANNED = '/forsok?omfang=organisasjon&tilstand=PLANNED';
const RUNNING = '/forsok?omfang=organisasjon&tilstand=RUNNING';
const CONCLUDED = '/forsok?omfang=organisasjon&tilstand=CONCLUDED';

/**
 * The organisation's portfolio at a glance, in one request: for a lead and a reader what waits
 * on a decision, what runs, what has gone quiet and what ended lately; for a lead also what
 * waits for the union and what ended without a lesson; for a union representative what waits
 * for the union. Each with its count, links to its items and to the filtered list.
 */
export function PortfolioGlance({ view }: { view: PortfolioView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useQuery(PortfolioQuery, { fetchPolicy: 'cache-first' }); // fetched by useMyWorkLoaded
  const p = data?.portfolio;

  if (error) return <ActionError error={error} />;
  if (!p)
    return (
      <section aria-label={t('portfolio.heading')} className="lk-portfolio-placeholder">
        <Loading />
      </section>
    );

  const experiment = (e: Item, detail: ReactNode) => (
    <li key={e.id}>
      <Link asChild>
        <RouterLink to={`/forsok/${e.id}`}>{e.title}</RouterLink>
      </Link>{' '}
      <span className="lk-muted">
        – {e.unitName}
        {detail ? <>, {detail}</> : null}
      </span>
    </li>
  );

  return (
    <>
      {view !== 'union' && (
        <section aria-labelledby="portfolio-counts" className="lk-stack">
          <Heading level={2} data-size="sm" id="portfolio-counts">
            {t('portfolio.countsHeading')}
          </Heading>
          <ul className="lk-counts">
            {(
              [
                ['ideasSubmitted', IDEAS_WAITING],
                ['experimentsPlanned', PLANNED],
                ['experimentsRunning', RUNNING],
                ['experimentsConcluded', CONCLUDED],
                ['lessons', null],
              ] as const
            ).map(([key, to]) => (
              <li key={key}>
                <span className="lk-counts__n">{format.number(p.counts[key])}</span>{' '}
                {to ? (
                  <Link asChild>
                    <RouterLink to={to}>{t(`portfolio.count.${key}`, { count: p.counts[key] })}</RouterLink>
                  </Link>
                ) : (
                  t(`portfolio.count.${key}`, { count: p.counts[key] })
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(view === 'lead' || view === 'reader') && (
        <>
          <Section
            id="portfolio-waiting"
            heading={t('portfolio.waitingHeading')}
            count={p.ideasWaiting.count}
            empty={t('portfolio.waitingEmpty')}
            all={{ to: IDEAS_WAITING, text: t('portfolio.waitingAll') }}
          >
            {p.ideasWaiting.items.map((i) => (
              <li key={i.id}>
                <Link asChild>
                  <RouterLink to={`/ideer/${i.id}`}>{i.title}</RouterLink>
                </Link>{' '}
                <span className="lk-muted">
                  – {i.unitName}
                  {i.submittedAt && <>, {t('portfolio.submitted', { date: format.date(i.submittedAt) })}</>}
                </span>
              </li>
            ))}
          </Section>
          <Section
            id="portfolio-running"
            heading={t('portfolio.runningHeading')}
            count={p.running.count}
            empty={t('portfolio.runningEmpty')}
            all={{ to: RUNNING, text: t('portfolio.runningAll') }}
          >
            {p.running.items.map((e) =>
              experiment(e, e.startedAt ? t('portfolio.started', { date: format.date(e.startedAt) }) : null),
            )}
          </Section>
          <Section
            id="portfolio-quiet"
            heading={t('portfolio.quietHeading', { days: QUIET_DAYS })}
            count={p.quiet.count}
            empty={t('portfolio.quietEmpty', { days: QUIET_DAYS })}
            all={{ to: RUNNING, text: t('portfolio.runningAll') }}
          >
            {p.quiet.items.map((e) =>
              experiment(
                e,
                e.lastEntryOn
                  ? t('portfolio.lastEntry', { date: format.day(e.lastEntryOn) })
                  : t('portfolio.noEntry'),
              ),
            )}
          </Section>
          <Section
            id="portfolio-results"
            heading={t('portfolio.resultsHeading')}
            count={p.recentResults.count}
            empty={t('portfolio.resultsEmpty')}
            all={{ to: CONCLUDED, text: t('portfolio.concludedAll') }}
          >
            {p.recentResults.items.map((e) =>
              experiment(
                e,
                [
                  e.state === 'STOPPED' ? t('result.STOPPED') : e.result ? t(`result.${e.result}`) : null,
                  e.endedAt ? t('portfolio.ended', { date: format.date(e.endedAt) }) : null,
                ]
                  .filter(Boolean)
                  .join(', '),
              ),
            )}
          </Section>
        </>
      )}
      {(view === 'lead' || view === 'union') && (
        <Section
          id="portfolio-union"
          heading={t('portfolio.unionHeading')}
          count={p.awaitingUnion.count}
          empty={t('portfolio.unionEmpty')}
          all={{ to: PLANNED, text: t('portfolio.plannedAll') }}
        >
          {p.awaitingUnion.items.map((e) => experiment(e, null))}
        </Section>
      )}
      {view === 'lead' && (
        <Section
          id="portfolio-lesson"
          heading={t('portfolio.lessonHeading')}
          count={p.withoutLesson.count}
          empty={t('portfolio.lessonEmpty')}
          all={{ to: CONCLUDED, text: t('portfolio.concludedAll') }}
        >
          {p.withoutLesson.items.map((e) =>
            experiment(e, e.endedAt ? t('portfolio.ended', { date: format.date(e.endedAt) }) : null),
          )}
        </Section>
      )}
    </>
  );
}

function Section({
  id,
  heading,
  count,
  empty,
  all,
  children,
}: {
  id: string;
  heading: string;
  count: number;
  empty: string;
  all: { to: string; text: string };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="lk-stack">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
        {count > 0 && ` (${count})`}
      </Heading>
      {count ? <ul className="lk-plain-list lk-worklist">{children}</ul> : <Paragraph>{empty}</Paragraph>}
      {count > 5 && <Paragraph data-size="sm">{t('portfolio.firstFive', { count })}</Paragraph>}
      <Paragraph>
        <Link asChild>
          <RouterLink to={all.to}>{all.text}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
