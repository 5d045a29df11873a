import type { AuditEventEntity } from './audit-event.entity.js';

/** What the viewer may know of one object's history, decided by the object's own policy. */
export interface TimelineSubject {
  /** A person this viewer may not see named on the object (a hidden author), if any. */
  hiddenPersonId: string | null;
  /** States whose events are private to the object's author (an idea's draft). */
  privateStates: readonly string[];
  /** Whether this viewer sees the events of those private states. */
  seesPrivateHistory: boolean;
}

/** One event as it may leave the server: names of what changed, never the values. */
export interface TimelineEventView {
  id: string;
  action: string;
  at: Date;
  fromState: string | null;
  toState: string | null;
  changedFields: string[];
  reason: string | null;
  /** Null when the policy hides who it was. */
  actorId: string | null;
}

type Snapshot = Record<string, unknown> | null;

const stateOf = (s: Snapshot): string | null => (typeof s?.state === 'string' ? s.state : null);

/** Keys present before and after whose values differ; the state is told on its own. */
function changedFields(before: Snapshot, after: Snapshot): string[] {
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => k !== 'state' && k in before && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .sort();
}

/**
 * Timeline redaction: the audit trail keeps before/after snapshots for the record, but a
 * timeline carries only the action, the move between states, the names of the changed
 * fields, the reason and the actor — and drops or anonymises what the subject's policy hides.
 * A field added to a snapshot never reaches a browser by accident.
 */
export const AuditPolicy = {
  timeline(
    events: readonly Pick<
      AuditEventEntity,
      'id' | 'action' | 'at' | 'before' | 'after' | 'reason' | 'actorId'
    >[],
    subject: TimelineSubject,
  ): TimelineEventView[] {
    return events
      .filter((e) => {
        if (subject.seesPrivateHistory) return true;
        const state = stateOf(e.after) ?? stateOf(e.before);
        return state === null || !subject.privateStates.includes(state);
      })
      .map((e) => {
        const from = stateOf(e.before);
        const to = stateOf(e.after);
        // An edit that keeps the state is no move: both stay null.
        const moved = from !== to;
        return {
          id: e.id,
          action: e.action,
          at: e.at,
          fromState: moved ? from : null,
          toState: moved ? to : null,
          changedFields: changedFields(e.before, e.after),
          reason: e.reason,
          actorId: subject.hiddenPersonId !== null && e.actorId === subject.hiddenPersonId ? null : e.actorId,
        };
      });
  },
};
