import { Field, ID, InputType } from '@nestjs/graphql';
import { Role, Limits } from '@laerekraft/shared';
import { LocaleEnum } from '../../core/graphql/enums.js';
import { KEEP_NOT_NULL, KEEP_OR_CLEAR } from '../../core/graphql/partial-update.js';

@InputType()
export class LoginInput {
  @Field() email!: string;
  @Field() password!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link' }) token!: string;
  @Field({ description: `Your name as colleagues will see it (max ${Limits.NAME_MAX})` }) name!: string;
  @Field({ description: 'At least 12 characters' }) password!: string;
}

@InputType({ description: 'Changes only the fields given; a change that changes nothing writes nothing' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: `Max ${Limits.NAME_MAX}; ${KEEP_NOT_NULL}` }) name?:
    string | null;
  @Field(() => LocaleEnum, { nullable: true, description: KEEP_NOT_NULL }) locale?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: `The unit I work in ("my unit"); ${KEEP_OR_CLEAR} (no unit)`,
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
