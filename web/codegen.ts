import type { CodegenConfig } from '@graphql-codegen/cli';

// The API's published SDL is the contract; schema-check fails when the documents or output drift.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Fragments are masked (Apollo Client's `dataMasking`): a component reads its own fragment
      // with Apollo's `useFragment`; a spread marked `@unmask` stays readable by its parent.
      presetConfig: { fragmentMasking: true },
      config: {
        customDirectives: { apolloUnmask: true },
        inlineFragmentTypes: 'mask',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        nonOptionalTypename: true,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
