import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import { DIALOG_CLOSE, FormDialog, firstField, useUnsaved } from '../../../app/FormDialog';
import { useFormErrors } from '../../../app/forms';
import { MoveUnitMutation, RenameUnitMutation } from '../graphql/units';
import { indented, spokenUnit, type UnitItem, type UnitTree } from '../../../ui/useUnitTree';

export type UnitAction = { kind: 'rename' | 'move'; unit: UnitItem };

/** Rename or move a unit, in a modal dialog. */
export function UnitDialog({
  action,
  tree,
  onClose,
  onDone,
}: {
  action: UnitAction | null;
  tree: UnitTree;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  return (
    <FormDialog open={action !== null} onClose={onClose} labelledBy="unit-dialog-heading">
      {action?.kind === 'rename' && (
        <RenameForm key={action.unit.id} unit={action.unit} onClose={onClose} onDone={onDone} />
      )}
      {action?.kind === 'move' && (
        <MoveForm key={action.unit.id} unit={action.unit} tree={tree} onClose={onClose} onDone={onDone} />
      )}
    </FormDialog>
  );
}

function RenameForm({
  unit,
  onClose,
  onDone,
}: {
  unit: UnitItem;
  onClose: () => void;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const [rename, { loading }] = useMutation(RenameUnitMutation);
  const [name, setName] = useState(unit.name);
  useUnsaved(name);
  const labels = { name: t('admin.units.newName') };
  const form = useFormErrors('rename-unit', labels);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = new Check().required('name', name, Limits.UNIT_NAME_MAX);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      await rename({ variables: { input: { id: unit.id, name: name.trim(), version: unit.version } } });
      onDone(t('admin.units.renamed', { name: name.trim() }));
      onClose();
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="unit-dialog-heading">
        {t('admin.units.renameHeading', { name: unit.name })}
      </Heading>
      {form.summary}
      <Textfield
        id={form.id('name')}
        ref={firstField}
        label={labels.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={form.error('name')}
      />
      <div className="lk-form__actions">
        <Button type="submit" loading={loading}>
          {t('admin.units.renameSubmit')}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function MoveForm({
  unit,
  tree,
  onClose,
  onDone,
}: {
  unit: UnitItem;
  tree: UnitTree;
  onClose: () => void;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  // The tree is built from each unit's parentId, so the moved unit's new parentId reshapes it.
  const [move, { loading }] = useMutation(MoveUnitMutation);
  const [parentId, setParentId] = useState(unit.parentId ?? '');
  useUnsaved(parentId);
  const labels = { parentId: t('admin.units.newParent') };
  const form = useFormErrors('move-unit', labels);
  const targets = tree.moveTargets(unit.id);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.reset();
    try {
      await move({
        variables: { input: { id: unit.id, parentId: parentId || null, version: unit.version } },
      });
      const parent = parentId ? tree.byId.get(parentId)?.name : null;
      onDone(
        parent
          ? t('admin.units.moved', { name: unit.name, parent })
          : t('admin.units.movedTop', { name: unit.name }),
      );
      onClose();
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="unit-dialog-heading">
        {t('admin.units.moveHeading', { name: unit.name })}
      </Heading>
      {form.summary}
      <Field>
        <Label htmlFor={form.id('parentId')}>{labels.parentId}</Label>
        <Select
          id={form.id('parentId')}
          ref={firstField}
          value={parentId}
          onChange={(e) => setParentId(e.target.value)}
        >
          <Select.Option value="">{t('admin.units.noParent')}</Select.Option>
          {targets.map((n) => (
            <Select.Option key={n.unit.id} value={n.unit.id} aria-label={spokenUnit(n, t)}>
              {indented(n)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="lk-form__actions">
        <Button type="submit" loading={loading}>
          {t('admin.units.moveSubmit')}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
