import { registerEnumType } from '@nestjs/graphql';
import { InvitationStatus, MembershipStatus, OrganisationKind, Role } from '@laerekraft/shared';

/** GraphQL enums for the shared constants, registered once. */
export const LocaleEnum = { NB: 'nb', NN: 'nn', EN: 'en' } as const;

registerEnumType(Role, { name: 'Role', description: 'A role a person holds (GLOSSARY.md)' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(LocaleEnum, { name: 'Locale', description: 'bokmål (default), nynorsk, English' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
