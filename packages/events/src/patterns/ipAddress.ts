/**
 * IP addresses as EventBridge reads them: an IPv4 or IPv6 literal becomes a fixed-width hex string
 * (8 digits for IPv4, 32 for IPv6), so address ranges compare as strings. IPv4-mapped IPv6
 * addresses (::ffff:a.b.c.d written in hex) are IPv4 addresses, as Java's InetAddress makes them.
 */
const IPV4_SHAPE = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;
const IPV6_SHAPE = /^[0-9a-fA-F:]*:[0-9a-fA-F:]*$/;

export function looksLikeIp(text: string): boolean {
  return IPV4_SHAPE.test(text) || IPV6_SHAPE.test(text);
}

/** Bytes of an IP literal, or undefined when the text is not one. */
export function ipBytes(text: string): number[] | undefined {
  if (IPV4_SHAPE.test(text)) return ipv4Bytes(text);
  if (IPV6_SHAPE.test(text)) {
    const bytes = ipv6Bytes(text);
    if (bytes && isIpv4Mapped(bytes)) return bytes.slice(12);
    return bytes;
  }
  return undefined;
}

/** Upper-case hex form used for range comparison, or undefined when the text is not an IP literal. */
export function ipToHex(text: string): string | undefined {
  const bytes = ipBytes(text);
  return bytes && toHex(bytes);
}

export function toHex(bytes: number[]): string {
  let out = '';
  for (const b of bytes) out += (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
  return out;
}

function ipv4Bytes(text: string): number[] | undefined {
  const parts = text.split('.');
  const bytes: number[] = [];
  for (const p of parts) {
    // a leading zero is ambiguous (octal elsewhere), and current JDKs refuse such literals
    if (p.length > 1 && p[0] === '0') return undefined;
    if (p.length > 3) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    bytes.push(n);
  }
  return bytes;
}

function ipv6Bytes(text: string): number[] | undefined {
  const doubleColon = text.indexOf('::');
  if (doubleColon !== -1 && text.indexOf('::', doubleColon + 1) !== -1) return undefined;
  const parseGroups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const groups = s.split(':');
    const out: number[] = [];
    for (const g of groups) {
      if (g.length === 0 || g.length > 4) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  let groups: number[];
  if (doubleColon === -1) {
    const all = parseGroups(text);
    if (!all || all.length !== 8) return undefined;
    groups = all;
  } else {
    const head = parseGroups(text.slice(0, doubleColon));
    const tail = parseGroups(text.slice(doubleColon + 2));
    if (!head || !tail || head.length + tail.length > 7) return undefined;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  }
  const bytes: number[] = [];
  for (const g of groups) bytes.push(g >> 8, g & 0xff);
  return bytes;
}

function isIpv4Mapped(bytes: number[]): boolean {
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

export interface IpRange {
  /** inclusive hex bounds of equal length */
  bottom: string;
  top: string;
}

/**
 * Parses `address/bits` into the range from the network address (host bits clear) to the
 * broadcast address (host bits set). As in the engine, /32 and /128 are refused (use the plain
 * address as an exact value instead). Throws an Error with the engine's message when malformed.
 */
export function parseCidr(text: string): IpRange {
  // Java's split drops trailing empty strings: "1.2.3.4/" has one part
  const parts = text.split('/');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length !== 2) throw new Error("Malformed CIDR, one '/' required");
  const [address, bitsText] = parts as [string, string];
  if (!/^[+-]?\d+$/.test(bitsText) || Math.abs(Number(bitsText)) > 2 ** 31 - 1) {
    throw new Error('Malformed CIDR, mask bits must be an integer');
  }
  const maskBits = Number(bitsText);
  if (maskBits < 0) throw new Error('Malformed CIDR, mask bits must not be negative');
  if (!looksLikeIp(address)) throw new Error(`Nonstandard IP address: ${address}`);
  const bytes = ipBytes(address);
  if (!bytes) throw new Error(`Invalid IP address: ${address}`);
  if (bytes.length === 4 && maskBits > 31) throw new Error('IPv4 mask bits must be < 32');
  if (bytes.length === 16 && maskBits > 127) throw new Error('IPv6 mask bits must be < 128');
  let hostBits = bytes.length * 8 - maskBits;
  const bottom = bytes.slice();
  const top = bytes.slice();
  for (let i = top.length - 1; i >= 0 && hostBits > 0; i--, hostBits -= 8) {
    const hostMask = hostBits >= 8 ? 0xff : (1 << hostBits) - 1;
    bottom[i] = bottom[i]! & ~hostMask;
    top[i] = top[i]! | hostMask;
  }
  return { bottom: toHex(bottom), top: toHex(top) };
}

/** The single-address range an exact IP-literal string in a pattern stands for, if it is one. */
export function ipLiteralRange(text: string): IpRange | undefined {
  const hex = ipToHex(text);
  return hex === undefined ? undefined : { bottom: hex, top: hex };
}
