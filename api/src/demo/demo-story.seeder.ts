import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AdoptionState,
  ExperimentResult,
  InnovationAction,
  LearningEntryKind,
  LessonReach,
  LessonState,
  NextStep,
  PartnerKind,
  Theme,
} from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { SessionsService } from '../identity/sessions.service.js';
import { PersonEntity } from '../identity/person.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { ExperimentEntity } from '../experiments/experiment.entity.js';
import { ExperimentsService } from '../experiments/experiments.service.js';
import { MeasurementsService } from '../experiments/measurements/measurements.service.js';
import { PartnersService } from '../experiments/partners/partners.service.js';
import { IdeasService } from '../ideas/ideas.service.js';
import { LearningService } from '../learning/learning.service.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { buildSummary, publishedFacets, type SummarySource } from '../lessons/lessons.loaders.js';
import type { OrganisationRow } from '../organisations/organisations.loaders.js';
import { AdoptionEntity } from '../lessons/adoption.entity.js';
import { NetworkEntity } from '../networks/network.entity.js';
import { NetworksService } from '../networks/networks.service.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import type { DemoClock } from './demo-clock.js';
import { DEMO_NETWORK } from './demo-data.js';

/**
 * The story across the border (issue 7, "Demo"): Bodø's concluded experiment has a lesson
 * published to the network; Kinn adopted it and its adoption is running; Bergen has a
 * public lesson; the network has a challenge answered by an idea in Bodø and one in Kinn;
 * the coordinator pinned Bodø's lesson. Lessons and adoptions are written as rows here (as
 * their organisation, under row-level security, with their audit records); challenges,
 * answers and pins go through their services.
 */
@Injectable()
export class DemoStorySeeder {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly ideas: IdeasService,
    private readonly experiments: ExperimentsService,
    private readonly measurements: MeasurementsService,
    private readonly partners: PartnersService,
    private readonly learning: LearningService,
    private readonly networks: NetworksService,
    private readonly challenges: ChallengesService,
  ) {}

  async seed(clock: DemoClock, bodoConcludedId: string): Promise<void> {
    const at = clock.at.bind(clock);
    const as = async (email: string): Promise<Actor> => {
      const p = await this.db.door('demo-seed', (m) => m.findOneByOrFail(PersonEntity, { email }));
      return (await this.sessions.actorForPerson({ organisationId: p.organisationId, personId: p.id }))!;
    };
    const unitOf = (actor: Actor, name: string) =>
      this.db.run(actor.scope, (m) => m.findOneByOrFail(UnitEntity, { name }));
    const network = await this.db.door('demo-seed', (m) =>
      m.findOneBy(NetworkEntity, { name: DEMO_NETWORK.name }),
    );
    if (!network) return;
    const [bodoLead, bodoEmployee, bergenLead, bergenManager, kinnManager, kinnEmployee, coordinator] =
      await Promise.all([
        as('innovasjon@bodo.demo'),
        as('ansatt@bodo.demo'),
        as('innovasjon@bergen.demo'),
        as('leder.hjemme@bergen.demo'),
        as('leder.heime@kinn.demo'),
        as('tilsett@kinn.demo'),
        as(DEMO_NETWORK.coordinatorEmail),
      ]);

    // 1. Bodø writes the lesson of its failed video meeting and publishes it to the network.
    const bodoLesson = await at(55, () =>
      this.writeLesson(bodoLead, bodoConcludedId, {
        title: 'Felles videomøte sparte ikke tid – avklaringene gjorde det',
        summary:
          'Vi byttet tre fysiske morgenmøter med ett felles videomøte. Tiden gikk knapt ned, men vi lærte hvor verdien i møtet ligger.',
        whatWorked: 'Alle fikk samme beskjed samtidig, og ingen måtte kjøre mellom sonene.',
        whatDidNot: 'Oppkobling og lyd tok ti minutter hver morgen, og de uformelle avklaringene forsvant.',
        advice:
          'Test utstyret før dere starter, og sett av ti minutter etter møtet til avklaringer i hver sone.',
        conditions: 'Mellomstor kommune, tre hjemmetjenestesoner, om lag 60 ansatte; ingen ekstra midler.',
        tags: ['morgenmøte', 'video', 'hjemmetjeneste'],
      }),
    );
    await at(50, () => this.publish(bodoLead, bodoLesson, LessonReach.NETWORK, [network.id]));
    await at(45, () =>
      this.networks.pin(coordinator, {
        networkId: network.id,
        lessonId: bodoLesson.id,
        note: 'Et ærlig forsøk som ikke holdt – les rådene før dere prøver videomøter i hjemmetjenesten.',
      }),
    );

    // 2. Kinn adopts it: a new experiment in Florø, adjusted as Bodø advised, now running.
    const florø = await unitOf(kinnManager, 'Heimetenesta Florø');
    const adopted = await at(40, async () => {
      const e = await this.experiments.create(kinnManager, {
        title: 'Morgonmøte på video – med avklaringar etterpå',
        summary: 'Prøver Bodø sitt forsøk på nytt, med ti minutt til avklaringar i kvar sone etter møtet.',
        unitId: florø.id,
        ownerId: kinnManager.personId,
        hypothesis: {
          change: 'eitt felles morgonmøte på video, med ti minutt avklaring etterpå',
          targetGroup: 'tilsette i heimetenesta i Florø og Måløy',
          expectedEffect: 'meir tid til brukarane',
          metric: 'minutt brukt på morgonmøte per tilsett per veke',
          baseline: 80,
          target: 50,
          byDate: clock.date(-30),
        },
        acceptableLoss: 'Åtte veker med litt tyngre informasjonsflyt.',
        hours: 15,
        nok: 0,
        affectsEmployees: false,
        actions: [InnovationAction.LEARN, InnovationAction.COLLABORATE],
        sdgs: [8],
        theme: Theme.HEALTH_AND_CARE,
      });
      await this.db.run(kinnManager.scope, async (m) => {
        await m.update(ExperimentEntity, { id: e.id }, { sourceLessonId: bodoLesson.id });
        const adoption = await m.save(
          AdoptionEntity,
          m.create(AdoptionEntity, {
            organisationId: kinnManager.organisationId,
            unitId: florø.id,
            experimentId: e.id,
            ideaId: null,
            sourceLessonId: bodoLesson.id,
            sourceOrganisationId: bodoLesson.organisationId,
            lineage: [bodoLesson.id],
            state: AdoptionState.PLANNED,
            createdById: kinnManager.personId,
          }),
        );
        await this.audit.record(m, {
          organisationId: kinnManager.organisationId,
          actorId: kinnManager.personId,
          entityType: 'lesson',
          entityId: bodoLesson.id,
          action: 'lesson.adopted',
          after: { adoptionId: adoption.id, experimentId: e.id },
        });
      });
      // The source counts its adoptions (the whole tree below it: here, one).
      await this.db.door('demo-seed', (m) =>
        m.query(
          `UPDATE lessons SET adoption_count = (SELECT count(*) FROM adoptions a WHERE a.lineage @> ARRAY[lessons.id]) WHERE id = $1`,
          [bodoLesson.id],
        ),
      );
      return e;
    });
    await at(30, async () => {
      await this.experiments.start(kinnManager, {
        id: adopted.id,
        version: (await this.experiments.get(kinnManager, adopted.id)).version,
      });
      await this.db.run(kinnManager.scope, (m) =>
        m.update(AdoptionEntity, { experimentId: adopted.id }, { state: AdoptionState.RUNNING }),
      );
    });
    await at(21, () =>
      this.measurements.add(kinnManager, {
        experimentId: adopted.id,
        measuredOn: clock.date(21),
        value: 66,
        note: '',
      }),
    );
    await at(14, () =>
      this.learning.add(kinnManager, {
        experimentId: adopted.id,
        kind: LearningEntryKind.OBSERVATION,
        text: 'Avklaringane etter møtet tek sju–åtte minutt, men vi slepp å ringje rundt etterpå.',
        entryDate: clock.date(14),
      }),
    );
    await at(7, () =>
      this.measurements.add(kinnManager, {
        experimentId: adopted.id,
        measuredOn: clock.date(7),
        value: 58,
        note: '',
      }),
    );

    // 3. Bergen concluded an experiment half a year ago and shared its lesson with everyone.
    const etat = await unitOf(bergenManager, 'Etat for hjemmebaserte tjenester');
    let bergen = await at(200, () =>
      this.experiments.create(bergenManager, {
        title: 'Digitale medisindispensere',
        summary: 'Medisindispensere som varsler brukeren, i stedet for besøk kun for medisinering.',
        unitId: etat.id,
        ownerId: bergenManager.personId,
        hypothesis: {
          change: 'digitale medisindispensere hos brukere som klarer dem',
          targetGroup: 'hjemmeboende med faste medisiner',
          expectedEffect: 'færre besøk kun for medisinering',
          metric: 'besøk kun for medisinering per uke',
          baseline: 120,
          target: 70,
          byDate: clock.date(130),
        },
        acceptableLoss: 'Leie av 30 dispensere i fire måneder.',
        hours: 80,
        nok: 90000,
        affectsEmployees: false,
        actions: [InnovationAction.DARE, InnovationAction.COLLABORATE],
        sdgs: [3, 9],
        theme: Theme.HEALTH_AND_CARE,
      }),
    );
    await at(198, () =>
      this.partners.add(bergenManager, {
        experimentId: bergen.id,
        kind: PartnerKind.BUSINESS,
        name: 'Leverandør av dispensere',
        role: 'Leverer og følger opp utstyret',
      }),
    );
    bergen = await at(190, async () =>
      this.experiments.start(bergenManager, {
        id: bergen.id,
        version: (await this.experiments.get(bergenManager, bergen.id)).version,
      }),
    );
    for (const [ago, value] of [
      [170, 96],
      [130, 64],
    ] as const)
      await at(ago, () =>
        this.measurements.add(bergenManager, {
          experimentId: bergen.id,
          measuredOn: clock.date(ago),
          value,
          note: '',
        }),
      );
    await at(120, async () =>
      this.experiments.conclude(bergenManager, {
        id: bergen.id,
        version: (await this.experiments.get(bergenManager, bergen.id)).version,
        result: ExperimentResult.SUPPORTED,
        learningCard: {
          believed: 'Mange besøk handler bare om medisiner.',
          observed:
            'Besøkene kun for medisinering falt fra 120 til 64 i uka; de fleste brukerne likte varselet.',
          learned:
            'Velg brukerne sammen med fastlegen, og ha en plan for dem som glemmer å tømme dispenseren.',
          nextStep: NextStep.SCALE,
        },
      }),
    );
    const bergenLesson = await at(110, () =>
      this.writeLesson(bergenLead, bergen.id, {
        title: 'Medisindispensere frigjorde 56 besøk i uka',
        summary:
          'Digitale medisindispensere hos 30 brukere halverte nesten besøkene som bare gjaldt medisiner.',
        whatWorked: 'Varsel på dispenseren, og fastlegen med i utvelgelsen.',
        whatDidNot: 'Et par brukere glemte å tømme dispenseren og trengte besøk likevel.',
        advice: 'Start med brukere som selv ønsker det, og avtal oppfølging med apoteket.',
        conditions: 'Stor kommune, 30 brukere, leie av utstyr (90 000 kr).',
        tags: ['velferdsteknologi', 'medisiner'],
      }),
    );
    await at(100, () => this.publish(bergenLead, bergenLesson, LessonReach.PUBLIC, []));

    // 4. The network's challenge, and an idea from Bodø and one from Kinn answering it.
    const { challenge } = await at(35, () =>
      this.challenges.post(coordinator, {
        networkId: network.id,
        title: 'Færre ensomme eldre på kveldstid',
        need: 'Hjemmetjenestene i nettverket melder at mange hjemmeboende eldre er mest ensomme mellom middag og leggetid, når færrest besøker dem.',
        concerns: 'Hjemmeboende eldre over 80 år som bor alene',
        deadline: clock.date(-45),
      }),
    );
    const sentrum = await unitOf(bodoEmployee, 'Hjemmetjenesten sentrum');
    const bodoIdea = await at(25, () =>
      this.ideas.create(bodoEmployee, {
        unitId: sentrum.id,
        title: 'Kveldsprat på nettbrett',
        needWhose: 'Hjemmeboende eldre som er alene om kvelden',
        needObserved: 'Kveldsvaktene forteller at mange vil prate lenger enn besøket varer.',
        proposal: 'Frivillige ringer opp på nettbrett to kvelder i uka, i åtte uker.',
        benefit: 'Mindre ensomhet og færre «uro»-anrop om natten.',
        actions: [InnovationAction.MOBILISE, InnovationAction.COLLABORATE],
        sdgs: [3, 10],
        theme: Theme.HEALTH_AND_CARE,
        challengeId: challenge.id,
      }),
    );
    await at(24, () => this.ideas.submit(bodoEmployee, { id: bodoIdea.id, version: bodoIdea.version }));
    const kinnIdea = await at(20, () =>
      this.ideas.create(kinnEmployee, {
        unitId: florø.id,
        title: 'Kveldskaffi med barneskulen',
        needWhose: 'Eldre som bur åleine i Florø sentrum',
        needObserved: 'Mange seier dei gruar seg til kveldane når det blir mørkt tidleg.',
        proposal: 'Elevar frå Florø barneskule og frivillige inviterer til kveldskaffi ein gong i veka.',
        benefit: 'Nye vener på tvers av generasjonar, og mindre einsemd.',
        actions: [InnovationAction.MOBILISE],
        sdgs: [3, 11],
        theme: Theme.HEALTH_AND_CARE,
        challengeId: challenge.id,
      }),
    );
    const sent = await at(19, () =>
      this.ideas.submit(kinnEmployee, { id: kinnIdea.id, version: kinnIdea.version }),
    );
    await at(15, () => this.ideas.approve(kinnManager, { id: sent.id, version: sent.version }));
  }

  /** A DRAFT lesson on a concluded experiment, with its facets copied, as the organisation. */
  private writeLesson(
    actor: Actor,
    experimentId: string,
    text: Pick<
      LessonEntity,
      'title' | 'summary' | 'whatWorked' | 'whatDidNot' | 'advice' | 'conditions' | 'tags'
    >,
  ): Promise<LessonEntity> {
    return this.db.run(actor.scope, async (m) => {
      const e = await m.findOneByOrFail(ExperimentEntity, { id: experimentId });
      const lesson = await m.save(
        LessonEntity,
        m.create(LessonEntity, {
          ...text,
          organisationId: actor.organisationId,
          unitId: e.unitId,
          experimentId: e.id,
          state: LessonState.DRAFT,
          reach: LessonReach.ORGANISATION,
          networkIds: [],
          contactPersonId: null,
          contactName: null,
          createdById: actor.personId,
          ...(await facets(m, e)),
        }),
      );
      await this.audit.record(m, {
        organisationId: actor.organisationId,
        actorId: actor.personId,
        entityType: 'lesson',
        entityId: lesson.id,
        action: 'lesson.created',
        after: { title: lesson.title, experimentId: e.id },
      });
      return lesson;
    });
  }

  /** Publishes at a reach, freezing the experiment summary an outside reader sees. */
  private publish(
    actor: Actor,
    lesson: LessonEntity,
    reach: LessonReach,
    networkIds: string[],
  ): Promise<void> {
    return this.db.run(actor.scope, async (m) => {
      const e = await m.findOneByOrFail(ExperimentEntity, { id: lesson.experimentId });
      await m.update(LessonEntity, { id: lesson.id }, {
        state: LessonState.PUBLISHED,
        reach,
        networkIds,
        publishedAt: new Date(),
        ...(await facets(m, e)),
      } as Partial<LessonEntity> as never);
      await this.audit.record(m, {
        organisationId: actor.organisationId,
        actorId: actor.personId,
        entityType: 'lesson',
        entityId: lesson.id,
        action: 'lesson.published',
        before: { state: LessonState.DRAFT },
        after: { state: LessonState.PUBLISHED, reach, networkIds },
      });
    });
  }
}

/**
 * The facets a lesson carries from its experiment, and the summary an outside reader sees,
 * built by the lessons feature's one builder (as publishing does), from the same rows.
 */
async function facets(m: EntityManager, e: ExperimentEntity) {
  const [src]: Array<SummarySource & { o: OrganisationRow }> = await m.query(
    `SELECT row_to_json(e) AS e,
            (SELECT json_agg(json_build_object('measured_on', x.measured_on, 'value', x.value) ORDER BY x.measured_on)
               FROM measurements x WHERE x.experiment_id = e.id) AS m,
            (SELECT array_agg(DISTINCT p.kind) FROM experiment_partners p WHERE p.experiment_id = e.id) AS k,
            row_to_json(o) AS o
       FROM experiments e JOIN organisations o ON o.id = e.organisation_id WHERE e.id = $1`,
    [e.id],
  );
  return publishedFacets(buildSummary(src, src.o, []));
}
