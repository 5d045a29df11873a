import { useCallback } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Role } from '../../gql/graphql';

interface Assignment {
  role: Role;
  unit: { name: string } | null;
}

/** "Leder for Oppvekst", "Medarbeider" … */
export function useRoleLabel() {
  const { t } = useTranslation();
  return useCallback(
    (a: Assignment) =>
      a.unit ? t('roles.inUnit', { role: t(`roles.${a.role}`), unit: a.unit.name }) : t(`roles.${a.role}`),
    [t],
  );
}
