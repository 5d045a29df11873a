import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import {
  Alert,
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { Check, checkIdeaFields, Limits, type FieldError } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { readApiError } from '../../../app/errors';
import { useCounter, useFormErrors } from '../../../app/forms';
import { Loading, PageHeading } from '../../../app/page';
import type { IdeaDetailFieldsFragment } from '../../../gql/graphql';
import { indented, spokenUnit, UnitsQuery, useUnitTree } from '../../../ui/useUnitTree';
import { useMe, useViewerCan } from '../../../app/session/useMe';
import {
  AnswerableChallengesQuery,
  CreateIdeaMutation,
  IdeaQuery,
  SubmitIdeaMutation,
  UpdateIdeaMutation,
} from '../graphql/ideas';
import { TagFacts } from '../../../ui/Tags';
import { TagFields, type TagValue } from '../../../ui/TagFields';
import { TriedBefore } from '../../../ui/TriedBefore';

type Idea = IdeaDetailFieldsFragment;

const STEPS = ['need', 'proposal', 'tags', 'review'] as const;

/** Which step shows each field, so a refused save can take the person to the field. */
const FIELD_STEP: Record<string, number> = {
  title: 0,
  needWhose: 0,
  needObserved: 0,
  challengeId: 0,
  proposal: 1,
  benefit: 1,
  actions: 2,
  sdgs: 2,
  theme: 2,
  unitId: 2,
  hideAuthor: 2,
};

interface Values extends TagValue {
  title: string;
  needWhose: string;
  needObserved: string;
  proposal: string;
  benefit: string;
  unitId: string;
  hideAuthor: boolean;
  /** The challenge it answers, or '' for none. */
  challengeId: string;
}

const fromIdea = (i: Idea): Values => ({
  title: i.title,
  needWhose: i.needWhose,
  needObserved: i.needObserved,
  proposal: i.proposal,
  benefit: i.benefit,
  actions: [...i.actions],
  sdgs: [...i.sdgs],
  theme: i.theme ?? '',
  unitId: i.unit.id,
  hideAuthor: i.hideAuthor,
  challengeId: i.challenge?.id ?? '',
});

export default function IdeaFormPage() {
  const { id } = useParams();
  return id ? <EditIdea id={id} /> : <NewIdea />;
}

/** A new idea, for those viewerCan lets register one (a reader who follows a link is told why not). */
function NewIdea() {
  const { t } = useTranslation();
  const can = useViewerCan();
  if (can && !can.createIdea) {
    return (
      <div className="lk-stack">
        <PageHeading title={t('ideaForm.newTitle')}>{t('ideaForm.newTitle')}</PageHeading>
        <Alert data-color="info">
          <Paragraph>{t('ideaForm.notAllowed')}</Paragraph>
        </Alert>
      </div>
    );
  }
  return <IdeaForm idea={null} />;
}

function EditIdea({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(IdeaQuery, { variables: { id } });
  const idea = data?.idea;
  if (!idea) {
    return (
      <div className="lk-stack">
        <PageHeading title={t('ideaForm.editTitle')}>{t('ideaForm.editTitle')}</PageHeading>
        {loading && <Loading />}
        {error && <ActionError error={error} />}
      </div>
    );
  }
  if (!idea.viewerCan.edit) {
    return (
      <div className="lk-stack">
        <PageHeading title={t('ideaForm.editTitle')}>{t('ideaForm.editTitle')}</PageHeading>
        <Alert data-color="info">
          <Paragraph>{t('ideaForm.notEditable')}</Paragraph>
        </Alert>
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/ideer/${idea.id}`}>{t('ideaForm.backToIdea')}</RouterLink>
          </Link>
        </Paragraph>
      </div>
    );
  }
  return <IdeaForm key={idea.id} idea={idea} />;
}

function IdeaForm({ idea }: { idea: Idea | null }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const client = useApolloClient();
  const counter = useCounter();
  const units = useQuery(UnitsQuery, { variables: { includeArchived: false } });
  const tree = useUnitTree(units.data?.units);
  const [search] = useSearchParams();
  const [current, setCurrent] = useState<Idea | null>(idea);
  const [values, setValues] = useState<Values>(
    () =>
      (idea && fromIdea(idea)) ?? {
        title: '',
        needWhose: '',
        needObserved: '',
        proposal: '',
        benefit: '',
        actions: [],
        sdgs: [],
        theme: '',
        unitId: me?.unit?.id ?? '',
        hideAuthor: false,
        // "Svar med en idé" on a challenge page opens the form with the challenge chosen.
        challengeId: search.get('utfordring') ?? '',
      },
  );
  const [step, setStep] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const quietStep = useRef(false);

  // The answers carry the idea's fragments; the lists (other pages) refetch when next shown.
  const [createIdea, creating] = useMutation(CreateIdeaMutation);
  const [updateIdea, updating] = useMutation(UpdateIdeaMutation);
  const [submitIdea, submitting] = useMutation(SubmitIdeaMutation);
  const busy = creating.loading || updating.loading || submitting.loading;

  const labels = useMemo(
    () => ({
      title: t('idea.fields.title'),
      needWhose: t('idea.fields.needWhose'),
      needObserved: t('idea.fields.needObserved'),
      proposal: t('idea.fields.proposal'),
      benefit: t('idea.fields.benefit'),
      actions: t('tags.actionsLegend'),
      sdgs: t('tags.sdgsLegend'),
      theme: t('tags.theme'),
      unitId: t('idea.fields.unit'),
      hideAuthor: t('idea.fields.hideAuthor'),
      challengeId: t('idea.fields.challenge'),
    }),
    [t],
  );

  async function reload() {
    if (!current) return;
    const { data } = await client.query({
      query: IdeaQuery,
      variables: { id: current.id },
      fetchPolicy: 'network-only',
    });
    if (data) {
      setCurrent(data.idea);
      setValues(fromIdea(data.idea));
      setStatus(t('ideaForm.reloaded'));
    }
  }

  const form = useFormErrors('idea', labels, { onReload: current ? reload : undefined });

  // Each step's heading takes focus when the person moves to it, so it is announced.
  useEffect(() => {
    if (!moved.current) return;
    if (quietStep.current) {
      quietStep.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  function goTo(next: number) {
    moved.current = true;
    setStatus(null);
    setStep(next);
  }

  /** After a refused save, show the step of the first field in question; the error summary takes focus. */
  function toErrorStep(errors: readonly FieldError[]) {
    const first = errors.map((e) => FIELD_STEP[e.field]).find((s) => s !== undefined);
    if (first !== undefined && first !== step) {
      moved.current = true;
      quietStep.current = true;
      setStep(first);
    }
  }

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const filled = () => ({
    title: values.title.trim(),
    needWhose: values.needWhose.trim(),
    needObserved: values.needObserved.trim(),
    proposal: values.proposal.trim(),
    benefit: values.benefit.trim(),
    actions: values.actions,
    sdgs: values.sdgs,
    theme: values.theme || null,
    unitId: values.unitId,
    hideAuthor: values.hideAuthor,
    challengeId: values.challengeId || null,
  });

  async function save(submittingNow: boolean): Promise<Idea | null> {
    const fields = filled();
    const c = checkIdeaFields(new Check(), fields, submittingNow);
    if (!c.ok) {
      toErrorStep(c.errors);
      form.failClient(c.errors);
      return null;
    }
    form.reset();
    try {
      const saved = current
        ? (
            await updateIdea({
              variables: { input: { ...fields, id: current.id, version: current.version } },
            })
          ).data?.updateIdea
        : (await createIdea({ variables: { input: fields } })).data?.createIdea;
      if (!saved) return null;
      setCurrent(saved);
      return saved;
    } catch (e) {
      toErrorStep(readApiError(e)?.fields ?? []);
      form.failServer(e);
      return null;
    }
  }

  async function onSaveDraft() {
    setStatus(null);
    if (await save(false)) setStatus(t('ideaForm.saved'));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (step < STEPS.length - 1) return goTo(step + 1);
    setStatus(null);
    const saved = await save(true);
    if (!saved) return;
    try {
      await submitIdea({ variables: { input: { id: saved.id, version: saved.version } } });
      navigate(`/ideer/${saved.id}`, { state: { flash: 'submitted' } });
    } catch (e) {
      form.failServer(e);
    }
  }

  const canSubmit = !current || current.viewerCan.submit;
  const title = idea ? t('ideaForm.editTitle') : t('ideaForm.newTitle');
  const stepName = t(`ideaForm.steps.${STEPS[step]}`);
  const unitName = tree.byId.get(values.unitId)?.name ?? me?.unit?.name ?? '';

  return (
    <div className="lk-stack">
      <PageHeading title={`${stepName} – ${title}`}>{title}</PageHeading>
      {current?.state === 'PARKED' && (
        <Alert data-color="warning">
          <Paragraph>{t('ideaForm.parkedNotice')}</Paragraph>
          {current.decisionReason && (
            <Paragraph>
              {t('idea.decision.reason')}: {current.decisionReason}
            </Paragraph>
          )}
        </Alert>
      )}
      <nav aria-label={t('ideaForm.stepsLabel')}>
        <ol className="lk-steps">
          {STEPS.map((s, i) => (
            <li key={s}>
              <Button
                variant={i === step ? 'primary' : 'tertiary'}
                data-size="sm"
                aria-current={i === step ? 'step' : undefined}
                onClick={() => goTo(i)}
              >
                {t('ideaForm.stepButton', { n: i + 1, name: t(`ideaForm.steps.${s}`) })}
              </Button>
            </li>
          ))}
        </ol>
      </nav>

      <form className="lk-form lk-form--wide" noValidate onSubmit={onSubmit}>
        <Heading level={2} data-size="md" ref={stepHeading} tabIndex={-1} className="lk-step-heading">
          {t('ideaForm.stepHeading', { n: step + 1, total: STEPS.length, name: stepName })}
        </Heading>
        {form.summary}

        {step === 0 && (
          <>
            <Paragraph>{t('ideaForm.needIntro')}</Paragraph>
            <Textfield
              id={form.id('title')}
              label={labels.title}
              value={values.title}
              onChange={(e) => set('title', e.target.value)}
              error={form.error('title')}
              counter={counter(Limits.TITLE_MAX)}
            />
            <Textfield
              id={form.id('needWhose')}
              label={labels.needWhose}
              description={t('ideaForm.needWhoseHelp')}
              multiline
              rows={4}
              value={values.needWhose}
              onChange={(e) => set('needWhose', e.target.value)}
              error={form.error('needWhose')}
              counter={counter(Limits.TEXT_MAX)}
            />
            <Textfield
              id={form.id('needObserved')}
              label={labels.needObserved}
              description={t('ideaForm.needObservedHelp')}
              multiline
              rows={4}
              value={values.needObserved}
              onChange={(e) => set('needObserved', e.target.value)}
              error={form.error('needObserved')}
              counter={counter(Limits.TEXT_MAX)}
            />
            <TriedBefore
              title={values.title}
              text={`${values.needWhose} ${values.needObserved}`}
              excludeId={current?.id}
            />
            <ChallengeSelect
              id={form.id('challengeId')}
              label={labels.challengeId}
              value={values.challengeId}
              current={current?.challenge ?? null}
              onChange={(v) => set('challengeId', v)}
              error={form.error('challengeId')}
            />
          </>
        )}

        {step === 1 && (
          <>
            <Textfield
              id={form.id('proposal')}
              label={labels.proposal}
              description={t('ideaForm.proposalHelp')}
              multiline
              rows={6}
              value={values.proposal}
              onChange={(e) => set('proposal', e.target.value)}
              error={form.error('proposal')}
              counter={counter(Limits.TEXT_MAX)}
            />
            <Textfield
              id={form.id('benefit')}
              label={labels.benefit}
              description={t('ideaForm.benefitHelp')}
              multiline
              rows={4}
              value={values.benefit}
              onChange={(e) => set('benefit', e.target.value)}
              error={form.error('benefit')}
              counter={counter(Limits.TEXT_MAX)}
            />
          </>
        )}

        {step === 2 && (
          <>
            <TagFields
              idPrefix="idea"
              value={values}
              onChange={(tags) => setValues((v) => ({ ...v, ...tags }))}
              errors={{
                actions: form.error('actions'),
                sdgs: form.error('sdgs'),
                theme: form.error('theme'),
              }}
            />
            <Field>
              <Label htmlFor={form.id('unitId')}>{labels.unitId}</Label>
              <Field.Description>{t('ideaForm.unitHelp')}</Field.Description>
              <Select
                id={form.id('unitId')}
                value={values.unitId}
                onChange={(e) => set('unitId', e.target.value)}
                aria-invalid={form.error('unitId') ? true : undefined}
              >
                <Select.Option value="">{t('ideaForm.chooseUnit')}</Select.Option>
                {tree.flat
                  .filter((n) => !n.unit.archivedAt)
                  .map((n) => (
                    <Select.Option key={n.unit.id} value={n.unit.id} aria-label={spokenUnit(n, t)}>
                      {indented(n)}
                    </Select.Option>
                  ))}
              </Select>
              {form.error('unitId') && <ValidationMessage>{form.error('unitId')}</ValidationMessage>}
            </Field>
            <Checkbox
              id={form.id('hideAuthor')}
              label={labels.hideAuthor}
              description={t('ideaForm.hideAuthorHelp')}
              checked={values.hideAuthor}
              onChange={(e) => set('hideAuthor', e.target.checked)}
            />
          </>
        )}

        {step === 3 && (
          <>
            <Paragraph>{t('ideaForm.reviewIntro')}</Paragraph>
            <dl className="lk-facts lk-facts--stacked">
              {(['title', 'needWhose', 'needObserved', 'proposal', 'benefit'] as const).map((k) => (
                <div key={k}>
                  <dt>{labels[k]}</dt>
                  <dd className="lk-pre">{values[k].trim() || t('ideaForm.empty')}</dd>
                </div>
              ))}
              <div>
                <dt>{labels.unitId}</dt>
                <dd>{unitName || t('ideaForm.empty')}</dd>
              </div>
              <div>
                <dt>{labels.hideAuthor}</dt>
                <dd>{values.hideAuthor ? t('common.yes') : t('common.no')}</dd>
              </div>
            </dl>
            <TagFacts actions={values.actions} sdgs={values.sdgs} theme={values.theme || null} />
            {!canSubmit && <Paragraph>{t('ideaForm.cannotSubmit')}</Paragraph>}
          </>
        )}

        <div className="lk-form__actions">
          {step > 0 && (
            <Button variant="secondary" onClick={() => goTo(step - 1)}>
              {t('ideaForm.previous')}
            </Button>
          )}
          {step < STEPS.length - 1 && <Button type="submit">{t('ideaForm.next')}</Button>}
          <Button
            variant="secondary"
            onClick={() => void onSaveDraft()}
            loading={creating.loading || updating.loading}
          >
            {t('ideaForm.saveDraft')}
          </Button>
          {step === STEPS.length - 1 && canSubmit && (
            <Button type="submit" loading={busy}>
              {t('ideaForm.submit')}
            </Button>
          )}
        </div>
        <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
        {current && (
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/ideer/${current.id}`}>{t('ideaForm.viewIdea')}</RouterLink>
            </Link>
          </Paragraph>
        )}
      </form>
    </div>
  );
}

/** Which open challenge the idea answers, if any: the challenges the API says I may answer. */
function ChallengeSelect({
  id,
  label,
  value,
  current,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  current: { id: string; title: string } | null;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(AnswerableChallengesQuery);
  const open = (data?.challenges.nodes ?? []).filter((c) => c.viewerCan.answer);
  // A chosen challenge that has closed since stays visible as chosen.
  const options =
    current && !open.some((c) => c.id === current.id) ? [{ ...current, network: null }, ...open] : open;
  if (options.length === 0 && !value) return null;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Field.Description>{t('ideaForm.challengeHelp')}</Field.Description>
      <Select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
      >
        <Select.Option value="">{t('ideaForm.noChallenge')}</Select.Option>
        {options.map((c) => (
          <Select.Option key={c.id} value={c.id}>
            {c.network ? `${c.title} (${c.network.name})` : c.title}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
