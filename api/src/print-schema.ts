/**
 * Writes api/schema.gql from the resolvers (no database needed); with --check, fails when
 * the committed file is stale. The web app's typed documents are generated from that file.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { REPO_ROOT } from './core/config/config.js';
import { RESOLVERS } from './resolvers.js';

const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
await app.init();
const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
await app.close();
const sdl =
  '# Generated from the resolvers by `npm run schema -w api`. Do not edit.\n\n' +
  printSchema(lexicographicSortSchema(schema)) +
  '\n';
const file = path.join(REPO_ROOT, 'api', 'schema.gql');
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== sdl) {
    console.error(
      'api/schema.gql is stale: run `npm run schema -w api` (after `npm run build -w api`) and commit it',
    );
    process.exit(1);
  }
  console.log('api/schema.gql is up to date');
} else {
  writeFileSync(file, sdl);
  console.log('wrote api/schema.gql');
}
