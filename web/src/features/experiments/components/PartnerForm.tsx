import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { Check, Limits, PartnerKind } from '@laerekraft/shared';
import { useCounter, useFormErrors } from '../../../app/forms';
import type { ExperimentDetailFieldsFragment, PartnerKind as GqlPartnerKind } from '../../../gql/graphql';
import { AddPartnerMutation } from '../graphql/experiments';
import { addedId } from './AddDisclosure';
import { EntryFormShell } from './EntryFormShell';

const PARTNER_KINDS = Object.values(PartnerKind) as GqlPartnerKind[];

/** Adds a partner (loaded when the form is first opened). */
export default function PartnerForm({
  experiment,
  onAdded,
  onCancel,
}: {
  experiment: ExperimentDetailFieldsFragment;
  onAdded: (message: string, elementId?: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const counter = useCounter();
  // The answer carries the partner list and the timeline: the cache updates the page.
  const [addPartner, adding] = useMutation(AddPartnerMutation);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<GqlPartnerKind | ''>('');
  const [role, setRole] = useState('');
  const labels = { name: t('partners.name'), kind: t('partners.kind'), role: t('partners.role') };
  const form = useFormErrors('partner', labels, { headingLevel: 4 });

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    const check = new Check()
      .required('name', name, Limits.ORGANISATION_NAME_MAX)
      .rule('kind', kind !== '', 'required')
      .required('role', role, Limits.SHORT_TEXT_MAX);
    if (!check.ok || kind === '') return form.failClient(check.errors);
    form.reset();
    try {
      const { data } = await addPartner({
        variables: { input: { experimentId: experiment.id, name: name.trim(), kind, role: role.trim() } },
      });
      onAdded(
        t('partners.added', { name: name.trim() }),
        data ? addedId('partner', data.addPartner.id) : undefined,
      );
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <EntryFormShell
      id="partner-add"
      heading={t('partners.addHeading')}
      level={4}
      summary={form.summary}
      submitLabel={t('partners.add')}
      loading={adding.loading}
      onSubmit={onAdd}
      onCancel={onCancel}
    >
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
    </EntryFormShell>
  );
}
