export * from './core/errors.js';
export * from './core/validation.js';
export * from './identity/roles.js';
export * from './identity/orgnr.js';
export * from './identity/role-rules.js';
export * from './organisations/unit-tree.js';
export * from './kommuner/kommuner.js';
