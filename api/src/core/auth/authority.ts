import { ErrorCode, Role, type FieldError } from '@laerekraft/shared';
import { DomainError } from '../errors/domain-error.js';
import type { Actor } from './actor.js';

/** Does the actor manage a unit on this chain (the unit itself or one above it)? */
export function managesChain(actor: Actor, chain: readonly string[]): boolean {
  const managed = actor.managedUnitIds();
  return managed.length > 0 && chain.some((id) => managed.includes(id));
}

/**
 * Readers (leadership, elected officials) follow the portfolio: they do not back, comment or
 * write anything. A person who holds READER and any other role writes under that other role;
 * a person with no role yet is an employee in waiting and writes (PRODUCT.md, "Who uses it").
 */
export function writes(actor: Actor): boolean {
  return !actor.has(Role.READER) || actor.roles.some((r) => r.role !== Role.READER);
}

/** Why a policy refuses an action: the role rules (FORBIDDEN) or the state machine (INVALID_TRANSITION). */
export interface Refusal {
  code: typeof ErrorCode.FORBIDDEN | typeof ErrorCode.INVALID_TRANSITION;
  message: string;
  fields?: FieldError[];
}

/** A policy's verdict on each action of an actor on one object: null allows, a Refusal says why not. */
export type Rules<A extends string> = Record<A, Refusal | null>;

export const forbidden = (message: string): Refusal => ({ code: ErrorCode.FORBIDDEN, message });
export const invalidTransition = (message: string, fields?: FieldError[]): Refusal => ({
  code: ErrorCode.INVALID_TRANSITION,
  message,
  ...(fields ? { fields } : {}),
});

/** The abilities as the API answers them in `viewerCan`: exactly the verdicts the services assert. */
export function abilitiesOf<A extends string>(rules: Rules<A>): Record<A, boolean> {
  return Object.fromEntries(Object.entries(rules).map(([a, r]) => [a, r === null])) as Record<A, boolean>;
}

/**
 * Throws the policy's refusal. A refusal by role comes first; `between` runs after it and
 * before a refusal by state (a stale version is a CONFLICT before it is an invalid move).
 */
export function assertAllowed(refusal: Refusal | null, between?: () => void): void {
  if (refusal?.code === ErrorCode.FORBIDDEN) throw new DomainError(refusal.code, refusal.message);
  between?.();
  if (refusal) throw new DomainError(refusal.code, refusal.message, refusal.fields);
}

/** Binds a value as a parameter of the statement being built and returns its placeholder. */
export type Bind = (value: unknown) => string;

/** Parameters for a hand-written statement: `bind(v)` appends `v` and answers `$n`. */
export function positional(): { params: unknown[]; bind: Bind } {
  const params: unknown[] = [];
  return { params, bind: (value) => `$${params.push(value)}` };
}
