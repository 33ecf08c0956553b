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
const BatchesPage = named(() => import("./routes/batches-page"), "BatchesPage");
const BatchPage = named(() => import("./routes/batch-page"), "BatchPage");
const OrdersPage = named(() => import("./routes/orders-page"), "OrdersPage");
const OrderPage = named(() => import("./routes/order-page"), "OrderPage");
const MoneyPage = named(() => import("./routes/money-page"), "MoneyPage");
const ReviewsPage = named(() => import("./routes/reviews-page"), "ReviewsPage");
const CertificatesPage = named(() => import("./routes/certificates-page"), "CertificatesPage");
const AdminCertificatesPage = named(() => import("./routes/admin-certificates-page"), "AdminCertificatesPage");
const VouchersPage = named(() => import("./routes/vouchers-page"), "VouchersPage");
const AdminVouchersPage = named(() => import("./routes/vouchers-page"), "AdminVouchersPage");
const AdminDashboardPage = named(() => import("./routes/admin-dashboard-page"), "AdminDashboardPage");
const ApplicationsPage = named(() => import("./routes/applications-page"), "ApplicationsPage");
const AdminStallsPage = named(() => import("./routes/admin-stalls-page"), "AdminStallsPage");
const AdminProductsPage = named(() => import("./routes/admin-products-page"), "AdminProductsPage");
const AdminOrdersPage = named(() => import("./routes/admin-orders-page"), "AdminOrdersPage");
const RefundsPage = named(() => import("./routes/refunds-page"), "RefundsPage");
const TraceReportsPage = named(() => import("./routes/trace-reports-page"), "TraceReportsPage");
const BankTransfersPage = named(() => import("./routes/bank-transfers-page"), "BankTransfersPage");
const PayoutsPage = named(() => import("./routes/payouts-page"), "PayoutsPage");
const HelperPage = named(() => import("./routes/helper-page"), "HelperPage");
const StallHelpersPage = named(() => import("./routes/stall-helpers-page"), "StallHelpersPage");
const ClaimPage = named(() => import("./routes/claim-page"), "ClaimPage");
const SellerLivePage = named(() => import("./routes/live-page"), "SellerLivePage");
const SellerLiveDeskPage = named(() => import("./routes/live-page"), "SellerLiveDeskPage");
const AdminLivePage = named(() => import("./routes/live-page"), "AdminLivePage");
const AdminLiveDeskPage = named(() => import("./routes/live-page"), "AdminLiveDeskPage");
const SellerDemandsPage = named(() => import("./routes/demands-page"), "SellerDemandsPage");
const SellerDemandPage = named(() => import("./routes/demands-page"), "SellerDemandPage");
const SellerOffersPage = named(() => import("./routes/demands-page"), "SellerOffersPage");
const AdminOrganisationsPage = named(() => import("./routes/admin-organisations-page"), "AdminOrganisationsPage");
const AdminEventsPage = named(() => import("./routes/events-page"), "AdminEventsPage");
const AdminNewEventPage = named(() => import("./routes/events-page"), "AdminNewEventPage");
const SellerEventsPage = named(() => import("./routes/events-page"), "SellerEventsPage");

/** Every page under /console; the seller and admin areas are guarded by role (a wrong role sees the 403 page). */
export const routes: RouteObject[] = [
  { path: "login", element: <LoginPage />, errorElement: <RouteError /> },
  // A producer claiming the account a helper made: no sign-in yet.
  { path: "nhan-tai-khoan", element: <ClaimPage />, errorElement: <RouteError /> },
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
      { path: "stall/helpers", element: <StallHelpersPage /> },
      { path: "helper", element: <HelperPage /> },
      {
        path: "seller",
        // A helper acting for a stall works in its seller area too (the API checks their grant on every call).
        element: <RequireRole roles={["seller"]} allowActing />,
        children: [
          { index: true, element: <SellerDashboardPage /> },
          { path: "products", element: <ProductsPage /> },
          { path: "products/new", element: <ProductEditPage /> },
          { path: "products/:id", element: <ProductEditPage /> },
          { path: "products/:id/batches", element: <BatchesPage /> },
          { path: "batches/:id", element: <BatchPage /> },
          { path: "orders", element: <OrdersPage /> },
          { path: "orders/:id", element: <OrderPage /> },
          { path: "money", element: <MoneyPage /> },
          { path: "reviews", element: <ReviewsPage /> },
          { path: "certificates", element: <CertificatesPage /> },
          { path: "live", element: <SellerLivePage /> },
          { path: "live/:id", element: <SellerLiveDeskPage /> },
          { path: "vouchers", element: <VouchersPage /> },
          { path: "demands", element: <SellerDemandsPage /> },
          { path: "demands/:id", element: <SellerDemandPage /> },
          { path: "demand-offers", element: <SellerOffersPage /> },
          { path: "events", element: <SellerEventsPage /> },
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
          { path: "bank-transfers", element: <BankTransfersPage /> },
          { path: "payouts", element: <PayoutsPage /> },
          { path: "trace-reports", element: <TraceReportsPage /> },
          { path: "certificates", element: <AdminCertificatesPage /> },
          { path: "live", element: <AdminLivePage /> },
          { path: "live/:id", element: <AdminLiveDeskPage /> },
          { path: "vouchers", element: <AdminVouchersPage /> },
          { path: "organisations", element: <AdminOrganisationsPage /> },
          { path: "organisations/:id", element: <AdminOrganisationsPage /> },
          { path: "events", element: <AdminEventsPage /> },
          { path: "events/new", element: <AdminNewEventPage /> },
          { path: "events/:id", element: <AdminEventsPage /> },
        ],
      },
      { path: "403", element: <ForbiddenPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes, { basename: "/console" });
