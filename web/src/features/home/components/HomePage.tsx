import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from '../../../i18n/useTranslation';
import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Loading, PageHeading } from '../../../app/page';
import { useMe, useViewerCan } from '../../../app/session/useMe';
import { useRoleLabel } from '../../../app/session/useRoleLabel';
import { MyWork, useMyWorkLoaded } from './MyWork';

interface Shortcut {
  to: string;
  title: string;
  text: string;
}

export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const loaded = useMyWorkLoaded();
  if (!me) return null;

  return (
    <div className="lk-stack">
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <Paragraph data-size="lg">{t('home.welcome', { name: me.name })}</Paragraph>

      {/* Everything below waits for the sections' answers, so nothing moves once it shows. */}
      {!loaded && <Loading />}
      {loaded && <Sections />}
    </div>
  );
}

function Sections() {
  const { t } = useTranslation();
  const me = useMe()!;
  const can = useViewerCan();
  const roleLabel = useRoleLabel();

  const shortcuts: Shortcut[] = [
    ...(can?.createIdea ? [{ to: '/ideer/ny', title: t('app.newIdea'), text: t('home.linkNewIdea') }] : []),
    { to: '/ideer', title: t('nav.ideas'), text: t('home.linkIdeas') },
    { to: '/forsok', title: t('nav.experiments'), text: t('home.linkExperiments') },
    { to: '/laerdommer', title: t('nav.lessons'), text: t('home.linkLessons') },
    ...(can?.administer ? [{ to: '/admin', title: t('nav.admin'), text: t('home.linkAdmin') }] : []),
    { to: '/nettverk', title: t('nav.networks'), text: t('home.linkNetworks') },
    { to: '/profil', title: t('nav.profile'), text: t('home.linkProfile') },
  ];

  return (
    <>
      <MyWork />

      <section aria-labelledby="home-about">
        <Heading level={2} data-size="sm" id="home-about">
          {t('home.aboutHeading')}
        </Heading>
        <dl className="lk-facts lk-mt">
          <dt>{t('home.organisation')}</dt>
          <dd>
            {me.organisation.name} ({t(`organisationKind.${me.organisation.kind}`)})
          </dd>
          <dt>{t('home.roles')}</dt>
          <dd>
            {me.roles.length ? (
              <ul className="lk-plain-list">
                {me.roles.map((r) => (
                  <li key={`${r.role}-${r.unit?.id ?? ''}`}>{roleLabel(r)}</li>
                ))}
              </ul>
            ) : (
              t('home.noRoles')
            )}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="home-next">
        <Heading level={2} data-size="sm" id="home-next">
          {t('home.nextHeading')}
        </Heading>
        <ul className="lk-cards lk-mt">
          {shortcuts.map((s) => (
            <li key={s.to}>
              <Card data-color="neutral">
                <Heading level={3} data-size="xs">
                  <Link asChild>
                    <RouterLink to={s.to}>{s.title}</RouterLink>
                  </Link>
                </Heading>
                <Paragraph>{s.text}</Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
