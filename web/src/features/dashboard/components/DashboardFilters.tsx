import { useId, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { PORTFOLIO_RESULTS } from '@laerekraft/shared';
import { INNOVATION_ACTIONS, THEMES } from '../../../app/listValues';
import { indented, UnitsQuery, useUnitTree, type UnitNode } from '../../../ui/useUnitTree';
import { hasUnits, optionValue, quarterChoices, type DashboardState, type ScopeOption } from '../state';

interface Props {
  state: DashboardState;
  /** The scope shown (the address may name none). */
  chosen: ScopeOption | null;
  /** Null where there is no scope to choose (the barometer). */
  options: readonly ScopeOption[] | null;
  active: number;
  onChange: (next: Partial<DashboardState>) => void;
  /** Only the period (the barometer). */
  periodOnly?: boolean;
}

/** The units below (and including) `rootId`, or all when there is none. */
function unitsUnder(flat: UnitNode[], rootId: string | null): UnitNode[] {
  if (!rootId) return flat;
  const at = flat.findIndex((n) => n.unit.id === rootId);
  if (at < 0) return [];
  const depth = flat[at]!.depth;
  const out = [flat[at]!];
  for (let i = at + 1; i < flat.length && flat[i]!.depth > depth; i++) out.push(flat[i]!);
  return out;
}

/** The dashboard's scope and filters: each select applies when changed and lands in the address. */
export function DashboardFilters({ state, chosen, options, active, onChange, periodOnly }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const withUnits = !periodOnly && hasUnits(chosen?.scope ?? null);
  const { data } = useQuery(UnitsQuery, {
    variables: { includeArchived: false },
    fetchPolicy: 'cache-first',
    skip: !withUnits,
  });
  const tree = useUnitTree(data?.units);
  const units = unitsUnder(tree.flat, chosen?.scope === 'UNIT' ? chosen.id : null);
  const quarters = useMemo(() => quarterChoices(new Date()), []);

  const select = (
    key: keyof DashboardState | 'scope',
    label: string,
    value: string,
    any: string | null,
    choices: Array<[string, string]>,
    change: (value: string) => void,
  ) => (
    <Field>
      <Label htmlFor={`${id}-${key}`}>{label}</Label>
      <Select id={`${id}-${key}`} value={value} onChange={(e) => change(e.target.value)}>
        {any !== null && <Select.Option value="">{any}</Select.Option>}
        {choices.map(([v, text]) => (
          <Select.Option key={v} value={v}>
            {text}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
  const filter = (key: keyof DashboardState, label: string, any: string, choices: Array<[string, string]>) =>
    select(key, label, state[key] ?? '', any, choices, (v) => onChange({ [key]: v }));

  return (
    <form
      className="lk-filters__form lk-dash-filters lk-no-print"
      aria-label={t('dashboard.filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      {options &&
        select(
          'scope',
          t('dashboard.filters.scope'),
          chosen ? optionValue(chosen) : '',
          null,
          options.map((o) => [optionValue(o), t(`dashboard.scope.${o.scope}`, { name: o.name })]),
          (v) => {
            const o = options.find((x) => optionValue(x) === v);
            if (o) onChange({ scope: o.scope, scopeId: o.id ?? '', unitId: '' });
          },
        )}
      {filter(
        'from',
        t('dashboard.filters.from'),
        t('dashboard.filters.fromAny'),
        quarters.filter((q) => !state.to || q <= state.to).map((q) => [q, q]),
      )}
      {filter(
        'to',
        t('dashboard.filters.to'),
        t('dashboard.filters.toAny'),
        quarters.filter((q) => !state.from || q >= state.from).map((q) => [q, q]),
      )}
      {withUnits &&
        filter(
          'unitId',
          t('dashboard.filters.unit'),
          t('dashboard.filters.anyUnit'),
          units.map((n) => [n.unit.id, indented(n)]),
        )}
      {!periodOnly && (
        <>
          {filter(
            'action',
            t('dashboard.filters.action'),
            t('dashboard.filters.anyAction'),
            INNOVATION_ACTIONS.map((a) => [a, t(`actions.${a}`)]),
          )}
          {filter(
            'theme',
            t('dashboard.filters.theme'),
            t('dashboard.filters.anyTheme'),
            THEMES.map((th) => [th, t(`themes.${th}`)]),
          )}
          {filter(
            'result',
            t('dashboard.filters.result'),
            t('dashboard.filters.anyResult'),
            PORTFOLIO_RESULTS.map((r) => [r, t(`result.${r}`)]),
          )}
        </>
      )}
      {active > 0 && (
        <div className="lk-actions lk-filters__actions">
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => onChange({ from: '', to: '', unitId: '', action: '', theme: '', result: '' })}
          >
            {t('dashboard.filters.reset')}
          </Button>
        </div>
      )}
    </form>
  );
}
