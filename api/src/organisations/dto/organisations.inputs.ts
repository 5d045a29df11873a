import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OrganisationKind, Limits } from '@laerekraft/shared';

@InputType()
export class CreateUnitInput {
  @Field({ description: `Max ${Limits.UNIT_NAME_MAX} characters` }) name!: string;
  @Field(() => ID, { nullable: true, description: 'Parent unit; none for a top-level unit' }) parentId?:
    string | null;
}

@InputType({ description: 'The same name again changes nothing: no audit row, same version' })
export class RenameUnitInput {
  @Field(() => ID) id!: string;
  @Field({ description: `Max ${Limits.UNIT_NAME_MAX} characters` }) name!: string;
  @Field(() => Int) version!: number;
}

@InputType()
export class MoveUnitInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'New parent; null makes it top-level; left out: unchanged. Moving under itself or a descendant is refused.',
  })
  parentId?: string | null;
  @Field(() => Int) version!: number;
}

@InputType()
export class UnitVersionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field(() => String, {
    nullable: true,
    description: 'kommunenummer (KOMMUNE) or fylkesnummer (FYLKESKOMMUNE), from SSB classification 131',
  })
  number?: string | null;
  @Field({ description: '9 digits with a modulus-11 check digit' }) organisationNumber!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Required for OTHER; defaults to the official name otherwise',
  })
  name?: string | null;
  @Field({ description: 'The first innovation lead, who receives an invitation' }) leadName!: string;
  @Field() leadEmail!: string;
}
