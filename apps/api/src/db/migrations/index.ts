import { Initial1764330000000 } from "./1764330000000-initial";
import { StallsCatalog1764340000000 } from "./1764340000000-stalls-catalog";
import { OrdersReviews1764350000000 } from "./1764350000000-orders-reviews";
import { PaymentsLedger1764360000000 } from "./1764360000000-payments-ledger";
import { CatalogSpeed1764370000000 } from "./1764370000000-catalog-speed";
import { ProductModeration1764380000000 } from "./1764380000000-product-moderation";
import { ProductReviewRequests1764390000000 } from "./1764390000000-product-review-requests";
import { LoginAttempts1764400000000 } from "./1764400000000-login-attempts";
import { ModerationRecordsDashboards1764410000000 } from "./1764410000000-moderation-records-dashboards";

/** Migrations in order; applied at start by `Database.startup()` (under the startup lock). */
export const migrations = [
  Initial1764330000000,
  StallsCatalog1764340000000,
  OrdersReviews1764350000000,
  PaymentsLedger1764360000000,
  CatalogSpeed1764370000000,
  ProductModeration1764380000000,
  ProductReviewRequests1764390000000,
  LoginAttempts1764400000000,
  ModerationRecordsDashboards1764410000000,
];
