import { graphql } from '../../../gql';

export const SearchQuery = graphql(`
  query Search($query: String!, $filter: SearchFilter, $sort: SearchSort, $first: Int, $offset: Int) {
    search(query: $query, filter: $filter, sort: $sort, first: $first, offset: $offset) {
      total
      capped
      hasMore
      suggestion
      hits {
        kind
        id
        title
        titleHighlighted
        snippet
        state
        result
        adoptionCount
        own
        createdAt
        organisation {
          id
          name
        }
      }
      facets {
        kinds {
          ...SearchFacetFields @unmask
        }
        states {
          ...SearchFacetFields @unmask
        }
        results {
          ...SearchFacetFields @unmask
        }
        actions {
          ...SearchFacetFields @unmask
        }
        sdgs {
          ...SearchFacetFields @unmask
        }
        themes {
          ...SearchFacetFields @unmask
        }
        organisations {
          ...SearchFacetFields @unmask
        }
        counties {
          ...SearchFacetFields @unmask
        }
        networks {
          ...SearchFacetFields @unmask
        }
      }
    }
  }
`);

export const SearchFacetFields = graphql(`
  fragment SearchFacetFields on SearchFacetValue {
    value
    label
    count
  }
`);
