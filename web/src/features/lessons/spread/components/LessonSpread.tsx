import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from '../../../../i18n/useTranslation';
import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useFormat } from '../../../../app/format';
import { TableRegion } from '../../../../app/TableRegion';
import type { LessonSpreadQuery as Data } from '../../../../gql/graphql';
import { LessonSpreadQuery } from '../graphql/spread';
import { AdoptDialog } from './AdoptDialog';

type SpreadLesson = Data['lesson'];
type Rollup = SpreadLesson['rollup'];
type Replication = SpreadLesson['adoptions'][number];

/** Only a finished replication has a result to share or keep. */
const FINISHED: readonly string[] = ['CONCLUDED', 'STOPPED'];

/**
 * The lesson page's spread section: the roll-up sentence, "Prøv dette hos oss", and every
 * replication in the tree below the lesson with its state, result and measured change against
 * its own baseline, side by side. It reads by the lesson's id with its own query.
 */
export default function LessonSpread({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(LessonSpreadQuery, { variables: { id: lessonId } });
  const [adopting, setAdopting] = useState(false);
  const lesson = data?.lesson;
  if (!lesson) return null;
  const can = lesson.viewerCanAdopt;
  return (
    <section aria-labelledby="spread-heading" className="lk-stack">
      <Heading level={2} data-size="sm" id="spread-heading">
        {t('spread.heading')}
      </Heading>
      <RollupSentence rollup={lesson.rollup} />
      {(can.asExperiment || can.asIdea) && (
        <div>
          <Button onClick={() => setAdopting(true)}>
            {can.asExperiment ? t('spread.adopt') : t('spread.propose')}
          </Button>
        </div>
      )}
      {lesson.adoptions.length > 0 && <Replications rows={lesson.adoptions} />}
      <AdoptDialog lesson={lesson} open={adopting} onClose={() => setAdopting(false)} />
    </section>
  );
}

/** "Prøvd i 5 kommuner: 3 støttet, 1 ikke støttet, 1 pågår. 1 annet sted, resultat ikke delt." */
export function RollupSentence({ rollup: r }: { rollup: Rollup }) {
  const { t } = useTranslation();
  if (r.adoptions === 0) return <Paragraph>{t('spread.none')}</Paragraph>;
  const parts = (
    [
      ['supported', r.supported],
      ['notSupported', r.notSupported],
      ['inconclusive', r.inconclusive],
      ['stopped', r.stopped],
      ['inProgress', r.inProgress],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([k, n]) => t(`spread.part.${k}`, { count: n }));
  return (
    <Paragraph data-testid="rollup">
      {t('spread.tried', { count: r.organisations })}
      {parts.length > 0 && `: ${parts.join(', ')}`}.
      {r.notShared > 0 && ` ${t('spread.notShared', { count: r.notShared })}.`}
    </Paragraph>
  );
}

function Replications({ rows }: { rows: Replication[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const num = (n: number | null | undefined) => (n == null ? '–' : format.number(n));
  const signed = (n: number | null | undefined) =>
    n == null ? '–' : `${n > 0 ? '+' : ''}${format.number(n)}`;
  return (
    <TableRegion label={t('spread.tableCaption')}>
      <Table zebra data-size="sm">
        <caption className="lk-visually-hidden">{t('spread.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('spread.col.organisation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('spread.col.state')}</Table.HeaderCell>
            <Table.HeaderCell>{t('spread.col.result')}</Table.HeaderCell>
            <Table.HeaderCell>{t('spread.col.metric')}</Table.HeaderCell>
            <Table.HeaderCell>{t('spread.col.baseline')}</Table.HeaderCell>
            <Table.HeaderCell>{t('spread.col.latest')}</Table.HeaderCell>
            <Table.HeaderCell>{t('spread.col.change')}</Table.HeaderCell>
            <Table.HeaderCell>{t('spread.col.target')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((a) => (
            <Table.Row key={a.id}>
              <Table.Cell>
                {a.organisationName}
                {a.unitName && ` · ${a.unitName}`}
                {a.depth > 1 && (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="neutral">
                      {t('spread.depth', { count: a.depth - 1 })}
                    </Tag>
                  </>
                )}
                <div className="lk-muted">{t('spread.adoptedOn', { date: format.date(a.adoptedAt) })}</div>
              </Table.Cell>
              <Table.Cell>{t(`adoptionState.${a.state}`)}</Table.Cell>
              <Table.Cell>
                {!FINISHED.includes(a.state) ? (
                  '–'
                ) : a.resultShared ? (
                  a.result ? (
                    t(`result.${a.result}`)
                  ) : a.state === 'STOPPED' ? (
                    t('result.STOPPED')
                  ) : (
                    '–'
                  )
                ) : (
                  <em>{t('spread.resultNotShared')}</em>
                )}
                {a.lesson && (
                  <div>
                    <Link asChild>
                      <RouterLink to={`/laerdommer/${a.lesson.id}`}>{a.lesson.title}</RouterLink>
                    </Link>
                  </div>
                )}
              </Table.Cell>
              <Table.Cell>{a.measured?.metric || '–'}</Table.Cell>
              <Table.Cell>{num(a.measured?.baseline)}</Table.Cell>
              <Table.Cell>{num(a.measured?.latest)}</Table.Cell>
              <Table.Cell>{signed(a.measured?.change)}</Table.Cell>
              <Table.Cell>{num(a.measured?.target)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}
