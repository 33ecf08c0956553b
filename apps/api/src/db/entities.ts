import { InstallationSecret } from "../lib/installation-secret.entity";
import { AccountLockout } from "../lib/account-lockout.entity";
import { LoginAttempt } from "../lib/login-attempt.entity";
import { RefreshToken } from "../modules/auth/refresh-token.entity";
import { RevokedSession } from "../modules/auth/revoked-session.entity";
import { SignInLink } from "../modules/auth/sign-in-link.entity";
import { Cart, CartItem } from "../modules/cart/cart.entity";
import { Category } from "../modules/catalog/category.entity";
import { Product } from "../modules/catalog/product.entity";
import { ProductImage } from "../modules/catalog/product-image.entity";
import { ProductModeration } from "../modules/catalog/product-moderation.entity";
import { OutboxMessage } from "../modules/notifications/outbox.entity";
import { IdempotencyKey } from "../modules/orders/idempotency-key.entity";
import { OrderEvent } from "../modules/orders/order-event.entity";
import { OrderItem } from "../modules/orders/order-item.entity";
import { Order } from "../modules/orders/order.entity";
import { StallOrder } from "../modules/orders/stall-order.entity";
import { Review } from "../modules/reviews/review.entity";
import { LedgerEntry } from "../modules/ledger/ledger-entry.entity";
import { Payout } from "../modules/ledger/payout.entity";
import { Payment } from "../modules/payments/payment.entity";
import { Refund } from "../modules/payments/refund.entity";
import { Helper } from "../modules/helpers/helper.entity";
import { GrantDecision } from "../modules/helpers/grant-decision.entity";
import { StallOnboarding } from "../modules/helpers/stall-onboarding.entity";
import { StallDigest } from "../modules/helpers/stall-digest.entity";
import { BankTransfer } from "../modules/payments/bank-transfer.entity";
import { OtpCode } from "../modules/auth/otp-code.entity";
import { StallAudit } from "../modules/helpers/stall-audit.entity";
import { StallGrant } from "../modules/helpers/stall-grant.entity";
import { StallDecision } from "../modules/stalls/stall-decision.entity";
import { Stall } from "../modules/stalls/stall.entity";
import { User } from "../modules/users/user.entity";
import { Batch } from "../modules/traceability/batch.entity";
import { TraceEvent } from "../modules/traceability/trace-event.entity";
import { TraceReport } from "../modules/traceability/trace-report.entity";
import { TraceScan } from "../modules/traceability/trace-scan.entity";
import { OrderItemBatch } from "../modules/orders/order-item-batch.entity";
import { StallFollow } from "../modules/follows/stall-follow.entity";
import { SavedAddress } from "../modules/addresses/address.entity";
import { StallDraft } from "../modules/stalls/stall-draft.entity";
import { Voucher } from "../modules/vouchers/voucher.entity";
import { VoucherUse } from "../modules/vouchers/voucher-use.entity";
import { VoucherUserUse } from "../modules/vouchers/voucher-user-use.entity";
import { IdentityDecision } from "../modules/live/identity-decision.entity";
import { LiveDraft } from "../modules/live/live-draft.entity";
import { LiveOffer, LiveOfferBuyer } from "../modules/live/live-offer.entity";
import { LiveSession, LiveSessionStall } from "../modules/live/live-session.entity";
import { ProductPrice } from "../modules/live/product-price.entity";

/** Every entity the data source knows; a module adds its own here. */
export const entities = [
  Voucher,
  VoucherUse,
  StallFollow,
  SavedAddress,
  StallDraft,
  VoucherUserUse,
  User,
  RefreshToken,
  RevokedSession,
  LoginAttempt,
  AccountLockout,
  SignInLink,
  InstallationSecret,
  Stall,
  StallDecision,
  Category,
  Product,
  ProductImage,
  ProductModeration,
  Cart,
  CartItem,
  Order,
  StallOrder,
  OrderItem,
  OrderEvent,
  IdempotencyKey,
  OutboxMessage,
  Review,
  Payment,
  Refund,
  BankTransfer,
  OtpCode,
  LedgerEntry,
  Payout,
  StallGrant,
  StallAudit,
  Helper,
  GrantDecision,
  StallOnboarding,
  StallDigest,
  Batch,
  TraceEvent,
  TraceScan,
  TraceReport,
  OrderItemBatch,
  ProductPrice,
  IdentityDecision,
  LiveSession,
  LiveSessionStall,
  LiveOffer,
  LiveOfferBuyer,
  LiveDraft,
];
