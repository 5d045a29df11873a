import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { TableRegion } from '../../../app/TableRegion';
import { DIALOG_CLOSE, FormDialog, useUnsaved } from '../../../app/FormDialog';
import { useFormErrors } from '../../../app/forms';
import { Loading } from '../../../app/page';
import type { PeopleQuery as PeopleResult } from '../../../gql/graphql';
import { MeQuery } from '../../../app/session/graphql';
import { useRoleLabel } from '../../../app/session/useRoleLabel';
import { PeopleQuery, SetRolesMutation } from '../graphql/people';
import { type UnitNode, UnitsQuery, useUnitTree } from '../../../ui/useUnitTree';
import { checkRoles, RolesFieldset, rolesFrom, toRoleInputs, type RolesValue } from './RolesFieldset';

type PersonRow = PeopleResult['people'][number];

export function PeopleTab() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const { data, loading, error } = useQuery(PeopleQuery);
  const units = useQuery(UnitsQuery, { variables: { includeArchived: false } });
  const tree = useUnitTree(units.data?.units);
  const [editing, setEditing] = useState<PersonRow | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <section aria-labelledby="people-heading" className="lk-stack">
      <Heading level={2} data-size="md" id="people-heading">
        {t('admin.people.heading')}
      </Heading>
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {error && <ActionError error={error} />}
      {loading && !data && <Loading />}
      {data && data.people.length === 0 && <Paragraph>{t('admin.people.empty')}</Paragraph>}
      {data && data.people.length > 0 && (
        <TableRegion label={t('admin.people.caption')}>
          <Table zebra>
            <caption className="lk-visually-hidden">{t('admin.people.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('admin.people.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.people.email')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.people.roles')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.people.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.people.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>{p.name}</Table.Cell>
                  <Table.Cell>{p.email}</Table.Cell>
                  <Table.Cell>
                    {p.roles.length ? p.roles.map(roleLabel).join(', ') : t('admin.people.noRoles')}
                  </Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="secondary"
                      data-size="sm"
                      aria-label={t('admin.people.editRolesAria', { name: p.name })}
                      onClick={() => {
                        setStatus(null);
                        setEditing(p);
                      }}
                    >
                      {t('admin.people.editRoles')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableRegion>
      )}
      <FormDialog open={editing !== null} onClose={() => setEditing(null)} labelledBy="roles-dialog-heading">
        {editing && (
          <RolesForm
            key={editing.id}
            person={editing}
            units={tree.flat.filter((n) => !n.unit.archivedAt)}
            onClose={() => setEditing(null)}
            onDone={setStatus}
          />
        )}
      </FormDialog>
    </section>
  );
}

function RolesForm({
  person,
  units,
  onClose,
  onDone,
}: {
  person: PersonRow;
  units: UnitNode[];
  onClose: () => void;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [setRoles, { loading }] = useMutation(SetRolesMutation, {
    // The person's new roles come back in the answer (the People row updates from it). Only the
    // viewer's own roles change `Me`'s viewerCan, which the API works out: that is refetched.
    refetchQueries: () => (client.readQuery({ query: MeQuery })?.me.id === person.id ? ['Me'] : []),
  });
  const [value, setValue] = useState<RolesValue>(() => rolesFrom(person.roles));
  useUnsaved({ ...value, roles: [...value.roles].sort() });
  const labels = { roles: t('admin.roles.legend'), unitId: t('admin.roles.unit') };
  const form = useFormErrors('set-roles', labels);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems = checkRoles(value);
    if (problems.length) return form.failClient(problems);
    form.reset();
    try {
      await setRoles({ variables: { input: { personId: person.id, roles: toRoleInputs(value) } } });
      onDone(t('admin.people.saved', { name: person.name }));
      onClose();
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="roles-dialog-heading">
        {t('admin.people.dialogHeading', { name: person.name })}
      </Heading>
      {form.summary}
      <RolesFieldset
        idPrefix="set-roles"
        value={value}
        onChange={setValue}
        units={units}
        rolesError={form.error('roles')}
        unitError={form.error('unitId')}
      />
      <div className="lk-form__actions">
        <Button type="submit" loading={loading}>
          {t('admin.people.save')}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
