import { describe, expect, it } from '@jest/globals';
import { positional } from '../../core/auth/authority.js';
import { ErrorCode, IdeaState, Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { IdeasPolicy } from '../ideas.policy.js';

// Unit tree: sector ─ department ─ team; the idea lives in "team".
const chain = ['team', 'department', 'sector'];
const idea = (
  over: Partial<{ organisationId: string; authorId: string; state: IdeaState; hideAuthor: boolean }> = {},
) => ({
  organisationId: 'org',
  authorId: 'author',
  state: IdeaState.SUBMITTED,
  hideAuthor: false,
  ...over,
});
const manager = (unitId: string, id = 'boss', org = 'org') =>
  new Actor(id, org, [
    { role: Role.MANAGER, unitId },
    { role: Role.EMPLOYEE, unitId: null },
  ]);
const person = (roles: Role[], id = 'someone', org = 'org') =>
  new Actor(
    id,
    org,
    roles.map((role) => ({ role, unitId: null })),
  );
const can = (actor: Actor, i = idea()) => IdeasPolicy.abilities(actor, i, chain);
const decides = (actor: Actor, i = idea()) => {
  const a = can(actor, i);
  return a.approve && a.decline && a.park;
};

describe('IdeasPolicy: deciding', () => {
  it('lets a manager of the idea’s unit decide', () => {
    expect(decides(manager('team'))).toBe(true);
  });
  it('lets a manager of an ancestor unit decide', () => {
    expect(decides(manager('department'))).toBe(true);
    expect(decides(manager('sector'))).toBe(true);
  });
  it('refuses a manager of a sibling or a unit below', () => {
    expect(can(manager('other-department')).approve).toBe(false);
    expect(can(manager('sub-team')).approve).toBe(false);
  });
  it('refuses a manager deciding on their own idea, as FORBIDDEN with a reason', () => {
    expect(can(manager('sector', 'author')).approve).toBe(false);
    expect(IdeasPolicy.rules(manager('sector', 'author'), idea(), chain).approve).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      message: expect.stringContaining('own idea'),
    });
  });
  it('refuses a manager from another organisation even with the same unit id', () => {
    expect(can(manager('team', 'boss', 'other-org')).approve).toBe(false);
  });
  it('refuses everyone who manages nothing, including the innovation lead', () => {
    for (const r of [
      Role.EMPLOYEE,
      Role.INNOVATION_LEAD,
      Role.UNION_REP,
      Role.READER,
      Role.NETWORK_COORDINATOR,
    ]) {
      const a = can(person([r]));
      expect([a.approve, a.decline, a.park]).toEqual([false, false, false]);
    }
  });
  it('follows the state machine: only a submitted idea is decided, and a wrong state is INVALID_TRANSITION', () => {
    for (const state of [IdeaState.DRAFT, IdeaState.APPROVED, IdeaState.DECLINED, IdeaState.PARKED]) {
      expect(decides(manager('team'), idea({ state }))).toBe(false);
    }
    expect(IdeasPolicy.rules(manager('team'), idea({ state: IdeaState.APPROVED }), chain).park).toMatchObject(
      { code: ErrorCode.INVALID_TRANSITION },
    );
  });
});

describe('IdeasPolicy: the author', () => {
  const author = person([Role.EMPLOYEE], 'author');
  it('lets only the author edit, and only drafts and parked ideas', () => {
    expect(can(author, idea({ state: IdeaState.DRAFT })).edit).toBe(true);
    expect(can(author, idea({ state: IdeaState.PARKED })).edit).toBe(true);
    expect(can(author, idea({ state: IdeaState.SUBMITTED })).edit).toBe(false);
    expect(can(person([Role.INNOVATION_LEAD]), idea({ state: IdeaState.DRAFT })).edit).toBe(false);
  });
  it('lets only the author submit, from a draft or parked', () => {
    expect(can(author, idea({ state: IdeaState.DRAFT })).submit).toBe(true);
    expect(can(author, idea({ state: IdeaState.PARKED })).submit).toBe(true);
    expect(can(author, idea({ state: IdeaState.SUBMITTED })).submit).toBe(false);
    expect(IdeasPolicy.rules(author, idea({ state: IdeaState.SUBMITTED }), chain).submit?.code).toBe(
      ErrorCode.INVALID_TRANSITION,
    );
    expect(
      IdeasPolicy.rules(person([Role.EMPLOYEE]), idea({ state: IdeaState.PARKED }), chain).submit?.code,
    ).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('IdeasPolicy: readers read', () => {
  const reader = person([Role.READER]);
  it('lets a reader neither back nor comment nor register, and says why (FORBIDDEN)', () => {
    expect(can(reader)).toMatchObject({ back: false, comment: false });
    expect(IdeasPolicy.rules(reader, idea(), chain).comment?.code).toBe(ErrorCode.FORBIDDEN);
    expect(IdeasPolicy.canCreate(reader)).toBe(false);
  });
  it('refuses a reader every write, in every state', () => {
    for (const state of Object.values(IdeaState)) {
      const a = can(person([Role.READER], 'author'), idea({ state }));
      expect(Object.values(a).some(Boolean)).toBe(false);
    }
  });
  it('lets a reader who also holds another role act under that role', () => {
    const both = person([Role.READER, Role.EMPLOYEE]);
    expect(can(both)).toMatchObject({ back: true, comment: true });
    expect(IdeasPolicy.canCreate(both)).toBe(true);
  });
  it('lets employees, union reps and leads back and comment on a submitted idea, never on a draft', () => {
    for (const r of [Role.EMPLOYEE, Role.UNION_REP, Role.INNOVATION_LEAD]) {
      expect(can(person([r]))).toMatchObject({ back: true, comment: true });
    }
    expect(can(person([Role.EMPLOYEE], 'author'), idea({ state: IdeaState.DRAFT }))).toMatchObject({
      back: false,
      comment: false,
    });
  });
});

describe('IdeasPolicy: visibility', () => {
  it('keeps drafts to their author', () => {
    expect(IdeasPolicy.canSee(person([Role.EMPLOYEE], 'author'), idea({ state: IdeaState.DRAFT }))).toBe(
      true,
    );
    expect(IdeasPolicy.canSee(person([Role.INNOVATION_LEAD]), idea({ state: IdeaState.DRAFT }))).toBe(false);
    expect(IdeasPolicy.canSee(person([Role.EMPLOYEE]), idea())).toBe(true);
  });
  it('never shows an idea outside its organisation, nor lets anyone there act on it', () => {
    const outsider = person([Role.INNOVATION_LEAD], 'x', 'other-org');
    expect(IdeasPolicy.canSee(outsider, idea())).toBe(false);
    expect(Object.values(can(outsider)).some(Boolean)).toBe(false);
  });
  it('gives the review queue to managers only, without their own ideas', () => {
    expect(IdeasPolicy.canReview(manager('team'))).toBe(true);
    expect(IdeasPolicy.canReview(person([Role.READER]))).toBe(false);
    expect(IdeasPolicy.canReview(person([Role.INNOVATION_LEAD]))).toBe(false);
    const { params, bind } = positional();
    const where = IdeasPolicy.reviewFilter(manager('team', 'boss'), 'i', 'SELECT id FROM below', bind);
    expect(where).toBe(
      "i.organisation_id = $1 AND i.state = 'SUBMITTED' AND i.author_id <> $2 AND i.unit_id IN (SELECT id FROM below)",
    );
    expect(params).toEqual(['org', 'boss']);
  });
  it('gives lists the same rule: own organisation, drafts only mine', () => {
    const { params, bind } = positional();
    const where = IdeasPolicy.listFilter(person([Role.EMPLOYEE], 'me', 'org-x'), 'i', bind);
    expect(where).toBe("i.organisation_id = $2 AND (i.state <> 'DRAFT' OR i.author_id = $1)");
    expect(params).toEqual(['me', 'org-x']);
  });
  it('hides a hidden author from colleagues but not from the innovation lead or themself', () => {
    const hidden = idea({ hideAuthor: true });
    expect(IdeasPolicy.canSeeAuthor(person([Role.EMPLOYEE]), hidden)).toBe(false);
    expect(IdeasPolicy.canSeeAuthor(manager('team'), hidden)).toBe(false);
    expect(IdeasPolicy.canSeeAuthor(person([Role.INNOVATION_LEAD]), hidden)).toBe(true);
    expect(IdeasPolicy.canSeeAuthor(person([Role.EMPLOYEE], 'author'), hidden)).toBe(true);
  });
  it('hides the hidden author’s own comment by the same rule, and names every other commenter', () => {
    const hidden = idea({ hideAuthor: true });
    const byAuthor = { authorId: 'author' };
    const byColleague = { authorId: 'colleague' };
    expect(IdeasPolicy.canSeeCommentAuthor(person([Role.EMPLOYEE]), hidden, byAuthor)).toBe(false);
    expect(IdeasPolicy.canSeeCommentAuthor(manager('team'), hidden, byAuthor)).toBe(false);
    expect(IdeasPolicy.canSeeCommentAuthor(person([Role.INNOVATION_LEAD]), hidden, byAuthor)).toBe(true);
    expect(IdeasPolicy.canSeeCommentAuthor(person([Role.EMPLOYEE], 'author'), hidden, byAuthor)).toBe(true);
    expect(IdeasPolicy.canSeeCommentAuthor(person([Role.EMPLOYEE]), hidden, byColleague)).toBe(true);
    expect(IdeasPolicy.canSeeCommentAuthor(person([Role.EMPLOYEE]), idea(), byAuthor)).toBe(true);
  });
});
