import { type FormEvent, useId, useState } from 'react';
import type { AlertRule, AlertSettings, AlertWebhook } from '../../../api/Alerts';
import { api } from '../../../api/api';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { completeRules, ruleText } from './alertRules';

interface AlertRulesEditorProps {
  workspaceId: string;
  /** As loaded; the editor keeps its own draft until saved. */
  settings: AlertSettings;
}

/** An id for a webhook added here; crypto.randomUUID exists only on https or localhost. */
function newWebhookId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `wh-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A fresh signing secret: 32 random bytes as hex (getRandomValues works on plain http too). */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The server's limits (src/server/schemas/AlertSettingsBody.ts), checked before sending. */
const limits = { minutes: 100_000, days: 3_650, secretMin: 16, secretMax: 500, urlMax: 2_000 };

function problemsOf(draft: AlertSettings): string[] {
  const problems: string[] = [];
  for (const rule of draft.rules) {
    const field = ruleText[rule.kind]?.field;
    if (field === undefined || !rule.enabled) continue;
    const value = rule[field];
    if (value === undefined || !Number.isInteger(value) || value < 1 || value > limits[field]) {
      problems.push(
        `${ruleText[rule.kind].label}: ${field} must be a whole number from 1 to ${limits[field].toLocaleString()}.`,
      );
    }
  }
  draft.webhooks.forEach((hook, index) => {
    let ok = false;
    try {
      const url = new URL(hook.url);
      ok = url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok || hook.url.length > limits.urlMax) {
      problems.push(`Webhook ${index + 1}: the URL must start with http:// or https://.`);
    }
    if (hook.secret.length < limits.secretMin || hook.secret.length > limits.secretMax) {
      problems.push(
        `Webhook ${index + 1}: the secret must be ${limits.secretMin} to ${limits.secretMax} characters (use "New secret").`,
      );
    }
  });
  return problems;
}

/** Switch each rule on or off, set its minutes or days, and manage the webhooks alerts go to. */
export function AlertRulesEditor({ workspaceId, settings }: AlertRulesEditorProps) {
  const formId = useId();
  const [draft, setDraft] = useState<AlertSettings>(() => ({
    rules: completeRules(settings.rules),
    webhooks: settings.webhooks,
  }));
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown }
  >({ kind: 'idle' });
  const [showProblems, setShowProblems] = useState(false);
  const problems = problemsOf(draft);

  const edit = (next: AlertSettings) => {
    setDraft(next);
    if (state.kind === 'saved') setState({ kind: 'idle' });
  };
  const setRule = (index: number, change: Partial<AlertRule>) =>
    edit({
      ...draft,
      rules: draft.rules.map((rule, at) => (at === index ? { ...rule, ...change } : rule)),
    });
  const setHook = (index: number, change: Partial<AlertWebhook>) =>
    edit({
      ...draft,
      webhooks: draft.webhooks.map((hook, at) => (at === index ? { ...hook, ...change } : hook)),
    });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (problems.length > 0) {
      setShowProblems(true);
      return;
    }
    setState({ kind: 'saving' });
    try {
      const stored = await api.putAlertSettings(workspaceId, draft);
      setDraft({ rules: completeRules(stored.rules), webhooks: stored.webhooks });
      setState({ kind: 'saved' });
      setShowProblems(false);
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <form className="form alert-rules" onSubmit={save} noValidate>
      <fieldset className="rule-list">
        <legend className="visually-hidden">Alert rules</legend>
        {draft.rules.map((rule, index) => {
          const text = ruleText[rule.kind];
          const field = text?.field;
          const inputId = `${formId}-${rule.kind}`;
          return (
            <div className="rule-row" key={rule.kind}>
              <label className="rule-toggle">
                <input
                  type="checkbox"
                  checked={rule.enabled}
                  onChange={(e) => setRule(index, { enabled: e.target.checked })}
                />
                <span>{text?.label ?? rule.kind}</span>
              </label>
              {field !== undefined && (
                <span className="rule-number">
                  <label htmlFor={inputId}>{text.before}</label>
                  <input
                    id={inputId}
                    type="number"
                    min={1}
                    step={1}
                    inputMode="numeric"
                    disabled={!rule.enabled}
                    value={rule[field] ?? ''}
                    onChange={(e) =>
                      setRule(index, {
                        [field]: e.target.value === '' ? undefined : Number(e.target.value),
                      })
                    }
                  />
                  <span className="muted">{text.unit}</span>
                </span>
              )}
            </div>
          );
        })}
      </fieldset>

      <fieldset className="webhook-list">
        <legend className="subheading">Webhooks</legend>
        {draft.webhooks.length === 0 && (
          <p className="muted">No webhooks: alerts are only listed here.</p>
        )}
        {draft.webhooks.map((hook, index) => (
          <div className="webhook-row" key={hook.id}>
            <label className="webhook-url">
              URL
              <input
                type="url"
                placeholder="https://hooks.example.com/…"
                value={hook.url}
                onChange={(e) => setHook(index, { url: e.target.value })}
              />
            </label>
            <label>
              Format
              <select
                value={hook.format}
                onChange={(e) =>
                  setHook(index, { format: e.target.value === 'slack' ? 'slack' : 'json' })
                }
              >
                <option value="json">JSON</option>
                <option value="slack">Slack</option>
              </select>
            </label>
            <label>
              Secret
              <input
                type="password"
                autoComplete="off"
                minLength={limits.secretMin}
                value={hook.secret}
                onChange={(e) => setHook(index, { secret: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="button-secondary webhook-secret"
              aria-label={`New secret for webhook ${index + 1}`}
              onClick={() => setHook(index, { secret: newSecret() })}
            >
              New secret
            </button>
            <button
              type="button"
              className="button-secondary webhook-remove"
              aria-label={`Remove webhook ${index + 1}${hook.url === '' ? '' : ` (${hook.url})`}`}
              onClick={() =>
                edit({ ...draft, webhooks: draft.webhooks.filter((_, at) => at !== index) })
              }
            >
              Remove
            </button>
          </div>
        ))}
        {draft.webhooks.length > 0 && (
          <p className="footnote">
            Each alert is POSTed to every webhook, signed with its secret in the header{' '}
            <code>X-Drumbeat-Signature: sha256=…</code>; failed deliveries are retried up to 5
            times.
          </p>
        )}
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            edit({
              ...draft,
              webhooks: [
                ...draft.webhooks,
                { id: newWebhookId(), url: '', format: 'json', secret: newSecret() },
              ],
            })
          }
        >
          Add webhook
        </button>
      </fieldset>

      {showProblems && problems.length > 0 && (
        <div className="error-banner" role="alert">
          <strong>Not saved yet.</strong>
          <ul className="rejections">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'failed' && (
        <ErrorBanner error={state.error} context="Saving the alert settings" />
      )}
      <div className="form-row form-row-center">
        <button type="submit" className="button" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? 'Saving…' : 'Save alert settings'}
        </button>
        {state.kind === 'saved' && (
          <span className="saved-note" role="status">
            ✓ Saved
          </span>
        )}
      </div>
    </form>
  );
}
