import { useTranslation } from '../i18n/useTranslation';
import { Tag } from '@digdir/designsystemet-react';
import type { ExperimentState, IdeaState, InnovationAction, Theme } from '../gql/graphql';

// Colour carries one meaning across ideas and experiments (Designsystemet's colour roles):
// neutral = not under way yet, info = under way, success = a good end, warning = halted,
// danger = refused. Classification (the five actions, goals, theme) is not a state, so it
// is neutral: an action must not look like a warning.
type TagColor = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const IDEA_COLOR: Record<IdeaState, TagColor> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  APPROVED: 'success',
  DECLINED: 'danger',
  PARKED: 'warning',
};

const EXPERIMENT_COLOR: Record<ExperimentState, TagColor> = {
  PLANNED: 'neutral',
  RUNNING: 'info',
  CONCLUDED: 'success',
  STOPPED: 'warning',
};

export function IdeaStateTag({ state }: { state: IdeaState }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={IDEA_COLOR[state]} data-size="sm" className="lk-state">
      {t(`ideaState.${state}`)}
    </Tag>
  );
}

export function ExperimentStateTag({ state }: { state: ExperimentState }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={EXPERIMENT_COLOR[state]} data-size="sm" className="lk-state">
      {t(`experimentState.${state}`)}
    </Tag>
  );
}

/** The five actions, sustainability goals and theme, as a description list. */
export function TagFacts({
  actions,
  sdgs,
  theme,
}: {
  actions: readonly InnovationAction[];
  sdgs: readonly number[];
  theme: Theme | null;
}) {
  const { t } = useTranslation();
  return (
    <dl className="lk-facts">
      <dt>{t('tags.actions')}</dt>
      <dd>
        {actions.length ? (
          <ul className="lk-tags">
            {actions.map((a) => (
              <li key={a}>
                <Tag data-color="neutral" data-size="sm" variant="outline">
                  {t(`actions.${a}`)}
                </Tag>
              </li>
            ))}
          </ul>
        ) : (
          t('tags.none')
        )}
      </dd>
      <dt>{t('tags.sdgs')}</dt>
      <dd>
        {sdgs.length ? (
          <ul className="lk-tags">
            {[...sdgs]
              .sort((a, b) => a - b)
              .map((n) => (
                <li key={n}>
                  <Tag data-color="neutral" data-size="sm" variant="outline">
                    {t('tags.sdgItem', { n, name: t(`sdg.${n}`) })}
                  </Tag>
                </li>
              ))}
          </ul>
        ) : (
          t('tags.none')
        )}
      </dd>
      <dt>{t('tags.theme')}</dt>
      <dd>{theme ? t(`themes.${theme}`) : t('tags.none')}</dd>
    </dl>
  );
}
