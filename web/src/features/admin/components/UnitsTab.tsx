import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import {
  Alert,
  Button,
  Checkbox,
  Dropdown,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { firstField, FormDialog } from '../../../app/FormDialog';
import { useFormErrors } from '../../../app/forms';
import { Loading } from '../../../app/page';
import { placeUnit } from '../graphql/cache';
import { ArchiveUnitMutation, CreateUnitMutation, RestoreUnitMutation } from '../graphql/units';
import {
  indented,
  spokenUnit,
  UnitsQuery,
  useUnitTree,
  type UnitItem,
  type UnitNode,
} from '../../../ui/useUnitTree';
import { UnitDialog, type UnitAction } from './UnitDialog';

export function UnitsTab() {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const { data, loading, error } = useQuery(UnitsQuery, { variables: { includeArchived: showArchived } });
  const tree = useUnitTree(data?.units);
  const [action, setAction] = useState<UnitAction | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [archiving, setArchiving] = useState<UnitNode | null>(null);
  const [archive] = useMutation(ArchiveUnitMutation, {
    update: (cache, { data }) => data && placeUnit(cache, data.archiveUnit),
  });
  const [restore] = useMutation(RestoreUnitMutation, {
    update: (cache, { data }) => data && placeUnit(cache, data.restoreUnit),
  });

  async function toggleArchived(unit: UnitItem) {
    setStatus(null);
    setActionError(null);
    const input = { id: unit.id, version: unit.version };
    try {
      if (unit.archivedAt) {
        await restore({ variables: { input } });
        setStatus(t('admin.units.restored', { name: unit.name }));
      } else {
        await archive({ variables: { input } });
        setStatus(t('admin.units.archived', { name: unit.name }));
      }
    } catch (e) {
      setActionError(e);
    }
  }

  const renderNode = (node: UnitNode) => {
    const { unit } = node;
    return (
      <li key={unit.id}>
        <div className="lk-tree__row">
          <span className="lk-tree__name">{unit.name}</span>
          {unit.archivedAt && (
            <Tag data-color="neutral" data-size="sm">
              {t('admin.units.archivedTag')}
            </Tag>
          )}
          <UnitActions
            unit={unit}
            onRename={() => setAction({ kind: 'rename', unit })}
            onMove={() => setAction({ kind: 'move', unit })}
            onArchive={() => {
              setStatus(null);
              setActionError(null);
              setArchiving(node);
            }}
            onRestore={() => void toggleArchived(unit)}
          />
        </div>
        {node.children.length > 0 && <ul>{node.children.map(renderNode)}</ul>}
      </li>
    );
  };

  return (
    <div className="lk-stack">
      <section aria-labelledby="units-heading" className="lk-stack">
        <Heading level={2} data-size="md" id="units-heading">
          {t('admin.units.heading')}
        </Heading>
        <Checkbox
          label={t('admin.units.showArchived')}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.target.checked)}
        />
        <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
        {actionError != null && <ActionError error={actionError} />}
        {error && <ActionError error={error} />}
        {loading && !data && <Loading />}
        {data &&
          (tree.roots.length ? (
            <ul className="lk-tree">{tree.roots.map(renderNode)}</ul>
          ) : (
            <Paragraph>{t('admin.units.empty')}</Paragraph>
          ))}
      </section>
      <NewUnitForm parents={tree.flat.filter((n) => !n.unit.archivedAt)} onCreated={setStatus} />
      <UnitDialog action={action} tree={tree} onClose={() => setAction(null)} onDone={setStatus} />
      <ArchiveDialog
        unit={archiving?.unit ?? null}
        // Archived units below it (shown with "Show archived") do not stand in the way.
        blocked={!!archiving?.children.some((child) => !child.unit.archivedAt)}
        onClose={() => setArchiving(null)}
        onConfirm={async (unit) => {
          setArchiving(null);
          await toggleArchived(unit);
        }}
      />
    </div>
  );
}

/** One menu per unit instead of a row of buttons: the tree stays readable, on a phone too. */
function UnitActions({
  unit,
  onRename,
  onMove,
  onArchive,
  onRestore,
}: {
  unit: UnitItem;
  onRename: () => void;
  onMove: () => void;
  onArchive: () => void;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  // The menu closes before a dialog opens, with focus back on its button, so the dialog returns focus there.
  const choose = (act: () => void) => () => {
    setOpen(false);
    trigger.current?.focus();
    act();
  };
  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger
        ref={trigger}
        variant="tertiary"
        data-size="sm"
        aria-label={t('admin.units.actionsAria', { name: unit.name })}
      >
        {t('admin.units.actions')}
      </Dropdown.Trigger>
      <Dropdown
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        placement="bottom-start"
        data-size="sm"
      >
        <Dropdown.List>
          {unit.archivedAt ? (
            <Dropdown.Item>
              <Dropdown.Button onClick={choose(onRestore)}>{t('admin.units.restore')}</Dropdown.Button>
            </Dropdown.Item>
          ) : (
            <>
              <Dropdown.Item>
                <Dropdown.Button onClick={choose(onRename)}>{t('admin.units.rename')}</Dropdown.Button>
              </Dropdown.Item>
              <Dropdown.Item>
                <Dropdown.Button onClick={choose(onMove)}>{t('admin.units.move')}</Dropdown.Button>
              </Dropdown.Item>
              <Dropdown.Item>
                <Dropdown.Button onClick={choose(onArchive)}>{t('admin.units.archive')}</Dropdown.Button>
              </Dropdown.Item>
            </>
          )}
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}

/**
 * Archiving asks first, and says what it does (units.service: history kept, children must go
 * first). A unit with active units below it is not offered the action at all: the dialog says
 * why and only closes, instead of sending what the API will refuse.
 */
function ArchiveDialog({
  unit,
  blocked,
  onClose,
  onConfirm,
}: {
  unit: UnitItem | null;
  /** The unit has active units below it. */
  blocked: boolean;
  onClose: () => void;
  onConfirm: (unit: UnitItem) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog open={unit !== null} onClose={onClose} labelledBy="archive-unit-heading">
      {unit && blocked && (
        <div className="lk-stack">
          <Heading level={2} data-size="sm" id="archive-unit-heading">
            {t('admin.units.archiveBlockedHeading', { name: unit.name })}
          </Heading>
          <Paragraph>{t('admin.units.archiveBlocked')}</Paragraph>
          <div className="lk-form__actions">
            <Button ref={firstField} variant="secondary" onClick={onClose}>
              {t('common.close')}
            </Button>
          </div>
        </div>
      )}
      {unit && !blocked && (
        <div className="lk-stack">
          <Heading level={2} data-size="sm" id="archive-unit-heading">
            {t('admin.units.archiveHeading', { name: unit.name })}
          </Heading>
          <Paragraph>{t('admin.units.archiveExplain')}</Paragraph>
          <div className="lk-form__actions">
            <Button
              data-color="danger"
              loading={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await onConfirm(unit);
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('admin.units.archiveConfirm', { name: unit.name })}
            </Button>
            {/* The dialog starts on the choice that changes nothing. */}
            <Button ref={firstField} variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
    </FormDialog>
  );
}

function NewUnitForm({ parents, onCreated }: { parents: UnitNode[]; onCreated: (message: string) => void }) {
  const { t } = useTranslation();
  const [createUnit, { loading }] = useMutation(CreateUnitMutation, {
    update: (cache, { data }) => data && placeUnit(cache, data.createUnit),
  });
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const labels = { name: t('admin.units.name'), parentId: t('admin.units.parent') };
  const form = useFormErrors('new-unit', labels, { headingLevel: 3 });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = new Check().required('name', name, Limits.UNIT_NAME_MAX);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      const { data } = await createUnit({
        variables: { input: { name: name.trim(), parentId: parentId || null } },
      });
      setName('');
      if (data) onCreated(t('admin.units.created', { name: data.createUnit.name }));
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <section aria-labelledby="new-unit-heading" className="lk-section">
      <form className="lk-form" noValidate onSubmit={onSubmit}>
        <Heading level={2} data-size="sm" id="new-unit-heading">
          {t('admin.units.newHeading')}
        </Heading>
        {form.summary}
        <Textfield
          id={form.id('name')}
          label={labels.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.error('name')}
        />
        <Field>
          <Label htmlFor={form.id('parentId')}>{labels.parentId}</Label>
          <Select id={form.id('parentId')} value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <Select.Option value="">{t('admin.units.noParent')}</Select.Option>
            {parents.map((n) => (
              <Select.Option key={n.unit.id} value={n.unit.id} aria-label={spokenUnit(n, t)}>
                {indented(n)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="lk-form__actions">
          <Button type="submit" loading={loading}>
            {t('admin.units.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
