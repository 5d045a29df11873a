import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@laerekraft/shared';
import { LocaleEnum } from '../../core/graphql/enums.js';

@InputType()
export class LoginInput {
  @Field() email!: string;
  @Field() password!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link' }) token!: string;
  @Field({ description: 'Your name as colleagues will see it (max 120)' }) name!: string;
  @Field({ description: 'At least 12 characters' }) password!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field() name!: string;
  @Field(() => LocaleEnum) locale!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The unit I work in ("my unit"); omit to leave it unchanged',
  })
  unitId?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field() currentPassword!: string;
  @Field() newPassword!: string;
}

@InputType()
export class RoleInput {
  @Field(() => Role) role!: Role;
  @Field(() => ID, {
    nullable: true,
    description: 'Required for MANAGER: the unit managed (and the units below it)',
  })
  unitId?: string | null;
}

@InputType()
export class InvitePersonInput {
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => [RoleInput]) roles!: RoleInput[];
}

@InputType()
export class SetRolesInput {
  @Field(() => ID) personId!: string;
  @Field(() => [RoleInput], { description: 'The complete new set of roles' }) roles!: RoleInput[];
}
