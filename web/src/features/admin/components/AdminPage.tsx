import { useSearchParams } from 'react-router-dom';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Paragraph, Tabs } from '@digdir/designsystemet-react';
import { PageHeading } from '../../../app/page';
import { useViewerCan } from '../../../app/session/useMe';
import { InvitationsTab } from './InvitationsTab';
import { PeopleTab } from './PeopleTab';
import { UnitsTab } from './UnitsTab';

const TABS = ['enheter', 'personer', 'invitasjoner'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => (TABS as readonly (string | null)[]).includes(v);

export default function AdminPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  const [params, setParams] = useSearchParams();
  const fane = params.get('fane');
  const tab: Tab = isTab(fane) ? fane : 'enheter';

  if (can && !can.administer) {
    return (
      <div className="lk-stack">
        <PageHeading title={t('admin.title')}>{t('admin.title')}</PageHeading>
        <Alert data-color="warning">
          <Paragraph>{t('admin.forbidden')}</Paragraph>
        </Alert>
      </div>
    );
  }

  return (
    <div className="lk-stack">
      <PageHeading title={`${t(`admin.tabs.${tab}`)} – ${t('admin.title')}`}>{t('admin.title')}</PageHeading>
      <Tabs
        value={tab}
        onChange={(v) => isTab(v) && setParams({ fane: v }, { replace: true })}
        className="lk-scroll-tabs"
      >
        <Tabs.List aria-label={t('admin.tabsLabel')}>
          {TABS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`admin.tabs.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="enheter" className="lk-tabpanel">
          {tab === 'enheter' && <UnitsTab />}
        </Tabs.Panel>
        <Tabs.Panel value="personer" className="lk-tabpanel">
          {tab === 'personer' && <PeopleTab />}
        </Tabs.Panel>
        <Tabs.Panel value="invitasjoner" className="lk-tabpanel">
          {tab === 'invitasjoner' && <InvitationsTab />}
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
