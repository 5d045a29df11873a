import { describe, expect, it } from '@jest/globals';
import { AuditPolicy } from '../audit.policy.js';

const at = new Date('2026-03-01T10:00:00Z');
const ev = (over: Partial<Parameters<typeof AuditPolicy.timeline>[0][number]>) => ({
  id: 'e',
  action: 'idea.edited',
  at,
  before: null,
  after: null,
  reason: null,
  actorId: 'author',
  ...over,
});
const open = { hiddenPersonId: null, privateStates: [], seesPrivateHistory: true };

describe('AuditPolicy.timeline', () => {
  it('names the changed fields and never their values', () => {
    const [e] = AuditPolicy.timeline(
      [
        ev({
          before: { title: 'Gammel tittel', proposal: 'Hemmelig forslag', state: 'PARKED', unitId: 'u1' },
          after: { title: 'Ny tittel', proposal: 'Hemmelig forslag', state: 'PARKED', unitId: 'u2' },
        }),
      ],
      open,
    );
    expect(e.changedFields).toEqual(['title', 'unitId']);
    expect([e.fromState, e.toState]).toEqual([null, null]);
    const wire = JSON.stringify(e);
    for (const v of ['Gammel tittel', 'Ny tittel', 'Hemmelig forslag', 'u1', 'u2'])
      expect(wire).not.toContain(v);
    expect(Object.keys(e).sort()).toEqual(
      ['action', 'actorId', 'at', 'changedFields', 'fromState', 'id', 'reason', 'toState'].sort(),
    );
  });
  it('tells a move between states as from and to, with the reason', () => {
    const [e] = AuditPolicy.timeline(
      [
        ev({
          action: 'idea.declined',
          before: { state: 'SUBMITTED' },
          after: { state: 'DECLINED' },
          reason: 'Fordi',
        }),
      ],
      open,
    );
    expect(e).toMatchObject({
      fromState: 'SUBMITTED',
      toState: 'DECLINED',
      changedFields: [],
      reason: 'Fordi',
    });
  });
  it('hides the hidden person as actor and keeps everyone else', () => {
    const events = [ev({ id: '1', actorId: 'author' }), ev({ id: '2', actorId: 'boss' })];
    const out = AuditPolicy.timeline(events, { ...open, hiddenPersonId: 'author' });
    expect(out.map((e) => e.actorId)).toEqual([null, 'boss']);
  });
  it('drops the events of private states for whoever may not see that history', () => {
    const events = [
      ev({ id: 'created', action: 'idea.created', after: { state: 'DRAFT', title: 'x' } }),
      ev({ id: 'edited', before: { state: 'DRAFT', title: 'x' }, after: { state: 'DRAFT', title: 'y' } }),
      ev({ id: 'submitted', before: { state: 'DRAFT' }, after: { state: 'SUBMITTED' } }),
    ];
    const subject = { hiddenPersonId: null, privateStates: ['DRAFT'] };
    expect(AuditPolicy.timeline(events, { ...subject, seesPrivateHistory: false }).map((e) => e.id)).toEqual([
      'submitted',
    ]);
    expect(AuditPolicy.timeline(events, { ...subject, seesPrivateHistory: true })).toHaveLength(3);
  });
});
