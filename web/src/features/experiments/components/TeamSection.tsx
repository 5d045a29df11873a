import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { Check, Limits, PartnerKind } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { closeAndReload, FormDialog, firstField } from '../../../app/FormDialog';
import { useCounter, useFormErrors } from '../../../app/forms';
import type { ExperimentDetailFieldsFragment, PartnerKind as GqlPartnerKind } from '../../../gql/graphql';
import { PeoplePickerQuery } from '../../ideas/graphql/ideas';
import { AddPartnerMutation, RemovePartnerMutation, SetExperimentTeamMutation } from '../graphql/experiments';

type Experiment = ExperimentDetailFieldsFragment;

const PARTNER_KINDS = Object.values(PartnerKind) as GqlPartnerKind[];

export function TeamSection({
  experiment,
  canSetTeam,
  editable,
  onReload,
}: {
  experiment: Experiment;
  /** viewerCan.setTeam: choose the owner and the team. */
  canSetTeam: boolean;
  /** viewerCan.edit: add and remove partners. */
  editable: boolean;
  onReload: () => unknown;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const members = experiment.team.filter((p) => p.id !== experiment.owner.id);

  return (
    <section aria-labelledby="exp-team" className="lk-stack">
      <Heading level={2} data-size="sm" id="exp-team">
        {t('team.heading')}
      </Heading>
      <dl className="lk-facts">
        <dt>{t('team.owner')}</dt>
        <dd>{experiment.owner.name}</dd>
        <dt>{t('team.members')}</dt>
        <dd>{members.length ? members.map((p) => p.name).join(', ') : t('team.noMembers')}</dd>
      </dl>
      {canSetTeam && (
        <div>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setStatus(null);
              setEditing(true);
            }}
          >
            {t('team.edit')}
          </Button>
        </div>
      )}
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      <FormDialog open={editing} onClose={() => setEditing(false)} labelledBy="team-dialog-heading">
        {editing && (
          <TeamForm
            experiment={experiment}
            onClose={() => setEditing(false)}
            onDone={() => setStatus(t('team.saved'))}
            onReload={onReload}
          />
        )}
      </FormDialog>
      <Partners experiment={experiment} editable={editable} />
    </section>
  );
}

function TeamForm({
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
  const people = useQuery(PeoplePickerQuery);
  const [setTeam, { loading }] = useMutation(SetExperimentTeamMutation, { refetchQueries: ['Experiments'] });
  const [ownerId, setOwnerId] = useState(experiment.owner.id);
  const [memberIds, setMemberIds] = useState<string[]>(
    experiment.team.filter((p) => p.id !== experiment.owner.id).map((p) => p.id),
  );
  const labels = { ownerId: t('team.owner'), memberIds: t('team.members') };
  const form = useFormErrors('team', labels, { onReload: closeAndReload(onClose, onReload) });
  const list = people.data?.people ?? experiment.team;
  const others = memberIds.filter((id) => id !== ownerId);

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
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function Partners({ experiment, editable }: { experiment: Experiment; editable: boolean }) {
  const { t } = useTranslation();
  const counter = useCounter();
  const [status, setStatus] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const [addPartner, adding] = useMutation(AddPartnerMutation, {
    refetchQueries: ['Experiment'],
    awaitRefetchQueries: true,
  });
  const [removePartner] = useMutation(RemovePartnerMutation);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<GqlPartnerKind | ''>('');
  const [role, setRole] = useState('');
  const labels = { name: t('partners.name'), kind: t('partners.kind'), role: t('partners.role') };
  const form = useFormErrors('partner', labels, { headingLevel: 4 });
  const full = experiment.partners.length >= Limits.PARTNERS_MAX;

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const check = new Check()
      .required('name', name, Limits.ORGANISATION_NAME_MAX)
      .rule('kind', kind !== '', 'required')
      .required('role', role, Limits.SHORT_TEXT_MAX);
    if (!check.ok || kind === '') return form.failClient(check.errors);
    form.reset();
    try {
      await addPartner({
        variables: { input: { experimentId: experiment.id, name: name.trim(), kind, role: role.trim() } },
      });
      setStatus(t('partners.added', { name: name.trim() }));
      setName('');
      setKind('');
      setRole('');
    } catch (e) {
      form.failServer(e);
    }
  }

  async function onRemove(id: string, partnerName: string) {
    setStatus(null);
    setRemoveError(null);
    try {
      await removePartner({ variables: { id } });
      setStatus(t('partners.removed', { name: partnerName }));
    } catch (e) {
      setRemoveError(e);
    }
  }

  return (
    <div className="lk-stack">
      <Heading level={3} data-size="xs">
        {t('partners.heading')}
      </Heading>
      {experiment.partners.length ? (
        <ul className="lk-plain-list lk-partners">
          {experiment.partners.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> ({t(`partnerKind.${p.kind}`)})
              {p.organisation && ` – ${p.organisation.name}`}
              <br />
              {t('partners.roleIs', { role: p.role })}
              {editable && (
                <>
                  {' '}
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('partners.removeAria', { name: p.name })}
                    onClick={() => void onRemove(p.id, p.name)}
                  >
                    {t('partners.remove')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('partners.empty')}</Paragraph>
      )}
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {removeError != null && <ActionError error={removeError} />}
      {editable && !full && (
        <form className="lk-form" noValidate onSubmit={onAdd} aria-labelledby="partner-add-heading">
          <Heading level={4} data-size="2xs" id="partner-add-heading">
            {t('partners.addHeading')}
          </Heading>
          {form.summary}
          <Textfield
            id={form.id('name')}
            label={labels.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={form.error('name')}
            counter={counter(Limits.ORGANISATION_NAME_MAX)}
          />
          <Field>
            <Label htmlFor={form.id('kind')}>{labels.kind}</Label>
            <Select
              id={form.id('kind')}
              value={kind}
              onChange={(e) => setKind(e.target.value as GqlPartnerKind | '')}
              aria-invalid={form.error('kind') ? true : undefined}
            >
              <Select.Option value="">{t('partners.chooseKind')}</Select.Option>
              {PARTNER_KINDS.map((k) => (
                <Select.Option key={k} value={k}>
                  {t(`partnerKind.${k}`)}
                </Select.Option>
              ))}
            </Select>
            {form.error('kind') && <ValidationMessage>{form.error('kind')}</ValidationMessage>}
          </Field>
          <Textfield
            id={form.id('role')}
            label={labels.role}
            multiline
            rows={2}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            error={form.error('role')}
            counter={counter(Limits.SHORT_TEXT_MAX)}
          />
          <div className="lk-form__actions">
            <Button type="submit" variant="secondary" loading={adding.loading}>
              {t('partners.add')}
            </Button>
          </div>
        </form>
      )}
      {editable && full && <Paragraph>{t('partners.full', { max: Limits.PARTNERS_MAX })}</Paragraph>}
    </div>
  );
}
