/** Full-jitter exponential backoff: a random wait in [0, min(cap, base * 2^attempt)) ms. */
export function retryDelay(attempt: number, baseMs = 10, capMs = 1000, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
