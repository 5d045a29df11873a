import { registerEnumType } from '@nestjs/graphql';
import {
  AdoptionState,
  ExperimentResult,
  ExperimentSort,
  ExperimentState,
  IdeaSort,
  IdeaState,
  InnovationAction,
  InvitationStatus,
  LearningEntryKind,
  LessonReach,
  LessonState,
  MembershipStatus,
  NextStep,
  OrganisationKind,
  PartnerKind,
  Role,
  Theme,
} from '@laerekraft/shared';

/** GraphQL enums for the shared constants, registered once. */
export const LocaleEnum = { NB: 'nb', NN: 'nn', EN: 'en' } as const;

registerEnumType(Role, { name: 'Role', description: 'A role a person holds (GLOSSARY.md)' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(LocaleEnum, { name: 'Locale', description: 'bokmål (default), nynorsk, English' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
registerEnumType(InnovationAction, {
  name: 'InnovationAction',
  description: 'The five actions: å våge, å lede, å lære, å mobilisere, å samhandle',
});
registerEnumType(Theme, { name: 'Theme' });
registerEnumType(IdeaState, { name: 'IdeaState' });
registerEnumType(ExperimentState, { name: 'ExperimentState' });
registerEnumType(ExperimentResult, { name: 'ExperimentResult' });
registerEnumType(NextStep, { name: 'NextStep' });
registerEnumType(PartnerKind, { name: 'PartnerKind' });
registerEnumType(LearningEntryKind, { name: 'LearningEntryKind' });
registerEnumType(LessonState, { name: 'LessonState' });
registerEnumType(LessonReach, {
  name: 'LessonReach',
  description: 'UNIT (the unit and below), ORGANISATION, NETWORK (chosen networks), PUBLIC (everyone)',
});
registerEnumType(AdoptionState, { name: 'AdoptionState' });
registerEnumType(IdeaSort, {
  name: 'IdeaSort',
  description: 'NEWEST (default), OLDEST, MOST_BACKED (most backers first, then newest)',
});
registerEnumType(ExperimentSort, { name: 'ExperimentSort', description: 'NEWEST (default), OLDEST' });
