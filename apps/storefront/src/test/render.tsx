import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { AppProviders } from "@/app/app-providers";

/** Shows the router's current URL, so a test can assert what landed in the address bar. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/**
 * Renders a page at `url` with a fresh query cache and a memory router; `path` is its route pattern. (The
 * declarative router: the data router builds fetch `Request`s on navigation, which jsdom does not have.)
 */
export function renderPage(ui: ReactElement, { url = "/", path = "*" }: { url?: string; path?: string } = {}) {
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
            {path !== "*" && <Route path="*" element={null} />}
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </AppProviders>,
    ),
  };
}
