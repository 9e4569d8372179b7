/**
 * The pages live under `/ui`: they read their own query strings and few forms, and their
 * guard (`UiAccessGuard`) enforces `@Requires` with the session's principal, answering with a
 * page (sign in, or not allowed) where the API would answer JSON.
 */
export const isPagePath = (path: string | undefined): boolean =>
  path !== undefined && (path === '/ui' || path.startsWith('/ui/'));
