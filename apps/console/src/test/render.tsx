import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { AppProviders } from "@/app/app-providers";
import { ToastRegion } from "@/shared/ui/toast";

/** Shows the router's current URL, so a test can assert where a page sent the user. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Renders `ui` at `url` with a fresh query cache, a memory router and the toast region. */
export function renderWithApp(ui: ReactElement, { url = "/", path = "*" }: { url?: string; path?: string } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  return {
    queryClient,
    ...render(
      <AppProviders queryClient={queryClient}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={ui} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
        <ToastRegion closeLabel="close" />
      </AppProviders>,
    ),
  };
}
