import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n';
import { loginEn, loginVi } from '../i18n/login';
import { useDocumentTitle } from '../lib/hooks';
import { LoginScreen } from '../login/LoginScreen';
import { safeNext } from '../login/signIn';

export { safeNext };

/**
 * The app's `/login` route (after signing out, or when the session ended while working): the same
 * plain sign-in screen as the first download draws (src/main.tsx), with the app's session and
 * language. Once signed in, on to the address the user was going to.
 */
export default function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  useDocumentTitle(t.login.title);

  if (session.viewer) return <Navigate to={next} replace />;
  return (
    <LoginScreen
      texts={lang === 'vi' ? loginVi : loginEn}
      appName={t.app.name}
      lang={lang}
      onLang={setLang}
      expired={session.expired}
      onSignedIn={session.signedIn}
    />
  );
}
