import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from '../../../../i18n/useTranslation';
import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { DIALOG_CLOSE, firstField, FormDialog, useUnsaved } from '../../../../app/FormDialog';
import { useFormErrors } from '../../../../app/forms';
import type {
  LessonAdoptOptionsQuery as OptionsData,
  LessonSpreadQuery as Data,
} from '../../../../gql/graphql';
import { ActionError } from '../../../../app/ActionError';
import { Loading } from '../../../../app/page';
import { AdoptLessonMutation, LessonAdoptOptionsQuery } from '../graphql/spread';

type SpreadLesson = Data['lesson'];

/**
 * "Prøv dette hos oss": a manager chooses one of the units they may start it in and gets a
 * planned experiment pre-filled from the lesson; an employee proposes it as an idea in their
 * own unit. Either way the new experiment (or idea) opens next.
 */
export function AdoptDialog({
  lesson,
  open,
  onClose,
}: {
  lesson: SpreadLesson;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <FormDialog open={open} onClose={onClose} labelledBy="adopt-heading">
      {open && <AdoptForm lesson={lesson} onClose={onClose} />}
    </FormDialog>
  );
}

function AdoptForm({ lesson, onClose }: { lesson: SpreadLesson; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(LessonAdoptOptionsQuery, { variables: { id: lesson.id } });
  const options = data?.lesson.adoptOptions;
  if (!options) return error ? <ActionError error={error} /> : <Loading />;
  if (!options.units.length)
    return (
      <div className="lk-stack">
        <Heading level={2} data-size="sm" id="adopt-heading">
          {t('spread.adopt')}
        </Heading>
        <Paragraph>{t('spread.noUnits')}</Paragraph>
        <div>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    );
  return <AdoptChoice lesson={lesson} options={options} onClose={onClose} />;
}

type Options = OptionsData['lesson']['adoptOptions'];

function AdoptChoice({
  lesson,
  options,
  onClose,
}: {
  lesson: SpreadLesson;
  options: Options;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { units, ownUnitId, asIdea } = options;
  const [unitId, setUnitId] = useState((units.find((u) => u.id === ownUnitId) ?? units[0]).id);
  useUnsaved(unitId);
  // The answer carries the lesson's spread (and count) as they stand after the adoption.
  const [adopt, adopting] = useMutation(AdoptLessonMutation);
  const labels = { unitId: t('spread.unit') };
  const form = useFormErrors('adopt', labels);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.reset();
    try {
      const { data } = await adopt({
        variables: { input: { lessonId: lesson.id, unitId, proposeAsIdea: asIdea } },
      });
      const made = data?.adoptLesson;
      onClose();
      if (made?.experiment) navigate(`/forsok/${made.experiment.id}`);
      else if (made?.idea) navigate(`/ideer/${made.idea.id}`);
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="adopt-heading">
        {t(asIdea ? 'spread.proposeHeading' : 'spread.adoptHeading', { title: lesson.title })}
      </Heading>
      <Paragraph>{t(asIdea ? 'spread.proposeIntro' : 'spread.adoptIntro')}</Paragraph>
      {form.summary}
      <Field>
        <Label htmlFor={form.id('unitId')}>{labels.unitId}</Label>
        <Field.Description>{t(asIdea ? 'spread.ideaUnitHelp' : 'spread.unitHelp')}</Field.Description>
        <Select
          id={form.id('unitId')}
          ref={firstField}
          value={unitId}
          onChange={(e) => setUnitId(e.target.value)}
        >
          {units.map((u) => (
            <Select.Option key={u.id} value={u.id}>
              {u.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="lk-form__actions">
        <Button type="submit" loading={adopting.loading}>
          {t(asIdea ? 'spread.proposeSubmit' : 'spread.adoptSubmit')}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
