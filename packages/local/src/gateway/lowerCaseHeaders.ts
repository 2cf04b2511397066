import type { IncomingMessage } from 'node:http';
import { MalformedRequestError } from './malformedRequestError';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Request headers as API Gateway passes them: lower-case names, repeats joined with commas (cookies
 * with `; `), values as UTF-8 text. Node hands header bytes over as latin1, so bytes that are not
 * UTF-8 are a malformed request (400) rather than mojibake a handler would take for text.
 */
export function lowerCaseHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let index = 0; index < request.rawHeaders.length; index += 2) {
    const name = request.rawHeaders[index]!.toLowerCase();
    const value = decodeHeaderValue(name, request.rawHeaders[index + 1]!);
    headers[name] = headers[name] === undefined ? value : `${headers[name]}${name === 'cookie' ? '; ' : ','}${value}`;
  }
  return headers;
}

function decodeHeaderValue(name: string, value: string): string {
  if (/^[\t\x20-\x7e]*$/.test(value)) return value;
  try {
    return utf8.decode(Buffer.from(value, 'latin1'));
  } catch {
    throw new MalformedRequestError(`the ${name} header is not UTF-8 text`);
  }
}
