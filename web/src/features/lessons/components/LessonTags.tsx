import { useTranslation } from '../../../i18n/useTranslation';
import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ExperimentResult, ExperimentState, LessonState } from '../../../gql/graphql';

const STATE_COLOR: Record<LessonState, 'neutral' | 'success' | 'warning'> = {
  DRAFT: 'neutral',
  PUBLISHED: 'success',
  WITHDRAWN: 'warning',
};

export function LessonStateTag({ state }: { state: LessonState }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATE_COLOR[state]} data-size="sm" className="lk-state">
      {t(`lessonState.${state}`)}
    </Tag>
  );
}

/** The key of the result as told: the experiment's result, or that it was stopped. */
const resultKey = (result: ExperimentResult | null, state: ExperimentState | string) =>
  result ?? (state === 'STOPPED' ? 'STOPPED' : null);

/**
 * The result, told honestly. Colour says how the hypothesis fared, never whether the lesson
 * is worth reading: a disproved hypothesis is neutral information, not a warning.
 */
export function LessonResultTag({
  result,
  experimentState,
}: {
  result: ExperimentResult | null;
  experimentState: ExperimentState | string;
}) {
  const { t } = useTranslation();
  const key = resultKey(result, experimentState);
  if (!key) return null;
  return (
    <Tag data-color={key === 'SUPPORTED' ? 'success' : 'info'} data-size="sm">
      {t(`result.${key}`)}
    </Tag>
  );
}

/** One sentence on what the result means for the method: a lesson from a failed experiment is a success too. */
export function ResultVerdict({
  result,
  experimentState,
}: {
  result: ExperimentResult | null;
  experimentState: ExperimentState | string;
}) {
  const { t } = useTranslation();
  const key = resultKey(result, experimentState);
  if (!key) return null;
  return (
    <Paragraph>
      <strong>{t(`result.${key}`)}.</strong> {t(`lesson.verdict.${key}`)}
    </Paragraph>
  );
}
