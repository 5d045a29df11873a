import type { Actor } from './actor.js';

/** Does the actor manage a unit on this chain (the unit itself or one above it)? */
export function managesChain(actor: Actor, chain: readonly string[]): boolean {
  const managed = actor.managedUnitIds();
  return managed.length > 0 && chain.some((id) => managed.includes(id));
}
