import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AdoptionState, ExperimentResult, PartnerKind } from '@laerekraft/shared';
import '../../../core/graphql/enums.js';
import { UnitModel } from '../../../organisations/models/unit.model.js';
import { ExperimentModel } from '../../../experiments/models/experiment.model.js';
import { IdeaModel } from '../../../ideas/models/idea.model.js';
import type { LineageEntry } from '../spread.reads.js';
import type { MeasuredChange } from '../summary.js';

@ObjectType('MeasuredChange', { description: 'A replication’s metric against its own baseline and target' })
export class MeasuredChangeModel {
  @Field() metric!: string;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true, description: 'The latest measurement' }) latest!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'latest − baseline' }) change!: number | null;
}

@ObjectType('AdoptionLesson', { description: 'The lesson an adoption wrote, where the reader may see it' })
export class AdoptionLessonModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
}

@ObjectType('Adoption', {
  description:
    'One replication in a lesson’s lineage: who adopted it and how far it got; its result only where its own lesson reaches the reader (or inside the reader’s organisation)',
})
export class AdoptionModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The adopting organisation' }) organisationName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The adopting unit, inside the reader’s own organisation only',
  })
  unitName!: string | null;
  @Field(() => AdoptionState) state!: AdoptionState;
  @Field(() => Int, { description: '1: adopted this lesson; 2: adopted an adoption of it; …' })
  depth!: number;
  @Field(() => ID, { description: 'The lesson it adopted (this one, or one below it in the tree)' })
  sourceLessonId!: string;
  @Field() adoptedAt!: Date;
  @Field({ description: 'False: finished or not, its result does not reach this reader' })
  resultShared!: boolean;
  @Field(() => AdoptionLessonModel, { nullable: true }) lesson!: AdoptionLessonModel | null;
  @Field(() => ExperimentResult, { nullable: true }) result!: ExperimentResult | null;
  @Field(() => MeasuredChangeModel, { nullable: true }) measured!: MeasuredChange | null;
}

@ObjectType('LessonAdoptAbilities', {
  description: 'How the viewer may try this lesson (“Prøv dette hos oss”)',
})
export class LessonAdoptAbilitiesModel {
  @Field({ description: 'Start it as an experiment (a manager, the innovation lead)' })
  asExperiment!: boolean;
  @Field({ description: 'Propose it as an idea instead (an employee)' }) asIdea!: boolean;
}

@ObjectType('LessonAdoptOptions', { description: 'Where the viewer may try this lesson, for the dialog' })
export class LessonAdoptOptionsModel {
  @Field({ description: 'As an idea (proposeAsIdea), or else as an experiment' }) asIdea!: boolean;
  @Field(() => [UnitModel], {
    description: 'The units it may be tried in, in that way; empty when it may not',
  })
  units!: UnitModel[];
  @Field(() => ID, { nullable: true, description: 'The viewer’s own unit, the default choice' })
  ownUnitId!: string | null;
}

@ObjectType('LessonLink', {
  description: 'The lesson an experiment or idea builds on, as the viewer may see it',
})
export class LessonLinkModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Where it was learned' }) organisationName!: string;
  @Field(() => [PartnerKind], { description: 'Who the source worked with, by kind' })
  partnerKinds!: PartnerKind[];
}

@ObjectType('AdoptLessonResult')
export class AdoptLessonResultModel {
  @Field(() => ID) adoptionId!: string;
  @Field(() => AdoptionState) state!: AdoptionState;
  @Field(() => ExperimentModel, { nullable: true, description: 'The new experiment (a manager adopting)' })
  experiment!: ExperimentModel | null;
  @Field(() => IdeaModel, { nullable: true, description: 'The proposed idea (an employee adopting)' })
  idea!: IdeaModel | null;
  /** The lesson tried: its `lesson` field reads it afresh (lessons.resolver.ts). */
  lessonId!: string;
}

export function mapAdoption(a: LineageEntry): AdoptionModel {
  return {
    id: a.id,
    organisationName: a.organisationName,
    unitName: a.unitName,
    state: a.state,
    depth: a.depth,
    sourceLessonId: a.sourceLessonId,
    adoptedAt: a.adoptedAt,
    resultShared: a.resultShared,
    lesson: a.lessonId && a.lessonTitle !== null ? { id: a.lessonId, title: a.lessonTitle } : null,
    result: a.result,
    measured: a.resultShared ? a.measured : null,
  };
}
