import {
  PortfolioCellEntity,
  PortfolioFactEntity,
  PortfolioRollupEntity,
  SharedLessonCellEntity,
} from './dashboard/aggregates.entity.js';
import { AuditEventEntity } from './audit/audit-event.entity.js';
import { InvitationEntity } from './identity/invitation.entity.js';
import { LoginAttemptEntity } from './identity/login-attempt.entity.js';
import { PersonEntity } from './identity/person.entity.js';
import { RoleAssignmentEntity } from './identity/role-assignment.entity.js';
import { SessionEntity } from './identity/session.entity.js';
import { NetworkMembershipEntity } from './networks/network-membership.entity.js';
import { NetworkEntity } from './networks/network.entity.js';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import { UnitEntity } from './organisations/unit.entity.js';
import { IdeaEntity } from './ideas/idea.entity.js';
import { IdeaBackingEntity } from './ideas/idea-backing.entity.js';
import { IdeaCommentEntity } from './ideas/idea-comment.entity.js';
import { ExperimentEntity } from './experiments/experiment.entity.js';
import {
  ExperimentMemberEntity,
  MeasurementEntity,
  PartnerEntity,
  UnionInvolvementEntity,
} from './experiments/experiment-parts.entity.js';
import { LearningEntryEntity, LearningEntryRevisionEntity } from './learning/learning-entry.entity.js';
import { NotificationEntity } from './notifications/notification.entity.js';
import { LessonEntity } from './lessons/lesson.entity.js';
import { AdoptionEntity } from './lessons/adoption.entity.js';
import { SearchVocabularyEntity } from './search/search-vocabulary.entity.js';
import { ChallengeEntity } from './challenges/challenge.entity.js';
import { NetworkPinEntity } from './networks/network-pin.entity.js';
import { FollowEntity } from './notifications/follows/follow.entity.js';

/** Every table the API maps. The migrations in /migrations must describe exactly these. */
export const ENTITIES = [
  OrganisationEntity,
  UnitEntity,
  PersonEntity,
  RoleAssignmentEntity,
  SessionEntity,
  InvitationEntity,
  LoginAttemptEntity,
  NetworkEntity,
  NetworkMembershipEntity,
  AuditEventEntity,
  IdeaEntity,
  IdeaBackingEntity,
  IdeaCommentEntity,
  ExperimentEntity,
  ExperimentMemberEntity,
  PartnerEntity,
  UnionInvolvementEntity,
  MeasurementEntity,
  LearningEntryEntity,
  LearningEntryRevisionEntity,
  NotificationEntity,
  LessonEntity,
  AdoptionEntity,
  SearchVocabularyEntity,
  ChallengeEntity,
  NetworkPinEntity,
  FollowEntity,
  PortfolioFactEntity,
  PortfolioCellEntity,
  PortfolioRollupEntity,
  SharedLessonCellEntity,
];
