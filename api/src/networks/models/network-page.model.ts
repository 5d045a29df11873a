import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LessonModel } from '../../lessons/models/lesson.model.js';
import { OrganisationModel } from '../../organisations/models/organisation.model.js';
import { PersonModel } from '../../identity/models/person.model.js';

/** A lesson shared across the border, with the organisation it comes from. */
@ObjectType('SharedLesson', {
  description: 'A lesson the reader may see, with the organisation it comes from',
})
export class SharedLessonModel {
  @Field(() => LessonModel) lesson!: LessonModel;
  @Field(() => OrganisationModel) organisation!: OrganisationModel;
}

@ObjectType('NetworkPin', {
  description: 'A coordinator’s pin with a note on a lesson shared to the network',
})
export class NetworkPinModel {
  @Field(() => ID) id!: string;
  @Field() note!: string;
  @Field() pinnedAt!: Date;
  @Field(() => PersonModel, { nullable: true, description: 'Who pinned it (a coordinator)' })
  pinnedBy!: PersonModel | null;
  @Field(() => SharedLessonModel) shared!: SharedLessonModel;
}

@ObjectType('CountByKey')
export class CountByKeyModel {
  @Field({ description: 'An InnovationAction or an ExperimentResult (NONE when stopped without a result)' })
  key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('NetworkSummary', {
  description: 'The lessons shared to the network that the reader may see, counted',
})
export class NetworkSummaryModel {
  @Field(() => Int) lessons!: number;
  @Field(() => [CountByKeyModel]) byAction!: CountByKeyModel[];
  @Field(() => [CountByKeyModel]) byResult!: CountByKeyModel[];
}
