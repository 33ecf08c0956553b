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

// Sign back in from the refresh cookie while the first page renders (every page waits for it).
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
