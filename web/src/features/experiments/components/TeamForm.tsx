import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import { closeAndReload, DIALOG_CLOSE, firstField, useUnsaved } from '../../../app/FormDialog';
import { useFormErrors } from '../../../app/forms';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { SetExperimentTeamMutation, TeamCandidatesQuery } from '../graphql/experiments';

type Experiment = ExperimentDetailFieldsFragment;

/** Owner and members (loaded when the dialog is first opened). */
export default function TeamForm({
  experiment,
  onClose,
  onDone,
  onReload,
}: {
  experiment: Experiment;
  onClose: () => void;
  onDone: () => void;
  onReload: () => unknown;
}) {
  const { t } = useTranslation();
  const people = useQuery(TeamCandidatesQuery);
  const [setTeam, { loading }] = useMutation(SetExperimentTeamMutation);
  const [ownerId, setOwnerId] = useState(experiment.owner.id);
  const [memberIds, setMemberIds] = useState<string[]>(
    experiment.team.filter((p) => p.id !== experiment.owner.id).map((p) => p.id),
  );
  const labels = { ownerId: t('team.owner'), memberIds: t('team.members') };
  const form = useFormErrors('team', labels, { onReload: closeAndReload(onClose, onReload) });
  const list = people.data?.people ?? experiment.team;
  const others = memberIds.filter((id) => id !== ownerId);
  useUnsaved({ ownerId, members: [...others].sort() });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = new Check().rule('memberIds', others.length <= Limits.TEAM_MAX, 'tooMany', {
      max: Limits.TEAM_MAX,
    });
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      await setTeam({
        variables: { input: { id: experiment.id, version: experiment.version, ownerId, memberIds: others } },
      });
      onDone();
      onClose();
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="team-dialog-heading">
        {t('team.editHeading')}
      </Heading>
      {form.summary}
      <Field>
        <Label htmlFor={form.id('ownerId')}>{labels.ownerId}</Label>
        <Select
          id={form.id('ownerId')}
          ref={firstField}
          value={ownerId}
          onChange={(e) => setOwnerId(e.target.value)}
        >
          {list.map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {p.name}
            </Select.Option>
          ))}
        </Select>
        {form.error('ownerId') && <ValidationMessage>{form.error('ownerId')}</ValidationMessage>}
      </Field>
      <Fieldset id={form.id('memberIds')} tabIndex={-1}>
        <Fieldset.Legend>{labels.memberIds}</Fieldset.Legend>
        <Fieldset.Description>{t('team.membersHelp', { max: Limits.TEAM_MAX })}</Fieldset.Description>
        {list
          .filter((p) => p.id !== ownerId)
          .map((p) => (
            <Checkbox
              key={p.id}
              id={`team-member-${p.id}`}
              label={p.name}
              checked={memberIds.includes(p.id)}
              onChange={(e) =>
                setMemberIds((ids) => (e.target.checked ? [...ids, p.id] : ids.filter((x) => x !== p.id)))
              }
            />
          ))}
        {form.error('memberIds') && <ValidationMessage>{form.error('memberIds')}</ValidationMessage>}
      </Fieldset>
      <div className="lk-form__actions">
        <Button type="submit" loading={loading}>
          {t('team.save')}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
