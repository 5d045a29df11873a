import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import {
  Check,
  checkLesson,
  LESSON_TAG_MAX,
  LESSON_TAGS_MAX,
  LESSON_TEXTS,
  Limits,
  normaliseLessonTags,
  type LessonFields,
} from '@laerekraft/shared';
import { BackLink, DetailFallback } from '../../../app/DetailFallback';
import { useCounter, useFormErrors } from '../../../app/forms';
import { PageHeading } from '../../../app/page';
import type { LessonFormQuery as FormData } from '../../../gql/graphql';
import { CreateLessonMutation, LessonFormQuery, UpdateLessonMutation } from '../graphql/lessons';
import { ResultVerdict } from './LessonTags';

type Experiment = NonNullable<FormData['experiment']>;

/** Write (or edit) the lesson of a concluded or stopped experiment, pre-filled from it. */
export default function LessonFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(LessonFormQuery, { variables: { experimentId: id } });
  const e = data?.experiment;
  if (!e)
    return (
      <DetailFallback
        title={t('lessonForm.title')}
        loading={loading}
        error={error}
        notFound={['NOT_FOUND', 'VALIDATION_FAILED']}
        back={<BackLink to={`/forsok/${id}`}>{t('lessonForm.backToExperiment')}</BackLink>}
      />
    );
  const mayEdit = e.lesson ? e.lesson.viewerCan.edit : e.viewerCanWriteLesson;
  if (!mayEdit)
    return (
      <div className="lk-stack">
        <PageHeading title={t('lessonForm.title')}>{t('lessonForm.title')}</PageHeading>
        <Alert data-color="info">
          <Paragraph>
            {t(
              e.state === 'CONCLUDED' || e.state === 'STOPPED'
                ? 'lessonForm.notAllowed'
                : 'lessonForm.notEnded',
            )}
          </Paragraph>
        </Alert>
        <BackLink to={`/forsok/${e.id}`}>{t('lessonForm.backToExperiment')}</BackLink>
      </div>
    );
  return <LessonForm key={e.lesson?.version ?? 'new'} experiment={e} reload={() => refetch()} />;
}

const EMPTY_TAGS = '';

function LessonForm({ experiment: e, reload }: { experiment: Experiment; reload: () => unknown }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const counter = useCounter();
  const lesson = e.lesson;
  const [fields, setFields] = useState<Omit<LessonFields, 'tags'>>({
    title: lesson?.title ?? e.title,
    summary: lesson?.summary ?? e.learningCard?.learned ?? '',
    whatWorked: lesson?.whatWorked ?? '',
    whatDidNot: lesson?.whatDidNot ?? '',
    advice: lesson?.advice ?? '',
    conditions: lesson?.conditions ?? '',
  });
  const [tags, setTags] = useState(lesson ? lesson.tags.join(', ') : EMPTY_TAGS);
  const [create, creating] = useMutation(CreateLessonMutation);
  const [update, updating] = useMutation(UpdateLessonMutation);
  const labels: Record<string, string> = {
    title: t('lessonForm.titleLabel'),
    ...Object.fromEntries(LESSON_TEXTS.map((k) => [k, t(`lessonForm.${k}`)])),
    tags: t('lessonForm.tags'),
  };
  const form = useFormErrors('lesson', labels, { onReload: reload });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input = {
      title: fields.title.trim(),
      ...Object.fromEntries(LESSON_TEXTS.map((k) => [k, fields[k].trim()])),
      tags: normaliseLessonTags(tags.split(',')),
    } as LessonFields & { tags: string[] };
    const check = checkLesson(new Check(), input);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      const id = lesson
        ? (await update({ variables: { id: lesson.id, version: lesson.version, input } })).data?.updateLesson
            .id
        : (await create({ variables: { experimentId: e.id, input } })).data?.createLesson.id;
      if (id) navigate(`/laerdommer/${id}`, { state: { saved: true } });
    } catch (err) {
      form.failServer(err);
    }
  }

  const text = (key: (typeof LESSON_TEXTS)[number], rows = 4) => (
    <Textfield
      key={key}
      id={form.id(key)}
      label={labels[key]}
      description={t(`lessonForm.${key}Help`)}
      multiline
      rows={rows}
      value={fields[key]}
      onChange={(ev) => setFields((f) => ({ ...f, [key]: ev.target.value }))}
      error={form.error(key)}
      counter={counter(Limits.TEXT_MAX)}
    />
  );

  const heading = lesson ? t('lessonForm.editTitle') : t('lessonForm.title');
  return (
    <div className="lk-stack">
      <PageHeading title={heading}>{heading}</PageHeading>
      <Paragraph>{t('lessonForm.intro', { experiment: e.title })}</Paragraph>
      <ResultVerdict result={e.result} experimentState={e.state} />
      <form className="lk-form lk-form--wide" noValidate onSubmit={onSubmit}>
        {form.summary}
        <Textfield
          id={form.id('title')}
          label={labels.title}
          value={fields.title}
          onChange={(ev) => setFields((f) => ({ ...f, title: ev.target.value }))}
          error={form.error('title')}
          counter={counter(Limits.TITLE_MAX)}
        />
        {text('summary', 5)}
        {text('whatWorked')}
        {text('whatDidNot')}
        {text('advice')}
        {text('conditions', 3)}
        <Textfield
          id={form.id('tags')}
          label={labels.tags}
          description={t('lessonForm.tagsHelp', { max: LESSON_TAGS_MAX, length: LESSON_TAG_MAX })}
          value={tags}
          onChange={(ev) => setTags(ev.target.value)}
          error={form.error('tags')}
        />
        <div className="lk-form__actions">
          <Button type="submit" loading={creating.loading || updating.loading}>
            {t(lesson ? 'lessonForm.save' : 'lessonForm.create')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => navigate(lesson ? `/laerdommer/${lesson.id}` : `/forsok/${e.id}`)}
          >
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
