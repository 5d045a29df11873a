import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import { UnitsService } from './units.service.js';
import {
  CreateUnitInput,
  MoveUnitInput,
  RenameUnitInput,
  UnitVersionInput,
} from './dto/organisations.inputs.js';
import { UnitModel, mapUnit } from './models/unit.model.js';

@Resolver(() => UnitModel)
export class UnitsResolver {
  constructor(private readonly units: UnitsService) {}

  @Query(() => [UnitModel], {
    name: 'units',
    description: 'My organisation’s units, as a flat list (build the tree from parentId)',
  })
  async units_(
    @CurrentActor() actor: Actor,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<UnitModel[]> {
    return (await this.units.list(actor, includeArchived)).map(mapUnit);
  }

  @Mutation(() => UnitModel)
  async createUnit(@CurrentActor() actor: Actor, @Args('input') input: CreateUnitInput): Promise<UnitModel> {
    return mapUnit(await this.units.create(actor, input));
  }

  @Mutation(() => UnitModel)
  async renameUnit(@CurrentActor() actor: Actor, @Args('input') input: RenameUnitInput): Promise<UnitModel> {
    return mapUnit(await this.units.rename(actor, input));
  }

  @Mutation(() => UnitModel, {
    description:
      'Refused with VALIDATION_FAILED (field parentId, "cycle") if it would put a unit under itself',
  })
  async moveUnit(@CurrentActor() actor: Actor, @Args('input') input: MoveUnitInput): Promise<UnitModel> {
    return mapUnit(await this.units.move(actor, input));
  }

  @Mutation(() => UnitModel, { description: 'Archived units keep their history and can be restored' })
  async archiveUnit(
    @CurrentActor() actor: Actor,
    @Args('input') input: UnitVersionInput,
  ): Promise<UnitModel> {
    return mapUnit(await this.units.archive(actor, input));
  }

  @Mutation(() => UnitModel)
  async restoreUnit(
    @CurrentActor() actor: Actor,
    @Args('input') input: UnitVersionInput,
  ): Promise<UnitModel> {
    return mapUnit(await this.units.restore(actor, input));
  }
}
