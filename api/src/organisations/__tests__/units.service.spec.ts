import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@laerekraft/shared';
import { Db } from '../../core/database/db.service.js';
import { refusal } from '../../testing/refusal.js';
import { AuditService } from '../../audit/audit.service.js';
import { AuditEventEntity } from '../../audit/audit-event.entity.js';
import { UnitEntity } from '../unit.entity.js';
import { UnitsService } from '../units.service.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { makeOrganisationWithPerson } from '../../testing/fixtures.js';
import type { Actor } from '../../core/auth/actor.js';

describe('UnitsService (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let units: UnitsService;
  let lead: Actor;
  let employee: Actor;

  beforeAll(async () => {
    env = await createTestDataSource();
    units = new UnitsService(new Db(env.app), new AuditService());
    lead = (await makeOrganisationWithPerson(env.ds.manager, [Role.INNOVATION_LEAD])).actor;
    employee = (await makeOrganisationWithPerson(env.ds.manager, [Role.EMPLOYEE])).actor;
  });
  afterAll(() => env.close());

  const tree = async () => {
    const a = await units.create(lead, { name: 'Sektor', parentId: null });
    const b = await units.create(lead, { name: 'Avdeling', parentId: a.id });
    const c = await units.create(lead, { name: 'Enhet', parentId: b.id });
    return { a, b, c };
  };

  it('refuses a move that would make a unit its own ancestor, and changes nothing', async () => {
    const { a, c } = await tree();
    const auditBefore = await env.ds.manager.countBy(AuditEventEntity, { entityId: a.id });
    const e = await refusal(units.move(lead, { id: a.id, parentId: c.id, version: a.version }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.fields).toEqual([{ field: 'parentId', message: 'cycle' }]);
    const after = await env.ds.manager.findOneByOrFail(UnitEntity, { id: a.id });
    expect(after.parentId).toBeNull();
    expect(after.version).toBe(a.version);
    expect(await env.ds.manager.countBy(AuditEventEntity, { entityId: a.id })).toBe(auditBefore);
  });

  it('moves to another branch and records who did it, with before and after', async () => {
    const { b } = await tree();
    const other = await units.create(lead, { name: 'Annen sektor', parentId: null });
    const moved = await units.move(lead, { id: b.id, parentId: other.id, version: b.version });
    expect(moved.parentId).toBe(other.id);
    const rec = await env.ds.manager.findOneByOrFail(AuditEventEntity, {
      entityId: b.id,
      action: 'unit.moved',
    });
    expect(rec).toMatchObject({ actorId: lead.personId, organisationId: lead.organisationId });
    expect(rec.before).toMatchObject({ parentId: b.parentId });
    expect(rec.after).toMatchObject({ parentId: other.id });
  });

  it('refuses a stale version with CONFLICT', async () => {
    const { c } = await tree();
    await units.rename(lead, { id: c.id, name: 'Nytt navn', version: c.version });
    const e = await refusal(units.rename(lead, { id: c.id, name: 'Eldre endring', version: c.version }));
    expect(e.code).toBe('CONFLICT');
    expect((await env.ds.manager.findOneByOrFail(UnitEntity, { id: c.id })).name).toBe('Nytt navn');
  });

  it('archives a leaf but keeps it, and refuses to archive a unit with active sub-units', async () => {
    const { b, c } = await tree();
    expect((await refusal(units.archive(lead, { id: b.id, version: b.version }))).fields[0].message).toBe(
      'hasActiveChildren',
    );
    const archived = await units.archive(lead, { id: c.id, version: c.version });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const visible = (await units.list(lead, false)).map((u) => u.id);
    const all = (await units.list(lead, true)).map((u) => u.id);
    expect(visible).not.toContain(c.id);
    expect(all).toContain(c.id);
    const restored = await units.restore(lead, { id: c.id, version: archived.version });
    expect(restored.archivedAt).toBeNull();
  });

  it('lets only the innovation lead change the tree, and never another organisation’s', async () => {
    const { a } = await tree();
    expect((await refusal(units.create(employee, { name: 'x', parentId: null }))).code).toBe('FORBIDDEN');
    const otherLead = (await makeOrganisationWithPerson(env.ds.manager, [Role.INNOVATION_LEAD])).actor;
    expect(
      (await refusal(units.rename(otherLead, { id: a.id, name: 'kapret', version: a.version }))).code,
    ).toBe('NOT_FOUND');
    expect((await refusal(units.create(otherLead, { name: 'x', parentId: a.id }))).fields[0].message).toBe(
      'unknownUnit',
    );
    expect((await units.list(otherLead, true)).map((u) => u.id)).not.toContain(a.id);
  });

  it('validates names with the shared limits', async () => {
    const e = await refusal(units.create(lead, { name: 'x'.repeat(121), parentId: null }));
    expect(e.fields).toEqual([{ field: 'name', message: 'tooLong', params: { max: 120 } }]);
  });

  it('a change that changes nothing writes no audit row and keeps the version', async () => {
    const { a, b } = await tree();
    const trail = async () => env.ds.manager.countBy(AuditEventEntity, { entityId: b.id });
    const before = await trail();
    expect((await units.rename(lead, { id: b.id, name: ' Avdeling ', version: b.version })).version).toBe(
      b.version,
    );
    expect((await units.move(lead, { id: b.id, parentId: a.id, version: b.version })).version).toBe(
      b.version,
    );
    // moveUnit without parentId leaves the parent as it is (null would make it top-level)
    const kept = await units.move(lead, { id: b.id, version: b.version });
    expect(kept).toMatchObject({ parentId: a.id, version: b.version });
    expect(await trail()).toBe(before);
    expect((await env.ds.manager.findOneByOrFail(UnitEntity, { id: b.id })).version).toBe(b.version);

    const { c } = await tree();
    const archived = await units.archive(lead, { id: c.id, version: c.version });
    const again = await units.archive(lead, { id: c.id, version: archived.version });
    expect(again.version).toBe(archived.version);
    expect(await env.ds.manager.countBy(AuditEventEntity, { entityId: c.id, action: 'unit.archived' })).toBe(
      1,
    );
  });
});
