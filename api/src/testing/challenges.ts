/** A date `n` days from today (YYYY-MM-DD), for challenge deadlines. */
export const inDays = (n: number) => new Date(Date.now() + n * 86400_000).toISOString().slice(0, 10);

/** Valid fields of a challenge to post, with a deadline 60 days away. */
export const challengeFields = (title: string) => ({
  title,
  need: 'Mange eldre hjemmeboende sier de er ensomme om kvelden.',
  concerns: 'Hjemmeboende over 80 år',
  deadline: inDays(60),
});
