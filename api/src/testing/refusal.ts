import { DomainError } from '../core/errors/domain-error.js';

/** The DomainError an action was refused with; fails the test if it succeeded or failed otherwise. */
export async function refusal(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected the action to be refused');
}
