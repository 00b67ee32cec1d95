import { useId, useRef, useState, type FormEvent } from 'react';
import type { LoginTexts } from '../i18n/login';
import type { Lang } from '../i18n/stored';
import { Icon } from './icons';
import { signIn } from './signIn';
import './login.css';

/**
 * The sign-in screen in plain React and CSS, with the look of the app's antd screens (card, large
 * inputs, primary button, the language switch): it is the first screen a phone on a slow link
 * draws, before the app's code (antd, the router, the GraphQL client) has arrived (src/main.tsx,
 * test/bench/slow-link.ts). The app's `/login` route renders it too (pages/LoginPage.tsx).
 */
export function LoginScreen({
  texts,
  appName,
  lang,
  onLang,
  expired,
  onSignedIn,
}: {
  texts: LoginTexts;
  appName: string;
  lang: Lang;
  onLang(lang: Lang): void;
  /** The session ended without the user signing out: say so above the form. */
  expired: boolean;
  /** After a successful sign-in (the form stays busy until the next screen replaces it). */
  onSignedIn(): void;
}) {
  const t = texts.login;
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const fieldError = (field: 'username' | 'password', value: string) =>
    (field === 'username' ? value.trim() : value) ? undefined : field === 'username' ? t.usernameRequired : t.passwordRequired;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const errors = { username: fieldError('username', username), password: fieldError('password', password) };
    setFieldErrors(errors);
    // The focus goes to the first field at fault, whose message the screen reader then reads.
    if (errors.username) return usernameRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    setProblem(null);
    setBusy(true);
    const outcome = await signIn(username.trim(), password);
    if (outcome.ok) return onSignedIn();
    setBusy(false);
    if (outcome.reason === 'BAD_CREDENTIALS') {
      setProblem(t.badCredentials);
      setPassword('');
      passwordRef.current?.focus();
    } else if (outcome.reason === 'LOCKED') {
      setProblem(t.locked(outcome.retryAfterSeconds ? String(Math.ceil(outcome.retryAfterSeconds / 60)) : null));
    } else if (outcome.reason === 'FIELD') {
      setFieldErrors({ [outcome.field]: outcome.field === 'username' ? t.usernameRequired : t.passwordRequired });
      (outcome.field === 'username' ? usernameRef : passwordRef).current?.focus();
    } else {
      setProblem(texts.errors[outcome.reason]);
    }
  };

  const field = (name: 'username' | 'password') => {
    const error = fieldErrors[name];
    const inputId = `${id}-${name}`;
    const errorId = `${inputId}-error`;
    const isPassword = name === 'password';
    return (
      <div className="fg-login-item">
        <label className="fg-login-label" htmlFor={inputId}>
          {isPassword ? t.password : t.username}
        </label>
        <span className={`fg-login-input${error ? ' fg-login-input-error' : ''}`}>
          <Icon name={isPassword ? 'lock' : 'user'} className="fg-login-prefix" />
          <input
            ref={isPassword ? passwordRef : usernameRef}
            id={inputId}
            name={name}
            type={isPassword && !showPassword ? 'password' : 'text'}
            value={isPassword ? password : username}
            onChange={(e) => {
              const value = e.target.value;
              if (isPassword) setPassword(value);
              else setUsername(value);
              // As antd's form: once a field has shown its message, it follows what is typed.
              if (name in fieldErrors) setFieldErrors((prev) => ({ ...prev, [name]: fieldError(name, value) }));
            }}
            autoComplete={isPassword ? 'current-password' : 'username'}
            autoFocus={!isPassword}
            autoCapitalize={isPassword ? undefined : 'none'}
            spellCheck={false}
            readOnly={busy}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            aria-required="true"
          />
          {isPassword ? (
            <button
              type="button"
              className="fg-login-eye"
              aria-label={showPassword ? t.hidePassword : t.showPassword}
              aria-pressed={showPassword}
              onClick={() => setShowPassword((v) => !v)}
            >
              <Icon name={showPassword ? 'eye' : 'eyeInvisible'} />
            </button>
          ) : null}
        </span>
        {error ? (
          <div id={errorId} className="fg-login-explain">
            {error}
          </div>
        ) : null}
      </div>
    );
  };

  return (
    <div className="fg-login">
      <div className="fg-login-top">
        <div className="fg-segmented" role="radiogroup" aria-label={texts.language} data-testid="language">
          {(['vi', 'en'] as const).map((value) => (
            <label key={value} className={`fg-segmented-item${lang === value ? ' fg-segmented-selected' : ''}`}>
              <input type="radio" name={`${id}-lang`} value={value} checked={lang === value} onChange={() => onLang(value)} />
              <span lang={value}>{value === 'vi' ? 'Tiếng Việt' : 'English'}</span>
            </label>
          ))}
        </div>
      </div>
      <main className="fg-login-main">
        <div className="fg-login-card">
          <div className="fg-login-brand">
            <Icon name="star" className="fg-login-star" />
            <h1>{appName}</h1>
            <span className="fg-login-tagline">{texts.tagline}</span>
          </div>
          {expired ? (
            <div className="fg-alert fg-alert-info" role="status">
              <Icon name="info" className="fg-alert-icon" />
              <span>{t.expired}</span>
            </div>
          ) : null}
          {problem ? (
            <div className="fg-alert fg-alert-error" role="alert" data-testid="login-error">
              <Icon name="error" className="fg-alert-icon" />
              <span>{problem}</span>
            </div>
          ) : null}
          <form noValidate onSubmit={(e) => void submit(e)} data-testid="login-form" aria-busy={busy} aria-label={t.title}>
            {field('username')}
            {field('password')}
            <button type="submit" className="fg-login-submit" aria-disabled={busy || undefined}>
              {busy ? <span className="fg-login-spinner" aria-hidden="true" /> : null}
              {t.submit}
            </button>
          </form>
          <p className="fg-login-help">{t.help}</p>
        </div>
      </main>
    </div>
  );
}
