import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { daysBetween, isExperimentOpen } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { todayIso } from '../../../app/forms';
import { Loading } from '../../../app/page';
import { useMe, useViewerCan } from '../../../app/session/useMe';
import { NetworkGlance } from './NetworkGlance';
import { PortfolioGlance, type PortfolioView } from './Portfolio';
import { NoticeCard } from '../../../ui/NoticeCard';
import { useMarkNotificationsRead } from '../../../ui/notifications';
import { ReviewQueueList } from '../../../ui/ReviewQueueList';
import { ExperimentStateTag, IdeaStateTag } from '../../../ui/Tags';
import {
  CoordinatedNetworksQuery,
  MyExperimentsQuery,
  MyIdeasQuery,
  NotificationsQuery as NotificationsDoc,
  PortfolioQuery,
  ToDecideQuery,
} from '../graphql/home';

/** A running experiment needs an entry when the log has been quiet this long. */
export const ENTRY_DUE_DAYS = 14;

/**
 * Who sees what on the home page: the lead's, reader's or union representative's portfolio,
 * a coordinator's networks, and whether their own work shows (always for the rest).
 */
function useHomeView() {
  const can = useViewerCan();
  const me = useMe();
  const roles = me?.roles.map((r) => r.role) ?? [];
  const view: PortfolioView | null = roles.includes('INNOVATION_LEAD')
    ? 'lead'
    : roles.includes('READER')
      ? 'reader'
      : roles.includes('UNION_REP')
        ? 'union'
        : null;
  const networks = roles.includes('NETWORK_COORDINATOR');
  const glance = !!view || networks;
  return {
    view,
    networks,
    glance,
    ownWork: !glance || !!can?.createIdea,
    toDecide: !!can?.reviewIdeas,
  };
}

// The sections below read what `useMyWorkLoaded` fetched (it refreshes on every visit, as
// every query does); from the cache, so a section that mounts later asks the network no more.
const FROM_CACHE = { fetchPolicy: 'cache-first' } as const;

/**
 * Whether every section of "Mitt arbeid" has its answer (or its error). The home page shows
 * them, and what follows them, only then, all at once: sections that filled in one by one
 * pushed everything below them down (issue 8, layout shift).
 */
export function useMyWorkLoaded(): boolean {
  const { view, networks, ownWork, toDecide } = useHomeView();
  const settled = (q: { data?: unknown; error?: unknown }) => q.data !== undefined || !!q.error;
  const queries = [
    useQuery(ToDecideQuery, { skip: !toDecide }),
    useQuery(PortfolioQuery, { skip: !view }),
    useQuery(MyExperimentsQuery, { variables: { first: 50 }, skip: !ownWork }),
    useQuery(MyIdeasQuery, { variables: { first: 50 }, skip: !ownWork }),
    useQuery(NotificationsDoc),
    useQuery(CoordinatedNetworksQuery, { skip: !networks }),
  ];
  const needed = [toDecide, !!view, ownWork, ownWork, true, networks];
  return queries.every((q, i) => !needed[i] || settled(q));
}

/**
 * What waits on me: ideas to decide, entries due, my experiments, my drafts and my
 * notifications. A lead, a reader and a union representative see the organisation's portfolio
 * first, a coordinator their networks; their own experiments and drafts only when they have
 * some (a reader who writes nothing, never).
 */
export function MyWork() {
  const { view, networks, glance, ownWork, toDecide } = useHomeView();
  return (
    <>
      {toDecide && <ToDecide />}
      {view && <PortfolioGlance view={view} />}
      {networks && <NetworkGlance />}
      {ownWork && <MyExperiments onlyIfAny={glance} />}
      {ownWork && <MyIdeas onlyIfAny={glance} />}
      <Notifications />
    </>
  );
}

function ToDecide() {
  const { t } = useTranslation();
  const { data, error } = useQuery(ToDecideQuery, FROM_CACHE);
  return (
    <section aria-labelledby="home-decide" className="lk-stack">
      <Heading level={2} data-size="sm" id="home-decide">
        {t('home.decideHeading')}
        {data && data.reviewQueue.length > 0 && ` (${data.reviewQueue.length})`}
      </Heading>
      {error && <ActionError error={error} />}
      {!data && !error && <Loading />}
      {data && <ReviewQueueList ideas={data.reviewQueue} headingLevel={3} limit={5} />}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/ideer/vurdering">{t('home.allToDecide')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}

/** `onlyIfAny`: say nothing when there is nothing (the portfolio above already speaks). */
function MyExperiments({ onlyIfAny = false }: { onlyIfAny?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useQuery(MyExperimentsQuery, { variables: { first: 50 }, ...FROM_CACHE });
  const mine = data?.experiments.nodes ?? [];
  const openOnes = mine.filter((e) => isExperimentOpen(e.state));
  const today = todayIso();
  const due = mine.filter((e) => {
    if (e.state !== 'RUNNING') return false;
    const since = e.lastEntryOn ?? e.startedAt?.slice(0, 10) ?? e.createdAt.slice(0, 10);
    return daysBetween(since, today) >= ENTRY_DUE_DAYS;
  });
  if (onlyIfAny && (!data || !openOnes.length)) return null;

  return (
    <>
      <section aria-labelledby="home-due" className="lk-stack">
        <Heading level={2} data-size="sm" id="home-due">
          {t('home.dueHeading')}
        </Heading>
        {error && <ActionError error={error} />}
        {!data && !error && <Loading />}
        {data &&
          (due.length ? (
            <ul className="lk-plain-list lk-worklist">
              {due.map((e) => (
                <li key={e.id}>
                  <Link asChild>
                    <RouterLink to={`/forsok/${e.id}`}>{e.title}</RouterLink>
                  </Link>{' '}
                  –{' '}
                  {e.lastEntryOn
                    ? t('home.lastEntry', {
                        date: format.day(e.lastEntryOn),
                        count: daysBetween(e.lastEntryOn, today),
                      })
                    : t('home.noEntryYet')}
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('home.noneDue', { days: ENTRY_DUE_DAYS })}</Paragraph>
          ))}
      </section>

      <section aria-labelledby="home-experiments" className="lk-stack">
        <Heading level={2} data-size="sm" id="home-experiments">
          {t('home.experimentsHeading')}
        </Heading>
        {data &&
          (openOnes.length ? (
            <ul className="lk-plain-list lk-worklist">
              {openOnes.map((e) => (
                <li key={e.id}>
                  <Link asChild>
                    <RouterLink to={`/forsok/${e.id}`}>{e.title}</RouterLink>
                  </Link>{' '}
                  <ExperimentStateTag state={e.state} />{' '}
                  <span className="lk-muted">{t('home.entries', { count: e.entryCount })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('home.noExperiments')}</Paragraph>
          ))}
        <Paragraph>
          <Link asChild>
            <RouterLink to="/forsok?omfang=mine">{t('home.allExperiments')}</RouterLink>
          </Link>
        </Paragraph>
      </section>
    </>
  );
}

function MyIdeas({ onlyIfAny = false }: { onlyIfAny?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useQuery(MyIdeasQuery, { variables: { first: 50 }, ...FROM_CACHE });
  const waiting = (data?.ideas.nodes ?? []).filter((i) => i.state === 'DRAFT' || i.state === 'PARKED');
  if (onlyIfAny && !waiting.length) return null;
  return (
    <section aria-labelledby="home-ideas" className="lk-stack">
      <Heading level={2} data-size="sm" id="home-ideas">
        {t('home.ideasHeading')}
      </Heading>
      {error && <ActionError error={error} />}
      {!data && !error && <Loading />}
      {data &&
        (waiting.length ? (
          <ul className="lk-plain-list lk-worklist">
            {waiting.map((i) => (
              <li key={i.id}>
                <Link asChild>
                  <RouterLink to={`/ideer/${i.id}`}>{i.title}</RouterLink>
                </Link>{' '}
                <IdeaStateTag state={i.state} />{' '}
                <span className="lk-muted">{t('home.updated', { date: format.date(i.updatedAt) })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('home.noIdeas')}</Paragraph>
        ))}
    </section>
  );
}

function Notifications() {
  const { t } = useTranslation();
  const { data, error } = useQuery(NotificationsDoc, FROM_CACHE);
  const [markError, setMarkError] = useState<unknown>(null);
  // Optimistic; the cards and the header's unread count (UnreadBadge) follow in the cache.
  const { markRead: mark, loading } = useMarkNotificationsRead();
  const list = data?.notifications ?? [];
  const unread = list.filter((n) => !n.readAt);

  async function markRead(ids: string[]) {
    setMarkError(null);
    try {
      await mark(ids);
    } catch (e) {
      setMarkError(e);
    }
  }

  return (
    <section aria-labelledby="home-notifications" className="lk-stack">
      <Heading level={2} data-size="sm" id="home-notifications">
        {t('notifications.heading')}
        {unread.length > 0 && ` (${t('notifications.unread', { count: unread.length })})`}
      </Heading>
      {error && <ActionError error={error} />}
      {markError != null && <ActionError error={markError} />}
      {!data && !error && <Loading />}
      {data && !list.length && <Paragraph>{t('notifications.empty')}</Paragraph>}
      {unread.length > 1 && (
        <div>
          <Button
            variant="secondary"
            data-size="sm"
            loading={loading}
            onClick={() => void markRead(unread.map((n) => n.id))}
          >
            {t('notifications.markAllRead')}
          </Button>
        </div>
      )}
      {list.length > 0 && (
        <ul className="lk-cards lk-cards--list">
          {list.map((n) => (
            <li key={n.id}>
              <NoticeCard notice={n} onMarkRead={() => void markRead([n.id])} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
