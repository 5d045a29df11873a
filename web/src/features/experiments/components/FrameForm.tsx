/** Editing an experiment's frame and hypothesis (loaded when the dialog first opens). */
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { Check, checkFrame, Limits } from '@laerekraft/shared';
import { closeAndReload, DIALOG_CLOSE, firstField, useUnsaved } from '../../../app/FormDialog';
import { useCounter, useFormErrors } from '../../../app/forms';
import { TagFields, type TagValue } from '../../../ui/TagFields';
import { UpdateExperimentMutation } from '../graphql/experiments';
import type { Experiment } from './HypothesisSection';

const numOrNull = (v: string): number | null => {
  const s = v.trim().replace(',', '.').replace(/\s/g, '');
  return s === '' ? null : Number(s);
};

export default function FrameForm({
  experiment: e,
  onClose,
  onSaved,
  onReload,
}: {
  experiment: Experiment;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => unknown;
}) {
  const { t } = useTranslation();
  const counter = useCounter();
  const [update, { loading }] = useMutation(UpdateExperimentMutation);
  const h = e.hypothesis;
  const str = (n: number | null | undefined) => (n == null ? '' : String(n));
  const [v, setV] = useState({
    title: e.title,
    change: h.change,
    targetGroup: h.targetGroup,
    expectedEffect: h.expectedEffect,
    metric: h.metric,
    baseline: str(h.baseline),
    target: str(h.target),
    byDate: h.byDate ?? '',
    acceptableLoss: e.acceptableLoss,
    hours: str(e.hours),
    nok: str(e.nok),
    affectsEmployees: e.affectsEmployees,
  });
  const [tags, setTags] = useState<TagValue>({
    actions: [...e.actions],
    sdgs: [...e.sdgs],
    theme: e.theme ?? '',
  });
  useUnsaved({ v, tags: { ...tags, actions: [...tags.actions].sort(), sdgs: [...tags.sdgs].sort() } });
  const labels = {
    title: t('frame.title'),
    'hypothesis.change': t('hypothesis.change'),
    'hypothesis.targetGroup': t('hypothesis.targetGroup'),
    'hypothesis.expectedEffect': t('hypothesis.expectedEffect'),
    'hypothesis.metric': t('hypothesis.metric'),
    'hypothesis.baseline': t('hypothesis.baseline'),
    'hypothesis.target': t('hypothesis.target'),
    'hypothesis.byDate': t('hypothesis.byDate'),
    acceptableLoss: t('frame.acceptableLoss'),
    hours: t('frame.hours'),
    nok: t('frame.nok'),
    affectsEmployees: t('frame.affectsEmployees'),
    actions: t('tags.actionsLegend'),
    sdgs: t('tags.sdgsLegend'),
    theme: t('tags.theme'),
  };
  const form = useFormErrors('frame', labels, { onReload: closeAndReload(onClose, onReload) });
  const set = (key: keyof typeof v, value: string | boolean) => setV((old) => ({ ...old, [key]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const baseline = numOrNull(v.baseline);
    const target = numOrNull(v.target);
    const hours = numOrNull(v.hours);
    const nok = numOrNull(v.nok);
    const frame = {
      title: v.title.trim(),
      summary: e.summary,
      hypothesis: {
        change: v.change.trim(),
        targetGroup: v.targetGroup.trim(),
        expectedEffect: v.expectedEffect.trim(),
        metric: v.metric.trim(),
        baseline,
        target,
        byDate: v.byDate || null,
      },
      acceptableLoss: v.acceptableLoss.trim(),
      hours,
      nok,
      affectsEmployees: v.affectsEmployees,
      actions: tags.actions,
      sdgs: tags.sdgs,
      theme: tags.theme || null,
    };
    const check = checkFrame(new Check(), frame);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      await update({
        variables: {
          input: {
            id: e.id,
            version: e.version,
            title: frame.title,
            hypothesis: frame.hypothesis,
            acceptableLoss: frame.acceptableLoss,
            hours,
            nok,
            affectsEmployees: frame.affectsEmployees,
            actions: tags.actions,
            sdgs: tags.sdgs,
            theme: tags.theme || null,
          },
        },
      });
      onSaved();
      onClose();
    } catch (err) {
      form.failServer(err);
    }
  }

  const text = (key: keyof typeof v & keyof typeof labels, max: number, rows = 3, help?: string) => (
    <Textfield
      id={form.id(key)}
      label={labels[key]}
      description={help}
      multiline
      rows={rows}
      value={String(v[key])}
      onChange={(ev) => set(key, ev.target.value)}
      error={form.error(key)}
      counter={counter(max)}
    />
  );
  const hyp = (key: 'change' | 'targetGroup' | 'expectedEffect', help: string) => (
    <Textfield
      id={form.id(`hypothesis.${key}`)}
      label={labels[`hypothesis.${key}`]}
      description={help}
      multiline
      rows={2}
      value={v[key]}
      onChange={(ev) => set(key, ev.target.value)}
      error={form.error(`hypothesis.${key}`)}
      counter={counter(Limits.TEXT_MAX)}
    />
  );
  const number = (key: 'baseline' | 'target', field: keyof typeof labels) => (
    <Textfield
      id={form.id(field)}
      label={labels[field]}
      inputMode="decimal"
      value={v[key]}
      onChange={(ev) => set(key, ev.target.value)}
      error={form.error(field)}
    />
  );

  return (
    <form className="lk-form lk-form--wide" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="frame-dialog-heading">
        {t('frame.editHeading')}
      </Heading>
      {form.summary}
      <Textfield
        id={form.id('title')}
        ref={firstField}
        label={labels.title}
        value={v.title}
        onChange={(ev) => set('title', ev.target.value)}
        error={form.error('title')}
        counter={counter(Limits.TITLE_MAX)}
      />
      {hyp('change', t('hypothesis.changeHelp'))}
      {hyp('targetGroup', t('hypothesis.targetGroupHelp'))}
      {hyp('expectedEffect', t('hypothesis.expectedEffectHelp'))}
      <Textfield
        id={form.id('hypothesis.metric')}
        label={labels['hypothesis.metric']}
        description={t('hypothesis.metricHelp')}
        value={v.metric}
        onChange={(ev) => set('metric', ev.target.value)}
        error={form.error('hypothesis.metric')}
        counter={counter(Limits.SHORT_TEXT_MAX)}
      />
      <div className="lk-form__row">
        {number('baseline', 'hypothesis.baseline')}
        {number('target', 'hypothesis.target')}
        <Textfield
          id={form.id('hypothesis.byDate')}
          label={labels['hypothesis.byDate']}
          type="date"
          value={v.byDate}
          onChange={(ev) => set('byDate', ev.target.value)}
          error={form.error('hypothesis.byDate')}
        />
      </div>
      {text('acceptableLoss', Limits.TEXT_MAX, 3, t('frame.acceptableLossHelp'))}
      <div className="lk-form__row">
        <Textfield
          id={form.id('hours')}
          label={labels.hours}
          inputMode="decimal"
          value={v.hours}
          onChange={(ev) => set('hours', ev.target.value)}
          error={form.error('hours')}
        />
        <Textfield
          id={form.id('nok')}
          label={labels.nok}
          inputMode="numeric"
          value={v.nok}
          onChange={(ev) => set('nok', ev.target.value)}
          error={form.error('nok')}
        />
      </div>
      <Checkbox
        id={form.id('affectsEmployees')}
        label={labels.affectsEmployees}
        description={t('frame.affectsEmployeesHelp')}
        checked={v.affectsEmployees}
        onChange={(ev) => set('affectsEmployees', ev.target.checked)}
      />
      <TagFields
        idPrefix="frame"
        value={tags}
        onChange={setTags}
        errors={{ actions: form.error('actions'), sdgs: form.error('sdgs'), theme: form.error('theme') }}
      />
      <div className="lk-form__actions">
        <Button type="submit" loading={loading}>
          {t('frame.save')}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
