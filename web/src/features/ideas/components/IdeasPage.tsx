import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Link, Table } from '@digdir/designsystemet-react';
import { ScopedListPage } from '../../../app/ScopedListPage';
import { useMe, useViewerCan } from '../../../app/session/useMe';
import { IdeasQuery } from '../graphql/ideas';
import { IdeaStateTag } from '../../../ui/Tags';
import { IDEA_STATES } from '@laerekraft/shared';
import type { ScopeTab } from '../../../app/ScopedListPage';

const COLUMNS = ['title', 'state', 'unit', 'author', 'backings', 'comments'] as const;
const FILTERS = {
  statePrefix: 'ideaState',
  states: IDEA_STATES,
  sorts: ['nyeste', 'eldste', 'mest-stottet'],
} as const;

/**
 * Where the list opens the first time: a lead or a reader follows the whole organisation, a
 * manager their unit, an employee their own ideas.
 */
function firstTab(roles: readonly string[], writes: boolean, hasUnit: boolean): ScopeTab {
  if (roles.includes('INNOVATION_LEAD') || roles.includes('READER') || !writes) return 'organisasjon';
  if (roles.includes('MANAGER') && hasUnit) return 'enhet';
  return 'mine';
}

export default function IdeasPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useViewerCan();

  return (
    <ScopedListPage
      prefix="ideas"
      fallback={firstTab(me?.roles.map((r) => r.role) ?? [], !!can?.createIdea, !!me?.unit)}
      rememberAs={me ? `lk-list:ideas:${me.id}` : null}
      filters={FILTERS}
      hasUnit={!!me?.unit}
      query={IdeasQuery}
      pick={(data) => data.ideas}
      columns={COLUMNS}
      cells={(idea) => (
        <>
          <Table.Cell>
            <Link asChild>
              <RouterLink to={`/ideer/${idea.id}`}>{idea.title}</RouterLink>
            </Link>
          </Table.Cell>
          <Table.Cell>
            <IdeaStateTag state={idea.state} />
          </Table.Cell>
          <Table.Cell>{idea.unit.name}</Table.Cell>
          <Table.Cell>{idea.author?.name ?? t('idea.hiddenAuthor')}</Table.Cell>
          <Table.Cell>{idea.backingCount}</Table.Cell>
          <Table.Cell>{idea.commentCount}</Table.Cell>
        </>
      )}
    >
      <div className="lk-actions">
        {can?.createIdea && (
          <Button asChild variant="secondary">
            <RouterLink to="/ideer/ny">{t('app.newIdea')}</RouterLink>
          </Button>
        )}
        {can?.reviewIdeas && (
          <Link asChild>
            <RouterLink to="/ideer/vurdering">{t('review.link')}</RouterLink>
          </Link>
        )}
      </div>
    </ScopedListPage>
  );
}
