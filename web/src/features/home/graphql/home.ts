import { graphql } from '../../../gql';

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications {
      id
      readAt
      ...NoticeCardFields
    }
  }
`);

// Mitt arbeid reads the lists with its own documents, selecting what it shows (documents are
// per feature). The mutations elsewhere refetch the lists by name while their pages are open;
// this page, cache-and-network like every query, reads fresh whenever it is opened.
export const MyExperimentsQuery = graphql(`
  query MyExperiments($first: Int) {
    experiments(scope: MINE, first: $first) {
      nodes {
        id
        title
        state
        entryCount
        lastEntryOn
        createdAt
        startedAt
      }
    }
  }
`);

export const MyIdeasQuery = graphql(`
  query MyIdeas($first: Int) {
    ideas(scope: MINE, first: $first) {
      nodes {
        id
        title
        state
        updatedAt
      }
    }
  }
`);

export const ToDecideQuery = graphql(`
  query ToDecide {
    reviewQueue {
      ...ReviewQueueItem @unmask
    }
  }
`);

export const PortfolioExperimentItem = graphql(`
  fragment PortfolioExperimentItem on PortfolioExperiment {
    id
    title
    state
    unitName
    lastEntryOn
    startedAt
    endedAt
    result
  }
`);

// The lead's and the reader's glance at the organisation: one request, one statement.
export const PortfolioQuery = graphql(`
  query Portfolio {
    portfolio {
      ideasWaiting {
        count
        items {
          id
          title
          unitName
          submittedAt
        }
      }
      quiet {
        count
        items {
          ...PortfolioExperimentItem @unmask
        }
      }
      awaitingUnion {
        count
        items {
          ...PortfolioExperimentItem @unmask
        }
      }
      withoutLesson {
        count
        items {
          ...PortfolioExperimentItem @unmask
        }
      }
      running {
        count
        items {
          ...PortfolioExperimentItem @unmask
        }
      }
      recentResults {
        count
        items {
          ...PortfolioExperimentItem @unmask
        }
      }
      counts {
        ideasSubmitted
        experimentsPlanned
        experimentsRunning
        experimentsConcluded
        lessons
      }
    }
  }
`);

// A coordinator's glance at the networks they run: what was shared lately and what is open.
export const CoordinatedNetworksQuery = graphql(`
  query CoordinatedNetworks {
    networks {
      id
      name
      viewerIsCoordinator
      summary {
        lessons
      }
      newestLessons {
        lesson {
          id
          title
          publishedAt
        }
        organisation {
          id
          name
        }
      }
      challenges {
        id
        title
        deadline
      }
    }
  }
`);
