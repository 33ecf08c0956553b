import { lazy, type ComponentType } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";
import { AppLayout } from "./layout/app-layout";
import { HomePage } from "./routes/home-page";
import { NotFoundPage } from "./routes/not-found-page";
import { RouteError } from "./routes/route-error";

// The home page ships in the first chunk; every other page is its own chunk, fetched when first visited, so a
// shopper on a modest connection downloads checkout's form validation (zod) only if they check out.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const SearchPage = named(() => import("./routes/search-page"), "SearchPage");
const ProductPage = named(() => import("./routes/product-page"), "ProductPage");
const StallsPage = named(() => import("./routes/stalls-page"), "StallsPage");
const StallPage = named(() => import("./routes/stall-page"), "StallPage");
const CartPage = named(() => import("./routes/cart-page"), "CartPage");
const CheckoutPage = named(() => import("./routes/checkout-page"), "CheckoutPage");
const LoginPage = named(() => import("./routes/auth-page"), "LoginPage");
const RegisterPage = named(() => import("./routes/auth-page"), "RegisterPage");
const SignInLinkPage = named(() => import("./routes/sign-in-link-page"), "SignInLinkPage");
const ForgotPasswordPage = named(() => import("./routes/forgot-password-page"), "ForgotPasswordPage");
const ResetPasswordPage = named(() => import("./routes/reset-password-page"), "ResetPasswordPage");
const AccountPage = named(() => import("./routes/account-page"), "AccountPage");
const OrdersPage = named(() => import("./routes/orders-page"), "OrdersPage");
const OrderPage = named(() => import("./routes/order-page"), "OrderPage");
const PaymentResultPage = named(() => import("./routes/payment-result-page"), "PaymentResultPage");
const OrderLookupPage = named(() => import("./routes/order-lookup-page"), "OrderLookupPage");
const TracePage = named(() => import("./routes/trace-page"), "TracePage");
const LivePage = named(() => import("./routes/live-page"), "LivePage");
const LiveSessionPage = named(() => import("./routes/live-session-page"), "LiveSessionPage");
const LiveDraftPage = named(() => import("./routes/live-draft-page"), "LiveDraftPage");
const DemandsPage = named(() => import("./routes/demands-page"), "DemandsPage");
const DemandPage = named(() => import("./routes/demand-page"), "DemandPage");
const OrganisationPage = named(() => import("./routes/organisation-page"), "OrganisationPage");
const MyDemandsPage = named(() => import("./routes/my-demands-page"), "MyDemandsPage");
const NewDemandPage = named(() => import("./routes/new-demand-page"), "NewDemandPage");
const MyDemandPage = named(() => import("./routes/my-demand-page"), "MyDemandPage");
const EventsPage = named(() => import("./routes/events-page"), "EventsPage");
const EventPage = named(() => import("./routes/event-page"), "EventPage");

/** Every page and its Vietnamese path (kept in step with shared/lib/paths.ts). */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "tim-kiem", element: <SearchPage /> },
      { path: "san-pham/:slug", element: <ProductPage /> },
      { path: "gian-hang", element: <StallsPage /> },
      { path: "gian-hang/:slug", element: <StallPage /> },
      { path: "gio-hang", element: <CartPage /> },
      { path: "thanh-toan", element: <CheckoutPage /> },
      { path: "dang-nhap", element: <LoginPage /> },
      { path: "dang-nhap/lien-ket", element: <SignInLinkPage /> },
      { path: "quen-mat-khau", element: <ForgotPasswordPage /> },
      { path: "dat-lai-mat-khau", element: <ResetPasswordPage /> },
      { path: "dang-ky", element: <RegisterPage /> },
      { path: "tai-khoan", element: <AccountPage /> },
      { path: "tai-khoan/doanh-nghiep", element: <OrganisationPage /> },
      { path: "tai-khoan/nhu-cau", element: <MyDemandsPage /> },
      { path: "tai-khoan/nhu-cau/dang-moi", element: <NewDemandPage /> },
      { path: "tai-khoan/nhu-cau/:id", element: <MyDemandPage /> },
      { path: "don-hang", element: <OrdersPage /> },
      { path: "don-hang/:code", element: <OrderPage /> },
      { path: "don-hang/:code/ket-qua", element: <PaymentResultPage /> },
      { path: "tra-cuu-don-hang", element: <OrderLookupPage /> },
      { path: "t/:code", element: <TracePage /> },
      { path: "live", element: <LivePage /> },
      { path: "live/xac-nhan", element: <LiveDraftPage /> },
      { path: "live/:slug", element: <LiveSessionPage /> },
      { path: "nhu-cau", element: <DemandsPage /> },
      { path: "nhu-cau/:id", element: <DemandPage /> },
      { path: "su-kien", element: <EventsPage /> },
      { path: "su-kien/:slug", element: <EventPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
