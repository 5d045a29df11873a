import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Apollo Client reads the masked types that codegen's client preset writes (fragmentMasking).
declare module '@apollo/client' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmentation only adds the supertype
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
