import { OtpCodes1764531000000 } from "./1764531000000-otp-codes";
import { BankTransfers1764530000000 } from "./1764530000000-bank-transfers";
import { Initial1764330000000 } from "./1764330000000-initial";
import { StallsCatalog1764340000000 } from "./1764340000000-stalls-catalog";
import { OrdersReviews1764350000000 } from "./1764350000000-orders-reviews";
import { PaymentsLedger1764360000000 } from "./1764360000000-payments-ledger";
import { CatalogSpeed1764370000000 } from "./1764370000000-catalog-speed";
import { ProductModeration1764380000000 } from "./1764380000000-product-moderation";
import { ProductReviewRequests1764390000000 } from "./1764390000000-product-review-requests";
import { LoginAttempts1764400000000 } from "./1764400000000-login-attempts";
import { ModerationRecordsDashboards1764410000000 } from "./1764410000000-moderation-records-dashboards";
import { CodCollectedByStall1764420000000 } from "./1764420000000-cod-collected-by-stall";
import { SelfReviewsLeaveRatings1764420000001 } from "./1764420000001-self-reviews-leave-ratings";
import { InstallationSecrets1764440000000 } from "./1764440000000-installation-secrets";
import { RevokedSessions1764441000000 } from "./1764441000000-revoked-sessions";
import { SignInLockouts1764442000000 } from "./1764442000000-sign-in-lockouts";
import { CatalogCounts1764460000000 } from "./1764460000000-catalog-counts";
import { CatalogCategorySorts1764460001000 } from "./1764460001000-catalog-category-sorts";
import { StallGrantsAudit1764470000000 } from "./1764470000000-stall-grants-audit";
import { Traceability1764480000000 } from "./1764480000000-traceability";
import { ProductGtin1764481000000 } from "./1764481000000-product-gtin";
import { PhoneAccounts1764490000000 } from "./1764490000000-phone-accounts";
import { PasswordResets1764491000000 } from "./1764491000000-password-resets";
import { AssistedStalls1764540000000 } from "./1764540000000-assisted-stalls";
import { OrderItemBatches1764520000000 } from "./1764520000000-order-item-batches";
import { OcopCertificates1764510000000 } from "./1764510000000-ocop-certificates";
import { Vouchers1764570000000 } from "./1764570000000-vouchers";
import { ShopperHabits1764630000000 } from "./1764630000000-shopper-habits";
import { VoucherDiscounts1764600000000 } from "./1764600000000-voucher-discounts";
import { LiveSessions1764640000000 } from "./1764640000000-live-sessions";
import { Organisations1764650000000 } from "./1764650000000-organisations";
import { SavedAddresses1764710000000 } from "./1764710000000-saved-addresses";
import { Demands1764810000000 } from "./1764810000000-demands";
import { ConnectionEvents1764820000000 } from "./1764820000000-connection-events";
import { DealOrders1764830000000 } from "./1764830000000-deal-orders";
import { GuestBuyers1764610000000 } from "./1764610000000-guest-buyers";
import { PayAgain1764620000000 } from "./1764620000000-pay-again";

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
  CodCollectedByStall1764420000000,
  SelfReviewsLeaveRatings1764420000001,
  InstallationSecrets1764440000000,
  RevokedSessions1764441000000,
  SignInLockouts1764442000000,
  CatalogCounts1764460000000,
  CatalogCategorySorts1764460001000,
  StallGrantsAudit1764470000000,
  Traceability1764480000000,
  ProductGtin1764481000000,
  PhoneAccounts1764490000000,
  PasswordResets1764491000000,
  OcopCertificates1764510000000,
  OrderItemBatches1764520000000,
  BankTransfers1764530000000,
  OtpCodes1764531000000,
  AssistedStalls1764540000000,
  Vouchers1764570000000,
  VoucherDiscounts1764600000000,
  GuestBuyers1764610000000,
  PayAgain1764620000000,
  ShopperHabits1764630000000,
  LiveSessions1764640000000,
  Organisations1764650000000,
  SavedAddresses1764710000000,
  Demands1764810000000,
  ConnectionEvents1764820000000,
  DealOrders1764830000000,
];
