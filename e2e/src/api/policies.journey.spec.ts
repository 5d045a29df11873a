/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphqlClient, loginAs, ok, refused, unique } from '../support/graphql-client.js';

/**
 * Who may do what, over HTTP on the real server and the demo data (Bodø): a reader
 * (the kommunedirektør) reads but does not back, comment or write; an author who hides
 * their name stays hidden in their own comment and in the timeline.
 */
describe('policies over HTTP', () => {
  let author: GraphqlClient;
  let colleague: GraphqlClient;
  let reader: GraphqlClient;
  let ideaId: string;
  const tag = unique();

  beforeAll(async () => {
    [author, colleague, reader] = await Promise.all([
      loginAs('ansatt@bodo.demo'),
      loginAs('tillitsvalgt@bodo.demo'),
      loginAs('direktor@bodo.demo'),
    ]);
    const unitId = ok(await author.gql('{ me { unit { id } } }')).me.unit.id;
    const draft = ok(
      await author.gql(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id version } }`, {
        i: {
          title: `Skjult forfatter ${tag}`,
          unitId,
          needWhose: 'Pårørende',
          needObserved: 'Telefoner om kvelden',
          proposal: 'Fast ringetid',
          benefit: 'Mindre uro',
          hideAuthor: true,
        },
      }),
    ).createIdea;
    ok(
      await author.gql(`mutation($i: IdeaVersionInput!) { submitIdea(input: $i) { id } }`, {
        i: { id: draft.id, version: draft.version },
      }),
    );
    ok(
      await author.gql(`mutation($i: CommentOnIdeaInput!) { commentOnIdea(input: $i) { id } }`, {
        i: { ideaId: draft.id, text: `Forfatterens egen kommentar ${tag}` },
      }),
    );
    ideaId = draft.id;
  });

  it('answers FORBIDDEN when a reader backs or comments on an idea, and changes nothing', async () => {
    const before = ok(
      await reader.gql(
        `query($id: ID!) { idea(id: $id) { backingCount commentCount viewerCan { back comment edit submit approve decline park } } }`,
        { id: ideaId },
      ),
    ).idea;
    expect(before.viewerCan).toEqual({
      back: false,
      comment: false,
      edit: false,
      submit: false,
      approve: false,
      decline: false,
      park: false,
    });
    const backed = refused(
      await reader.gql(`mutation($id: ID!) { backIdea(id: $id) { id } }`, { id: ideaId }),
    );
    expect(backed.extensions?.code).toBe('FORBIDDEN');
    const commented = refused(
      await reader.gql(`mutation($i: CommentOnIdeaInput!) { commentOnIdea(input: $i) { id } }`, {
        i: { ideaId, text: 'Lederen mener noe' },
      }),
    );
    expect(commented.extensions?.code).toBe('FORBIDDEN');
    const after = ok(
      await reader.gql(`query($id: ID!) { idea(id: $id) { backingCount commentCount } }`, { id: ideaId }),
    ).idea;
    expect(after).toEqual({ backingCount: before.backingCount, commentCount: before.commentCount });
    // and the app offers the reader nothing to write
    expect(
      ok(await reader.gql('{ viewerCan { createIdea reviewIdeas createExperiment } }')).viewerCan,
    ).toEqual({
      createIdea: false,
      reviewIdeas: false,
      createExperiment: false,
    });
  });

  it('shows a colleague the hidden author’s comment without name or e-mail, and the author their own', async () => {
    const q = `query($id: ID!) { idea(id: $id) { author { name email } comments { text author { name email } } } }`;
    const seen = await colleague.gql(q, { id: ideaId });
    const idea = ok(seen).idea;
    expect(idea.author).toBeNull();
    const own = idea.comments.find((c: any) => c.text.includes(tag));
    expect(own).toMatchObject({ author: null });
    const raw = JSON.stringify(seen.body);
    expect(raw).not.toContain('Aslak Ansatt');
    expect(raw).not.toContain('ansatt@bodo.demo');
    const mine = ok(await author.gql(q, { id: ideaId })).idea;
    expect(mine.comments.find((c: any) => c.text.includes(tag)).author).toMatchObject({
      name: 'Aslak Ansatt',
    });
  });

  it('gives a colleague a typed timeline: no draft, no values, no hidden author', async () => {
    const seen = await colleague.gql(
      `query($id: ID!) { idea(id: $id) { timeline { action fromState toState changedFields reason actor { name email } } } }`,
      { id: ideaId },
    );
    const events = ok(seen).idea.timeline;
    expect(events).toEqual([
      {
        action: 'idea.submitted',
        fromState: 'DRAFT',
        toState: 'SUBMITTED',
        changedFields: [],
        reason: null,
        actor: null,
      },
    ]);
    expect(JSON.stringify(seen.body)).not.toContain('Fast ringetid');
    // the raw snapshots are not in the schema at all
    const raw = await colleague.gql(`query($id: ID!) { idea(id: $id) { timeline { before after } } }`, {
      id: ideaId,
    });
    expect(raw.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
