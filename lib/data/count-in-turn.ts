// Adds up what several writes or counts report, running them one after another: inside an interactive
// transaction they share its single connection, so they cannot run side by side.
export async function countInTurn(...steps: (() => PromiseLike<number | { count: number }>)[]): Promise<number> {
  let total = 0;
  for (const step of steps) {
    const result = await step();
    total += typeof result === 'number' ? result : result.count;
  }
  return total;
}
