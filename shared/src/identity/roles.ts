/** Roles a person can hold (GLOSSARY.md, "Roles"). A person may hold several. */
export const Role = {
  EMPLOYEE: 'EMPLOYEE',
  MANAGER: 'MANAGER',
  INNOVATION_LEAD: 'INNOVATION_LEAD',
  UNION_REP: 'UNION_REP',
  READER: 'READER',
  NETWORK_COORDINATOR: 'NETWORK_COORDINATOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

/** Roles that are tied to a unit (and apply to the units below it). */
export const UNIT_SCOPED_ROLES: readonly Role[] = [Role.MANAGER];

export const OrganisationKind = {
  KOMMUNE: 'KOMMUNE',
  FYLKESKOMMUNE: 'FYLKESKOMMUNE',
  OTHER: 'OTHER',
} as const;
export type OrganisationKind = (typeof OrganisationKind)[keyof typeof OrganisationKind];

export const Locale = { NB: 'nb', NN: 'nn', EN: 'en' } as const;
export type Locale = (typeof Locale)[keyof typeof Locale];
export const LOCALES: readonly Locale[] = [Locale.NB, Locale.NN, Locale.EN];
export const DEFAULT_LOCALE: Locale = Locale.NB;

export const InvitationStatus = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED',
} as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];

export const MembershipStatus = { INVITED: 'INVITED', MEMBER: 'MEMBER', DECLINED: 'DECLINED' } as const;
export type MembershipStatus = (typeof MembershipStatus)[keyof typeof MembershipStatus];
