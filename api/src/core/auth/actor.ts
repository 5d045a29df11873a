import { Role } from '@laerekraft/shared';

export interface ActorRole {
  role: Role;
  unitId: string | null;
}

/** The signed-in person a request acts for, loaded once per request from the session. */
export class Actor {
  constructor(
    readonly personId: string,
    readonly organisationId: string,
    readonly roles: readonly ActorRole[],
    readonly platformAdmin = false,
  ) {}

  has(role: Role): boolean {
    return this.roles.some((r) => r.role === role);
  }

  /** Units this person manages directly (the policy adds the units below them). */
  managedUnitIds(): string[] {
    return this.roles.filter((r) => r.role === Role.MANAGER && r.unitId).map((r) => r.unitId!);
  }

  get scope() {
    return { organisationId: this.organisationId, personId: this.personId };
  }
}
