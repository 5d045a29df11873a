import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useFormat } from '../../../app/format';
import { graphql } from '../../../gql';
import { Loading } from '../../../app/page';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { AddDisclosure, addedId, useAddForm } from './AddDisclosure';

type Experiment = ExperimentDetailFieldsFragment;

/** What the section shows of the involvements; recording one answers with it. */
export const ExperimentUnionFields = graphql(`
  fragment ExperimentUnionFields on Experiment {
    id
    unionInvolvements {
      id
      occurredOn
      who
      whatWasSaid
      createdAt
      recordedBy {
        id
        name
      }
    }
  }
`);

const UnionForm = lazy(() => import('./UnionForm'));

/** Involvering av tillitsvalgte: when, who, what was said. */
export function UnionSection({ experiment, canRecord }: { experiment: Experiment; canRecord: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<string | null>(null);
  const adder = useAddForm();
  const list = [...experiment.unionInvolvements].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));

  return (
    <section aria-labelledby="exp-union" className="lk-stack" id="tillitsvalgte">
      <Heading level={2} data-size="sm" id="exp-union">
        {t('union.heading')}
      </Heading>
      <Paragraph>{t('union.intro')}</Paragraph>
      {experiment.affectsEmployees && !list.length && (
        <Alert data-color="warning">
          <Paragraph>
            {experiment.state === 'PLANNED' ? t('union.requiredBeforeStart') : t('union.missing')}
          </Paragraph>
        </Alert>
      )}
      {list.length ? (
        <ol className="lk-timeline">
          {list.map((u) => (
            <li key={u.id} className="lk-timeline__item" id={addedId('union', u.id)} tabIndex={-1}>
              <Paragraph data-size="sm" className="lk-muted">
                {format.day(u.occurredOn)} · {t('union.recordedBy', { name: u.recordedBy.name })}
              </Paragraph>
              <Paragraph>
                <strong>{t('union.who')}:</strong> {u.who}
              </Paragraph>
              <Paragraph className="lk-pre">
                <strong>{t('union.whatWasSaid')}:</strong> {u.whatWasSaid}
              </Paragraph>
            </li>
          ))}
        </ol>
      ) : (
        <Paragraph>{t('union.empty')}</Paragraph>
      )}
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {canRecord && (
        <AddDisclosure form={adder} label={t('union.formHeading')}>
          <Suspense fallback={<Loading />}>
            <UnionForm
              experiment={experiment}
              onAdded={(message, elementId) => {
                setStatus(message);
                adder.close(elementId);
              }}
              onCancel={() => adder.close()}
            />
          </Suspense>
        </AddDisclosure>
      )}
    </section>
  );
}
