import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { BackLink, DetailFallback } from '../../../app/DetailFallback';
import { useFormat } from '../../../app/format';
import { PageHeading } from '../../../app/page';
import { TableRegion } from '../../../app/TableRegion';
import { TagFacts } from '../../../ui/Tags';
import type { PublicLessonQuery as PublicLessonResult } from '../../../gql/graphql';
import { PublicLessonQuery } from '../graphql/public';
import { ResultTag } from './ResultTag';
import { ANONYMOUS, PublicLinks } from './PublicLinks';

type Lesson = PublicLessonResult['publicLesson'];

/** /offentlig/laerdommer/:id: a public lesson, readable without signing in. */
export default function PublicLessonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PublicLessonQuery, { variables: { id }, context: ANONYMOUS });
  const lesson = data?.publicLesson;
  const back = <BackLink to="/offentlig/laerdommer">{t('public.back')}</BackLink>;
  if (!lesson)
    return (
      <DetailFallback
        title={t('public.list.title')}
        loading={loading}
        error={error}
        notFound={['NOT_FOUND']}
        back={back}
      />
    );
  return <LessonView lesson={lesson} back={back} />;
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="lk-stack">
      <Heading level={2} data-size="md" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** Text as the writer wrote it, paragraphs kept; a blank is said, not left empty. */
function Text({ value }: { value: string }) {
  const { t } = useTranslation();
  const parts = value.split(/\n\s*\n/).filter((p) => p.trim());
  if (!parts.length) return <Paragraph>{t('public.notWritten')}</Paragraph>;
  return (
    <>
      {parts.map((p, i) => (
        <Paragraph key={i} className="lk-pre-line">
          {p}
        </Paragraph>
      ))}
    </>
  );
}

function LessonView({ lesson: l, back }: { lesson: Lesson; back: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const s = l.experimentSummary;
  const h = s.hypothesis;
  const card = s.learningCard;
  const r = l.rollup;
  const place = [l.organisation.kommune, l.organisation.fylke].filter(Boolean).join(', ');

  return (
    <article className="lk-stack">
      <PageHeading title={l.title}>{l.title}</PageHeading>
      {back}
      <Paragraph>
        {t('public.byline', { organisation: l.organisation.name, date: format.date(String(l.publishedAt)) })}
        {place && ` · ${place}`}
      </Paragraph>
      <ResultTag result={l.result} experimentState={l.experimentState} />
      {l.summary && <Text value={l.summary} />}
      {l.result === 'NOT_SUPPORTED' && <Paragraph>{t('card.successMethod')}</Paragraph>}

      {/* The learning first: what was learned, then how it was found out. */}
      <Section id="public-card" heading={t('card.heading')}>
        {card ? (
          <dl className="lk-facts lk-facts--stacked">
            <dt>{t('card.learned')}</dt>
            <dd className="lk-pre-line">{card.learned}</dd>
            <dt>{t('card.believed')}</dt>
            <dd className="lk-pre-line">{card.believed}</dd>
            <dt>{t('card.observed')}</dt>
            <dd className="lk-pre-line">{card.observed}</dd>
            {card.nextStep && (
              <>
                <dt>{t('card.nextStep')}</dt>
                <dd>{t(`nextStep.${card.nextStep}`)}</dd>
              </>
            )}
          </dl>
        ) : (
          <Paragraph>{t('card.missing')}</Paragraph>
        )}
      </Section>
      <Section id="public-worked" heading={t('public.whatWorked')}>
        <Text value={l.whatWorked} />
      </Section>
      <Section id="public-did-not" heading={t('public.whatDidNot')}>
        <Text value={l.whatDidNot} />
      </Section>
      <Section id="public-advice" heading={t('public.advice')}>
        <Text value={l.advice} />
      </Section>
      <Section id="public-conditions" heading={t('public.conditions')}>
        <Text value={l.conditions} />
      </Section>

      <Section id="public-rollup" heading={t('public.rollup.heading')}>
        {r.adoptions === 0 ? (
          <Paragraph>{t('public.rollup.none')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('public.rollup.tried', { count: r.organisations })}</Paragraph>
            <ul className="lk-worklist">
              {(
                [
                  ['supported', r.supported],
                  ['notSupported', r.notSupported],
                  ['inconclusive', r.inconclusive],
                  ['stopped', r.stopped],
                  ['inProgress', r.inProgress],
                  ['notShared', r.notShared],
                ] as const
              )
                .filter(([, n]) => n > 0)
                .map(([key, n]) => (
                  <li key={key}>{t(`public.rollup.${key}`, { count: n })}</li>
                ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="public-hypothesis" heading={t('hypothesis.heading')}>
        {h ? (
          <>
            <Paragraph>
              {t('hypothesis.believe', {
                change: h.change || t('hypothesis.blank'),
                targetGroup: h.targetGroup || t('hypothesis.blank'),
                expectedEffect: h.expectedEffect || t('hypothesis.blank'),
              })}
            </Paragraph>
            <Paragraph>
              {t(h.baseline == null ? 'hypothesis.knowNoBaseline' : 'hypothesis.know', {
                metric: h.metric || t('hypothesis.blank'),
                target: h.target == null ? t('hypothesis.blank') : format.number(h.target),
                baseline: h.baseline == null ? '' : format.number(h.baseline),
                byDate: h.byDate ? format.day(h.byDate) : t('hypothesis.blank'),
              })}
            </Paragraph>
          </>
        ) : (
          <Paragraph>{t('public.notWritten')}</Paragraph>
        )}
        {s.measurements.length > 0 && (
          <TableRegion label={t('measurements.caption')}>
            <Table zebra>
              <caption>{t('measurements.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('measurements.date')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('measurements.value')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {s.measurements.map((m) => (
                  <Table.Row key={m.measuredOn}>
                    <Table.Cell>{format.day(m.measuredOn)}</Table.Cell>
                    <Table.Cell>{format.number(m.value)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableRegion>
        )}
      </Section>

      <Section id="public-facts" heading={t('public.facts')}>
        <TagFacts actions={l.actions} sdgs={l.sdgs} theme={l.theme ?? null} />
        <dl className="lk-facts">
          <dt>{t('public.partnerKinds')}</dt>
          <dd>
            {l.partnerKinds.length
              ? format.list(l.partnerKinds.map((k) => t(`partnerKind.${k}`)))
              : t('tags.none')}
          </dd>
          {l.tags.length > 0 && (
            <>
              <dt>{t('public.keywords')}</dt>
              <dd>{l.tags.join(', ')}</dd>
            </>
          )}
          {l.contactName && (
            <>
              <dt>{t('public.contact')}</dt>
              <dd>{l.contactName}</dd>
            </>
          )}
        </dl>
      </Section>
      <PublicLinks />
    </article>
  );
}
