import { useTranslation } from '../i18n/useTranslation';
import { Checkbox, Field, Fieldset, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { INNOVATION_ACTIONS, Limits, SDGS, THEMES } from '@laerekraft/shared';
import type { InnovationAction, Theme } from '../gql/graphql';

export interface TagValue {
  actions: InnovationAction[];
  sdgs: number[];
  theme: Theme | '';
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/** The five actions, up to five sustainability goals and a theme: the same tags on ideas and experiments. */
export function TagFields({
  idPrefix,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  value: TagValue;
  onChange: (value: TagValue) => void;
  errors: { actions?: string; sdgs?: string; theme?: string };
}) {
  const { t } = useTranslation();
  const full = value.sdgs.length >= Limits.SDGS_MAX;
  return (
    <>
      <Fieldset id={`${idPrefix}-actions`} tabIndex={-1}>
        <Fieldset.Legend>{t('tags.actionsLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('tags.actionsHelp')}</Fieldset.Description>
        {(INNOVATION_ACTIONS as InnovationAction[]).map((a) => (
          <Checkbox
            key={a}
            id={`${idPrefix}-action-${a}`}
            label={t(`actions.${a}`)}
            description={t(`actionHelp.${a}`)}
            checked={value.actions.includes(a)}
            onChange={(e) => onChange({ ...value, actions: toggle(value.actions, a, e.target.checked) })}
          />
        ))}
        {errors.actions && <ValidationMessage>{errors.actions}</ValidationMessage>}
      </Fieldset>

      <Fieldset id={`${idPrefix}-sdgs`} tabIndex={-1}>
        <Fieldset.Legend>{t('tags.sdgsLegend')}</Fieldset.Legend>
        <Fieldset.Description>
          {t('tags.sdgsHelp', { max: Limits.SDGS_MAX, count: value.sdgs.length })}
        </Fieldset.Description>
        <div className="lk-checkgrid">
          {SDGS.map((n) => {
            const checked = value.sdgs.includes(n);
            return (
              <Checkbox
                key={n}
                id={`${idPrefix}-sdg-${n}`}
                label={t('tags.sdgItem', { n, name: t(`sdg.${n}`) })}
                checked={checked}
                disabled={!checked && full}
                onChange={(e) => onChange({ ...value, sdgs: toggle(value.sdgs, n, e.target.checked) })}
              />
            );
          })}
        </div>
        {errors.sdgs && <ValidationMessage>{errors.sdgs}</ValidationMessage>}
      </Fieldset>

      <Field>
        <Label htmlFor={`${idPrefix}-theme`}>{t('tags.theme')}</Label>
        <Select
          id={`${idPrefix}-theme`}
          value={value.theme}
          onChange={(e) => onChange({ ...value, theme: e.target.value as Theme | '' })}
          aria-invalid={errors.theme ? true : undefined}
        >
          <Select.Option value="">{t('tags.noTheme')}</Select.Option>
          {(THEMES as Theme[]).map((th) => (
            <Select.Option key={th} value={th}>
              {t(`themes.${th}`)}
            </Select.Option>
          ))}
        </Select>
        {errors.theme && <ValidationMessage>{errors.theme}</ValidationMessage>}
      </Field>
    </>
  );
}
