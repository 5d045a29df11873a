import { Field, ObjectType } from '@nestjs/graphql';

/**
 * What the signed-in person may do that is not tied to one object. Each feature adds its own
 * fields from its own policy (a resolver of this type in the feature), so this type knows no
 * feature; the web shows an action only when its field here, or on the object's `viewerCan`, says so.
 */
@ObjectType('ViewerCan', { description: 'What the signed-in person may do, outside any one object' })
export class ViewerCanModel {
  @Field({ description: 'Keep people, roles and invitations (the innovation lead)' }) administer!: boolean;
}
