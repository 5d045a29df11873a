import { Args, Mutation, Query, Resolver, Extensions } from '@nestjs/graphql';
import { Public, CurrentActor, Ctx } from '../core/auth/decorators.js';
import { STANDALONE } from '../core/graphql/unit-of-work.plugin.js';
import type { Actor } from '../core/auth/actor.js';
import type { GqlContext } from '../core/graphql/context.js';
import { AuthService } from './auth.service.js';
import { PeopleService } from './people.service.js';
import { AcceptInvitationInput, LoginInput } from './dto/identity.inputs.js';
import { InvitationPreviewModel } from './models/invitation.model.js';
import { PersonModel, mapPerson } from './models/person.model.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => PersonModel, { description: 'The signed-in person; UNAUTHENTICATED when signed out' })
  async me(@CurrentActor() actor: Actor): Promise<PersonModel> {
    return mapPerson(await this.people.me(actor));
  }

  @Public()
  @Extensions({ [STANDALONE]: true })
  @Mutation(() => PersonModel, {
    description:
      'Signs in and sets the session cookie. Wrong e-mail and wrong password give the same INVALID_CREDENTIALS answer; after too many failures for the account or from the address, TOO_MANY_ATTEMPTS until the window passes.',
  })
  async login(@Args('input') input: LoginInput, @Ctx() ctx: GqlContext): Promise<PersonModel> {
    const person = await this.auth.login(
      input,
      ctx.res,
      ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown',
    );
    ctx.auth.actor = await this.auth.actorFor(person);
    return mapPerson(person);
  }

  @Public()
  @Extensions({ [STANDALONE]: true })
  @Mutation(() => Boolean, { description: 'Ends the session, if any' })
  async logout(@Ctx() ctx: GqlContext): Promise<boolean> {
    await this.auth.logout(ctx.auth.actor ?? null, ctx.req, ctx.res);
    return true;
  }

  @Public()
  @Query(() => InvitationPreviewModel, {
    description: 'What an invitation link is for; NOT_FOUND or VALIDATION_FAILED when it cannot be used',
  })
  invitationPreview(@Args('token') token: string): Promise<InvitationPreviewModel> {
    return this.auth.preview(token);
  }

  @Public()
  @Extensions({ [STANDALONE]: true })
  @Mutation(() => PersonModel, {
    description: 'Creates the account from an invitation (single use) and signs in',
  })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Ctx() ctx: GqlContext,
  ): Promise<PersonModel> {
    const person = await this.auth.accept(input, ctx.res);
    ctx.auth.actor = await this.auth.actorFor(person);
    return mapPerson(person);
  }
}
