import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../i18n/useTranslation';
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { SearchLimits, similarSearch } from '@laerekraft/shared';
import { graphql } from '../gql';
import type { SearchKind } from '../gql/graphql';
import { Highlighted } from './Highlighted';

export const SimilarQuery = graphql(`
  query Similar($title: String!, $text: String, $excludeId: ID) {
    similar(title: $title, text: $text, excludeId: $excludeId) {
      kind
      id
      title
      titleHighlighted
      state
      result
      own
      organisation {
        id
        name
      }
    }
  }
`);

/** Where a search hit lives in the app. */
export function hitPath(kind: SearchKind, id: string): string {
  return kind === 'IDEA' ? `/ideer/${id}` : kind === 'EXPERIMENT' ? `/forsok/${id}` : `/laerdommer/${id}`;
}

/** A hit's state in words: an idea's, or an experiment's (a lesson carries its experiment's). */
export function stateLabel(t: (key: string) => string, kind: SearchKind, state: string): string {
  return t(kind === 'IDEA' ? `ideaState.${state}` : `experimentState.${state}`);
}

const DEBOUNCE_MS = 500;

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return current;
}

/**
 * "Prøvd før?": up to five ideas, experiments and lessons the person may see that resemble
 * what is being written or decided, with their result. Asks the API only after typing pauses,
 * and only when there are words to compare. Links open in a new tab, so a half-written idea
 * is not lost.
 */
export function TriedBefore({
  title,
  text = '',
  excludeId,
  headingLevel = 2,
}: {
  title: string;
  text?: string;
  excludeId?: string | null;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const input = useDebounced(
    { title: title.trim(), text: text.trim().slice(0, SearchLimits.SIMILAR_TEXT_MAX) },
    DEBOUNCE_MS,
  );
  const worth = similarSearch(input.title, input.text) !== null;
  const { data, previousData } = useQuery(SimilarQuery, {
    variables: { title: input.title, text: input.text || null, excludeId: excludeId ?? null },
    skip: !worth,
  });
  const hits = worth ? ((data ?? previousData)?.similar ?? []) : [];
  return (
    <section className="lk-tried-before" aria-labelledby="tried-before-heading">
      <Heading level={headingLevel} data-size="xs" id="tried-before-heading">
        {t('triedBefore.heading')}
      </Heading>
      <Paragraph data-size="sm" aria-live="polite">
        {!worth
          ? t('triedBefore.intro')
          : hits.length
            ? t('triedBefore.found', { count: hits.length })
            : t('triedBefore.none')}
      </Paragraph>
      {hits.length > 0 && (
        <ul className="lk-tried-before__list">
          {hits.map((h) => (
            <li key={h.id}>
              <Link asChild>
                <RouterLink to={hitPath(h.kind, h.id)} target="_blank" rel="noopener">
                  <Highlighted text={h.titleHighlighted} />
                  <span className="lk-visually-hidden"> {t('triedBefore.newTab')}</span>
                </RouterLink>
              </Link>
              <span className="lk-tried-before__facts">
                <Tag data-size="sm" data-color="neutral">
                  {t(`search.kind.${h.kind}`)}
                </Tag>
                <Tag
                  data-size="sm"
                  data-color={h.result === 'SUPPORTED' ? 'success' : h.result ? 'warning' : 'info'}
                >
                  {h.result ? t(`result.${h.result}`) : stateLabel(t, h.kind, h.state)}
                </Tag>
                {!h.own && <span>{h.organisation.name}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
