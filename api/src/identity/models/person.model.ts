import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@laerekraft/shared';
import { LocaleEnum } from '../../core/graphql/enums.js';
import type { PersonEntity } from '../person.entity.js';

@ObjectType('RoleAssignment')
export class RoleAssignmentModel {
  @Field(() => Role) role!: Role;
  /** Resolved by a field resolver from unitId. */
  unitId!: string | null;
}

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => LocaleEnum) locale!: string;
  organisationId!: string;
  unitId!: string | null;
}

export function mapPerson(e: PersonEntity): PersonModel {
  return {
    id: e.id,
    name: e.name,
    email: e.email,
    locale: e.locale,
    organisationId: e.organisationId,
    unitId: e.unitId,
  };
}
