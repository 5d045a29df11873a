import { useEffect, useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../i18n/useTranslation';
import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { Limits } from '@laerekraft/shared';
import { indented, spokenUnit, UnitsQuery, useUnitTree } from '../ui/useUnitTree';
import { EXPERIMENT_RESULTS_FOR_FILTER, INNOVATION_ACTIONS, SDGS, THEMES } from './listValues';
import type { ListFilterState, SortSlug } from './listState';

interface Props {
  /** Translation prefix of the list (`ideas`, `experiments`): `<prefix>.filters`. */
  prefix: string;
  /** Translation prefix of the states (`ideaState`, `experimentState`). */
  statePrefix: string;
  states: readonly string[];
  sorts: readonly SortSlug[];
  results: boolean;
  state: ListFilterState;
  active: number;
  onChange: (next: Partial<ListFilterState>) => void;
}

/** How long typing in the title filter waits before the list follows. */
const TITLE_DELAY_MS = 350;

/**
 * A list's filters and sort, as a labelled form: each select applies when changed, the title
 * a moment after typing stops (or at once with Enter). Folds away on a phone unless a filter is set.
 */
export function ListFilters({ prefix, statePrefix, states, sorts, results, state, active, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { data } = useQuery(UnitsQuery, {
    variables: { includeArchived: false },
    fetchPolicy: 'cache-first',
  });
  const tree = useUnitTree(data?.units);
  const [title, setTitle] = useState(state.title);
  const [open] = useState(
    () =>
      active > 0 ||
      typeof window === 'undefined' ||
      window.matchMedia?.('(min-width: 48em)').matches !== false,
  );

  // The address is the truth: a reset or a shared link sets the field.
  const [fromAddress, setFromAddress] = useState(state.title);
  if (fromAddress !== state.title) {
    setFromAddress(state.title);
    setTitle(state.title);
  }
  useEffect(() => {
    if (title.trim() === state.title.trim()) return;
    const timer = setTimeout(() => onChange({ title }), TITLE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the typing only
  }, [title]);

  const select = (
    key: keyof ListFilterState,
    label: string,
    any: string,
    /** Value, text, and what a screen reader says instead when the text alone does not tell. */
    options: Array<[string, string] | [string, string, string | undefined]>,
  ) => (
    <Field>
      <Label htmlFor={`${id}-${key}`}>{label}</Label>
      <Select id={`${id}-${key}`} value={state[key]} onChange={(e) => onChange({ [key]: e.target.value })}>
        {any && <Select.Option value="">{any}</Select.Option>}
        {options.map(([value, text, spoken]) => (
          <Select.Option key={value} value={value} aria-label={spoken}>
            {text}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );

  return (
    <details className="lk-filters" open={open}>
      <summary>
        {t('list.filtersSummary')}
        {active > 0 && ` (${t('list.activeCount', { count: active })})`}
      </summary>
      <form
        className="lk-filters__form"
        aria-label={t(`${prefix}.filtersLabel`)}
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ title });
        }}
      >
        <Textfield
          label={t('list.title')}
          description={t('list.titleHelp')}
          value={title}
          maxLength={Limits.TITLE_MAX}
          onChange={(e) => setTitle(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        {select(
          'state',
          t('list.state'),
          t('list.anyState'),
          states.map((s) => [s, t(`${statePrefix}.${s}`)]),
        )}
        {results &&
          select(
            'result',
            t('list.result'),
            t('list.anyResult'),
            EXPERIMENT_RESULTS_FOR_FILTER.map((r) => [r, t(`result.${r}`)]),
          )}
        {select(
          'unitId',
          t('list.unit'),
          t('list.anyUnit'),
          tree.flat.map((n) => [n.unit.id, indented(n), spokenUnit(n, t)]),
        )}
        {select(
          'action',
          t('list.action'),
          t('list.anyAction'),
          INNOVATION_ACTIONS.map((a) => [a, t(`actions.${a}`)]),
        )}
        {select(
          'sdg',
          t('list.sdg'),
          t('list.anySdg'),
          SDGS.map((n) => [String(n), t('tags.sdgItem', { n, name: t(`sdg.${n}`) })]),
        )}
        {select(
          'theme',
          t('list.theme'),
          t('list.anyTheme'),
          THEMES.map((th) => [th, t(`themes.${th}`)]),
        )}
        {select(
          'sort',
          t('list.sort'),
          '',
          sorts.map((s) => [s, t(`list.sortBy.${s}`)]),
        )}
        <div className="lk-actions lk-filters__actions">
          <Button type="submit" variant="secondary" data-size="sm">
            {t('list.apply')}
          </Button>
          {active > 0 && (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() =>
                onChange({ state: '', unitId: '', action: '', sdg: '', theme: '', result: '', title: '' })
              }
            >
              {t('list.reset')}
            </Button>
          )}
        </div>
      </form>
    </details>
  );
}
