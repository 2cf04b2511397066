import { describe, expect, it } from 'vitest';
import { renderEmail } from './renderEmail';

describe('renderEmail', () => {
  it('escapes what a person wrote in the HTML part and keeps it as written in the text part', () => {
    const email = renderEmail('owner@tasca.example', {
      subject: 'New review: "<b>Great</b>"\r\nBcc: all@x',
      paragraphs: [['Ana wrote: ', '<script>alert(1)</script> & "more"'], [{ link: 'https://forkcast.example/r?a=1&b="2"', label: 'Respond <now>' }]],
    });
    expect(email.subject).toBe('New review: "<b>Great</b>" Bcc: all@x');
    expect(email.html).toContain('<p>Ana wrote: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;</p>');
    expect(email.html).toContain('<a href="https://forkcast.example/r?a=1&amp;b=&quot;2&quot;">Respond &lt;now&gt;</a>');
    expect(email.html).not.toContain('<script>');
    expect(email.text).toBe('Ana wrote: <script>alert(1)</script> & "more"\n\nRespond <now>: https://forkcast.example/r?a=1&b="2"');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => renderEmail('a@b.example', { subject: 's', paragraphs: [[{ link: 'javascript:alert(1)', label: 'x' }]] })).toThrow(/not an http/);
  });
});
