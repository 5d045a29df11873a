import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: '“Prøv dette hos oss”: try a lesson in a unit of your organisation' })
export class AdoptLessonInput {
  @Field(() => ID) lessonId!: string;
  @Field(() => ID, { description: 'The unit that tries it' }) unitId!: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Propose it as an idea for a manager to decide (an employee) instead of starting an experiment',
  })
  proposeAsIdea?: boolean | null;
}
