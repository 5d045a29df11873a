import { useTranslation } from '../../../i18n/useTranslation';
import { Tag } from '@digdir/designsystemet-react';
import type { ExperimentResult, ExperimentState } from '../../../gql/graphql';

// A result shown honestly: a hypothesis that did not hold is information, not an error (info,
// not danger), and a stop is a halt (warning), as in the experiment's own tags.
const COLOR: Record<ExperimentResult, 'success' | 'info' | 'neutral'> = {
  SUPPORTED: 'success',
  NOT_SUPPORTED: 'info',
  INCONCLUSIVE: 'neutral',
};

export function ResultTag({
  result,
  experimentState,
}: {
  result: ExperimentResult | null | undefined;
  experimentState: ExperimentState;
}) {
  const { t } = useTranslation();
  if (!result && experimentState !== 'STOPPED') return null;
  return (
    <Tag data-color={result ? COLOR[result] : 'warning'} data-size="sm" className="lk-state">
      {result ? t(`result.${result}`) : t('result.STOPPED')}
    </Tag>
  );
}
