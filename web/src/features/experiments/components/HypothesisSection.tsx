import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useFormat } from '../../../app/format';
import { FormDialog } from '../../../app/FormDialog';
import { Loading } from '../../../app/page';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { TagFacts } from '../../../ui/Tags';

// The frame's edit form (tags, hypothesis fields, the shared frame rules) loads when opened.
const FrameForm = lazy(() => import('./FrameForm'));

export type Experiment = ExperimentDetailFieldsFragment;

/** "Vi tror at … for … vil gi …. Vi vet at vi har rett når … når … (fra …) innen …." */
export function HypothesisSentence({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const h = experiment.hypothesis;
  const blank = t('hypothesis.blank');
  const part = (v: string | null | undefined) => (v && v.trim()) || blank;
  const num = (v: number | null | undefined) => (v == null ? blank : format.number(v));
  return (
    <>
      <Paragraph data-size="lg" className="lk-hypothesis">
        {t('hypothesis.believe', {
          change: part(h.change),
          targetGroup: part(h.targetGroup),
          expectedEffect: part(h.expectedEffect),
        })}
      </Paragraph>
      <Paragraph data-size="lg" className="lk-hypothesis">
        {h.baseline == null
          ? t('hypothesis.knowNoBaseline', {
              metric: part(h.metric),
              target: num(h.target),
              byDate: h.byDate ? format.day(h.byDate) : blank,
            })
          : t('hypothesis.know', {
              metric: part(h.metric),
              target: num(h.target),
              baseline: num(h.baseline),
              byDate: h.byDate ? format.day(h.byDate) : blank,
            })}
      </Paragraph>
    </>
  );
}

export function HypothesisSection({
  experiment,
  editable,
  onReload,
}: {
  experiment: Experiment;
  editable: boolean;
  onReload: () => unknown;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <section aria-labelledby="exp-hypothesis" className="lk-stack">
      <Heading level={2} data-size="sm" id="exp-hypothesis">
        {t('hypothesis.heading')}
      </Heading>
      <Card data-color="accent">
        <HypothesisSentence experiment={experiment} />
        {editable && (
          <div>
            <Button
              variant="secondary"
              data-size="sm"
              aria-label={t('hypothesis.editAria')}
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('hypothesis.edit')}
            </Button>
          </div>
        )}
      </Card>
      <div role="status">{saved && <Paragraph>{t('hypothesis.saved')}</Paragraph>}</div>

      <Heading level={3} data-size="xs">
        {t('frame.heading')}
      </Heading>
      <dl className="lk-facts">
        <dt>{t('frame.acceptableLoss')}</dt>
        <dd className="lk-pre">{experiment.acceptableLoss.trim() || t('hypothesis.blank')}</dd>
        <dt>{t('frame.resources')}</dt>
        <dd>
          {experiment.hours == null && experiment.nok == null
            ? t('frame.noResources')
            : [
                experiment.hours != null && t('frame.hoursValue', { hours: format.number(experiment.hours) }),
                experiment.nok != null && format.nok(experiment.nok),
              ]
                .filter(Boolean)
                .join(', ')}
        </dd>
        <dt>{t('frame.affectsEmployees')}</dt>
        <dd>{experiment.affectsEmployees ? t('common.yes') : t('common.no')}</dd>
      </dl>
      <TagFacts actions={experiment.actions} sdgs={experiment.sdgs} theme={experiment.theme} />

      <FormDialog
        open={editing}
        onClose={() => setEditing(false)}
        labelledBy="frame-dialog-heading"
        className="lk-dialog--wide"
      >
        {editing && (
          <Suspense fallback={<Loading />}>
            <FrameForm
              experiment={experiment}
              onClose={() => setEditing(false)}
              onSaved={() => setSaved(true)}
              onReload={onReload}
            />
          </Suspense>
        )}
      </FormDialog>
    </section>
  );
}
