import { MalformedRequestError } from './malformedRequestError';

export interface RequestTarget {
  /** As sent (percent-encoded), the `rawPath` of the event. */
  path: string;
  /** As sent, without `?`: the `rawQueryString`. */
  query: string;
  url: URL;
}

/**
 * The request target of an HTTP/1.1 request line (RFC 9112 §3.2), checked the way a front door
 * must be: origin-form or absolute-form only, visible ASCII only, every `%` a complete escape and
 * every escape sequence UTF-8. Throws MalformedRequestError (400) instead of letting `new URL` or
 * `decodeURIComponent` throw deeper in, where the error would look like our bug.
 */
export function parseRequestTarget(target: string): RequestTarget {
  if (!/^[\x21-\x7e]+$/.test(target)) throw new MalformedRequestError('the request target must be visible ASCII; percent-encode anything else');
  const originForm = target.startsWith('/') ? target : absoluteToOrigin(target);
  const question = originForm.indexOf('?');
  const path = question < 0 ? originForm : originForm.slice(0, question);
  const query = question < 0 ? '' : originForm.slice(question + 1).replace(/#.*$/, '');
  checkEncoding(path.split('/'), 'path');
  checkEncoding(query.split('&').flatMap((pair) => pair.split('=', 2)).map((part) => part.replace(/\+/g, ' ')), 'query string');
  let url: URL;
  try {
    // Prefixing an origin, rather than passing a base, keeps "//x" a path instead of a host.
    url = new URL(`http://localhost${path}${query ? `?${query}` : ''}`);
  } catch {
    throw new MalformedRequestError('the request target is not a valid path');
  }
  return { path: url.pathname, query, url };
}

function absoluteToOrigin(target: string): string {
  const absolute = /^https?:\/\/[^/?#]*(.*)$/i.exec(target);
  if (!absolute) throw new MalformedRequestError('the request target must be a path starting with /');
  try {
    new URL(target);
  } catch {
    throw new MalformedRequestError('the request target is not a valid absolute URL');
  }
  // RFC 9112 §3.2.2: a server must accept absolute-form; the authority is the host's business.
  const rest = absolute[1]!;
  return rest.startsWith('/') ? rest : `/${rest}`;
}

function checkEncoding(parts: string[], where: string): void {
  for (const part of parts) {
    if (!part.includes('%')) continue;
    if (/%(?![0-9a-fA-F]{2})/.test(part)) throw new MalformedRequestError(`the ${where} has an incomplete percent-escape`);
    try {
      decodeURIComponent(part);
    } catch {
      throw new MalformedRequestError(`the ${where} percent-encodes bytes that are not UTF-8`);
    }
  }
}
