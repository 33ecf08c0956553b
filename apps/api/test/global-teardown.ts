/** Drops the throwaway database (or stops the temporary cluster) made by global-setup. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__TEST_DB__?.dispose();
}
