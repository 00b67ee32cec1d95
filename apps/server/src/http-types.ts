// Cookies are parsed once per request in app.ts.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      cookies: Record<string, string | undefined>;
    }
  }
}
export {};
