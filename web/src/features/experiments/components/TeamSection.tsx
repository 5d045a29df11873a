import { lazy, Suspense, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Limits } from '@laerekraft/shared';
import { graphql } from '../../../gql';
import { ActionError } from '../../../app/ActionError';
import { FormDialog } from '../../../app/FormDialog';
import { Loading } from '../../../app/page';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { RemovePartnerMutation } from '../graphql/experiments';
import { AddDisclosure, addedId, useAddForm } from './AddDisclosure';

type Experiment = ExperimentDetailFieldsFragment;

/** What the partner list shows; adding a partner answers with it, so the list follows without a reload. */
export const ExperimentPartnersFields = graphql(`
  fragment ExperimentPartnersFields on Experiment {
    id
    partners {
      id
      kind
      name
      role
      organisation {
        id
        name
      }
    }
  }
`);

// The team dialog loads when it is first opened.
const TeamForm = lazy(() => import('./TeamForm'));
const PartnerForm = lazy(() => import('./PartnerForm'));

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
          <Suspense fallback={<Loading />}>
            <TeamForm
              experiment={experiment}
              onClose={() => setEditing(false)}
              onDone={() => setStatus(t('team.saved'))}
              onReload={onReload}
            />
          </Suspense>
        )}
      </FormDialog>
      <Partners experiment={experiment} editable={editable} />
    </section>
  );
}

function Partners({ experiment, editable }: { experiment: Experiment; editable: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const [removePartner] = useMutation(RemovePartnerMutation);
  const adder = useAddForm();
  const full = experiment.partners.length >= Limits.PARTNERS_MAX;

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
            <li key={p.id} id={addedId('partner', p.id)} tabIndex={-1}>
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
        <AddDisclosure form={adder} label={t('partners.addHeading')}>
          <Suspense fallback={<Loading />}>
            <PartnerForm
              experiment={experiment}
              onAdded={(message, elementId) => {
                setStatus(message);
                adder.close(elementId);
              }}
              onCancel={() => adder.close()}
            />
          </Suspense>
        </AddDisclosure>
      )}
      {editable && full && <Paragraph>{t('partners.full', { max: Limits.PARTNERS_MAX })}</Paragraph>}
    </div>
  );
}
