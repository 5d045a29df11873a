import { describe, expect, it } from '@jest/globals';
import { IdeaState, Role } from '@laerekraft/shared';
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

describe('IdeasPolicy.canDecide', () => {
  it('lets a manager of the idea’s unit decide', () => {
    expect(IdeasPolicy.canDecide(manager('team'), idea(), chain)).toBe(true);
  });
  it('lets a manager of an ancestor unit decide', () => {
    expect(IdeasPolicy.canDecide(manager('department'), idea(), chain)).toBe(true);
    expect(IdeasPolicy.canDecide(manager('sector'), idea(), chain)).toBe(true);
  });
  it('refuses a manager of a sibling or a unit below', () => {
    expect(IdeasPolicy.canDecide(manager('other-department'), idea(), chain)).toBe(false);
    expect(IdeasPolicy.canDecide(manager('sub-team'), idea(), chain)).toBe(false);
  });
  it('refuses a manager deciding on their own idea', () => {
    expect(IdeasPolicy.canDecide(manager('sector', 'author'), idea(), chain)).toBe(false);
  });
  it('refuses a manager from another organisation even with the same unit id', () => {
    expect(IdeasPolicy.canDecide(manager('team', 'boss', 'other-org'), idea(), chain)).toBe(false);
  });
  it('refuses everyone who manages nothing, including the innovation lead', () => {
    for (const r of [
      Role.EMPLOYEE,
      Role.INNOVATION_LEAD,
      Role.UNION_REP,
      Role.READER,
      Role.NETWORK_COORDINATOR,
    ]) {
      expect(IdeasPolicy.canDecide(person([r]), idea(), chain)).toBe(false);
    }
  });
});

describe('IdeasPolicy visibility', () => {
  it('keeps drafts to their author', () => {
    expect(IdeasPolicy.canSee(person([Role.EMPLOYEE], 'author'), idea({ state: IdeaState.DRAFT }))).toBe(
      true,
    );
    expect(IdeasPolicy.canSee(person([Role.INNOVATION_LEAD]), idea({ state: IdeaState.DRAFT }))).toBe(false);
    expect(IdeasPolicy.canSee(person([Role.EMPLOYEE]), idea())).toBe(true);
  });
  it('never shows an idea outside its organisation', () => {
    expect(IdeasPolicy.canSee(person([Role.INNOVATION_LEAD], 'x', 'other-org'), idea())).toBe(false);
  });
  it('hides a hidden author from colleagues but not from the innovation lead or themself', () => {
    const hidden = idea({ hideAuthor: true });
    expect(IdeasPolicy.canSeeAuthor(person([Role.EMPLOYEE]), hidden)).toBe(false);
    expect(IdeasPolicy.canSeeAuthor(manager('team'), hidden)).toBe(false);
    expect(IdeasPolicy.canSeeAuthor(person([Role.INNOVATION_LEAD]), hidden)).toBe(true);
    expect(IdeasPolicy.canSeeAuthor(person([Role.EMPLOYEE], 'author'), hidden)).toBe(true);
  });
  it('lets only the author edit, and only drafts and parked ideas', () => {
    const author = person([Role.EMPLOYEE], 'author');
    expect(IdeasPolicy.canEdit(author, idea({ state: IdeaState.DRAFT }))).toBe(true);
    expect(IdeasPolicy.canEdit(author, idea({ state: IdeaState.PARKED }))).toBe(true);
    expect(IdeasPolicy.canEdit(author, idea({ state: IdeaState.SUBMITTED }))).toBe(false);
    expect(IdeasPolicy.canEdit(person([Role.INNOVATION_LEAD]), idea({ state: IdeaState.DRAFT }))).toBe(false);
  });
});
