import { useState } from 'preact/hooks';
import { setToken, tokenClaims } from '../token';

/** Paste a staff token (`npx forkcast token --role staff --sub you`), or open the link `npm start` prints. */
export function SignIn(props: { onSignedIn(): void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  return (
    <main id="main" class="sign-in">
      <h1>Forkcast console</h1>
      <p>
        Sign in with a local staff token: open the <code>/console#token=…</code> link that <code>npm start</code> prints, or paste one from{' '}
        <code>npx forkcast token --role staff --sub you</code>. The token stays in this tab only.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const token = value.trim();
          if (!tokenClaims(token)) return setError('That is not a JWT (three base64url parts separated by dots).');
          setToken(token);
          props.onSignedIn();
        }}
      >
        <label for="token">Staff token</label>
        <textarea id="token" name="token" rows={4} value={value} onInput={(e) => setValue((e.target as HTMLTextAreaElement).value)} aria-describedby={error ? 'token-error' : undefined} />
        {error ? (
          <p id="token-error" role="alert" class="error">
            {error}
          </p>
        ) : null}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
