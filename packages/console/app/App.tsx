import { useEffect, useState } from 'preact/hooks';
import { whenSignedOut } from './api';
import { href, useRoute } from './router';
import { clearToken, getToken, tokenClaims } from './token';
import { SignIn } from './pages/SignIn';
import { ExecutionsPage } from './pages/ExecutionsPage';
import { ExecutionPage } from './pages/ExecutionPage';
import { TimelinePage } from './pages/TimelinePage';
import { OutboxPage } from './pages/OutboxPage';
import { DeadLettersPage } from './pages/DeadLettersPage';

export function App() {
  const [token, setTokenState] = useState(getToken());
  const route = useRoute();
  useEffect(() => whenSignedOut(() => setTokenState(undefined)), []);
  const page = route.path[0] ?? 'executions';
  useEffect(() => {
    document.title = `${titles[page] ?? 'Forkcast'} · Forkcast console`;
  }, [page]);

  if (!token) return <SignIn onSignedIn={() => setTokenState(getToken())} />;
  const claims = tokenClaims(token);
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <span class="brand">Forkcast console</span>
        <nav aria-label="Console">
          <a href={href(['executions'])} aria-current={page === 'executions' || page === 'execution' ? 'page' : undefined}>
            Executions
          </a>
          <a href={href(['restaurants'])} aria-current={page === 'restaurants' ? 'page' : undefined}>
            Restaurants
          </a>
          <a href={href(['outbox'])} aria-current={page === 'outbox' ? 'page' : undefined}>
            Outbox
          </a>
          <a href={href(['dead-letters'])} aria-current={page === 'dead-letters' ? 'page' : undefined}>
            Dead letters
          </a>
        </nav>
        <span class="who">
          {claims?.sub ? `signed in as ${claims.sub}` : 'signed in'}
          <button
            type="button"
            class="link-button"
            onClick={() => {
              clearToken();
              setTokenState(undefined);
            }}
          >
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        {page === 'execution' && route.path[1] ? (
          <ExecutionPage name={route.path[1]} />
        ) : page === 'restaurants' ? (
          <TimelinePage restaurantId={route.path[1]} />
        ) : page === 'outbox' ? (
          <OutboxPage selected={route.query.get('message') ?? undefined} />
        ) : page === 'dead-letters' ? (
          <DeadLettersPage />
        ) : (
          <ExecutionsPage workflow={route.query.get('workflow') ?? undefined} status={route.query.get('status') ?? undefined} search={route.query.get('q') ?? ''} />
        )}
      </main>
    </>
  );
}

const titles: Record<string, string> = { executions: 'Executions', execution: 'Execution', restaurants: 'Restaurant timeline', outbox: 'Outbox', 'dead-letters': 'Dead letters' };
