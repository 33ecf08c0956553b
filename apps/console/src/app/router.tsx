import { lazy, type ComponentType } from "react";
import { ScrollRestoration, createBrowserRouter, type RouteObject } from "react-router";
import { ConsoleLayout } from "./layout/console-layout";
import { ForbiddenPage } from "./routes/forbidden-page";
import { LoginPage } from "./routes/login-page";
import { NotFoundPage } from "./routes/not-found-page";
import { RequireRole } from "./routes/require-role";
import { RoleHome } from "./routes/role-home";
import { RouteError } from "./routes/route-error";

// Sign-in ships in the first chunk; every area is its own chunk, so a seller never downloads the admin desk and
// the charts (recharts) load only with a dashboard.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const StallPage = named(() => import("./routes/stall-page"), "StallPage");
const SellerDashboardPage = named(() => import("./routes/seller-dashboard-page"), "SellerDashboardPage");
const ProductsPage = named(() => import("./routes/products-page"), "ProductsPage");
const ProductEditPage = named(() => import("./routes/product-edit-page"), "ProductEditPage");
const OrdersPage = named(() => import("./routes/orders-page"), "OrdersPage");
const OrderPage = named(() => import("./routes/order-page"), "OrderPage");
const MoneyPage = named(() => import("./routes/money-page"), "MoneyPage");
const ReviewsPage = named(() => import("./routes/reviews-page"), "ReviewsPage");
const CertificatesPage = named(() => import("./routes/certificates-page"), "CertificatesPage");
const AdminCertificatesPage = named(() => import("./routes/admin-certificates-page"), "AdminCertificatesPage");
const AdminDashboardPage = named(() => import("./routes/admin-dashboard-page"), "AdminDashboardPage");
const ApplicationsPage = named(() => import("./routes/applications-page"), "ApplicationsPage");
const AdminStallsPage = named(() => import("./routes/admin-stalls-page"), "AdminStallsPage");
const AdminProductsPage = named(() => import("./routes/admin-products-page"), "AdminProductsPage");
const AdminOrdersPage = named(() => import("./routes/admin-orders-page"), "AdminOrdersPage");
const RefundsPage = named(() => import("./routes/refunds-page"), "RefundsPage");
const PayoutsPage = named(() => import("./routes/payouts-page"), "PayoutsPage");

/** Every page under /console; the seller and admin areas are guarded by role (a wrong role sees the 403 page). */
export const routes: RouteObject[] = [
  { path: "login", element: <LoginPage />, errorElement: <RouteError /> },
  {
    // Back to a list lands where the person was (ScrollRestoration needs the data router, so it lives here).
    element: (
      <>
        <ConsoleLayout />
        <ScrollRestoration />
      </>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RoleHome /> },
      { path: "stall", element: <StallPage /> },
      {
        path: "seller",
        element: <RequireRole roles={["seller"]} />,
        children: [
          { index: true, element: <SellerDashboardPage /> },
          { path: "products", element: <ProductsPage /> },
          { path: "products/new", element: <ProductEditPage /> },
          { path: "products/:id", element: <ProductEditPage /> },
          { path: "orders", element: <OrdersPage /> },
          { path: "orders/:id", element: <OrderPage /> },
          { path: "money", element: <MoneyPage /> },
          { path: "reviews", element: <ReviewsPage /> },
          { path: "certificates", element: <CertificatesPage /> },
        ],
      },
      {
        path: "admin",
        element: <RequireRole roles={["admin"]} />,
        children: [
          { index: true, element: <AdminDashboardPage /> },
          { path: "applications", element: <ApplicationsPage /> },
          { path: "applications/:id", element: <ApplicationsPage /> },
          { path: "stalls", element: <AdminStallsPage /> },
          { path: "products", element: <AdminProductsPage /> },
          { path: "orders", element: <AdminOrdersPage /> },
          { path: "refunds", element: <RefundsPage /> },
          { path: "payouts", element: <PayoutsPage /> },
          { path: "certificates", element: <AdminCertificatesPage /> },
        ],
      },
      { path: "403", element: <ForbiddenPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes, { basename: "/console" });
