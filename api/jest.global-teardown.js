export default async function globalTeardown() {
  await globalThis.__lkPostgres?.stop();
}
