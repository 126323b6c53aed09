/** Long enough to get work done, short enough that a request arriving meanwhile is hardly kept waiting. */
const TURN_MS = 5;

/**
 * `items.map(work)` for work done per applicant of a bulk invitation, giving other requests their turn every
 * 5 ms: rendering a thousand emails at one go would keep the whole server from answering anyone for a good part
 * of a second.
 */
export async function mapInTurns<T, R>(items: readonly T[], work: (item: T, index: number) => R): Promise<R[]> {
  const results: R[] = [];
  let turnStarted = performance.now();
  for (let index = 0; index < items.length; index++) {
    results.push(work(items[index]!, index));
    if (performance.now() - turnStarted >= TURN_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turnStarted = performance.now();
    }
  }
  return results;
}
