import type { EmailMessage } from './mailer';

/** A part of an email: text (escaped in HTML, as anything a person typed must be) or a link. */
export type EmailPart = string | { link: string; label: string };

export interface EmailTemplate {
  subject: string;
  /** Paragraphs, each a list of parts. */
  paragraphs: EmailPart[][];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML element content or an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/**
 * Both parts of an email from one template: the text part as written, the HTML part with every
 * string escaped, so a review title like `<script>` arrives as text. Links must be http(s).
 */
export function renderEmail(to: string, template: EmailTemplate): EmailMessage {
  for (const part of template.paragraphs.flat()) {
    if (typeof part !== 'string' && !/^https?:\/\//.test(part.link)) throw new Error(`not an http(s) link: ${part.link}`);
  }
  const text = template.paragraphs.map((p) => p.map((part) => (typeof part === 'string' ? part : `${part.label}: ${part.link}`)).join('')).join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    ...template.paragraphs.map((p) => `<p>${p.map((part) => (typeof part === 'string' ? escapeHtml(part) : `<a href="${escapeHtml(part.link)}">${escapeHtml(part.label)}</a>`)).join('')}</p>`),
    '</body></html>',
  ].join('');
  return { to, subject: template.subject.replace(/[\r\n]+/g, ' '), html, text };
}
