/**
 * Restores a name whose non-ASCII letters were lost (U+FFFD, one per lost letter) from a list of
 * known names: each U+FFFD may stand for exactly one non-ASCII character and everything else must
 * match as written. Returns the known name only when exactly one candidate fits, so a guess is
 * never made between two places.
 */
export function restoreLostLetters(text: string, knownNames: readonly string[]): string | undefined {
  if (!text.includes('\ufffd')) return undefined;
  const pattern = new RegExp(
    '^' + text.split('\ufffd').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\x00-\\x7F]') + '$',
    'u',
  );
  const fits = knownNames.filter((name) => pattern.test(name));
  return fits.length === 1 ? fits[0] : undefined;
}
