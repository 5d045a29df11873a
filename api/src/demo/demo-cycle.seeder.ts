import { Injectable } from '@nestjs/common';
import {
  ExperimentResult,
  InnovationAction,
  LearningEntryKind,
  NextStep,
  PartnerKind,
  Theme,
} from '@laerekraft/shared';
import { Db } from '../core/database/db.service.js';
import { SessionsService } from '../identity/sessions.service.js';
import { PartnersService } from '../experiments/partners/partners.service.js';
import { UnionInvolvementService } from '../experiments/union-involvement/union-involvement.service.js';
import { MeasurementsService } from '../experiments/measurements/measurements.service.js';
import type { Actor } from '../core/auth/actor.js';
import { PersonEntity } from '../identity/person.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { IdeasService } from '../ideas/ideas.service.js';
import { ExperimentsService } from '../experiments/experiments.service.js';
import { LearningService } from '../learning/learning.service.js';
import type { DemoClock } from './demo-clock.js';

/**
 * The dare-to-try cycle in Bodø, played through the real services so every step has
 * its audit trail: a waiting idea, a draft, a declined idea, a running experiment with
 * union involvement, log and measurements, and a concluded one whose hypothesis failed.
 * Each step happens on its own day (`DemoClock`): ideas are written before they are
 * decided, experiments created before they start, measured while they run and concluded
 * after their last measurement. Returns what the cross-border story builds on.
 */
@Injectable()
export class DemoCycleSeeder {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsService,
    private readonly ideas: IdeasService,
    private readonly experiments: ExperimentsService,
    private readonly learning: LearningService,
    private readonly union: UnionInvolvementService,
    private readonly partners: PartnersService,
    private readonly measurements: MeasurementsService,
  ) {}

  async seed(clock: DemoClock): Promise<{ concludedId: string } | null> {
    const at = clock.at.bind(clock);
    const daysAgo = (n: number) => clock.date(n);
    const as = async (email: string): Promise<Actor> => {
      const p = await this.db.door('demo-seed', (m) => m.findOneByOrFail(PersonEntity, { email }));
      return (await this.sessions.actorForPerson({ organisationId: p.organisationId, personId: p.id }))!;
    };
    const unit = (name: string) =>
      this.db.run(employee.scope, (m) => m.findOneByOrFail(UnitEntity, { name }));
    let employee: Actor, manager: Actor, unitManager: Actor, rep: Actor;
    try {
      [employee, manager, unitManager, rep] = await Promise.all([
        as('ansatt@bodo.demo'),
        as('leder.helse@bodo.demo'),
        as('leder.hjemme@bodo.demo'),
        as('tillitsvalgt@bodo.demo'),
      ]);
    } catch {
      return null; // Bodø's demo people are not there (an older demo database): nothing to add to
    }
    const sentrum = await unit('Hjemmetjenesten sentrum');
    const base = { unitId: sentrum.id, hideAuthor: false };

    // A concluded experiment whose hypothesis was not supported — a success of the method.
    // Four months ago to two months ago; its lesson goes to the network (DemoStorySeeder).
    let failed = await at(120, () =>
      this.experiments.create(manager, {
        title: 'Felles morgenmøte på video',
        summary: 'Erstatte fysiske morgenmøter i tre soner med ett felles videomøte.',
        unitId: sentrum.id,
        ownerId: unitManager.personId,
        hypothesis: {
          change: 'ett felles morgenmøte på video',
          targetGroup: 'ansatte i tre hjemmetjenestesoner',
          expectedEffect: 'mer tid til brukerne',
          metric: 'minutter brukt på morgenmøter per ansatt per uke',
          baseline: 75,
          target: 45,
          byDate: daysAgo(65),
        },
        acceptableLoss: 'Seks uker med noe dårligere informasjonsflyt.',
        hours: 20,
        nok: 0,
        affectsEmployees: false,
        actions: [InnovationAction.LEARN, InnovationAction.LEAD],
        sdgs: [8],
        theme: Theme.HEALTH_AND_CARE,
      }),
    );
    failed = await at(110, () =>
      this.experiments.start(unitManager, { id: failed.id, version: failed.version }),
    );
    await at(100, () =>
      this.measurements.add(unitManager, {
        experimentId: failed.id,
        measuredOn: daysAgo(100),
        value: 72,
        note: '',
      }),
    );
    await at(95, () =>
      this.learning.add(unitManager, {
        experimentId: failed.id,
        kind: LearningEntryKind.SETBACK,
        text: 'Lyd og oppkobling tar ti minutter hver morgen.',
        entryDate: daysAgo(95),
      }),
    );
    await at(80, () =>
      this.measurements.add(unitManager, {
        experimentId: failed.id,
        measuredOn: daysAgo(80),
        value: 70,
        note: 'Mye tid går til teknisk oppstart',
      }),
    );
    await at(60, async () =>
      this.experiments.conclude(unitManager, {
        id: failed.id,
        version: (await this.experiments.get(unitManager, failed.id)).version,
        result: ExperimentResult.NOT_SUPPORTED,
        learningCard: {
          believed: 'Et felles videomøte ville spare tid for alle.',
          observed:
            'Tiden gikk knapt ned; teknisk oppstart spiste gevinsten, og de uformelle avklaringene forsvant.',
          learned: 'Det er avklaringene etter møtet som gir verdi, ikke selve møtet.',
          nextStep: NextStep.ADJUST_AND_RETRY,
        },
      }),
    );

    // A running experiment, from an approved idea: ten weeks ago to last week.
    const store = await at(75, () =>
      this.ideas.create(employee, {
        ...base,
        title: 'Selvbetjent hjelpemiddellager',
        needWhose: 'Pårørende som henter hjelpemidler',
        needObserved: 'Kø ved lageret på ettermiddagen; ansatte må gå fra pasientarbeid.',
        proposal: 'Hentebokser med kode for enkle hjelpemidler.',
        benefit: 'Kortere ventetid for pårørende, mer tid til brukerne for de ansatte.',
        actions: [InnovationAction.DARE, InnovationAction.COLLABORATE],
        sdgs: [3, 11],
        theme: Theme.HEALTH_AND_CARE,
      }),
    );
    const s1 = await at(74, () => this.ideas.submit(employee, { id: store.id, version: store.version }));
    const approved = await at(70, () => this.ideas.approve(manager, { id: s1.id, version: s1.version }));
    let running = await this.experiments.get(manager, approved.experimentId!);
    running = await at(68, () =>
      this.experiments.update(manager, {
        id: running.id,
        version: running.version,
        title: running.title,
        hypothesis: {
          change: 'hentebokser med kode for enkle hjelpemidler',
          targetGroup: 'pårørende som henter hjelpemidler',
          expectedEffect: 'kortere ventetid og færre avbrudd for de ansatte',
          metric: 'avbrudd per uke for å utlevere hjelpemidler',
          baseline: 40,
          target: 15,
          byDate: daysAgo(-60),
        },
        acceptableLoss: 'To bokser (om lag 30 000 kr) og noen timer med opplæring.',
        hours: 60,
        nok: 30000,
        affectsEmployees: true,
        actions: running.actions,
        sdgs: running.sdgs,
        theme: running.theme,
      }),
    );
    await at(66, () =>
      this.union.record(rep, {
        experimentId: running.id,
        occurredOn: daysAgo(66),
        who: 'Tone Tillitsvalgt (Fagforbundet), verneombud',
        whatWasSaid:
          'Positive, forutsatt at ingen får utlevering som tilleggsoppgave uten at noe annet tas bort.',
      }),
    );
    await at(65, () =>
      this.partners.add(manager, {
        experimentId: running.id,
        kind: PartnerKind.BUSINESS,
        name: 'Lokal låsesmed',
        role: 'Leverer og drifter boksene',
      }),
    );
    running = await at(63, async () =>
      this.experiments.start(manager, {
        id: running.id,
        version: (await this.experiments.get(manager, running.id)).version,
      }),
    );
    for (const [ago, value] of [
      [56, 38],
      [42, 29],
      [14, 22],
    ] as const) {
      await at(ago, () =>
        this.measurements.add(employee, {
          experimentId: running.id,
          measuredOn: daysAgo(ago),
          value,
          note: '',
        }),
      );
    }
    await at(40, () =>
      this.learning.add(employee, {
        experimentId: running.id,
        kind: LearningEntryKind.OBSERVATION,
        text: 'De fleste pårørende fant boksene uten hjelp. **To** ringte fordi koden ikke virket.',
        entryDate: daysAgo(40),
      }),
    );
    await at(20, () =>
      this.learning.add(manager, {
        experimentId: running.id,
        kind: LearningEntryKind.REFLECTION,
        promptId: 'dare2',
        text: 'Vi turte å la være å ha en ansatt til stede den første uka. Det gikk bedre enn fryktet.',
        entryDate: daysAgo(20),
      }),
    );

    // A running experiment in Saltstraumen that has gone quiet: its last log entry is seven
    // weeks old (the portfolio's "no entry for 30 days"), with the union involved before the
    // start, a partner from the voluntary sector and hours and NOK against an acceptable loss.
    const saltstraumen = await unit('Hjemmetjenesten Saltstraumen');
    let walks = await at(95, () =>
      this.experiments.create(manager, {
        title: 'Kveldsturer med frivillige',
        summary: 'Frivillige går kveldstur med hjemmeboende eldre to kvelder i uka.',
        unitId: saltstraumen.id,
        ownerId: manager.personId,
        hypothesis: {
          change: 'kveldsturer med frivillige to kvelder i uka',
          targetGroup: 'hjemmeboende eldre som bor alene',
          expectedEffect: 'færre kveldsanrop til hjemmetjenesten',
          metric: 'kveldsanrop per uke',
          baseline: 30,
          target: 20,
          byDate: daysAgo(-30),
        },
        acceptableLoss: 'Noen timer koordinering i uka og at enkelte turer blir avlyst.',
        hours: 45,
        nok: 8000,
        affectsEmployees: true,
        actions: [InnovationAction.MOBILISE, InnovationAction.COLLABORATE],
        sdgs: [3, 10],
        theme: Theme.WELFARE,
      }),
    );
    await at(92, () =>
      this.union.record(rep, {
        experimentId: walks.id,
        occurredOn: daysAgo(92),
        who: 'Tone Tillitsvalgt (Fagforbundet)',
        whatWasSaid: 'Greit, så lenge koordineringen tas fra noe annet og ikke kommer i tillegg.',
      }),
    );
    await at(91, () =>
      this.partners.add(manager, {
        experimentId: walks.id,
        kind: PartnerKind.VOLUNTARY_SECTOR,
        name: 'Frivilligsentralen i Saltstraumen',
        role: 'Finner og følger opp de frivillige',
      }),
    );
    walks = await at(90, async () =>
      this.experiments.start(manager, {
        id: walks.id,
        version: (await this.experiments.get(manager, walks.id)).version,
      }),
    );
    await at(50, () =>
      this.learning.add(manager, {
        experimentId: walks.id,
        kind: LearningEntryKind.OBSERVATION,
        text: 'Turene i regnvær ble ikke avlyst: de eldre ville gå likevel.',
        entryDate: daysAgo(50),
      }),
    );

    // A declined idea (a month ago) and one waiting for a decision (this fortnight).
    const declined = await at(30, () =>
      this.ideas.create(unitManager, {
        ...base,
        title: 'Egen app for vaktbytter',
        needWhose: 'Ansatte i hjemmetjenesten',
        needObserved: 'Vaktbytter avtales på SMS og blir borte.',
        proposal: 'Utvikle en egen app for vaktbytter.',
        benefit: 'Færre glemte vakter gir tryggere tjenester.',
        actions: [InnovationAction.LEARN],
        theme: Theme.ADMINISTRATION,
      }),
    );
    const d1 = await at(29, () =>
      this.ideas.submit(unitManager, { id: declined.id, version: declined.version }),
    );
    await at(26, () =>
      this.ideas.decline(manager, {
        id: d1.id,
        version: d1.version,
        reason: 'Turnusprogrammet vårt får vaktbytte i vår; prøv det først og meld inn det som mangler.',
      }),
    );

    const waiting = await at(12, () =>
      this.ideas.create(employee, {
        ...base,
        title: 'Digitalt nattilsyn for hjemmeboende',
        needWhose: 'Eldre hjemmeboende som får tilsyn om natten',
        needObserved: 'Nattevaktene forteller at mange vekkes av tilsynsbesøk og sover dårlig etterpå.',
        proposal: 'Prøve sensorbasert nattilsyn hos ti brukere som ønsker det, i tre måneder.',
        benefit: 'Bedre søvn for brukerne og mer tid til dem som trenger besøk.',
        actions: [InnovationAction.DARE, InnovationAction.MOBILISE],
        sdgs: [3],
        theme: Theme.HEALTH_AND_CARE,
      }),
    );
    await at(11, () => this.ideas.submit(employee, { id: waiting.id, version: waiting.version }));

    // A draft, still private to its author.
    await at(3, () =>
      this.ideas.create(employee, {
        ...base,
        title: 'Felles lunsj med brukerne',
        proposal: 'Tanker så langt: en gang i uka?',
      }),
    );
    return { concludedId: failed.id };
  }
}
