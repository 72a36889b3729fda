/** Shown instead of everything else once the server refuses the token (HTTP 401). */
export function AuthRequired() {
  return (
    <main className="auth-required" role="alert">
      <h1>Drumbeat needs its access link</h1>
      <p>
        This browser tab has no valid access token. Open the link printed by{' '}
        <code>drumbeat serve</code> in the terminal where the server runs — it looks like{' '}
        <code>http://127.0.0.1:PORT/#token=…</code>.
      </p>
      <p className="muted">
        The token is kept only for this tab (sessionStorage), so a new tab or a restarted browser
        needs the link again. If the server was given a new token, use the newly printed link.
      </p>
    </main>
  );
}
