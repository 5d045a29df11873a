import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ExperimentResult,
  ExperimentState,
  findFylke,
  findKommune,
  InnovationAction,
  OrganisationKind,
  PartnerKind,
  Theme,
} from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { PageInfo } from '../../core/graphql/pagination.js';
import { HypothesisModel } from '../../experiments/models/experiment.model.js';
import { LessonRollupModel, mapRollup } from '../../lessons/models/lesson.model.js';
import { LessonLearningCardModel, LessonMeasurementModel } from '../../lessons/models/lesson-parts.model.js';
import type { RollupRow } from '../../lessons/rollup.js';
import { readExperimentSummary } from '../experiment-summary.js';
import type { PublicLessonRow } from '../public-lessons.sql.js';

@ObjectType('PublicOrganisation', {
  description: 'The organisation behind a public lesson: its public registry facts only',
})
export class PublicOrganisationModel {
  @Field() name!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field({ description: 'Organisasjonsnummer (Enhetsregisteret)' }) organisationNumber!: string;
  @Field(() => String, { nullable: true, description: 'Kommunenummer (SSB classification 131)' })
  kommunenummer!: string | null;
  @Field(() => String, { nullable: true, description: 'The municipality’s name' }) kommune!: string | null;
  @Field(() => String, { nullable: true }) fylkesnummer!: string | null;
  @Field(() => String, { nullable: true, description: 'The county’s name' }) fylke!: string | null;
}

/**
 * Its own type, not the lessons feature's `LessonExperimentSummary`: that one carries the
 * experiment's title, state and stop reason, which the public never sees (the whitelist in
 * experiment-summary.ts). The parts with exactly the same fields are the lessons' types
 * (`LessonLearningCard`, `LessonMeasurement`: date and value, never the note).
 */
@ObjectType('PublicExperimentSummary', {
  description:
    'What an outside reader sees of the experiment behind a lesson, frozen at publication: never its title, stop reason, log, comments or people',
})
export class PublicExperimentSummaryModel {
  @Field(() => HypothesisModel, { nullable: true }) hypothesis!: HypothesisModel | null;
  @Field(() => ExperimentResult, { nullable: true }) result!: ExperimentResult | null;
  @Field(() => LessonLearningCardModel, { nullable: true }) learningCard!: LessonLearningCardModel | null;
  @Field(() => [LessonMeasurementModel], {
    description: 'Oldest first; compare with hypothesis baseline and target',
  })
  measurements!: LessonMeasurementModel[];
  @Field(() => [PartnerKind]) partnerKinds!: PartnerKind[];
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
}

@ObjectType('PublicLesson', {
  description:
    'A lesson published to the public, as anyone sees it without signing in: no person’s name but a contact who named themselves',
})
export class PublicLessonModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() whatWorked!: string;
  @Field() whatDidNot!: string;
  @Field({ description: 'Advice for whoever tries next' }) advice!: string;
  @Field({ description: 'Conditions that mattered: size, target group, resources used' }) conditions!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => ExperimentState, { description: 'CONCLUDED or STOPPED' }) experimentState!: ExperimentState;
  @Field(() => ExperimentResult, { nullable: true }) result!: ExperimentResult | null;
  @Field(() => [InnovationAction]) actions!: InnovationAction[];
  @Field(() => [Int]) sdgs!: number[];
  @Field(() => Theme, { nullable: true }) theme!: Theme | null;
  @Field(() => [PartnerKind]) partnerKinds!: PartnerKind[];
  @Field(() => String, { nullable: true, description: 'A person named by their own consent' })
  contactName!: string | null;
  @Field(() => Int, { description: 'Adoptions in the whole lineage below this lesson' })
  adoptionCount!: number;
  @Field() publishedAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => PublicOrganisationModel) organisation!: PublicOrganisationModel;
  @Field(() => PublicExperimentSummaryModel) experimentSummary!: PublicExperimentSummaryModel;
  @Field(() => LessonRollupModel, { description: 'As anyone may see it: results only from public lessons' })
  rollup!: LessonRollupModel;
  /** Where a keyset page after this lesson starts (published_at to the microsecond). */
  cursorKey!: string;
}

@ObjectType('PublicLessonConnection')
export class PublicLessonConnectionModel {
  @Field(() => [PublicLessonModel]) nodes!: PublicLessonModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

export function mapPublicOrganisation(r: PublicLessonRow): PublicOrganisationModel {
  const kommune = r.kommunenummer ? findKommune(r.kommunenummer) : undefined;
  const fylkesnummer = r.fylkesnummer ?? kommune?.fylkesnummer ?? null;
  return {
    name: r.organisation_name,
    kind: r.organisation_kind,
    organisationNumber: r.organisation_number,
    kommunenummer: r.kommunenummer,
    kommune: kommune?.navn ?? null,
    fylkesnummer,
    fylke: fylkesnummer ? (findFylke(fylkesnummer)?.navn ?? null) : null,
  };
}

export function mapPublicLesson(r: PublicLessonRow, rollup: RollupRow | undefined): PublicLessonModel {
  const s = readExperimentSummary(r.experiment_summary);
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    whatWorked: r.what_worked,
    whatDidNot: r.what_did_not,
    advice: r.advice,
    conditions: r.conditions,
    tags: r.tags,
    experimentState: r.experiment_state,
    result: r.result,
    actions: r.actions,
    sdgs: r.sdgs,
    theme: r.theme,
    partnerKinds: r.partner_kinds,
    contactName: r.contact_name,
    adoptionCount: r.adoption_count,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    organisation: mapPublicOrganisation(r),
    experimentSummary: {
      ...s,
      startedAt: s.startedAt ? new Date(s.startedAt) : null,
      endedAt: s.endedAt ? new Date(s.endedAt) : null,
    },
    rollup: mapRollup(rollup),
    cursorKey: r.published_key,
  };
}
