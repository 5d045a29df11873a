import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { Loading } from '../../../app/page';
import { CoordinatedNetworksQuery } from '../graphql/home';

/** How many of each list the glance shows. */
const SHOWN = 5;

/**
 * A network coordinator's glance at the networks they run: a link to each, the lessons shared
 * to it lately and its open challenges, each with its count.
 */
export function NetworkGlance() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useQuery(CoordinatedNetworksQuery, { fetchPolicy: 'cache-first' }); // fetched by useMyWorkLoaded
  if (error) return <ActionError error={error} />;
  if (!data) return <Loading />;
  const mine = data.networks.filter((n) => n.viewerIsCoordinator);

  if (!mine.length)
    return (
      <section aria-labelledby="home-networks" className="lk-stack">
        <Heading level={2} data-size="sm" id="home-networks">
          {t('home.networksHeading')}
        </Heading>
        <Paragraph>{t('home.noNetworks')}</Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/nettverk">{t('home.allNetworks')}</RouterLink>
          </Link>
        </Paragraph>
      </section>
    );

  return (
    <>
      {mine.map((n) => (
        <section key={n.id} aria-labelledby={`home-network-${n.id}`} className="lk-stack">
          <Heading level={2} data-size="sm" id={`home-network-${n.id}`}>
            {t('home.networkHeading', { name: n.name })}
          </Heading>
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/nettverk/${n.id}`}>{t('home.openNetwork', { name: n.name })}</RouterLink>
            </Link>{' '}
            <span className="lk-muted">{t('home.networkLessons', { count: n.summary.lessons })}</span>
          </Paragraph>

          <Heading level={3} data-size="xs">
            {t('home.networkNewest')}
          </Heading>
          {n.newestLessons.length ? (
            <ul className="lk-plain-list lk-worklist">
              {n.newestLessons.slice(0, SHOWN).map((s) => (
                <li key={s.lesson.id}>
                  <Link asChild>
                    <RouterLink to={`/laerdommer/${s.lesson.id}`}>{s.lesson.title}</RouterLink>
                  </Link>{' '}
                  <span className="lk-muted">
                    – {s.organisation.name}
                    {s.lesson.publishedAt && (
                      <>, {t('home.published', { date: format.date(s.lesson.publishedAt) })}</>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('home.noNetworkLessons')}</Paragraph>
          )}

          <Heading level={3} data-size="xs">
            {t('home.networkChallenges')}
            {n.challenges.length > 0 && ` (${n.challenges.length})`}
          </Heading>
          {n.challenges.length ? (
            <ul className="lk-plain-list lk-worklist">
              {n.challenges.slice(0, SHOWN).map((c) => (
                <li key={c.id}>
                  <Link asChild>
                    <RouterLink to={`/utfordringer/${c.id}`}>{c.title}</RouterLink>
                  </Link>{' '}
                  <span className="lk-muted">– {t('home.deadline', { date: format.day(c.deadline) })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('home.noNetworkChallenges')}</Paragraph>
          )}
          {n.challenges.length > SHOWN && (
            <Paragraph data-size="sm">{t('portfolio.firstFive', { count: n.challenges.length })}</Paragraph>
          )}
          <Paragraph>
            <Link asChild>
              <RouterLink to="/utfordringer">{t('home.allChallenges')}</RouterLink>
            </Link>
          </Paragraph>
        </section>
      ))}
    </>
  );
}
