import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ExperimentState, LessonReach, LessonState, Role } from '@laerekraft/shared';
import { Db } from '../../core/database/db.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { AuditEventEntity } from '../../audit/audit-event.entity.js';
import { LearningEntryEntity } from '../../learning/learning-entry.entity.js';
import { PersonEntity } from '../../identity/person.entity.js';
import { refusal } from '../../testing/refusal.js';
import { createTestDataSource } from '../../testing/test-database.js';
import {
  buildLessonWorld,
  concludedExperiment,
  personIn,
  unitIn,
  type LessonWorld,
} from '../../testing/lessons.js';
import { LessonEntity } from '../lesson.entity.js';
import { LessonsService } from '../lessons.service.js';

describe('lessons (real PostgreSQL, row-level security on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let w: LessonWorld;
  let s: LessonsService;

  beforeAll(async () => {
    env = await createTestDataSource();
    w = await buildLessonWorld(env.ds.manager);
    s = new LessonsService(new Db(env.app), new AuditService());
  });
  afterAll(() => env.close());

  const auditOf = (id: string) =>
    env.ds.manager.find(AuditEventEntity, { where: { entityId: id }, order: { at: 'ASC' } });
  const stored = (id: string) => env.ds.manager.findOneByOrFail(LessonEntity, { id });
  const draft = async (title?: string) => {
    const e = await w.experiment(title ?? 'Forsøk');
    return { e, l: (await s.create(w.a.employee, e.id, {})).lesson };
  };

  describe('writing', () => {
    it('the owner writes a draft pre-filled from the experiment (title, learned, facets, partner kinds)', async () => {
      const e = await w.experiment('Sensorer om natta');
      const { lesson: l } = await s.create(w.a.employee, e.id, {});
      expect(l).toMatchObject({
        state: LessonState.DRAFT,
        title: 'Sensorer om natta',
        summary: 'Det var lyset fra sensoren som vekket dem',
        result: 'NOT_SUPPORTED',
        experimentState: 'CONCLUDED',
        actions: ['DARE', 'LEARN'],
        sdgs: [3],
        theme: 'HEALTH_AND_CARE',
        partnerKinds: ['ACADEMIA', 'CITIZENS'],
        unitId: w.a.units.team,
        createdById: w.a.employee.personId,
      });
      expect((await auditOf(l.id)).map((a) => a.action)).toEqual(['lesson.created']);
    });

    it('a second lesson for the same experiment is a CONFLICT, and writes nothing', async () => {
      const { e } = await draft();
      const err = await refusal(s.create(w.a.teamManager, e.id, { title: 'En til' }));
      expect(err.code).toBe('CONFLICT');
      expect(await env.ds.manager.countBy(LessonEntity, { experimentId: e.id })).toBe(1);
    });

    it('only from a CONCLUDED or STOPPED experiment', async () => {
      const running = await concludedExperiment(
        env.ds.manager,
        { organisationId: w.a.org.id, unitId: w.a.units.team, ownerId: w.a.employee.personId },
        { state: ExperimentState.RUNNING },
      );
      await env.ds.manager.update('experiments', { id: running.id }, { result: null });
      expect((await refusal(s.create(w.a.employee, running.id, {}))).code).toBe('INVALID_TRANSITION');
      const stopped = await w.experiment('Stoppet', { state: ExperimentState.STOPPED });
      expect((await s.create(w.a.employee, stopped.id, {})).lesson.experimentState).toBe('STOPPED');
    });

    it('writers: owner, team, managers of the unit or above, the innovation lead; not a colleague, another unit’s manager or a reader', async () => {
      for (const writer of [w.a.teamManager, w.a.sectorManager, w.a.lead]) {
        const e = await w.experiment('Skrevet av en skriver');
        expect((await s.create(writer, e.id, {})).lesson.state).toBe('DRAFT');
      }
      const reader = await personIn(env.ds.manager, w.a.org.id, w.a.units.team, [[Role.READER, null]]);
      for (const outsider of [w.a.colleague, w.a.otherManager, reader]) {
        // They see the experiment (the whole organisation does) but may not write its lesson.
        const e = await w.experiment('Ikke din');
        expect((await refusal(s.create(outsider, e.id, {}))).code).toBe('FORBIDDEN');
      }
      // Another organisation does not even find the experiment.
      const e = await w.experiment('Ikke deres');
      expect((await refusal(s.create(w.bLead, e.id, {}))).code).toBe('NOT_FOUND');
    });

    it('validates: title required and at most 140, texts within limits, at most ten keywords', async () => {
      const e = await w.experiment('Validering');
      const err = await refusal(
        s.create(w.a.employee, e.id, {
          title: ' ',
          advice: 'x'.repeat(4001),
          tags: Array.from({ length: 11 }, (_, i) => `t${i}`),
        }),
      );
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.fields.map((f) => `${f.field}:${f.message}`).sort()).toEqual(
        ['advice:tooLong', 'tags:tooMany', 'title:required'].sort(),
      );
      expect(await env.ds.manager.countBy(LessonEntity, { experimentId: e.id })).toBe(0);
      const long = await refusal(s.create(w.a.employee, e.id, { title: 'x'.repeat(141) }));
      expect(long.fields).toEqual([{ field: 'title', message: 'tooLong', params: { max: 140 } }]);
    });

    it('a partial update changes only what is given; null clears a text, refuses the title; nothing changed writes nothing', async () => {
      const { l } = await draft();
      const r = await s.update(w.a.employee, l.id, l.version, {
        advice: 'Start med fem hjem',
        tags: ['Søvn', 'søvn', ' natt '],
      });
      expect(r.lesson).toMatchObject({
        title: l.title,
        summary: l.summary,
        advice: 'Start med fem hjem',
        tags: ['Søvn', 'natt'],
      });
      expect(r.lesson.version).toBe(l.version + 1);
      const same = await s.update(w.a.employee, l.id, r.lesson.version, { advice: 'Start med fem hjem' });
      expect(same.lesson.version).toBe(r.lesson.version);
      const cleared = await s.update(w.a.employee, l.id, r.lesson.version, { summary: null });
      expect(cleared.lesson.summary).toBe('');
      const err = await refusal(s.update(w.a.employee, l.id, cleared.lesson.version, { title: null }));
      expect(err.fields).toEqual([{ field: 'title', message: 'required' }]);
      expect((await refusal(s.update(w.a.employee, l.id, 1, { advice: 'gammel' }))).code).toBe('CONFLICT');
      const trail = await auditOf(l.id);
      expect(trail.map((a) => a.action)).toEqual(['lesson.created', 'lesson.edited', 'lesson.edited']);
      expect(trail[1].before).toMatchObject({ advice: '' });
      expect(trail[1].after).toMatchObject({ advice: 'Start med fem hjem' });
    });
  });

  describe('publishing and reach', () => {
    it('a manager of the unit publishes to the unit and the organisation, never beyond', async () => {
      const { l } = await draft();
      for (const reach of [LessonReach.NETWORK, LessonReach.PUBLIC]) {
        const err = await refusal(
          s.publish(w.a.teamManager, l.id, l.version, reach, reach === 'NETWORK' ? [w.network.id] : []),
        );
        expect(err.code).toBe('FORBIDDEN');
      }
      const r = await s.publish(w.a.teamManager, l.id, l.version, LessonReach.ORGANISATION, []);
      expect(r.lesson).toMatchObject({ state: 'PUBLISHED', reach: 'ORGANISATION' });
      expect(r.lesson.publishedAt).not.toBeNull();
    });

    it('a manager of another unit, the owner (an employee) and a reader may not publish', async () => {
      const { l } = await draft();
      const reader = await personIn(env.ds.manager, w.a.org.id, w.a.units.team, [[Role.READER, null]]);
      // The owner sees the draft but may not publish; the others do not even see it (as if there were none).
      expect((await refusal(s.publish(w.a.employee, l.id, l.version, LessonReach.UNIT, []))).code).toBe(
        'FORBIDDEN',
      );
      for (const who of [w.a.otherManager, reader])
        expect((await refusal(s.publish(who, l.id, l.version, LessonReach.UNIT, []))).code).toBe('NOT_FOUND');
      expect((await stored(l.id)).state).toBe('DRAFT');
    });

    it('the innovation lead publishes to a network the organisation runs; refused for one it is not a member of', async () => {
      const { l } = await draft();
      const err = await refusal(
        s.publish(w.a.lead, l.id, l.version, LessonReach.NETWORK, [w.otherNetwork.id]),
      );
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.fields).toEqual([{ field: 'networkIds', message: 'notMember' }]);
      const none = await refusal(s.publish(w.a.lead, l.id, l.version, LessonReach.NETWORK, []));
      expect(none.fields).toEqual([{ field: 'networkIds', message: 'required' }]);
      const stray = await refusal(s.publish(w.a.lead, l.id, l.version, LessonReach.PUBLIC, [w.network.id]));
      expect(stray.fields).toEqual([{ field: 'networkIds', message: 'invalid' }]);
      expect((await stored(l.id)).state).toBe('DRAFT');
      const r = await s.publish(w.a.lead, l.id, l.version, LessonReach.NETWORK, [w.network.id]);
      expect(r.lesson).toMatchObject({ state: 'PUBLISHED', reach: 'NETWORK', networkIds: [w.network.id] });
      expect(r.networks).toEqual([{ id: w.network.id, name: 'Helsenettverket Nord' }]);
      // B is a member (not the runner): its lead may share there too.
      const bExp = await concludedExperiment(env.ds.manager, {
        organisationId: w.b.org.id,
        unitId: await unitIn(env.ds.manager, w.b.org.id, 'B-enhet'),
        ownerId: w.bLead.personId,
      });
      const bl = (await s.create(w.bLead, bExp.id, {})).lesson;
      expect(
        (await s.publish(w.bLead, bl.id, bl.version, LessonReach.NETWORK, [w.network.id])).lesson.reach,
      ).toBe('NETWORK');
      // C is only invited: refused.
      const cUnit = await unitIn(env.ds.manager, w.c.org.id, 'C-enhet');
      const cExp = await concludedExperiment(env.ds.manager, {
        organisationId: w.c.org.id,
        unitId: cUnit,
        ownerId: w.cLead.personId,
      });
      const cl = (await s.create(w.cLead, cExp.id, {})).lesson;
      expect(
        (await refusal(s.publish(w.cLead, cl.id, cl.version, LessonReach.NETWORK, [w.network.id]))).fields,
      ).toEqual([{ field: 'networkIds', message: 'notMember' }]);
    });

    it('publication freezes the experiment summary: hypothesis, result, card, measurements, partner kinds, organisation; no person, no log', async () => {
      const e = await w.experiment('Snapshot');
      await env.ds.manager.insert(LearningEntryEntity, {
        organisationId: e.organisationId,
        experimentId: e.id,
        authorId: w.a.employee.personId,
        kind: 'OBSERVATION',
        text: 'Hemmelig loggtekst fra natt 3',
        entryDate: '2026-05-03',
      } as never);
      const l = (await s.create(w.a.employee, e.id, {})).lesson;
      const r = await s.publish(w.a.lead, l.id, l.version, LessonReach.PUBLIC, []);
      const summary = (await stored(r.lesson.id)).experimentSummary;
      expect(summary).toMatchObject({
        title: 'Snapshot',
        hypothesis: {
          change: 'sensorer i stedet for nattbesøk',
          metric: 'antall oppvåkninger per natt',
          baseline: 4,
          target: 2,
        },
        result: 'NOT_SUPPORTED',
        learningCard: { learned: 'Det var lyset fra sensoren som vekket dem', nextStep: 'ADJUST_AND_RETRY' },
        measurements: [
          { measuredOn: '2026-05-01', value: 3.8 },
          { measuredOn: '2026-09-01', value: 3.5 },
        ],
        partnerKinds: ['ACADEMIA', 'CITIZENS'],
        organisation: { name: w.a.org.name },
      });
      const text = JSON.stringify(summary);
      const people = await env.ds.manager.findBy(PersonEntity, { organisationId: w.a.org.id });
      for (const p of people) {
        expect(text).not.toContain(p.name);
        expect(text).not.toContain(p.id);
      }
      for (const secret of [
        'Kari Nordmann',
        'Ola i brukerrådet',
        'Per Hansen',
        'Hemmelig loggtekst',
        'ownerId',
        'owner_id',
      ])
        expect(text).not.toContain(secret);
      // The experiment changes later: what was published stays as published.
      await env.ds.manager.update('experiments', { id: e.id }, { change: 'noe annet' });
      expect(
        ((await stored(r.lesson.id)).experimentSummary as { hypothesis: { change: string } }).hypothesis
          .change,
      ).toBe('sensorer i stedet for nattbesøk');
      expect((await auditOf(l.id)).at(-1)).toMatchObject({
        action: 'lesson.published',
        after: { state: 'PUBLISHED', reach: 'PUBLIC', networkIds: [] },
      });
    });

    it('a change of reach is audited as lesson.reach_changed with from and to; a manager cannot move what the lead shared beyond', async () => {
      const { l } = await draft();
      const p = await s.publish(w.a.lead, l.id, l.version, LessonReach.NETWORK, [w.network.id]);
      expect(
        (await refusal(s.changeReach(w.a.teamManager, l.id, p.lesson.version, LessonReach.UNIT, []))).code,
      ).toBe('FORBIDDEN');
      const r = await s.changeReach(w.a.lead, l.id, p.lesson.version, LessonReach.PUBLIC, []);
      expect(r.lesson.reach).toBe('PUBLIC');
      expect((await auditOf(l.id)).at(-1)).toMatchObject({
        action: 'lesson.reach_changed',
        actorId: w.a.lead.personId,
        before: { reach: 'NETWORK', networkIds: [w.network.id] },
        after: { reach: 'PUBLIC', networkIds: [] },
      });
      // The same reach again changes nothing.
      const same = await s.changeReach(w.a.lead, l.id, r.lesson.version, LessonReach.PUBLIC, []);
      expect(same.lesson.version).toBe(r.lesson.version);
      // A draft has no reach to change.
      const { l: d } = await draft();
      expect((await refusal(s.changeReach(w.a.lead, d.id, d.version, LessonReach.UNIT, []))).code).toBe(
        'INVALID_TRANSITION',
      );
    });

    it('a second publication is an invalid transition', async () => {
      const { l } = await draft();
      const p = await s.publish(w.a.teamManager, l.id, l.version, LessonReach.UNIT, []);
      expect(
        (await refusal(s.publish(w.a.teamManager, l.id, p.lesson.version, LessonReach.UNIT, []))).code,
      ).toBe('INVALID_TRANSITION');
    });
  });

  describe('withdrawing and contact', () => {
    it('withdraw needs a reason; it is audited as lesson.withdrawn; the lesson disappears for the network', async () => {
      const { l } = await draft();
      const p = await s.publish(w.a.lead, l.id, l.version, LessonReach.NETWORK, [w.network.id]);
      expect((await s.get(w.readers.member, l.id)).lesson.id).toBe(l.id);
      const err = await refusal(s.withdraw(w.a.lead, l.id, p.lesson.version, ' '));
      expect(err.fields).toEqual([{ field: 'reason', message: 'required' }]);
      const r = await s.withdraw(w.a.lead, l.id, p.lesson.version, 'Tallene var feil registrert');
      expect(r.lesson).toMatchObject({ state: 'WITHDRAWN', withdrawnReason: 'Tallene var feil registrert' });
      expect((await auditOf(l.id)).at(-1)).toMatchObject({
        action: 'lesson.withdrawn',
        reason: 'Tallene var feil registrert',
        after: { state: 'WITHDRAWN' },
      });
      expect((await refusal(s.get(w.readers.member, l.id))).code).toBe('NOT_FOUND');
      // Kept for its authors; no longer editable.
      expect((await s.get(w.a.employee, l.id)).lesson.state).toBe('WITHDRAWN');
      expect((await refusal(s.update(w.a.employee, l.id, r.lesson.version, { advice: 'x' }))).code).toBe(
        'INVALID_TRANSITION',
      );
      // A manager may not withdraw what the lead shared beyond the organisation.
      const { l: l2 } = await draft();
      const p2 = await s.publish(w.a.lead, l2.id, l2.version, LessonReach.PUBLIC, []);
      expect(
        (await refusal(s.withdraw(w.a.teamManager, l2.id, p2.lesson.version, 'Vi vil ikke dele det'))).code,
      ).toBe('FORBIDDEN');
    });

    it('only the person themselves sets or removes their name as contact', async () => {
      const { l } = await draft();
      const me = await s.setContact(w.a.employee, l.id, true);
      const employee = await env.ds.manager.findOneByOrFail(PersonEntity, { id: w.a.employee.personId });
      expect(me.lesson).toMatchObject({ contactPersonId: employee.id, contactName: employee.name });
      expect((await refusal(s.setContact(w.a.teamManager, l.id, false))).code).toBe('FORBIDDEN');
      expect((await refusal(s.setContact(w.a.teamManager, l.id, true))).code).toBe('INVALID_TRANSITION');
      expect((await refusal(s.setContact(w.a.colleague, l.id, true))).code).toBe('NOT_FOUND');
      const off = await s.setContact(w.a.employee, l.id, false);
      expect(off.lesson).toMatchObject({ contactPersonId: null, contactName: null });
      expect((await auditOf(l.id)).map((a) => a.action).slice(-2)).toEqual([
        'lesson.contact_set',
        'lesson.contact_removed',
      ]);
    });

    it('an outside reader gets no person: no contact unless consented, and never the experiment’s people', async () => {
      const { l } = await draft();
      await s.publish(w.a.lead, l.id, l.version, LessonReach.PUBLIC, []);
      const seen = await s.get(w.readers.outsider, l.id);
      expect(seen.lesson.contactName).toBeNull();
      expect(seen.facts.ownerId).toBeNull();
      expect(seen.facts.teamIds).toEqual([]);
      expect(seen.source).toBeNull();
      // Outsiders write nothing, even on what they see.
      expect((await refusal(s.update(w.cLead, l.id, seen.lesson.version, { advice: 'x' }))).code).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('the list', () => {
    it('filters by result, action, reach and mine; newest first, keyset pages', async () => {
      const mine = await s.list(w.a.employee, { mine: true }, 50);
      expect(mine.nodes.length).toBeGreaterThan(3);
      expect(mine.nodes.every((n) => n.lesson.organisationId === w.a.org.id)).toBe(true);
      const theirs = await s.list(w.a.colleague, { mine: true }, 50);
      expect(theirs.nodes).toHaveLength(0);
      const pub = await s.list(w.a.lead, { reach: LessonReach.PUBLIC }, 50);
      expect(pub.nodes.length).toBeGreaterThan(0);
      expect(pub.nodes.every((n) => n.lesson.reach === 'PUBLIC')).toBe(true);
      expect((await s.list(w.a.lead, { result: 'SUPPORTED' }, 50)).nodes).toHaveLength(0);
      expect((await s.list(w.a.lead, { action: 'COLLABORATE' }, 50)).nodes).toHaveLength(0);
      expect((await s.list(w.a.lead, { action: 'DARE' }, 50)).nodes.length).toBeGreaterThan(0);
      const all = await s.list(w.a.lead, {}, 50);
      const first = await s.list(w.a.lead, {}, 2);
      const second = await s.list(w.a.lead, {}, 2, first.pageInfo.endCursor);
      expect([...first.nodes, ...second.nodes].map((n) => n.lesson.id)).toEqual(
        all.nodes.slice(0, 4).map((n) => n.lesson.id),
      );
      const keys = all.nodes.map((n) => (n.lesson.publishedAt ?? n.lesson.createdAt).getTime());
      expect(keys).toEqual([...keys].sort((x, y) => y - x));
    });
  });
});
