import { useEffect, useRef, useState } from 'react';
import { loginEn, loginVi } from '../i18n/login';
import { storedLang, storeLang, type Lang } from '../i18n/stored';
import { LoginScreen } from './LoginScreen';
import { hasSession, safeNext } from './signIn';

/**
 * The sign-in screen of a page opened at `/login`, drawn before the app's code is loaded
 * (src/main.tsx). Once it is on screen, the app's code is fetched while the user types; after
 * signing in (or at once when this browser already has a session), the app takes over at the
 * address the user was going to (`?next=`).
 */
export function StandaloneLogin({ loadApp, startApp }: { loadApp(): Promise<unknown>; startApp(): void }) {
  const [lang, setLang] = useState<Lang>(storedLang);
  const [appLoaded, setAppLoaded] = useState(false);
  const texts = lang === 'vi' ? loginVi : loginEn;
  const left = useRef(false);

  const proceed = () => {
    if (left.current) return;
    left.current = true;
    window.history.replaceState(null, '', safeNext(new URLSearchParams(window.location.search).get('next')));
    startApp();
  };

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${texts.login.title} · FourGood — ${texts.tagline}`;
  }, [lang, texts]);

  useEffect(() => {
    let live = true;
    void hasSession().then((signedIn) => live && signedIn && proceed());
    // The app's code after the form is painted (a frame, then a task), not before it.
    let timer: number | undefined;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => void loadApp().then(() => live && setAppLoaded(true), () => undefined));
    });
    return () => {
      live = false;
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
    // Once per page.
  }, []);

  return (
    // data-app-loaded: the app's code is in (the slow-link benchmark waits for it, as a user typing would).
    <div data-app-loaded={appLoaded || undefined}>
      <LoginScreen
        texts={texts}
        appName="FourGood"
        lang={lang}
        onLang={(next) => {
          storeLang(next);
          setLang(next);
        }}
        expired={false}
        onSignedIn={proceed}
      />
    </div>
  );
}
