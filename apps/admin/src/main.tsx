// Entry point: mounts the console in #root. Opening the console on its landing page asks `me` (the
// session is a cookie only the API reads) and, for a signed-in user, gets the dashboard's data and
// code on their way before react-admin has booted; for a signed-out one, the sign-in page's code.
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { currentViewer } from "./auth/authProvider.ts";
import { prefetchDashboard } from "./dashboard/prefetch.ts";
import { graphqlClient } from "./graphqlClient.ts";
import { loginPageCode } from "./layout/ConsoleAdmin.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");

// react-admin routes by the URL's hash: no hash is the landing page.
const onLandingPage = ["", "#", "#/"].includes(window.location.hash);
if (onLandingPage) prefetchDashboard(graphqlClient);
// The same `me` that react-admin's checkAuth asks (asked once): a failure is react-admin's to report,
// and a failed download the sign-in page's.
currentViewer(graphqlClient).then(
  (viewer) => {
    if (!viewer) loginPageCode.load().catch(() => {});
  },
  () => {},
);

// A transition lets the first render, react-admin's longest, give way to the answers arriving
// meanwhile, so that the dashboard's second request does not wait for it.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
