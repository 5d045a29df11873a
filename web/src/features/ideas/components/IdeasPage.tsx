import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button, Link, Table } from '@digdir/designsystemet-react';
import { ScopedListPage } from '../../../app/ScopedListPage';
import { useMe, useViewerCan } from '../../../app/session/useMe';
import { IdeasQuery } from '../graphql/ideas';
import { IdeaStateTag } from '../../../ui/Tags';

const COLUMNS = ['title', 'state', 'unit', 'author', 'backings', 'comments'] as const;

export default function IdeasPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useViewerCan();

  return (
    <ScopedListPage
      prefix="ideas"
      fallback={can?.createIdea ? 'mine' : 'organisasjon'}
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
