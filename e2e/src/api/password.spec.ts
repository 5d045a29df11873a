import { describe, expect, it } from '@jest/globals';
import { GraphqlClient, loginAs, ok, refused, unique } from '../support/graphql-client.js';

describe('changing the password', () => {
  it('needs the current password and ends the person’s other sessions', async () => {
    const lead = await loginAs('innovasjon@bodo.demo');
    const email = `passord-${unique()}@bodo.demo`;
    const { link } = ok(
      await lead.gql(`mutation($i: InvitePersonInput!) { invitePerson(input: $i) { link } }`, {
        i: { name: 'Pia Passord', email, roles: [{ role: 'EMPLOYEE' }] },
      }),
    ).invitePerson;
    const here = new GraphqlClient();
    ok(
      await here.gql(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }`, {
        i: { token: link.split('/').pop(), name: 'Pia Passord', password: 'first password 123' },
      }),
    );
    const elsewhere = await loginAs(email, 'first password 123');
    const change = (current: string) =>
      here.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, {
        i: { currentPassword: current, newPassword: 'second password 456' },
      });

    expect(refused(await change('not my password')).extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'currentPassword', message: 'wrongPassword' }],
    });
    expect(ok(await elsewhere.gql('{ me { id } }')).me.id).toBeDefined();

    expect(ok(await change('first password 123')).changePassword).toBe(true);
    expect(ok(await here.gql('{ me { email } }')).me.email).toBe(email);
    expect(refused(await elsewhere.gql('{ me { id } }')).extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused(await new GraphqlClient().login(email, 'first password 123')).extensions?.code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(ok(await new GraphqlClient().login(email, 'second password 456')).login).toBeDefined();
  });
});
