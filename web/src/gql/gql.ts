/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      locale\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      organisation {\n        id\n        name\n        kind\n      }\n      unit {\n        id\n        name\n      }\n    }\n    viewerCan {\n      administer\n      createIdea\n      reviewIdeas\n      createExperiment\n      createNetwork\n      respondToNetworkInvitations\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SaveLocale($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.SaveLocaleDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      name\n      email\n      status\n      expiresAt\n      createdAt\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      link\n      invitation {\n        id\n        name\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query People {\n    people {\n      id\n      name\n      email\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SetRolesDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RenameUnitDocument,
    "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n      parentId\n      version\n    }\n  }\n": typeof types.MoveUnitDocument,
    "\n  mutation ArchiveUnit($input: UnitVersionInput!) {\n    archiveUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.ArchiveUnitDocument,
    "\n  mutation RestoreUnit($input: UnitVersionInput!) {\n    restoreUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.RestoreUnitDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      name\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment ExperimentListFields on Experiment {\n    id\n    title\n    state\n    entryCount\n    lastEntryOn\n    createdAt\n    startedAt\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n": typeof types.ExperimentListFieldsFragmentDoc,
    "\n  fragment LearningEntryFields on LearningEntry {\n    id\n    kind\n    entryDate\n    promptId\n    text\n    version\n    createdAt\n    updatedAt\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n    revisions {\n      version\n      kind\n      promptId\n      text\n      replacedAt\n      editedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LearningEntryFieldsFragmentDoc,
    "\n  fragment ExperimentDetailFields on Experiment {\n    id\n    title\n    summary\n    state\n    version\n    acceptableLoss\n    actions\n    sdgs\n    theme\n    affectsEmployees\n    hours\n    nok\n    result\n    stopReason\n    createdAt\n    updatedAt\n    startedAt\n    endedAt\n    entryCount\n    lastEntryOn\n    hypothesis {\n      change\n      targetGroup\n      expectedEffect\n      metric\n      target\n      baseline\n      byDate\n    }\n    learningCard {\n      believed\n      observed\n      learned\n      nextStep\n    }\n    viewerCanWriteLesson\n    lesson {\n      id\n      title\n      state\n    }\n    sourceLesson {\n      id\n      title\n      organisationName\n      partnerKinds\n    }\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    idea {\n      id\n      title\n    }\n    partners {\n      id\n      kind\n      name\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    unionInvolvements {\n      id\n      occurredOn\n      who\n      whatWasSaid\n      createdAt\n      recordedBy {\n        id\n        name\n      }\n    }\n    measurements {\n      id\n      measuredOn\n      value\n      note\n    }\n    learningEntries {\n      ...LearningEntryFields\n    }\n    viewerCan {\n      setTeam\n      conclude\n      edit\n      log\n      recordUnionInvolvement\n      start\n      stop\n    }\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n": typeof types.ExperimentDetailFieldsFragmentDoc,
    "\n  query Experiments($scope: ListScope!, $first: Int, $after: String) {\n    experiments(scope: $scope, first: $first, after: $after) {\n      nodes {\n        ...ExperimentListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ExperimentsDocument,
    "\n  query Experiment($id: ID!) {\n    experiment(id: $id) {\n      ...ExperimentDetailFields\n    }\n  }\n": typeof types.ExperimentDocument,
    "\n  query TeamCandidates {\n    people {\n      id\n      name\n    }\n  }\n": typeof types.TeamCandidatesDocument,
    "\n  mutation UpdateExperiment($input: UpdateExperimentInput!) {\n    updateExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n": typeof types.UpdateExperimentDocument,
    "\n  mutation SetExperimentTeam($input: SetExperimentTeamInput!) {\n    setExperimentTeam(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n": typeof types.SetExperimentTeamDocument,
    "\n  mutation AddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      id\n    }\n  }\n": typeof types.AddPartnerDocument,
    "\n  mutation RemovePartner($id: ID!) {\n    removePartner(id: $id) {\n      ...ExperimentDetailFields\n    }\n  }\n": typeof types.RemovePartnerDocument,
    "\n  mutation RecordUnionInvolvement($input: RecordUnionInvolvementInput!) {\n    recordUnionInvolvement(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordUnionInvolvementDocument,
    "\n  mutation AddMeasurement($input: AddMeasurementInput!) {\n    addMeasurement(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMeasurementDocument,
    "\n  mutation StartExperiment($input: ExperimentVersionInput!) {\n    startExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n": typeof types.StartExperimentDocument,
    "\n  mutation ConcludeExperiment($input: ConcludeExperimentInput!) {\n    concludeExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n": typeof types.ConcludeExperimentDocument,
    "\n  mutation StopExperiment($input: StopExperimentInput!) {\n    stopExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n": typeof types.StopExperimentDocument,
    "\n  mutation AddLearningEntry($input: AddLearningEntryInput!) {\n    addLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n": typeof types.AddLearningEntryDocument,
    "\n  mutation EditLearningEntry($input: EditLearningEntryInput!) {\n    editLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n": typeof types.EditLearningEntryDocument,
    "\n  query Notifications {\n    notifications {\n      id\n      kind\n      title\n      reason\n      readAt\n      createdAt\n      subjectId\n      subjectType\n      experimentId\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyExperiments($first: Int) {\n    experiments(scope: MINE, first: $first) {\n      nodes {\n        id\n        title\n        state\n        entryCount\n        lastEntryOn\n        createdAt\n        startedAt\n      }\n    }\n  }\n": typeof types.MyExperimentsDocument,
    "\n  query MyIdeas($first: Int) {\n    ideas(scope: MINE, first: $first) {\n      nodes {\n        id\n        title\n        state\n        updatedAt\n      }\n    }\n  }\n": typeof types.MyIdeasDocument,
    "\n  query ToDecide {\n    reviewQueue {\n      ...ReviewQueueItem\n    }\n  }\n": typeof types.ToDecideDocument,
    "\n  fragment IdeaListFields on Idea {\n    id\n    title\n    state\n    hideAuthor\n    isMine\n    backingCount\n    commentCount\n    createdAt\n    updatedAt\n    submittedAt\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n": typeof types.IdeaListFieldsFragmentDoc,
    "\n  fragment IdeaDetailFields on Idea {\n    id\n    title\n    needWhose\n    needObserved\n    proposal\n    benefit\n    actions\n    sdgs\n    theme\n    state\n    version\n    hideAuthor\n    isMine\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    decisionReason\n    waitingDays\n    backingCount\n    backedByMe\n    commentCount\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n    experiment {\n      id\n      title\n    }\n    sourceLesson {\n      id\n      title\n      organisationName\n    }\n    viewerCan {\n      edit\n      submit\n      approve\n      decline\n      park\n      back\n      comment\n    }\n    comments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n": typeof types.IdeaDetailFieldsFragmentDoc,
    "\n  query Ideas($scope: ListScope!, $first: Int, $after: String) {\n    ideas(scope: $scope, first: $first, after: $after) {\n      nodes {\n        ...IdeaListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.IdeasDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.IdeaDocument,
    "\n  query ReviewQueue {\n    reviewQueue {\n      ...ReviewQueueItem\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query PeoplePicker {\n    people {\n      id\n      name\n    }\n  }\n": typeof types.PeoplePickerDocument,
    "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.CreateIdeaDocument,
    "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.UpdateIdeaDocument,
    "\n  mutation SubmitIdea($input: IdeaVersionInput!) {\n    submitIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.SubmitIdeaDocument,
    "\n  mutation ApproveIdea($input: ApproveIdeaInput!) {\n    approveIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.ApproveIdeaDocument,
    "\n  mutation DeclineIdea($input: DecideIdeaInput!) {\n    declineIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.DeclineIdeaDocument,
    "\n  mutation ParkIdea($input: DecideIdeaInput!) {\n    parkIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.ParkIdeaDocument,
    "\n  mutation BackIdea($id: ID!, $backing: Boolean!) {\n    backIdea(id: $id, backing: $backing) {\n      id\n      backedByMe\n      backingCount\n    }\n  }\n": typeof types.BackIdeaDocument,
    "\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommentOnIdeaDocument,
    "\n  fragment LessonListFields on Lesson {\n    id\n    title\n    summary\n    state\n    reach\n    result\n    experimentState\n    actions\n    publishedAt\n    createdAt\n    organisation {\n      id\n      name\n      kommunenummer\n    }\n  }\n": typeof types.LessonListFieldsFragmentDoc,
    "\n  fragment LessonDetailFields on Lesson {\n    id\n    title\n    summary\n    whatWorked\n    whatDidNot\n    advice\n    conditions\n    tags\n    state\n    reach\n    version\n    result\n    experimentState\n    actions\n    sdgs\n    theme\n    partnerKinds\n    contactName\n    adoptionCount\n    publishedAt\n    withdrawnAt\n    withdrawnReason\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n      kommunenummer\n    }\n    networks {\n      id\n      name\n    }\n    shareableNetworks {\n      id\n      name\n    }\n    experiment {\n      id\n      title\n    }\n    experimentSummary {\n      title\n      state\n      result\n      stopReason\n      startedAt\n      endedAt\n      partnerKinds\n      hypothesis {\n        change\n        targetGroup\n        expectedEffect\n        metric\n        baseline\n        target\n        byDate\n      }\n      learningCard {\n        believed\n        observed\n        learned\n        nextStep\n      }\n      measurements {\n        measuredOn\n        value\n      }\n    }\n    viewerCan {\n      edit\n      publish\n      changeReach\n      withdraw\n      setContact\n      isContact\n      reaches\n    }\n  }\n": typeof types.LessonDetailFieldsFragmentDoc,
    "\n  query Lessons(\n    $first: Int\n    $after: String\n    $reach: LessonReach\n    $result: ExperimentResult\n    $action: InnovationAction\n    $mine: Boolean\n  ) {\n    lessons(first: $first, after: $after, reach: $reach, result: $result, action: $action, mine: $mine) {\n      nodes {\n        ...LessonListFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LessonsDocument,
    "\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonDetailFields\n    }\n  }\n": typeof types.LessonDocument,
    "\n  query LessonForm($experimentId: ID!) {\n    experiment(id: $experimentId) {\n      id\n      title\n      state\n      result\n      learningCard {\n        learned\n      }\n      viewerCanWriteLesson\n      lesson {\n        ...LessonDetailFields\n      }\n    }\n  }\n": typeof types.LessonFormDocument,
    "\n  mutation CreateLesson($experimentId: ID!, $input: CreateLessonInput) {\n    createLesson(experimentId: $experimentId, input: $input) {\n      ...LessonDetailFields\n    }\n  }\n": typeof types.CreateLessonDocument,
    "\n  mutation UpdateLesson($id: ID!, $version: Int!, $input: UpdateLessonInput!) {\n    updateLesson(id: $id, version: $version, input: $input) {\n      ...LessonDetailFields\n    }\n  }\n": typeof types.UpdateLessonDocument,
    "\n  mutation PublishLesson($id: ID!, $version: Int!, $reach: LessonReach!, $networkIds: [ID!]!) {\n    publishLesson(id: $id, version: $version, reach: $reach, networkIds: $networkIds) {\n      ...LessonDetailFields\n    }\n  }\n": typeof types.PublishLessonDocument,
    "\n  mutation ChangeLessonReach($id: ID!, $version: Int!, $reach: LessonReach!, $networkIds: [ID!]!) {\n    changeLessonReach(id: $id, version: $version, reach: $reach, networkIds: $networkIds) {\n      ...LessonDetailFields\n    }\n  }\n": typeof types.ChangeLessonReachDocument,
    "\n  mutation WithdrawLesson($id: ID!, $version: Int!, $reason: String!) {\n    withdrawLesson(id: $id, version: $version, reason: $reason) {\n      ...LessonDetailFields\n    }\n  }\n": typeof types.WithdrawLessonDocument,
    "\n  mutation SetLessonContact($id: ID!, $consent: Boolean!) {\n    setLessonContact(id: $id, consent: $consent) {\n      ...LessonDetailFields\n    }\n  }\n": typeof types.SetLessonContactDocument,
    "\n  query LessonSpread($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      rollup {\n        adoptions\n        organisations\n        inProgress\n        supported\n        notSupported\n        inconclusive\n        stopped\n        notShared\n      }\n      adoptions {\n        id\n        organisationName\n        unitName\n        state\n        depth\n        adoptedAt\n        resultShared\n        result\n        lesson {\n          id\n          title\n        }\n        measured {\n          metric\n          baseline\n          latest\n          target\n          change\n        }\n      }\n      viewerCanAdopt {\n        asExperiment\n        asIdea\n      }\n    }\n  }\n": typeof types.LessonSpreadDocument,
    "\n  query LessonAdoptOptions($id: ID!) {\n    lesson(id: $id) {\n      id\n      adoptOptions {\n        asIdea\n        units {\n          id\n          name\n        }\n        ownUnitId\n      }\n    }\n  }\n": typeof types.LessonAdoptOptionsDocument,
    "\n  mutation AdoptLesson($input: AdoptLessonInput!) {\n    adoptLesson(input: $input) {\n      adoptionId\n      state\n      experiment {\n        id\n      }\n      idea {\n        id\n      }\n    }\n  }\n": typeof types.AdoptLessonDocument,
    "\n  query Networks {\n    networks {\n      id\n      name\n      description\n      viewerIsCoordinator\n      viewerCan {\n        invite\n        respond\n      }\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n      }\n      myMembership {\n        id\n        status\n        invitedAt\n      }\n    }\n  }\n": typeof types.NetworksDocument,
    "\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      viewerIsCoordinator\n      viewerCan {\n        invite\n        respond\n      }\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n        email\n      }\n      myMembership {\n        id\n        status\n      }\n      members {\n        id\n        status\n        invitedAt\n        respondedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": typeof types.CreateNetworkDocument,
    "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      status\n      invitedAt\n      respondedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InviteToNetworkDocument,
    "\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      id\n      status\n      respondedAt\n    }\n  }\n": typeof types.RespondToNetworkInvitationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ReviewQueueItem on Idea {\n    id\n    title\n    state\n    submittedAt\n    waitingDays\n    hideAuthor\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n": typeof types.ReviewQueueItemFragmentDoc,
    "\n  fragment TimelineEventFields on TimelineEvent {\n    id\n    action\n    at\n    fromState\n    toState\n    changedFields\n    reason\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.TimelineEventFieldsFragmentDoc,
    "\n  query Units($includeArchived: Boolean) {\n    units(includeArchived: $includeArchived) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n": typeof types.UnitsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      locale\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      organisation {\n        id\n        name\n        kind\n      }\n      unit {\n        id\n        name\n      }\n    }\n    viewerCan {\n      administer\n      createIdea\n      reviewIdeas\n      createExperiment\n      createNetwork\n      respondToNetworkInvitations\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SaveLocale($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      locale\n    }\n  }\n": types.SaveLocaleDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      name\n      email\n      status\n      expiresAt\n      createdAt\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      link\n      invitation {\n        id\n        name\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n": types.InvitePersonDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query People {\n    people {\n      id\n      name\n      email\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SetRolesDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.RenameUnitDocument,
    "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n      parentId\n      version\n    }\n  }\n": types.MoveUnitDocument,
    "\n  mutation ArchiveUnit($input: UnitVersionInput!) {\n    archiveUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.ArchiveUnitDocument,
    "\n  mutation RestoreUnit($input: UnitVersionInput!) {\n    restoreUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.RestoreUnitDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.LoginDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      name\n      email\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment ExperimentListFields on Experiment {\n    id\n    title\n    state\n    entryCount\n    lastEntryOn\n    createdAt\n    startedAt\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n": types.ExperimentListFieldsFragmentDoc,
    "\n  fragment LearningEntryFields on LearningEntry {\n    id\n    kind\n    entryDate\n    promptId\n    text\n    version\n    createdAt\n    updatedAt\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n    revisions {\n      version\n      kind\n      promptId\n      text\n      replacedAt\n      editedBy {\n        id\n        name\n      }\n    }\n  }\n": types.LearningEntryFieldsFragmentDoc,
    "\n  fragment ExperimentDetailFields on Experiment {\n    id\n    title\n    summary\n    state\n    version\n    acceptableLoss\n    actions\n    sdgs\n    theme\n    affectsEmployees\n    hours\n    nok\n    result\n    stopReason\n    createdAt\n    updatedAt\n    startedAt\n    endedAt\n    entryCount\n    lastEntryOn\n    hypothesis {\n      change\n      targetGroup\n      expectedEffect\n      metric\n      target\n      baseline\n      byDate\n    }\n    learningCard {\n      believed\n      observed\n      learned\n      nextStep\n    }\n    viewerCanWriteLesson\n    lesson {\n      id\n      title\n      state\n    }\n    sourceLesson {\n      id\n      title\n      organisationName\n      partnerKinds\n    }\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    idea {\n      id\n      title\n    }\n    partners {\n      id\n      kind\n      name\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    unionInvolvements {\n      id\n      occurredOn\n      who\n      whatWasSaid\n      createdAt\n      recordedBy {\n        id\n        name\n      }\n    }\n    measurements {\n      id\n      measuredOn\n      value\n      note\n    }\n    learningEntries {\n      ...LearningEntryFields\n    }\n    viewerCan {\n      setTeam\n      conclude\n      edit\n      log\n      recordUnionInvolvement\n      start\n      stop\n    }\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n": types.ExperimentDetailFieldsFragmentDoc,
    "\n  query Experiments($scope: ListScope!, $first: Int, $after: String) {\n    experiments(scope: $scope, first: $first, after: $after) {\n      nodes {\n        ...ExperimentListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ExperimentsDocument,
    "\n  query Experiment($id: ID!) {\n    experiment(id: $id) {\n      ...ExperimentDetailFields\n    }\n  }\n": types.ExperimentDocument,
    "\n  query TeamCandidates {\n    people {\n      id\n      name\n    }\n  }\n": types.TeamCandidatesDocument,
    "\n  mutation UpdateExperiment($input: UpdateExperimentInput!) {\n    updateExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n": types.UpdateExperimentDocument,
    "\n  mutation SetExperimentTeam($input: SetExperimentTeamInput!) {\n    setExperimentTeam(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n": types.SetExperimentTeamDocument,
    "\n  mutation AddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      id\n    }\n  }\n": types.AddPartnerDocument,
    "\n  mutation RemovePartner($id: ID!) {\n    removePartner(id: $id) {\n      ...ExperimentDetailFields\n    }\n  }\n": types.RemovePartnerDocument,
    "\n  mutation RecordUnionInvolvement($input: RecordUnionInvolvementInput!) {\n    recordUnionInvolvement(input: $input) {\n      id\n    }\n  }\n": types.RecordUnionInvolvementDocument,
    "\n  mutation AddMeasurement($input: AddMeasurementInput!) {\n    addMeasurement(input: $input) {\n      id\n    }\n  }\n": types.AddMeasurementDocument,
    "\n  mutation StartExperiment($input: ExperimentVersionInput!) {\n    startExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n": types.StartExperimentDocument,
    "\n  mutation ConcludeExperiment($input: ConcludeExperimentInput!) {\n    concludeExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n": types.ConcludeExperimentDocument,
    "\n  mutation StopExperiment($input: StopExperimentInput!) {\n    stopExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n": types.StopExperimentDocument,
    "\n  mutation AddLearningEntry($input: AddLearningEntryInput!) {\n    addLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n": types.AddLearningEntryDocument,
    "\n  mutation EditLearningEntry($input: EditLearningEntryInput!) {\n    editLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n": types.EditLearningEntryDocument,
    "\n  query Notifications {\n    notifications {\n      id\n      kind\n      title\n      reason\n      readAt\n      createdAt\n      subjectId\n      subjectType\n      experimentId\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MyExperiments($first: Int) {\n    experiments(scope: MINE, first: $first) {\n      nodes {\n        id\n        title\n        state\n        entryCount\n        lastEntryOn\n        createdAt\n        startedAt\n      }\n    }\n  }\n": types.MyExperimentsDocument,
    "\n  query MyIdeas($first: Int) {\n    ideas(scope: MINE, first: $first) {\n      nodes {\n        id\n        title\n        state\n        updatedAt\n      }\n    }\n  }\n": types.MyIdeasDocument,
    "\n  query ToDecide {\n    reviewQueue {\n      ...ReviewQueueItem\n    }\n  }\n": types.ToDecideDocument,
    "\n  fragment IdeaListFields on Idea {\n    id\n    title\n    state\n    hideAuthor\n    isMine\n    backingCount\n    commentCount\n    createdAt\n    updatedAt\n    submittedAt\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n": types.IdeaListFieldsFragmentDoc,
    "\n  fragment IdeaDetailFields on Idea {\n    id\n    title\n    needWhose\n    needObserved\n    proposal\n    benefit\n    actions\n    sdgs\n    theme\n    state\n    version\n    hideAuthor\n    isMine\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    decisionReason\n    waitingDays\n    backingCount\n    backedByMe\n    commentCount\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n    experiment {\n      id\n      title\n    }\n    sourceLesson {\n      id\n      title\n      organisationName\n    }\n    viewerCan {\n      edit\n      submit\n      approve\n      decline\n      park\n      back\n      comment\n    }\n    comments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n": types.IdeaDetailFieldsFragmentDoc,
    "\n  query Ideas($scope: ListScope!, $first: Int, $after: String) {\n    ideas(scope: $scope, first: $first, after: $after) {\n      nodes {\n        ...IdeaListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.IdeasDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetailFields\n    }\n  }\n": types.IdeaDocument,
    "\n  query ReviewQueue {\n    reviewQueue {\n      ...ReviewQueueItem\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query PeoplePicker {\n    people {\n      id\n      name\n    }\n  }\n": types.PeoplePickerDocument,
    "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": types.CreateIdeaDocument,
    "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": types.UpdateIdeaDocument,
    "\n  mutation SubmitIdea($input: IdeaVersionInput!) {\n    submitIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": types.SubmitIdeaDocument,
    "\n  mutation ApproveIdea($input: ApproveIdeaInput!) {\n    approveIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": types.ApproveIdeaDocument,
    "\n  mutation DeclineIdea($input: DecideIdeaInput!) {\n    declineIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": types.DeclineIdeaDocument,
    "\n  mutation ParkIdea($input: DecideIdeaInput!) {\n    parkIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n": types.ParkIdeaDocument,
    "\n  mutation BackIdea($id: ID!, $backing: Boolean!) {\n    backIdea(id: $id, backing: $backing) {\n      id\n      backedByMe\n      backingCount\n    }\n  }\n": types.BackIdeaDocument,
    "\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.CommentOnIdeaDocument,
    "\n  fragment LessonListFields on Lesson {\n    id\n    title\n    summary\n    state\n    reach\n    result\n    experimentState\n    actions\n    publishedAt\n    createdAt\n    organisation {\n      id\n      name\n      kommunenummer\n    }\n  }\n": types.LessonListFieldsFragmentDoc,
    "\n  fragment LessonDetailFields on Lesson {\n    id\n    title\n    summary\n    whatWorked\n    whatDidNot\n    advice\n    conditions\n    tags\n    state\n    reach\n    version\n    result\n    experimentState\n    actions\n    sdgs\n    theme\n    partnerKinds\n    contactName\n    adoptionCount\n    publishedAt\n    withdrawnAt\n    withdrawnReason\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n      kommunenummer\n    }\n    networks {\n      id\n      name\n    }\n    shareableNetworks {\n      id\n      name\n    }\n    experiment {\n      id\n      title\n    }\n    experimentSummary {\n      title\n      state\n      result\n      stopReason\n      startedAt\n      endedAt\n      partnerKinds\n      hypothesis {\n        change\n        targetGroup\n        expectedEffect\n        metric\n        baseline\n        target\n        byDate\n      }\n      learningCard {\n        believed\n        observed\n        learned\n        nextStep\n      }\n      measurements {\n        measuredOn\n        value\n      }\n    }\n    viewerCan {\n      edit\n      publish\n      changeReach\n      withdraw\n      setContact\n      isContact\n      reaches\n    }\n  }\n": types.LessonDetailFieldsFragmentDoc,
    "\n  query Lessons(\n    $first: Int\n    $after: String\n    $reach: LessonReach\n    $result: ExperimentResult\n    $action: InnovationAction\n    $mine: Boolean\n  ) {\n    lessons(first: $first, after: $after, reach: $reach, result: $result, action: $action, mine: $mine) {\n      nodes {\n        ...LessonListFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LessonsDocument,
    "\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonDetailFields\n    }\n  }\n": types.LessonDocument,
    "\n  query LessonForm($experimentId: ID!) {\n    experiment(id: $experimentId) {\n      id\n      title\n      state\n      result\n      learningCard {\n        learned\n      }\n      viewerCanWriteLesson\n      lesson {\n        ...LessonDetailFields\n      }\n    }\n  }\n": types.LessonFormDocument,
    "\n  mutation CreateLesson($experimentId: ID!, $input: CreateLessonInput) {\n    createLesson(experimentId: $experimentId, input: $input) {\n      ...LessonDetailFields\n    }\n  }\n": types.CreateLessonDocument,
    "\n  mutation UpdateLesson($id: ID!, $version: Int!, $input: UpdateLessonInput!) {\n    updateLesson(id: $id, version: $version, input: $input) {\n      ...LessonDetailFields\n    }\n  }\n": types.UpdateLessonDocument,
    "\n  mutation PublishLesson($id: ID!, $version: Int!, $reach: LessonReach!, $networkIds: [ID!]!) {\n    publishLesson(id: $id, version: $version, reach: $reach, networkIds: $networkIds) {\n      ...LessonDetailFields\n    }\n  }\n": types.PublishLessonDocument,
    "\n  mutation ChangeLessonReach($id: ID!, $version: Int!, $reach: LessonReach!, $networkIds: [ID!]!) {\n    changeLessonReach(id: $id, version: $version, reach: $reach, networkIds: $networkIds) {\n      ...LessonDetailFields\n    }\n  }\n": types.ChangeLessonReachDocument,
    "\n  mutation WithdrawLesson($id: ID!, $version: Int!, $reason: String!) {\n    withdrawLesson(id: $id, version: $version, reason: $reason) {\n      ...LessonDetailFields\n    }\n  }\n": types.WithdrawLessonDocument,
    "\n  mutation SetLessonContact($id: ID!, $consent: Boolean!) {\n    setLessonContact(id: $id, consent: $consent) {\n      ...LessonDetailFields\n    }\n  }\n": types.SetLessonContactDocument,
    "\n  query LessonSpread($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      rollup {\n        adoptions\n        organisations\n        inProgress\n        supported\n        notSupported\n        inconclusive\n        stopped\n        notShared\n      }\n      adoptions {\n        id\n        organisationName\n        unitName\n        state\n        depth\n        adoptedAt\n        resultShared\n        result\n        lesson {\n          id\n          title\n        }\n        measured {\n          metric\n          baseline\n          latest\n          target\n          change\n        }\n      }\n      viewerCanAdopt {\n        asExperiment\n        asIdea\n      }\n    }\n  }\n": types.LessonSpreadDocument,
    "\n  query LessonAdoptOptions($id: ID!) {\n    lesson(id: $id) {\n      id\n      adoptOptions {\n        asIdea\n        units {\n          id\n          name\n        }\n        ownUnitId\n      }\n    }\n  }\n": types.LessonAdoptOptionsDocument,
    "\n  mutation AdoptLesson($input: AdoptLessonInput!) {\n    adoptLesson(input: $input) {\n      adoptionId\n      state\n      experiment {\n        id\n      }\n      idea {\n        id\n      }\n    }\n  }\n": types.AdoptLessonDocument,
    "\n  query Networks {\n    networks {\n      id\n      name\n      description\n      viewerIsCoordinator\n      viewerCan {\n        invite\n        respond\n      }\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n      }\n      myMembership {\n        id\n        status\n        invitedAt\n      }\n    }\n  }\n": types.NetworksDocument,
    "\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      viewerIsCoordinator\n      viewerCan {\n        invite\n        respond\n      }\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n        email\n      }\n      myMembership {\n        id\n        status\n      }\n      members {\n        id\n        status\n        invitedAt\n        respondedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.NetworkDocument,
    "\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": types.CreateNetworkDocument,
    "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      status\n      invitedAt\n      respondedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.InviteToNetworkDocument,
    "\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      id\n      status\n      respondedAt\n    }\n  }\n": types.RespondToNetworkInvitationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ReviewQueueItem on Idea {\n    id\n    title\n    state\n    submittedAt\n    waitingDays\n    hideAuthor\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n": types.ReviewQueueItemFragmentDoc,
    "\n  fragment TimelineEventFields on TimelineEvent {\n    id\n    action\n    at\n    fromState\n    toState\n    changedFields\n    reason\n    actor {\n      id\n      name\n    }\n  }\n": types.TimelineEventFieldsFragmentDoc,
    "\n  query Units($includeArchived: Boolean) {\n    units(includeArchived: $includeArchived) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n": types.UnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      locale\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      organisation {\n        id\n        name\n        kind\n      }\n      unit {\n        id\n        name\n      }\n    }\n    viewerCan {\n      administer\n      createIdea\n      reviewIdeas\n      createExperiment\n      createNetwork\n      respondToNetworkInvitations\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      locale\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      organisation {\n        id\n        name\n        kind\n      }\n      unit {\n        id\n        name\n      }\n    }\n    viewerCan {\n      administer\n      createIdea\n      reviewIdeas\n      createExperiment\n      createNetwork\n      respondToNetworkInvitations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocale($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLocale($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      name\n      email\n      status\n      expiresAt\n      createdAt\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      name\n      email\n      status\n      expiresAt\n      createdAt\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      link\n      invitation {\n        id\n        name\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      link\n      invitation {\n        id\n        name\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People {\n    people {\n      id\n      name\n      email\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People {\n    people {\n      id\n      name\n      email\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n      parentId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n      parentId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveUnit($input: UnitVersionInput!) {\n    archiveUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveUnit($input: UnitVersionInput!) {\n    archiveUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreUnit($input: UnitVersionInput!) {\n    restoreUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreUnit($input: UnitVersionInput!) {\n    restoreUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      name\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      name\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExperimentListFields on Experiment {\n    id\n    title\n    state\n    entryCount\n    lastEntryOn\n    createdAt\n    startedAt\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ExperimentListFields on Experiment {\n    id\n    title\n    state\n    entryCount\n    lastEntryOn\n    createdAt\n    startedAt\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningEntryFields on LearningEntry {\n    id\n    kind\n    entryDate\n    promptId\n    text\n    version\n    createdAt\n    updatedAt\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n    revisions {\n      version\n      kind\n      promptId\n      text\n      replacedAt\n      editedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LearningEntryFields on LearningEntry {\n    id\n    kind\n    entryDate\n    promptId\n    text\n    version\n    createdAt\n    updatedAt\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n    revisions {\n      version\n      kind\n      promptId\n      text\n      replacedAt\n      editedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExperimentDetailFields on Experiment {\n    id\n    title\n    summary\n    state\n    version\n    acceptableLoss\n    actions\n    sdgs\n    theme\n    affectsEmployees\n    hours\n    nok\n    result\n    stopReason\n    createdAt\n    updatedAt\n    startedAt\n    endedAt\n    entryCount\n    lastEntryOn\n    hypothesis {\n      change\n      targetGroup\n      expectedEffect\n      metric\n      target\n      baseline\n      byDate\n    }\n    learningCard {\n      believed\n      observed\n      learned\n      nextStep\n    }\n    viewerCanWriteLesson\n    lesson {\n      id\n      title\n      state\n    }\n    sourceLesson {\n      id\n      title\n      organisationName\n      partnerKinds\n    }\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    idea {\n      id\n      title\n    }\n    partners {\n      id\n      kind\n      name\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    unionInvolvements {\n      id\n      occurredOn\n      who\n      whatWasSaid\n      createdAt\n      recordedBy {\n        id\n        name\n      }\n    }\n    measurements {\n      id\n      measuredOn\n      value\n      note\n    }\n    learningEntries {\n      ...LearningEntryFields\n    }\n    viewerCan {\n      setTeam\n      conclude\n      edit\n      log\n      recordUnionInvolvement\n      start\n      stop\n    }\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n"): (typeof documents)["\n  fragment ExperimentDetailFields on Experiment {\n    id\n    title\n    summary\n    state\n    version\n    acceptableLoss\n    actions\n    sdgs\n    theme\n    affectsEmployees\n    hours\n    nok\n    result\n    stopReason\n    createdAt\n    updatedAt\n    startedAt\n    endedAt\n    entryCount\n    lastEntryOn\n    hypothesis {\n      change\n      targetGroup\n      expectedEffect\n      metric\n      target\n      baseline\n      byDate\n    }\n    learningCard {\n      believed\n      observed\n      learned\n      nextStep\n    }\n    viewerCanWriteLesson\n    lesson {\n      id\n      title\n      state\n    }\n    sourceLesson {\n      id\n      title\n      organisationName\n      partnerKinds\n    }\n    unit {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    idea {\n      id\n      title\n    }\n    partners {\n      id\n      kind\n      name\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    unionInvolvements {\n      id\n      occurredOn\n      who\n      whatWasSaid\n      createdAt\n      recordedBy {\n        id\n        name\n      }\n    }\n    measurements {\n      id\n      measuredOn\n      value\n      note\n    }\n    learningEntries {\n      ...LearningEntryFields\n    }\n    viewerCan {\n      setTeam\n      conclude\n      edit\n      log\n      recordUnionInvolvement\n      start\n      stop\n    }\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Experiments($scope: ListScope!, $first: Int, $after: String) {\n    experiments(scope: $scope, first: $first, after: $after) {\n      nodes {\n        ...ExperimentListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Experiments($scope: ListScope!, $first: Int, $after: String) {\n    experiments(scope: $scope, first: $first, after: $after) {\n      nodes {\n        ...ExperimentListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Experiment($id: ID!) {\n    experiment(id: $id) {\n      ...ExperimentDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Experiment($id: ID!) {\n    experiment(id: $id) {\n      ...ExperimentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamCandidates {\n    people {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TeamCandidates {\n    people {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExperiment($input: UpdateExperimentInput!) {\n    updateExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExperiment($input: UpdateExperimentInput!) {\n    updateExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExperimentTeam($input: SetExperimentTeamInput!) {\n    setExperimentTeam(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetExperimentTeam($input: SetExperimentTeamInput!) {\n    setExperimentTeam(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePartner($id: ID!) {\n    removePartner(id: $id) {\n      ...ExperimentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePartner($id: ID!) {\n    removePartner(id: $id) {\n      ...ExperimentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordUnionInvolvement($input: RecordUnionInvolvementInput!) {\n    recordUnionInvolvement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordUnionInvolvement($input: RecordUnionInvolvementInput!) {\n    recordUnionInvolvement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeasurement($input: AddMeasurementInput!) {\n    addMeasurement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeasurement($input: AddMeasurementInput!) {\n    addMeasurement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartExperiment($input: ExperimentVersionInput!) {\n    startExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartExperiment($input: ExperimentVersionInput!) {\n    startExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcludeExperiment($input: ConcludeExperimentInput!) {\n    concludeExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConcludeExperiment($input: ConcludeExperimentInput!) {\n    concludeExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopExperiment($input: StopExperimentInput!) {\n    stopExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation StopExperiment($input: StopExperimentInput!) {\n    stopExperiment(input: $input) {\n      ...ExperimentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLearningEntry($input: AddLearningEntryInput!) {\n    addLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddLearningEntry($input: AddLearningEntryInput!) {\n    addLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditLearningEntry($input: EditLearningEntryInput!) {\n    editLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditLearningEntry($input: EditLearningEntryInput!) {\n    editLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications {\n      id\n      kind\n      title\n      reason\n      readAt\n      createdAt\n      subjectId\n      subjectType\n      experimentId\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications {\n      id\n      kind\n      title\n      reason\n      readAt\n      createdAt\n      subjectId\n      subjectType\n      experimentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExperiments($first: Int) {\n    experiments(scope: MINE, first: $first) {\n      nodes {\n        id\n        title\n        state\n        entryCount\n        lastEntryOn\n        createdAt\n        startedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyExperiments($first: Int) {\n    experiments(scope: MINE, first: $first) {\n      nodes {\n        id\n        title\n        state\n        entryCount\n        lastEntryOn\n        createdAt\n        startedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIdeas($first: Int) {\n    ideas(scope: MINE, first: $first) {\n      nodes {\n        id\n        title\n        state\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyIdeas($first: Int) {\n    ideas(scope: MINE, first: $first) {\n      nodes {\n        id\n        title\n        state\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToDecide {\n    reviewQueue {\n      ...ReviewQueueItem\n    }\n  }\n"): (typeof documents)["\n  query ToDecide {\n    reviewQueue {\n      ...ReviewQueueItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaListFields on Idea {\n    id\n    title\n    state\n    hideAuthor\n    isMine\n    backingCount\n    commentCount\n    createdAt\n    updatedAt\n    submittedAt\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaListFields on Idea {\n    id\n    title\n    state\n    hideAuthor\n    isMine\n    backingCount\n    commentCount\n    createdAt\n    updatedAt\n    submittedAt\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaDetailFields on Idea {\n    id\n    title\n    needWhose\n    needObserved\n    proposal\n    benefit\n    actions\n    sdgs\n    theme\n    state\n    version\n    hideAuthor\n    isMine\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    decisionReason\n    waitingDays\n    backingCount\n    backedByMe\n    commentCount\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n    experiment {\n      id\n      title\n    }\n    sourceLesson {\n      id\n      title\n      organisationName\n    }\n    viewerCan {\n      edit\n      submit\n      approve\n      decline\n      park\n      back\n      comment\n    }\n    comments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaDetailFields on Idea {\n    id\n    title\n    needWhose\n    needObserved\n    proposal\n    benefit\n    actions\n    sdgs\n    theme\n    state\n    version\n    hideAuthor\n    isMine\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    decisionReason\n    waitingDays\n    backingCount\n    backedByMe\n    commentCount\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n    experiment {\n      id\n      title\n    }\n    sourceLesson {\n      id\n      title\n      organisationName\n    }\n    viewerCan {\n      edit\n      submit\n      approve\n      decline\n      park\n      back\n      comment\n    }\n    comments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ideas($scope: ListScope!, $first: Int, $after: String) {\n    ideas(scope: $scope, first: $first, after: $after) {\n      nodes {\n        ...IdeaListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ideas($scope: ListScope!, $first: Int, $after: String) {\n    ideas(scope: $scope, first: $first, after: $after) {\n      nodes {\n        ...IdeaListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue {\n      ...ReviewQueueItem\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue {\n    reviewQueue {\n      ...ReviewQueueItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePicker {\n    people {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PeoplePicker {\n    people {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIdea($input: IdeaVersionInput!) {\n    submitIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitIdea($input: IdeaVersionInput!) {\n    submitIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveIdea($input: ApproveIdeaInput!) {\n    approveIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveIdea($input: ApproveIdeaInput!) {\n    approveIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineIdea($input: DecideIdeaInput!) {\n    declineIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineIdea($input: DecideIdeaInput!) {\n    declineIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParkIdea($input: DecideIdeaInput!) {\n    parkIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ParkIdea($input: DecideIdeaInput!) {\n    parkIdea(input: $input) {\n      ...IdeaDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackIdea($id: ID!, $backing: Boolean!) {\n    backIdea(id: $id, backing: $backing) {\n      id\n      backedByMe\n      backingCount\n    }\n  }\n"): (typeof documents)["\n  mutation BackIdea($id: ID!, $backing: Boolean!) {\n    backIdea(id: $id, backing: $backing) {\n      id\n      backedByMe\n      backingCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonListFields on Lesson {\n    id\n    title\n    summary\n    state\n    reach\n    result\n    experimentState\n    actions\n    publishedAt\n    createdAt\n    organisation {\n      id\n      name\n      kommunenummer\n    }\n  }\n"): (typeof documents)["\n  fragment LessonListFields on Lesson {\n    id\n    title\n    summary\n    state\n    reach\n    result\n    experimentState\n    actions\n    publishedAt\n    createdAt\n    organisation {\n      id\n      name\n      kommunenummer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonDetailFields on Lesson {\n    id\n    title\n    summary\n    whatWorked\n    whatDidNot\n    advice\n    conditions\n    tags\n    state\n    reach\n    version\n    result\n    experimentState\n    actions\n    sdgs\n    theme\n    partnerKinds\n    contactName\n    adoptionCount\n    publishedAt\n    withdrawnAt\n    withdrawnReason\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n      kommunenummer\n    }\n    networks {\n      id\n      name\n    }\n    shareableNetworks {\n      id\n      name\n    }\n    experiment {\n      id\n      title\n    }\n    experimentSummary {\n      title\n      state\n      result\n      stopReason\n      startedAt\n      endedAt\n      partnerKinds\n      hypothesis {\n        change\n        targetGroup\n        expectedEffect\n        metric\n        baseline\n        target\n        byDate\n      }\n      learningCard {\n        believed\n        observed\n        learned\n        nextStep\n      }\n      measurements {\n        measuredOn\n        value\n      }\n    }\n    viewerCan {\n      edit\n      publish\n      changeReach\n      withdraw\n      setContact\n      isContact\n      reaches\n    }\n  }\n"): (typeof documents)["\n  fragment LessonDetailFields on Lesson {\n    id\n    title\n    summary\n    whatWorked\n    whatDidNot\n    advice\n    conditions\n    tags\n    state\n    reach\n    version\n    result\n    experimentState\n    actions\n    sdgs\n    theme\n    partnerKinds\n    contactName\n    adoptionCount\n    publishedAt\n    withdrawnAt\n    withdrawnReason\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n      kommunenummer\n    }\n    networks {\n      id\n      name\n    }\n    shareableNetworks {\n      id\n      name\n    }\n    experiment {\n      id\n      title\n    }\n    experimentSummary {\n      title\n      state\n      result\n      stopReason\n      startedAt\n      endedAt\n      partnerKinds\n      hypothesis {\n        change\n        targetGroup\n        expectedEffect\n        metric\n        baseline\n        target\n        byDate\n      }\n      learningCard {\n        believed\n        observed\n        learned\n        nextStep\n      }\n      measurements {\n        measuredOn\n        value\n      }\n    }\n    viewerCan {\n      edit\n      publish\n      changeReach\n      withdraw\n      setContact\n      isContact\n      reaches\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lessons(\n    $first: Int\n    $after: String\n    $reach: LessonReach\n    $result: ExperimentResult\n    $action: InnovationAction\n    $mine: Boolean\n  ) {\n    lessons(first: $first, after: $after, reach: $reach, result: $result, action: $action, mine: $mine) {\n      nodes {\n        ...LessonListFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Lessons(\n    $first: Int\n    $after: String\n    $reach: LessonReach\n    $result: ExperimentResult\n    $action: InnovationAction\n    $mine: Boolean\n  ) {\n    lessons(first: $first, after: $after, reach: $reach, result: $result, action: $action, mine: $mine) {\n      nodes {\n        ...LessonListFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonForm($experimentId: ID!) {\n    experiment(id: $experimentId) {\n      id\n      title\n      state\n      result\n      learningCard {\n        learned\n      }\n      viewerCanWriteLesson\n      lesson {\n        ...LessonDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonForm($experimentId: ID!) {\n    experiment(id: $experimentId) {\n      id\n      title\n      state\n      result\n      learningCard {\n        learned\n      }\n      viewerCanWriteLesson\n      lesson {\n        ...LessonDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLesson($experimentId: ID!, $input: CreateLessonInput) {\n    createLesson(experimentId: $experimentId, input: $input) {\n      ...LessonDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLesson($experimentId: ID!, $input: CreateLessonInput) {\n    createLesson(experimentId: $experimentId, input: $input) {\n      ...LessonDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLesson($id: ID!, $version: Int!, $input: UpdateLessonInput!) {\n    updateLesson(id: $id, version: $version, input: $input) {\n      ...LessonDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLesson($id: ID!, $version: Int!, $input: UpdateLessonInput!) {\n    updateLesson(id: $id, version: $version, input: $input) {\n      ...LessonDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishLesson($id: ID!, $version: Int!, $reach: LessonReach!, $networkIds: [ID!]!) {\n    publishLesson(id: $id, version: $version, reach: $reach, networkIds: $networkIds) {\n      ...LessonDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishLesson($id: ID!, $version: Int!, $reach: LessonReach!, $networkIds: [ID!]!) {\n    publishLesson(id: $id, version: $version, reach: $reach, networkIds: $networkIds) {\n      ...LessonDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeLessonReach($id: ID!, $version: Int!, $reach: LessonReach!, $networkIds: [ID!]!) {\n    changeLessonReach(id: $id, version: $version, reach: $reach, networkIds: $networkIds) {\n      ...LessonDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeLessonReach($id: ID!, $version: Int!, $reach: LessonReach!, $networkIds: [ID!]!) {\n    changeLessonReach(id: $id, version: $version, reach: $reach, networkIds: $networkIds) {\n      ...LessonDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawLesson($id: ID!, $version: Int!, $reason: String!) {\n    withdrawLesson(id: $id, version: $version, reason: $reason) {\n      ...LessonDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawLesson($id: ID!, $version: Int!, $reason: String!) {\n    withdrawLesson(id: $id, version: $version, reason: $reason) {\n      ...LessonDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLessonContact($id: ID!, $consent: Boolean!) {\n    setLessonContact(id: $id, consent: $consent) {\n      ...LessonDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetLessonContact($id: ID!, $consent: Boolean!) {\n    setLessonContact(id: $id, consent: $consent) {\n      ...LessonDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonSpread($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      rollup {\n        adoptions\n        organisations\n        inProgress\n        supported\n        notSupported\n        inconclusive\n        stopped\n        notShared\n      }\n      adoptions {\n        id\n        organisationName\n        unitName\n        state\n        depth\n        adoptedAt\n        resultShared\n        result\n        lesson {\n          id\n          title\n        }\n        measured {\n          metric\n          baseline\n          latest\n          target\n          change\n        }\n      }\n      viewerCanAdopt {\n        asExperiment\n        asIdea\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonSpread($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      rollup {\n        adoptions\n        organisations\n        inProgress\n        supported\n        notSupported\n        inconclusive\n        stopped\n        notShared\n      }\n      adoptions {\n        id\n        organisationName\n        unitName\n        state\n        depth\n        adoptedAt\n        resultShared\n        result\n        lesson {\n          id\n          title\n        }\n        measured {\n          metric\n          baseline\n          latest\n          target\n          change\n        }\n      }\n      viewerCanAdopt {\n        asExperiment\n        asIdea\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonAdoptOptions($id: ID!) {\n    lesson(id: $id) {\n      id\n      adoptOptions {\n        asIdea\n        units {\n          id\n          name\n        }\n        ownUnitId\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonAdoptOptions($id: ID!) {\n    lesson(id: $id) {\n      id\n      adoptOptions {\n        asIdea\n        units {\n          id\n          name\n        }\n        ownUnitId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptLesson($input: AdoptLessonInput!) {\n    adoptLesson(input: $input) {\n      adoptionId\n      state\n      experiment {\n        id\n      }\n      idea {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptLesson($input: AdoptLessonInput!) {\n    adoptLesson(input: $input) {\n      adoptionId\n      state\n      experiment {\n        id\n      }\n      idea {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Networks {\n    networks {\n      id\n      name\n      description\n      viewerIsCoordinator\n      viewerCan {\n        invite\n        respond\n      }\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n      }\n      myMembership {\n        id\n        status\n        invitedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Networks {\n    networks {\n      id\n      name\n      description\n      viewerIsCoordinator\n      viewerCan {\n        invite\n        respond\n      }\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n      }\n      myMembership {\n        id\n        status\n        invitedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      viewerIsCoordinator\n      viewerCan {\n        invite\n        respond\n      }\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n        email\n      }\n      myMembership {\n        id\n        status\n      }\n      members {\n        id\n        status\n        invitedAt\n        respondedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      viewerIsCoordinator\n      viewerCan {\n        invite\n        respond\n      }\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n        email\n      }\n      myMembership {\n        id\n        status\n      }\n      members {\n        id\n        status\n        invitedAt\n        respondedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      status\n      invitedAt\n      respondedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      status\n      invitedAt\n      respondedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      id\n      status\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      id\n      status\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewQueueItem on Idea {\n    id\n    title\n    state\n    submittedAt\n    waitingDays\n    hideAuthor\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewQueueItem on Idea {\n    id\n    title\n    state\n    submittedAt\n    waitingDays\n    hideAuthor\n    unit {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineEventFields on TimelineEvent {\n    id\n    action\n    at\n    fromState\n    toState\n    changedFields\n    reason\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TimelineEventFields on TimelineEvent {\n    id\n    action\n    at\n    fromState\n    toState\n    changedFields\n    reason\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($includeArchived: Boolean) {\n    units(includeArchived: $includeArchived) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query Units($includeArchived: Boolean) {\n    units(includeArchived: $includeArchived) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;