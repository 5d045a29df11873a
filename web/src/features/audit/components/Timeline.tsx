import { useTranslation } from 'react-i18next';
import { Paragraph } from '@digdir/designsystemet-react';
import { useFormat } from '../../../app/format';
import type { TimelineEventFieldsFragment } from '../../../gql/graphql';

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The fields whose values differ between before and after (state is told separately). */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (k) => k !== 'state' && k in before && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

/**
 * Endringslogg: who did what, when and why, oldest first. `stateKey` names the translation
 * group of the states (`ideaState` or `experimentState`).
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
        const before = parse(e.before);
        const after = parse(e.after);
        const actionKey = `timeline.action.${e.action}`;
        const what = i18n.exists(actionKey) ? t(actionKey) : t('timeline.action.other', { action: e.action });
        const from = typeof before.state === 'string' ? before.state : null;
        const to = typeof after.state === 'string' ? after.state : null;
        const fields = changedFields(before, after)
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
