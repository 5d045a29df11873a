import { useTranslation } from '../../../i18n/useTranslation';
import { Checkbox, Field, Fieldset, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { ROLES, UNIT_SCOPED_ROLES, type FieldError } from '@laerekraft/shared';
import type { Role, RoleInput } from '../../../gql/graphql';
import { indented, spokenUnit, type UnitNode } from '../../../ui/useUnitTree';

export interface RolesValue {
  roles: Role[];
  /** The unit for MANAGER. */
  unitId: string;
}

export const emptyRoles = (roles: Role[] = []): RolesValue => ({ roles, unitId: '' });

export function rolesFrom(assignments: readonly { role: Role; unit: { id: string } | null }[]): RolesValue {
  return {
    roles: [...new Set(assignments.map((a) => a.role))],
    unitId: assignments.find((a) => a.role === 'MANAGER')?.unit?.id ?? '',
  };
}

export function toRoleInputs(value: RolesValue): RoleInput[] {
  return value.roles.map((role) =>
    (UNIT_SCOPED_ROLES as readonly string[]).includes(role)
      ? { role, unitId: value.unitId || null }
      : { role },
  );
}

export function checkRoles(value: RolesValue): FieldError[] {
  return value.roles.includes('MANAGER') && !value.unitId
    ? [{ field: 'unitId', message: 'managerNeedsUnit' }]
    : [];
}

/** Checkboxes per role; the manager role asks for its unit. */
export function RolesFieldset({
  idPrefix,
  value,
  onChange,
  units,
  rolesError,
  unitError,
}: {
  idPrefix: string;
  value: RolesValue;
  onChange: (value: RolesValue) => void;
  units: UnitNode[];
  rolesError?: string;
  unitError?: string;
}) {
  const { t } = useTranslation();
  const toggle = (role: Role, on: boolean) =>
    onChange({ ...value, roles: on ? [...value.roles, role] : value.roles.filter((r) => r !== role) });

  return (
    <Fieldset id={`${idPrefix}-roles`} tabIndex={-1}>
      <Fieldset.Legend>{t('admin.roles.legend')}</Fieldset.Legend>
      {(ROLES as Role[]).map((role) => (
        <Checkbox
          key={role}
          id={`${idPrefix}-role-${role}`}
          label={t(`roles.${role}`)}
          checked={value.roles.includes(role)}
          onChange={(e) => toggle(role, e.target.checked)}
        />
      ))}
      {rolesError && <ValidationMessage>{rolesError}</ValidationMessage>}
      {value.roles.includes('MANAGER') && (
        <Field className="lk-mt">
          <Label htmlFor={`${idPrefix}-unitId`}>{t('admin.roles.unit')}</Label>
          <Select
            id={`${idPrefix}-unitId`}
            value={value.unitId}
            onChange={(e) => onChange({ ...value, unitId: e.target.value })}
            aria-invalid={unitError ? true : undefined}
          >
            <Select.Option value="">{t('admin.roles.chooseUnit')}</Select.Option>
            {units.map((n) => (
              <Select.Option key={n.unit.id} value={n.unit.id} aria-label={spokenUnit(n, t)}>
                {indented(n)}
              </Select.Option>
            ))}
          </Select>
          {unitError && <ValidationMessage>{unitError}</ValidationMessage>}
        </Field>
      )}
    </Fieldset>
  );
}
