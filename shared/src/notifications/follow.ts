/** What a person may follow (issue 7, "Follow and notifications"). */
export const FollowSubjectType = {
  IDEA: 'IDEA',
  EXPERIMENT: 'EXPERIMENT',
  LESSON: 'LESSON',
  CHALLENGE: 'CHALLENGE',
  NETWORK: 'NETWORK',
} as const;
export type FollowSubjectType = (typeof FollowSubjectType)[keyof typeof FollowSubjectType];
export const FOLLOW_SUBJECT_TYPES = Object.values(FollowSubjectType);

/**
 * The notification kinds the notification centre can say as a sentence (web i18n
 * `notifications.kind.<kind>`). A kind not listed here is shown with a generic sentence.
 */
export const NOTIFICATION_KINDS = [
  'idea.submitted',
  'idea.approved',
  'idea.declined',
  'idea.parked',
  'experiment.started',
  'experiment.concluded',
  'experiment.stopped',
  'experiment.log.added',
  'lesson.published',
  'lesson.withdrawn',
  'lesson.adopted',
  /** Someone elsewhere proposes trying it (an employee's idea): not an adoption until approved. */
  'lesson.proposed',
  'network.lesson_published',
  'network.challenge_created',
  'challenge.closed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
