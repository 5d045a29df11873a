import { graphql } from '../../../gql';

export const DashboardScopesQuery = graphql(`
  query DashboardScopes {
    dashboardScopes {
      scope
      id
      name
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($filter: DashboardFilterInput!) {
    dashboard(filter: $filter) {
      scope
      scopeId
      name
      funnel {
        stage
        count
      }
      byAction {
        key
        count
      }
      bySdg {
        key
        count
      }
      byTheme {
        key
        count
      }
      byResult {
        key
        count
      }
      byUnit {
        id
        name
        count
      }
      learningRate {
        part
        whole
      }
      medianDaysToDecision
      medianDaysToEnd
      quietExperiments
      unionBeforeStart {
        part
        whole
      }
      resources {
        experiments
        hours
        nok
        withAcceptableLoss
        hoursWithAcceptableLoss
        nokWithAcceptableLoss
      }
      trend {
        quarter
        ideas
        approved
        started
        ended
        lessons
      }
    }
  }
`);

export const BarometerQuery = graphql(`
  query Barometer($filter: BarometerFilterInput) {
    barometer(filter: $filter) {
      units
      unitsWithExperiment
      experiments
      fromElsewhere {
        part
        whole
      }
      spreadToOthers {
        part
        whole
      }
      partnerKinds {
        key
        count
      }
      unionBeforeStart {
        part
        whole
      }
    }
  }
`);
