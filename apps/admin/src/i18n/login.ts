import { glossaryVi } from './glossary';

/**
 * The sign-in screen's words in both languages, apart from the big dictionaries: the sign-in form
 * is drawn from a small first download before the app's code (src/main.tsx, test/bench/slow-link.ts).
 * `vi.ts` and `en.ts` take these sections from here, so there is one wording of each.
 */
export const loginVi = {
  tagline: glossaryVi.fourGoodModel,
  language: 'Ngôn ngữ',
  login: {
    title: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    showPassword: 'Hiện mật khẩu',
    hidePassword: 'Ẩn mật khẩu',
    usernameRequired: 'Vui lòng nhập tên đăng nhập.',
    passwordRequired: 'Vui lòng nhập mật khẩu.',
    badCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    locked: (minutes: string | null) =>
      minutes ? `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.` : 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    expired: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    help: 'Quên mật khẩu hoặc chưa có tài khoản? Liên hệ quản trị viên của ban tổ chức.',
  },
  /** The answers a sign-in can meet besides the ones above (the same wording as `errors` of the dictionary). */
  errors: {
    INTERNAL: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo bộ phận kỹ thuật.',
    SERVICE_UNAVAILABLE: 'Cơ sở dữ liệu đang chuyển máy chủ hoặc khởi động lại. Vui lòng thử lại sau vài giây.',
    NETWORK: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
    UNKNOWN: 'Đã xảy ra lỗi không xác định. Vui lòng thử lại.',
  },
};

export type LoginTexts = typeof loginVi;

export const loginEn: LoginTexts = {
  tagline: '4-Good Party Organisations',
  language: 'Language',
  login: {
    title: 'Sign in',
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    showPassword: 'Show the password',
    hidePassword: 'Hide the password',
    usernameRequired: 'Please enter your user name.',
    passwordRequired: 'Please enter your password.',
    badCredentials: 'Wrong user name or password.',
    locked: (minutes: string | null) =>
      minutes ? `Too many failed attempts. Please try again in ${minutes} minute(s).` : 'Too many failed attempts. Please try again in a few minutes.',
    expired: 'Your session has expired. Please sign in again.',
    help: 'Forgot your password or have no account? Ask the organisation commission’s administrator.',
  },
  errors: {
    INTERNAL: 'The system has a problem. Please try again in a few minutes; if it persists, tell the technical team.',
    SERVICE_UNAVAILABLE: 'The database is switching over or restarting. Please try again in a few seconds.',
    NETWORK: 'The server cannot be reached. Please check the network connection and try again.',
    UNKNOWN: 'Something went wrong. Please try again.',
  },
};
