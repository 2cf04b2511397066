import { get } from '../api';
import { href } from '../router';
import { formatTime } from '../status';
import type { OutboxMessage } from '../types';
import { usePolling } from '../usePolling';

/** The links of a message's HTML (a verification link, say), so staff can follow them from here. */
function linksOf(html: string): { text: string; url: string }[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll('a[href]')].map((a) => ({ text: a.textContent?.trim() || a.getAttribute('href')!, url: a.getAttribute('href')! }));
}

/** The local email outbox: every message, its rendered HTML (sandboxed, no scripts) and its text. */
export function OutboxPage(props: { selected?: string }) {
  const outbox = usePolling(() => get<{ messages: OutboxMessage[] }>('/outbox'), []);
  if (outbox.error) return <p role="alert" class="error">{outbox.error.message}</p>;
  const messages = [...(outbox.data?.messages ?? [])].reverse();
  const message = messages.find((m) => m.id === props.selected) ?? messages[0];
  return (
    <>
      <h1>Outbox</h1>
      <p class="muted">{outbox.data ? `${messages.length} message${messages.length === 1 ? '' : 's'}, newest first` : 'Loading…'}</p>
      <div class="outbox">
        <ul class="message-list" aria-label="Messages">
          {messages.map((m) => (
            <li key={m.id}>
              <a href={href(['outbox'], { message: m.id })} aria-current={m === message ? 'true' : undefined}>
                <strong>{m.subject}</strong>
                <span class="muted">
                  to {m.to} · {formatTime(m.sentAt)}
                </span>
              </a>
            </li>
          ))}
        </ul>
        {message ? (
          <article class="message" aria-labelledby="message-subject" data-message={message.id}>
            <h2 id="message-subject">{message.subject}</h2>
            <p class="muted">
              to {message.to} · sent {formatTime(message.sentAt)} · id {message.id}
            </p>
            {linksOf(message.html).length ? (
              <>
                <h3>Links in this message</h3>
                <ul class="message-links">
                  {linksOf(message.html).map((l) => (
                    <li key={l.url}>
                      <a href={l.url} target="_blank" rel="noopener noreferrer">
                        {l.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3>HTML</h3>
            <iframe class="message-html" title={`HTML of "${message.subject}"`} sandbox="" srcDoc={message.html} />
            <h3>Text</h3>
            <pre class="message-text" tabIndex={0}>
              {message.text}
            </pre>
          </article>
        ) : outbox.data ? (
          <p>No messages yet.</p>
        ) : null}
      </div>
    </>
  );
}
