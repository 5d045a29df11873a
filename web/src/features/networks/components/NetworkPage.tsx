import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { TableRegion } from '../../../app/TableRegion';
import { BackLink, DetailFallback } from '../../../app/DetailFallback';
import { useFormat } from '../../../app/format';
import { useFormErrors } from '../../../app/forms';
import { PageHeading } from '../../../app/page';
import { FollowButton } from '../../../ui/FollowButton';
import type { MembershipStatus, NetworkQuery as NetworkResult } from '../../../gql/graphql';
import { addToList } from '../graphql/cache';
import { InviteToNetworkMutation, NetworkQuery, OrganisationsQuery } from '../graphql/networks';
import { NetworkShared } from './NetworkShared';

type NetworkData = NetworkResult['network'];

// The same colour roles as idea and experiment states (ideas/components/Tags.tsx).
const STATUS_COLOR: Record<MembershipStatus, 'success' | 'info' | 'danger'> = {
  MEMBER: 'success',
  INVITED: 'info',
  DECLINED: 'danger',
};

export default function NetworkPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(NetworkQuery, { variables: { id } });
  const network = data?.network;

  if (!network)
    return (
      <DetailFallback
        title={t('networks.title')}
        loading={loading}
        error={error}
        notFound={['NOT_FOUND', 'FORBIDDEN']}
        back={<BackLink to="/nettverk">{t('network.back')}</BackLink>}
      />
    );
  return <NetworkView network={network} />;
}

function NetworkView({ network }: { network: NetworkData }) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <div className="lk-stack">
      <PageHeading title={network.name}>{network.name}</PageHeading>
      <BackLink to="/nettverk">{t('network.back')}</BackLink>
      <div>
        <FollowButton subjectType="NETWORK" subjectId={network.id} name={network.name} />
      </div>
      <section aria-labelledby="network-about" className="lk-stack">
        <Heading level={2} data-size="md" id="network-about">
          {t('network.aboutHeading')}
        </Heading>
        {network.description ? (
          <Paragraph>{network.description}</Paragraph>
        ) : (
          <Paragraph>{t('network.noDescription')}</Paragraph>
        )}
        <dl className="lk-facts">
          <dt>{t('network.coordinator')}</dt>
          <dd>
            {network.coordinator.name} ({network.organisation.name})
          </dd>
          {network.myMembership && (
            <>
              <dt>{t('network.myStatus')}</dt>
              <dd>{t(`membershipStatus.${network.myMembership.status}`)}</dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="network-members" className="lk-stack">
        <Heading level={2} data-size="md" id="network-members">
          {t('network.membersHeading')}
        </Heading>
        {network.members.length === 0 ? (
          <Paragraph>{t('network.noMembers')}</Paragraph>
        ) : (
          <TableRegion label={t('network.membersHeading')}>
            <Table zebra>
              <caption className="lk-visually-hidden">{t('network.membersHeading')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('network.organisation')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('network.status')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('network.invitedAt')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('network.respondedAt')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {network.members.map((m) => (
                  <Table.Row key={m.id}>
                    <Table.Cell>{m.organisation.name}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={STATUS_COLOR[m.status]} data-size="sm" className="lk-state">
                        {t(`membershipStatus.${m.status}`)}
                      </Tag>
                    </Table.Cell>
                    <Table.Cell>
                      <time dateTime={m.invitedAt}>{format.date(m.invitedAt)}</time>
                    </Table.Cell>
                    <Table.Cell>
                      {m.respondedAt ? (
                        <time dateTime={m.respondedAt}>{format.date(m.respondedAt)}</time>
                      ) : (
                        t('network.notResponded')
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableRegion>
        )}
      </section>

      <NetworkShared network={network} />

      {network.viewerCan.invite && <InviteOrganisationForm network={network} />}
    </div>
  );
}

function InviteOrganisationForm({ network }: { network: NetworkData }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(OrganisationsQuery);
  const [invite, { loading }] = useMutation(InviteToNetworkMutation, {
    // The new membership joins the members table (the API lists them by invitation date).
    update: (cache, { data }) =>
      data &&
      addToList(
        cache,
        cache.identify({ __typename: 'Network', id: network.id })!,
        'members',
        cache.identify({ __typename: 'NetworkMember', id: data.inviteToNetwork.id }),
        'end',
      ),
  });
  const [organisationId, setOrganisationId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const labels = { organisationId: t('network.inviteOrganisation') };
  const form = useFormErrors('invite-organisation', labels, { headingLevel: 3 });

  const taken = new Set([
    network.organisation.id,
    ...network.members.filter((m) => m.status !== 'DECLINED').map((m) => m.organisation.id),
  ]);
  const collator = new Intl.Collator(i18n.language);
  const candidates = (data?.organisations ?? [])
    .filter((o) => !taken.has(o.id))
    .sort((a, b) => collator.compare(a.name, b.name));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!organisationId) return form.failClient([{ field: 'organisationId', message: 'required' }]);
    form.reset();
    try {
      await invite({ variables: { input: { networkId: network.id, organisationId } } });
      const name = data?.organisations.find((o) => o.id === organisationId)?.name ?? '';
      setDone(t('network.invited', { name }));
      setOrganisationId('');
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <section aria-labelledby="invite-org-heading" className="lk-section">
      <form className="lk-form" noValidate onSubmit={onSubmit}>
        <Heading level={2} data-size="md" id="invite-org-heading">
          {t('network.inviteHeading')}
        </Heading>
        {error && <ActionError error={error} />}
        {form.summary}
        <Field>
          <Label htmlFor={form.id('organisationId')}>{labels.organisationId}</Label>
          <Select
            id={form.id('organisationId')}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            aria-invalid={form.error('organisationId') ? true : undefined}
          >
            <Select.Option value="">{t('network.chooseOrganisation')}</Select.Option>
            {candidates.map((o) => (
              <Select.Option key={o.id} value={o.id}>
                {o.name}
              </Select.Option>
            ))}
          </Select>
          {form.error('organisationId') && (
            <ValidationMessage>{form.error('organisationId')}</ValidationMessage>
          )}
        </Field>
        <div className="lk-form__actions">
          <Button type="submit" loading={loading}>
            {t('network.invite')}
          </Button>
        </div>
        <div role="status">{done && <Alert data-color="success">{done}</Alert>}</div>
      </form>
    </section>
  );
}
