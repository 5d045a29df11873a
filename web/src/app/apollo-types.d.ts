import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Apollo Client reads the masked types that codegen's client preset writes (fragmentMasking).
declare module '@apollo/client' {
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
