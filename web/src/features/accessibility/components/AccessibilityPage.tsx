import { useTranslation } from '../../../i18n/useTranslation';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from '../../../app/page';

const TESTED = ['tested1', 'tested2', 'tested3', 'tested4'] as const;
// deviation2 (the unit choice's hierarchy by indentation only) is mended: options say their place.
const DEVIATIONS = ['deviation1', 'deviation3', 'deviation4', 'deviation5'] as const;

/**
 * The accessibility statement (tilgjengelighetserklæring), public, in the order of
 * uutilsynet's template: the standard, how it was tested, known deviations, feedback, the date.
 * docs/accessibility.md says the same and how to check it.
 */
export default function AccessibilityPage() {
  const { t } = useTranslation();
  const section = (key: string, body: React.ReactNode) => (
    <section aria-labelledby={`a11y-${key}`} className="lk-stack">
      <Heading level={2} data-size="sm" id={`a11y-${key}`}>
        {t(`accessibility.${key}Heading`)}
      </Heading>
      {body}
    </section>
  );
  return (
    <article className="lk-stack lk-prose">
      <PageHeading title={t('accessibility.title')}>{t('accessibility.title')}</PageHeading>
      <Paragraph>{t('accessibility.intro')}</Paragraph>
      {section('standard', <Paragraph>{t('accessibility.standard')}</Paragraph>)}
      {section(
        'tested',
        <ul>
          {TESTED.map((k) => (
            <li key={k}>{t(`accessibility.${k}`)}</li>
          ))}
        </ul>,
      )}
      {section(
        'deviations',
        <ul>
          {DEVIATIONS.map((k) => (
            <li key={k}>{t(`accessibility.${k}`)}</li>
          ))}
        </ul>,
      )}
      {section(
        'feedback',
        <>
          <Paragraph>{t('accessibility.feedback')}</Paragraph>
          <Paragraph>
            {t('accessibility.complaint')}{' '}
            <Link href="https://www.uutilsynet.no/">{t('accessibility.complaintLink')}</Link>
          </Paragraph>
        </>,
      )}
      {section('date', <Paragraph>{t('accessibility.date')}</Paragraph>)}
    </article>
  );
}
