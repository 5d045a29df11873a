import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../core/auth/passwords.js';
import { PersonEntity } from '../identity/person.entity.js';

const PASSWORD = 'a long enough password';

/** An HTTP client signed in as `personId` through the real login (a password is set for them first). */
export async function signedInAgent(
  app: INestApplication,
  m: EntityManager,
  personId: string,
): Promise<ReturnType<typeof request.agent>> {
  await m.update(PersonEntity, { id: personId }, { passwordHash: await hashPassword(PASSWORD) });
  const person = await m.findOneByOrFail(PersonEntity, { id: personId });
  const agent = request.agent(app.getHttpServer());
  const login = await agent
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({
      query: 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { id } }',
      variables: { e: person.email, p: PASSWORD },
    });
  if (login.body.errors) throw new Error(`sign-in failed: ${JSON.stringify(login.body.errors)}`);
  return agent;
}
