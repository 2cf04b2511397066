/**
 * Text from a bought list arrives as bytes whose encoding nobody promised. Fields are handed to
 * the import domain as "byte strings" (the file read as latin1: one char per byte, so no byte is
 * lost) and decoded here, per field:
 *
 * 1. valid UTF-8 → that text;
 * 2. else the Zomato export's known mangling is undone: its UTF-8 bytes were twice read as
 *    Windows-1252 and written as Mac Roman ("Café" → bytes `Caf\xed\xa9`). Inverting both passes
 *    gives back the UTF-8 bytes whenever no character was lost;
 * 3. where the mangler wrote `_` for a character Mac Roman lacks (e.g. "Bras\xed_lia" for
 *    Brasília), the letter is gone for good: each undecodable sequence becomes U+FFFD and the
 *    field is reported as lossy, so staff can fix it by hand.
 */
export interface DecodedText {
  text: string;
  /** The field was not valid UTF-8 and was repaired. */
  repaired: boolean;
  /** Some characters could not be recovered (replaced by U+FFFD). */
  lossy: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

// Mac Roman 0x80-0xFF and Windows-1252 0x80-0x9F (its 0xA0-0xFF are latin-1). U+FFFD: unassigned.
const macRomanHigh =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';
const cp1252Low = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/** Byte → byte: read as Mac Roman, write as Windows-1252; bytes with no such image stay as they are. */
const unmangleStep: Uint8Array = (() => {
  const toCp1252 = new Map<string, number>();
  for (let i = 0; i < 32; i++) if (cp1252Low[i] !== '\ufffd') toCp1252.set(cp1252Low[i]!, 0x80 + i);
  for (let b = 0xa0; b <= 0xff; b++) toCp1252.set(String.fromCharCode(b), b);
  const table = new Uint8Array(256);
  for (let b = 0; b < 256; b++) table[b] = b < 0x80 ? b : toCp1252.get(macRomanHigh[b - 0x80]!) ?? b;
  return table;
})();

export function decodeSourceText(byteString: string): DecodedText {
  const bytes = Buffer.from(byteString, 'latin1');
  const direct = tryUtf8(bytes);
  if (direct !== undefined) return { text: direct, repaired: false, lossy: false };
  const unmangled = bytes.map((b) => unmangleStep[unmangleStep[b]!]!);
  const recovered = tryUtf8(unmangled);
  if (recovered !== undefined) return { text: recovered, repaired: true, lossy: false };
  // A lead byte followed by the mangler's "_" lost its continuation byte: drop the "_" with it.
  const text = utf8Lenient.decode(unmangled).replace(/\ufffd_/g, '\ufffd');
  return { text, repaired: true, lossy: true };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
