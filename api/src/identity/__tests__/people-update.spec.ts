import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Db } from '../../core/database/db.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { SessionsService } from '../sessions.service.js';
import type { AppConfig } from '../../core/config/config.js';
import { refusal } from '../../testing/refusal.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { PeopleService } from '../people.service.js';
import { PersonEntity } from '../person.entity.js';

describe('updateProfile changes only what it is given (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let people: PeopleService;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    env = await createTestDataSource();
    const db = new Db(env.app);
    // updateProfile never touches sessions
    people = new PeopleService(db, new AuditService(), new SessionsService(db, {} as AppConfig));
    o = await buildOrganisation(env.ds.manager);
  });
  afterAll(() => env.close());

  const me = () => env.ds.manager.findOneByOrFail(PersonEntity, { id: o.colleague.personId });

  it('a name alone keeps the language and the unit; a language alone keeps the name', async () => {
    const before = await me();
    await people.updateProfile(o.colleague, { name: 'Kari Nordmann' });
    expect(await me()).toMatchObject({ name: 'Kari Nordmann', locale: before.locale, unitId: before.unitId });
    await people.updateProfile(o.colleague, { locale: 'nn' });
    expect(await me()).toMatchObject({ name: 'Kari Nordmann', locale: 'nn', unitId: before.unitId });
  });

  it('null clears the unit; null for the name or the language is refused naming the field', async () => {
    expect((await me()).unitId).not.toBeNull();
    expect((await people.updateProfile(o.colleague, { unitId: null })).unitId).toBeNull();
    const name = await refusal(people.updateProfile(o.colleague, { name: null }));
    expect(name.fields).toEqual([{ field: 'name', message: 'required' }]);
    const locale = await refusal(people.updateProfile(o.colleague, { locale: null }));
    expect(locale.fields).toEqual([{ field: 'locale', message: 'cannotClear' }]);
    await people.updateProfile(o.colleague, { unitId: o.units.team });
  });

  it('a change that changes nothing writes nothing', async () => {
    const before = await me();
    await people.updateProfile(o.colleague, { name: ` ${before.name} `, locale: before.locale });
    expect((await me()).updatedAt).toEqual(before.updatedAt);
  });
});
