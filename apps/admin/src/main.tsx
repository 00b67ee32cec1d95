import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StandaloneLogin } from './login/StandaloneLogin';
import './styles.css';

/**
 * The first download is React and the sign-in screen only: a page opened at `/login` draws its
 * form at once, and the app (antd, the router, the GraphQL client, the screens) follows while the
 * user types (test/bench/slow-link.ts). Any other address starts the app straight away.
 */
const root = createRoot(document.getElementById('root')!);
let app: Promise<typeof import('./App')> | undefined;
const loadApp = () => (app ??= import('./App'));

function BootError() {
  // The app's code did not arrive (network drop, or a deployment renamed the file): say so and offer a reload.
  const vi = document.documentElement.lang !== 'en';
  return (
    <div role="alert" style={{ padding: '20vh 24px', textAlign: 'center', fontFamily: 'system-ui, sans-serif' }}>
      <p>{vi ? 'Không tải được ứng dụng. Vui lòng kiểm tra kết nối mạng.' : 'The application could not be loaded. Please check the network connection.'}</p>
      <button type="button" onClick={() => window.location.reload()} style={{ minHeight: 44, padding: '0 16px' }}>
        {vi ? 'Tải lại trang' : 'Reload the page'}
      </button>
    </div>
  );
}

let started = false;
function startApp() {
  if (started) return;
  started = true;
  loadApp().then(
    ({ App }) =>
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    () => {
      app = undefined;
      root.render(<BootError />);
    },
  );
}

if (window.location.pathname === '/login') {
  root.render(
    <StrictMode>
      <StandaloneLogin loadApp={loadApp} startApp={startApp} />
    </StrictMode>,
  );
} else {
  startApp();
}
