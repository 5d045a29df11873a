import { useState, type FormEvent } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { useFormErrors } from '../../../app/forms';
import { Loading } from '../../../app/page';
import { TableRegion } from '../../../app/TableRegion';
import { useRoleLabel } from '../../../app/session/useRoleLabel';
import { InvitationsQuery, InvitePersonMutation, RevokeInvitationMutation } from '../graphql/invitations';
import { UnitsQuery, useUnitTree } from '../../../ui/useUnitTree';
import { checkRoles, emptyRoles, RolesFieldset, toRoleInputs, type RolesValue } from './RolesFieldset';

interface Created {
  name: string;
  url: string;
}

export function InvitationsTab() {
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <div className="lk-stack">
      <InviteForm onCreated={setCreated} />
      {created && <CreatedLink created={created} />}
      <PendingInvitations />
    </div>
  );
}

function InviteForm({ onCreated }: { onCreated: (c: Created) => void }) {
  const { t } = useTranslation();
  const units = useQuery(UnitsQuery, { variables: { includeArchived: false } });
  const tree = useUnitTree(units.data?.units);
  const [invite, { loading }] = useMutation(InvitePersonMutation, {
    // The answer holds every field the pending list shows: the new row is added to it as it is.
    update(cache, { data }) {
      const ref = data && cache.identify({ __typename: 'Invitation', id: data.invitePerson.invitation.id });
      if (!ref) return;
      cache.modify<{ invitations: readonly Reference[] }>({
        id: 'ROOT_QUERY',
        fields: {
          invitations: (refs, { readField, toReference }) =>
            refs.some((r) => readField('id', r) === data.invitePerson.invitation.id)
              ? refs
              : [toReference(ref)!, ...refs],
        },
      });
    },
  });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<RolesValue>(() => emptyRoles(['EMPLOYEE']));
  const labels = {
    name: t('admin.invitations.name'),
    email: t('admin.invitations.email'),
    roles: t('admin.roles.legend'),
    unitId: t('admin.roles.unit'),
  };
  const form = useFormErrors('invite', labels, { headingLevel: 3 });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = new Check().required('name', name, Limits.NAME_MAX).email('email', email);
    const problems = [...check.errors, ...checkRoles(roles)];
    if (problems.length) return form.failClient(problems);
    form.reset();
    try {
      const { data } = await invite({
        variables: { input: { name: name.trim(), email: email.trim(), roles: toRoleInputs(roles) } },
      });
      if (!data) return;
      onCreated({
        name: data.invitePerson.invitation.name,
        url: window.location.origin + data.invitePerson.link,
      });
      setName('');
      setEmail('');
      setRoles(emptyRoles(['EMPLOYEE']));
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <section aria-labelledby="invite-heading">
      <form className="lk-form" noValidate onSubmit={onSubmit}>
        <Heading level={2} data-size="md" id="invite-heading">
          {t('admin.invitations.newHeading')}
        </Heading>
        <Paragraph>{t('admin.invitations.intro', { days: Limits.INVITATION_DAYS })}</Paragraph>
        {form.summary}
        <Textfield
          id={form.id('name')}
          label={labels.name}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.error('name')}
        />
        <Textfield
          id={form.id('email')}
          label={labels.email}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.error('email')}
        />
        <RolesFieldset
          idPrefix="invite"
          value={roles}
          onChange={setRoles}
          units={tree.flat.filter((n) => !n.unit.archivedAt)}
          rolesError={form.error('roles')}
          unitError={form.error('unitId')}
        />
        <div className="lk-form__actions">
          <Button type="submit" loading={loading}>
            {t('admin.invitations.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function CreatedLink({ created }: { created: Created }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <Alert data-color="success" role="status">
      <Heading level={3} data-size="xs">
        {t('admin.invitations.createdHeading')}
      </Heading>
      <Paragraph>{t('admin.invitations.created', { name: created.name })}</Paragraph>
      <div className="lk-link-box lk-mt">
        <code data-testid="invitation-link">{created.url}</code>
        <Button variant="secondary" data-size="sm" onClick={() => void copy()}>
          {t('admin.invitations.copy')}
        </Button>
      </div>
      {copied !== null && (
        <Paragraph data-size="sm" className="lk-mt">
          {copied ? t('admin.invitations.copied') : t('admin.invitations.copyFailed')}
        </Paragraph>
      )}
    </Alert>
  );
}

function PendingInvitations() {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const { data, loading, error } = useQuery(InvitationsQuery);
  // The answer's status (REVOKED) takes the row out of `pending` by itself.
  const [revoke] = useMutation(RevokeInvitationMutation);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const pending = data?.invitations.filter((i) => i.status === 'PENDING') ?? [];

  async function onRevoke(id: string, name: string) {
    setStatus(null);
    setActionError(null);
    try {
      await revoke({ variables: { id } });
      setStatus(t('admin.invitations.revoked', { name }));
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <section aria-labelledby="pending-heading" className="lk-section lk-stack">
      <Heading level={2} data-size="md" id="pending-heading">
        {t('admin.invitations.pendingHeading')}
      </Heading>
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {actionError != null && <ActionError error={actionError} />}
      {error && <ActionError error={error} />}
      {loading && !data && <Loading />}
      {data && pending.length === 0 && <Paragraph>{t('admin.invitations.empty')}</Paragraph>}
      {pending.length > 0 && (
        <TableRegion label={t('admin.invitations.pendingHeading')}>
          <Table zebra>
            <caption className="lk-visually-hidden">{t('admin.invitations.pendingHeading')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('admin.invitations.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.invitations.email')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.roles.legend')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.invitations.expires')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.people.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {pending.map((i) => (
                <Table.Row key={i.id}>
                  <Table.Cell>{i.name}</Table.Cell>
                  <Table.Cell>{i.email}</Table.Cell>
                  <Table.Cell>{i.roles.map(roleLabel).join(', ')}</Table.Cell>
                  <Table.Cell>
                    <time dateTime={i.expiresAt}>{format.dateTime(i.expiresAt)}</time>
                  </Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="secondary"
                      data-color="danger"
                      data-size="sm"
                      aria-label={t('admin.invitations.revokeAria', { name: i.name })}
                      onClick={() => void onRevoke(i.id, i.name)}
                    >
                      {t('admin.invitations.revoke')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}
