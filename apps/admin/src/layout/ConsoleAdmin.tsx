// react-admin's <Admin>, put together from the same parts (AdminContext, CoreAdminUI, the
// notification) but without what <Admin> imports for its defaults and the console does not show on
// its first screen: the sign-in page and its form (react-hook-form, the inputs), loaded here when a
// signed-out user needs them, and react-admin's English i18n provider, which the console replaces.
// That kept ≈28 KB gzipped out of the first load (test/first-load.test.ts).
import { CssBaseline } from "@mui/material";
import { createElement } from "react";
import {
  AccessDenied,
  AdminContext,
  type AdminProps,
  AuthCallback,
  AuthenticationError,
  type CatchAllComponent,
  CoreAdminUI,
  Error as ErrorPage,
  type I18nProvider,
  LoadingPage,
  localStorageStore,
  NotFound,
  Notification,
} from "react-admin";
import { lazyComponent, useLazyComponent } from "../dashboard/lazyComponent.ts";

/** react-admin's default store, as <Admin> makes it: the preferences kept in localStorage. */
const defaultStore = localStorageStore();

/** The sign-in page's code, a chunk of its own; main.tsx starts it for a signed-out visitor. */
export const loginPageCode = lazyComponent<object>(() =>
  import("../auth/LoginPage.tsx").then((module) => ({ default: module.LoginPage })),
);

function LoginPage() {
  const Page = useLazyComponent(loginPageCode);
  return Page ? <Page /> : <LoadingPage />;
}

export interface ConsoleAdminProps extends Omit<AdminProps, "loginPage" | "i18nProvider"> {
  /** Required: react-admin's default would bring its English catalogue into the first load. */
  i18nProvider: I18nProvider;
}

/** <Admin> with the console's sign-in page (auth/LoginPage.tsx), loaded on demand. */
export function ConsoleAdmin({
  accessDenied = AccessDenied,
  authCallbackPage = AuthCallback,
  authenticationError = AuthenticationError,
  // react-admin's own default; its types want a title element that NotFound's do not take.
  catchAll = NotFound as CatchAllComponent,
  error = ErrorPage,
  loading = LoadingPage,
  notification = Notification,
  authProvider,
  basename,
  darkTheme,
  dataProvider,
  defaultTheme,
  i18nProvider,
  lightTheme,
  queryClient,
  routerProvider,
  store = defaultStore,
  theme,
  children,
  ...ui
}: ConsoleAdminProps) {
  return (
    <AdminContext
      authProvider={authProvider}
      basename={basename}
      darkTheme={darkTheme}
      dataProvider={dataProvider}
      defaultTheme={defaultTheme}
      i18nProvider={i18nProvider}
      lightTheme={lightTheme}
      queryClient={queryClient}
      routerProvider={routerProvider}
      store={store}
      theme={theme}
    >
      <CssBaseline enableColorScheme>
        <CoreAdminUI
          accessDenied={accessDenied}
          authCallbackPage={authCallbackPage}
          authenticationError={authenticationError}
          catchAll={catchAll}
          error={error}
          loading={loading}
          loginPage={LoginPage}
          {...ui}
        >
          {children}
        </CoreAdminUI>
        {createElement(notification)}
      </CssBaseline>
    </AdminContext>
  );
}
