import { NavLink } from 'react-router-dom';
import { useTranslation } from '../../../i18n/useTranslation';

/**
 * The views of Portefølje; each keeps the address's scope and filters. The barometer is the
 * organisation's, offered to those whose scopes include it.
 */
export function DashboardNav({ search, barometer }: { search: string; barometer: boolean }) {
  const { t } = useTranslation();
  const q = search ? `?${search}` : '';
  return (
    <nav aria-label={t('dashboard.views')} className="lk-dash-views lk-no-print">
      <ul>
        <li>
          <NavLink to={`/portefolje${q}`} end>
            {t('dashboard.view.dashboard')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/portefolje/rapport${q}`}>{t('dashboard.view.report')}</NavLink>
        </li>
        {barometer && (
          <li>
            <NavLink to={`/portefolje/barometer${q}`}>{t('dashboard.view.barometer')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
