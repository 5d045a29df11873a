import { describe, expect, it } from '@jest/globals';
import { Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { NotificationsPolicy } from '../notifications.policy.js';

const person = (id: string, roles: Role[], org = 'org') =>
  new Actor(
    id,
    org,
    roles.map((role) => ({ role, unitId: null })),
  );

describe('NotificationsPolicy', () => {
  it('shows each person their own notifications only, not even to the innovation lead', () => {
    const mine = { personId: 'me', organisationId: 'org' };
    expect(NotificationsPolicy.canSee(person('me', [Role.EMPLOYEE]), mine)).toBe(true);
    expect(NotificationsPolicy.canSee(person('lead', [Role.INNOVATION_LEAD]), mine)).toBe(false);
    expect(NotificationsPolicy.canSee(person('me', [Role.EMPLOYEE], 'other'), mine)).toBe(false);
  });
  it('filters lists and mark-read to the actor in their organisation', () => {
    expect(NotificationsPolicy.mine(person('me', [Role.READER]))).toEqual({
      personId: 'me',
      organisationId: 'org',
    });
  });
  it('lets a reader keep their own inbox (marking read is not writing content)', () => {
    expect(
      NotificationsPolicy.canMarkRead(person('me', [Role.READER]), { personId: 'me', organisationId: 'org' }),
    ).toBe(true);
  });
});
