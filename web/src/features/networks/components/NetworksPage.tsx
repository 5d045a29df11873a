import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Card, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { useFormErrors } from '../../../app/forms';
import { Loading, PageHeading } from '../../../app/page';
import type { NetworksQuery as NetworksResult } from '../../../gql/graphql';
import { useViewerCan } from '../../../app/session/useMe';
import {
  CreateNetworkMutation,
  NetworksQuery,
  RespondToNetworkInvitationMutation,
} from '../graphql/networks';

type NetworkItem = NetworksResult['networks'][number];

export default function NetworksPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  const { data, loading, error } = useQuery(NetworksQuery);
  const networks = data?.networks ?? [];
  const invited = networks.filter((n) => n.myMembership?.status === 'INVITED');
  // The API returns only networks I may see; pending invitations get their own section.
  const mine = networks.filter((n) => n.viewerIsCoordinator || n.myMembership?.status !== 'INVITED');

  return (
    <div className="lk-stack">
      <PageHeading title={t('networks.title')}>{t('networks.title')}</PageHeading>
      <Paragraph>{t('networks.intro')}</Paragraph>
      {error && <ActionError error={error} />}
      {loading && !data && <Loading />}

      {data && invited.length > 0 && (
        <section aria-labelledby="network-invitations" className="lk-stack">
          <Heading level={2} data-size="md" id="network-invitations">
            {t('networks.invitationsHeading')}
          </Heading>
          {can && !can.respondToNetworkInvitations && (
            <Paragraph>{t('networks.invitationsLeadOnly')}</Paragraph>
          )}
          <ul className="lk-cards">
            {invited.map((n) => (
              <li key={n.id}>
                <InvitationCard network={n} canRespond={n.viewerCan.respond} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {data && (
        <section aria-labelledby="my-networks" className="lk-stack">
          <Heading level={2} data-size="md" id="my-networks">
            {t('networks.mineHeading')}
          </Heading>
          {mine.length === 0 ? (
            <Paragraph>{t('networks.empty')}</Paragraph>
          ) : (
            <ul className="lk-cards">
              {mine.map((n) => (
                <li key={n.id}>
                  <Card data-color="neutral">
                    <Heading level={3} data-size="xs">
                      <Link asChild>
                        <RouterLink to={`/nettverk/${n.id}`}>{n.name}</RouterLink>
                      </Link>
                    </Heading>
                    <Paragraph data-size="sm">
                      {t('networks.coordinatedBy', {
                        name: n.coordinator.name,
                        organisation: n.organisation.name,
                      })}
                    </Paragraph>
                    {n.viewerIsCoordinator && (
                      <Tag data-color="neutral" data-size="sm" variant="outline">
                        {t('networks.youCoordinate')}
                      </Tag>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {can?.createNetwork && <CreateNetworkForm />}
    </div>
  );
}

function InvitationCard({ network, canRespond }: { network: NetworkItem; canRespond: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [respond, { loading }] = useMutation(RespondToNetworkInvitationMutation, {
    // The membership's new status moves an accepted network to "mine"; a declined one is no
    // longer the organisation's to see, so it leaves the list.
    update(cache, { data }) {
      if (data?.respondToNetworkInvitation.status !== 'DECLINED') return;
      cache.modify<{ networks: readonly Reference[] }>({
        id: 'ROOT_QUERY',
        fields: { networks: (refs, { readField }) => refs.filter((r) => readField('id', r) !== network.id) },
      });
    },
  });
  const [error, setError] = useState<unknown>(null);
  const membership = network.myMembership!;

  async function answer(accept: boolean) {
    setError(null);
    try {
      await respond({ variables: { input: { membershipId: membership.id, accept } } });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="xs">
        {network.name}
      </Heading>
      <Paragraph data-size="sm">
        {t('networks.invitedBy', {
          organisation: network.organisation.name,
          date: format.date(membership.invitedAt),
        })}
      </Paragraph>
      {network.description && <Paragraph data-size="sm">{network.description}</Paragraph>}
      {error != null && <ActionError error={error} />}
      {canRespond && (
        <div className="lk-actions">
          <Button
            data-size="sm"
            disabled={loading}
            aria-label={t('networks.acceptAria', { name: network.name })}
            onClick={() => void answer(true)}
          >
            {t('networks.accept')}
          </Button>
          <Button
            variant="secondary"
            data-size="sm"
            disabled={loading}
            aria-label={t('networks.declineAria', { name: network.name })}
            onClick={() => void answer(false)}
          >
            {t('networks.decline')}
          </Button>
        </div>
      )}
    </Card>
  );
}

function CreateNetworkForm() {
  const { t } = useTranslation();
  const [create, { loading }] = useMutation(CreateNetworkMutation, {
    // The answer carries what the list shows; the new network goes in by name, as the API sorts.
    update(cache, { data }) {
      const made = data?.createNetwork;
      const ref = made && cache.identify({ __typename: 'Network', id: made.id });
      if (!made || !ref) return;
      cache.modify<{ networks: readonly Reference[] }>({
        id: 'ROOT_QUERY',
        fields: {
          networks(refs, { readField, toReference }) {
            if (refs.some((r) => r.__ref === ref)) return refs;
            const at = refs.findIndex(
              (r) => (readField<string>('name', r) ?? '').localeCompare(made.name, 'nb') > 0,
            );
            const next = [...refs];
            next.splice(at < 0 ? next.length : at, 0, toReference(ref)!);
            return next;
          },
        },
      });
    },
  });
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const labels = { name: t('networks.name'), description: t('networks.description') };
  const form = useFormErrors('new-network', labels, { headingLevel: 3 });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const check = new Check()
      .required('name', name, Limits.NETWORK_NAME_MAX)
      .rule('description', description.trim().length <= Limits.NETWORK_DESCRIPTION_MAX, 'tooLong', {
        max: Limits.NETWORK_DESCRIPTION_MAX,
      });
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      const { data } = await create({
        variables: { input: { name: name.trim(), description: description.trim() } },
      });
      if (data) setCreated({ id: data.createNetwork.id, name: data.createNetwork.name });
      setName('');
      setDescription('');
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <section aria-labelledby="new-network-heading" className="lk-section">
      <form className="lk-form" noValidate onSubmit={onSubmit}>
        <Heading level={2} data-size="md" id="new-network-heading">
          {t('networks.createHeading')}
        </Heading>
        {form.summary}
        <Textfield
          id={form.id('name')}
          label={labels.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.error('name')}
        />
        <Textfield
          id={form.id('description')}
          label={labels.description}
          multiline
          rows={4}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={form.error('description')}
        />
        <div className="lk-form__actions">
          <Button type="submit" loading={loading}>
            {t('networks.create')}
          </Button>
        </div>
        <div role="status">
          {created && (
            <Alert data-color="success">
              <Paragraph>
                {t('networks.created', { name: created.name })}{' '}
                <Link asChild>
                  <RouterLink to={`/nettverk/${created.id}`}>{t('networks.openCreated')}</RouterLink>
                </Link>
              </Paragraph>
            </Alert>
          )}
        </div>
      </form>
    </section>
  );
}
