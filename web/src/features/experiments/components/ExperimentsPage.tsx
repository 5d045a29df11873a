import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from '../../../i18n/useTranslation';
import { Link, Table } from '@digdir/designsystemet-react';
import { useFormat } from '../../../app/format';
import { ScopedListPage } from '../../../app/ScopedListPage';
import { useMe } from '../../../app/session/useMe';
import { ExperimentStateTag } from '../../../ui/Tags';
import { ExperimentsQuery } from '../graphql/experiments';
import { EXPERIMENT_STATES } from '@laerekraft/shared';
import type { ScopeTab } from '../../../app/ScopedListPage';

const COLUMNS = ['title', 'state', 'unit', 'owner', 'entries', 'lastEntry'] as const;
const FILTERS = {
  statePrefix: 'experimentState',
  states: EXPERIMENT_STATES,
  sorts: ['nyeste', 'eldste'],
  results: true,
} as const;

/** A lead or a reader follows the whole organisation; everyone else starts with their unit's. */
function firstTab(roles: readonly string[], hasUnit: boolean): ScopeTab {
  if (roles.includes('INNOVATION_LEAD') || roles.includes('READER') || !hasUnit) return 'organisasjon';
  return 'enhet';
}

export default function ExperimentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();

  return (
    <ScopedListPage
      prefix="experiments"
      fallback={firstTab(me?.roles.map((r) => r.role) ?? [], !!me?.unit)}
      rememberAs={me ? `lk-list:experiments:${me.id}` : null}
      filters={FILTERS}
      hasUnit={!!me?.unit}
      query={ExperimentsQuery}
      pick={(data) => data.experiments}
      columns={COLUMNS}
      cells={(e) => (
        <>
          <Table.Cell>
            <Link asChild>
              <RouterLink to={`/forsok/${e.id}`}>{e.title}</RouterLink>
            </Link>
          </Table.Cell>
          <Table.Cell>
            <ExperimentStateTag state={e.state} />
          </Table.Cell>
          <Table.Cell>{e.unit.name}</Table.Cell>
          <Table.Cell>{e.owner.name}</Table.Cell>
          <Table.Cell>{e.entryCount}</Table.Cell>
          <Table.Cell>{e.lastEntryOn ? format.day(e.lastEntryOn) : t('experiments.noEntries')}</Table.Cell>
        </>
      )}
    />
  );
}
