import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Link, Table } from '@digdir/designsystemet-react';
import { useFormat } from '../../../app/format';
import { ScopedListPage } from '../../../app/ScopedListPage';
import { useMe } from '../../../app/session/useMe';
import { ExperimentStateTag } from '../../../ui/Tags';
import { ExperimentsQuery } from '../graphql/experiments';

const COLUMNS = ['title', 'state', 'unit', 'owner', 'entries', 'lastEntry'] as const;

export default function ExperimentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();

  return (
    <ScopedListPage
      prefix="experiments"
      fallback="organisasjon"
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
