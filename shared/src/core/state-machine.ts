/** A state machine as a table of allowed moves; anything not in it is an invalid transition. */
export function stateMachine<S extends string, A extends string>(table: Record<S, Partial<Record<A, S>>>) {
  return {
    next: (from: S, action: A): S | null => table[from]?.[action] ?? null,
    allowed: (from: S): A[] => Object.keys(table[from] ?? {}) as A[],
  };
}
