import { useTranslation } from '../i18n/useTranslation';
import { Paragraph } from '@digdir/designsystemet-react';
import { useFormat } from '../app/format';
import { graphql } from '../gql';
import type { TimelineEventFieldsFragment } from '../gql/graphql';

/** What `Timeline` shows of an event; spread it into the object's `timeline`. */
export const TimelineEventFields = graphql(`
  fragment TimelineEventFields on TimelineEvent {
    id
    action
    at
    fromState
    toState
    changedFields
    reason
    actor {
      id
      name
    }
  }
`);

/**
 * Endringslogg: who did what, when and why, oldest first, as the server built and redacted it
 * (names of changed fields, never their values; no actor when the policy hides them).
 * `stateKey` names the translation group of the states (`ideaState` or `experimentState`).
 */
export function Timeline({
  events,
  stateKey,
}: {
  events: readonly TimelineEventFieldsFragment[];
  stateKey: 'ideaState' | 'experimentState';
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (!events.length) return <Paragraph>{t('timeline.empty')}</Paragraph>;

  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="lk-timeline">
      {sorted.map((e) => {
        const actionKey = `timeline.action.${e.action}`;
        const what = i18n.exists(actionKey) ? t(actionKey) : t('timeline.action.other', { action: e.action });
        const from = e.fromState;
        const to = e.toState;
        const fields = e.changedFields
          .filter((k) => i18n.exists(`timeline.field.${k}`))
          .map((k) => t(`timeline.field.${k}`));
        return (
          <li key={e.id} className="lk-timeline__item">
            <Paragraph data-size="sm" className="lk-muted">
              <time dateTime={e.at}>{format.dateTime(e.at)}</time>
            </Paragraph>
            <Paragraph>
              <strong>{e.actor?.name ?? t('timeline.hiddenActor')}</strong> {what}
            </Paragraph>
            {from && to && from !== to && (
              <Paragraph data-size="sm">
                {t('timeline.stateChange', {
                  from: t(`${stateKey}.${from}`),
                  to: t(`${stateKey}.${to}`),
                })}
              </Paragraph>
            )}
            {fields.length > 0 && (
              <Paragraph data-size="sm">{t('timeline.changed', { fields: format.list(fields) })}</Paragraph>
            )}
            {e.reason && (
              <Paragraph data-size="sm">
                {t('timeline.reason')}: {e.reason}
              </Paragraph>
            )}
          </li>
        );
      })}
    </ol>
  );
}
