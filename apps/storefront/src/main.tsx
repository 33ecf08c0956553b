// Global styles first, so each component's own (module) styles, loaded after, win at equal specificity.
import "./app/styles/base.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { AppProviders } from "./app/app-providers";
import "./app/i18n";
import { createRouter } from "./app/router";
import { createQueryClient } from "./shared/api/query-client";
import { restoreSession } from "./shared/session/session-store";

// The static title and description in index.html are for clients without script; from here on each page sets its own.
for (const el of document.head.querySelectorAll("[data-fallback-meta]")) el.remove();

// Sign back in silently from the refresh cookie while the first page renders (pages that need the account wait).
void restoreSession();

const queryClient = createQueryClient();
const router = createRouter();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
