import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { UnitEntity } from '../unit.entity.js';

@ObjectType('Unit', { description: 'A unit (enhet) in an organisation’s tree' })
export class UnitModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version!: number;
}

export function mapUnit(e: UnitEntity): UnitModel {
  return { id: e.id, name: e.name, parentId: e.parentId, archivedAt: e.archivedAt, version: e.version };
}
