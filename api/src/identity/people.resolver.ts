import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Ctx } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import type { GqlContext } from '../core/graphql/context.js';
import { OrganisationModel, mapOrganisation } from '../organisations/models/organisation.model.js';
import { UnitModel, mapUnit } from '../organisations/models/unit.model.js';
import { IdentityPolicy } from './identity.policy.js';
import { PeopleService } from './people.service.js';
import { ChangePasswordInput, SetRolesInput, UpdateProfileInput } from './dto/identity.inputs.js';
import { PersonModel, RoleAssignmentModel, mapPerson } from './models/person.model.js';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => [PersonModel], { name: 'people', description: 'People in my organisation' })
  async people_(@CurrentActor() actor: Actor, @Ctx() ctx: GqlContext): Promise<PersonModel[]> {
    const { node, primed } = await this.people.load(actor);
    primed.into(ctx.loaders);
    return node.map(mapPerson);
  }

  @Mutation(() => PersonModel, { description: 'Replaces a person’s roles (innovation lead only)' })
  async setRoles(@CurrentActor() actor: Actor, @Args('input') input: SetRolesInput): Promise<PersonModel> {
    return mapPerson(await this.people.setRoles(actor, input));
  }

  @Mutation(() => PersonModel)
  async updateProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProfileInput,
  ): Promise<PersonModel> {
    return mapPerson(await this.people.updateProfile(actor, input));
  }

  @Mutation(() => Boolean, { description: 'Needs the current password; ends the person’s other sessions' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
    @Ctx() ctx: GqlContext,
  ): Promise<boolean> {
    await this.people.changePassword(actor, input, ctx.req);
    return true;
  }

  @ResolveField(() => [RoleAssignmentModel], {
    description: 'Visible inside the person’s own organisation only',
  })
  async roles(@Parent() person: PersonModel, @Ctx() ctx: GqlContext): Promise<RoleAssignmentModel[]> {
    if (!ctx.auth.actor || !IdentityPolicy.canSeePeopleOf(ctx.auth.actor, person.organisationId)) return [];
    const rows = await ctx.loaders.rolesByPerson.load(person.id);
    return rows.map((r) => ({ role: r.role, unitId: r.unitId }));
  }

  @ResolveField(() => UnitModel, {
    nullable: true,
    description: 'The unit the person works in; visible inside the organisation only',
  })
  async unit(@Parent() person: PersonModel, @Ctx() ctx: GqlContext): Promise<UnitModel | null> {
    if (
      !person.unitId ||
      !ctx.auth.actor ||
      !IdentityPolicy.canSeePeopleOf(ctx.auth.actor, person.organisationId)
    )
      return null;
    const unit = await ctx.loaders.unit.load(person.unitId);
    return unit ? mapUnit(unit) : null;
  }

  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() person: PersonModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel> {
    return mapOrganisation((await ctx.loaders.organisation.load(person.organisationId))!);
  }
}

@Resolver(() => RoleAssignmentModel)
export class RoleAssignmentResolver {
  @ResolveField(() => UnitModel, { nullable: true })
  async unit(@Parent() ra: RoleAssignmentModel, @Ctx() ctx: GqlContext): Promise<UnitModel | null> {
    if (!ra.unitId) return null;
    const unit = await ctx.loaders.unit.load(ra.unitId);
    return unit && ctx.auth.actor?.organisationId === unit.organisationId ? mapUnit(unit) : null;
  }
}
