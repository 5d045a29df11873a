/**
 * Whether this page visit has had a signed-in session: a sign-in page reached after that (the
 * API answered UNAUTHENTICATED to someone who was signed in) says the session ended, while a
 * first visit, or one after signing out, just asks to sign in.
 */
let signedIn = false;

export const hadSession = (): boolean => signedIn;
export function markSession(on: boolean): void {
  signedIn = on;
}

/** What the router passes to the sign-in page: where to return, and why they are there. */
export interface SignInState {
  from?: { pathname: string; search: string; hash: string };
  expired?: boolean;
}
