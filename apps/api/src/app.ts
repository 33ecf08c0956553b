import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import cookieParser from "cookie-parser";
import cors from "cors";
import express, { type Express } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { DataSource } from "typeorm";
import { LIMITS } from "@chophien/contracts";
import type { Config } from "./config";
import type { ReadReplicas } from "./db/read-replicas";
import { createAuthGuard, createOptionalAuth } from "./http/auth";
import { canonicalOrigin } from "./http/canonical-origin";
import { compressResponses } from "./http/compress";
import { apiNotFound, errorHandler } from "./http/error-handler";
import { openApiRoutes } from "./http/openapi";
import { spaRoutes } from "./http/spa";
import { refuseHostileInput } from "./http/validate";
import { type Clock, systemClock } from "./lib/clock";
import { createSharpImageProcessor, type ImageProcessor } from "./lib/images/image-processor";
import { gateImageProcessor } from "./lib/images/image-gate";
import { mediaRoutes } from "./lib/images/media.routes";
import { createHttpSms } from "./lib/sms/http-sms";
import { OtpCodes } from "./modules/auth/otp";
import { otpPaths, otpRoutes } from "./modules/auth/otp.routes";
import { guestOrdersPaths, guestOrdersRoutes } from "./modules/orders/guest-orders.routes";
import { storageFromConfig } from "./lib/storage/from-config";
import { createOutboxSms, type SmsSender } from "./lib/sms/sms";
import type { FileStorage } from "./lib/storage/storage";
import {
  DEFAULT_LOGIN_LIMITS,
  LoginLimiter,
  type LoginLimits,
  type LoginStore,
  type SqlPool,
  type Throttle,
  throttle,
} from "./lib/rate-limit";
import { AuthService } from "./modules/auth/auth.service";
import { authPaths, authRoutes } from "./modules/auth/auth.routes";
import type { SessionRevocations } from "./modules/auth/session-revocations";
import { cartPaths, cartRoutes, mergeCartOnSignIn } from "./modules/cart/cart.routes";
import { CartService } from "./modules/cart/cart.service";
import { adminProductsPaths, adminProductsRoutes } from "./modules/catalog/admin-products.routes";
import { AdminProductsService } from "./modules/catalog/admin-products.service";
import { CatalogService } from "./modules/catalog/catalog.service";
import { catalogPaths, catalogRoutes } from "./modules/catalog/catalog.routes";
import { ProductImagesService } from "./modules/catalog/product-images.service";
import { SellerProductsService } from "./modules/catalog/products.service";
import { sellerProductsPaths, sellerProductsRoutes } from "./modules/catalog/seller-products.routes";
import { adminOrdersPaths, adminOrdersRoutes } from "./modules/orders/admin-orders.routes";
import { createVnpayGateway, SANDBOX_MOUNT, type VnpayGateway } from "./modules/payments/gateway";
import { paymentsPaths, paymentsRoutes } from "./modules/payments/payments.routes";
import { BANK_WEBHOOK_PATH, webhookSender } from "./modules/payments/bank-notifications";
import { BANK_SANDBOX_MOUNT, bankSandbox } from "./modules/payments/bank-sandbox";
import { bankTransfersPaths, bankTransfersRoutes, bankWebhookRoute } from "./modules/payments/bank-transfers.routes";
import { PaymentsService } from "./modules/payments/payments.service";
import { PayAgainService } from "./modules/payments/pay-again.service";
import { CheckoutService } from "./modules/orders/checkout.service";
import { paymentLimits } from "./modules/orders/payment-limits";
import { ordersPaths, ordersRoutes } from "./modules/orders/orders.routes";
import { OrdersService } from "./modules/orders/orders.service";
import { sellerOrdersPaths, sellerOrdersRoutes } from "./modules/orders/seller-orders.routes";
import { DEMO_PASSWORD } from "./db/seed/seed";
import { insightsPaths, insightsRoutes } from "./modules/insights/insights.routes";
import { InsightsService } from "./modules/insights/insights.service";
import { ledgerPaths, ledgerRoutes } from "./modules/ledger/ledger.routes";
import { LedgerService } from "./modules/ledger/ledger.service";
import { reviewsPaths, reviewsRoutes } from "./modules/reviews/reviews.routes";
import { ReviewsService } from "./modules/reviews/reviews.service";
import { storefrontPageMeta } from "./modules/seo/page-meta";
import { seoRoutes } from "./modules/seo/seo.routes";
import { adminStallsPaths, adminStallsRoutes } from "./modules/stalls/admin-stalls.routes";
import { StallsService } from "./modules/stalls/stalls.service";
import { stallsPaths, stallsRoutes } from "./modules/stalls/stalls.routes";
import { followsPaths, followsRoutes } from "./modules/follows/follows.routes";
import { FollowsService } from "./modules/follows/follows.service";
import { addressesPaths, addressesRoutes } from "./modules/addresses/addresses.routes";
import { AddressesService } from "./modules/addresses/addresses.service";
import { TokenService } from "./modules/auth/tokens";
import { BatchesService } from "./modules/traceability/batches.service";
import { tracePaths, traceRoutes } from "./modules/traceability/trace.routes";
import { TraceService } from "./modules/traceability/trace.service";
import { digitalLinkRoutes, qrPaths, qrRoutes } from "./modules/traceability/qr.routes";
import { printPaths, printRoutes } from "./modules/traceability/print.routes";
import { traceabilityPaths, traceabilityRoutes } from "./modules/traceability/traceability.routes";
import { healthPaths, healthRoutes } from "./modules/health/health.routes";
import { actingStallContext, refuseActingOnOwnerRoutes } from "./modules/helpers/acting-stall";
import { helpersPaths, helpersRoutes } from "./modules/helpers/helpers.routes";
import { HelpersService } from "./modules/helpers/helpers.service";
import { productImportPaths, productImportRoutes } from "./modules/catalog/product-import.routes";
import { sellerProfilePaths, sellerProfileRoutes } from "./modules/stalls/seller-profile.routes";
import { ocopPaths, ocopRoutes } from "./modules/ocop/ocop.routes";
import { OcopService } from "./modules/ocop/ocop.service";
import { organisationsPaths, organisationsRoutes } from "./modules/organisations/organisations.routes";
import { OrganisationsService } from "./modules/organisations/organisations.service";
import { demandOffersPaths, demandOffersRoutes } from "./modules/demands/demand-offers.routes";
import { AwardOrdersService } from "./modules/demands/award-orders.service";
import { DemandOffersService } from "./modules/demands/demand-offers.service";
import { demandsPaths, demandsRoutes } from "./modules/demands/demands.routes";
import { DemandsService } from "./modules/demands/demands.service";
import { connectionEventsPaths, connectionEventsRoutes } from "./modules/connection-events/connection-events.routes";
import { ConnectionEventsService } from "./modules/connection-events/connection-events.service";
import { eventRegistrationsPaths, eventRegistrationsRoutes } from "./modules/connection-events/event-registrations.routes";
import { EventRegistrationsService } from "./modules/connection-events/event-registrations.service";
import { mePaths, meRoutes } from "./modules/users/me.routes";
import { vouchersPaths, vouchersRoutes } from "./modules/vouchers/vouchers.routes";
import { LiveBuying } from "./modules/live/live-buying";
import { LiveStreams } from "./modules/live/live-changes";
import { LiveDrafts } from "./modules/live/live-drafts.service";
import { livePublicPaths, livePublicRoutes } from "./modules/live/live-public.routes";
import { LiveReports } from "./modules/live/live-report";
import { livePaths, liveRoutes } from "./modules/live/live.routes";
import { LiveService } from "./modules/live/live.service";
import { VouchersService } from "./modules/vouchers/vouchers.service";
import { voucherGuessGuard } from "./modules/vouchers/voucher-rules";

export interface AppDeps {
  config: Config;
  dataSource: DataSource;
  log: Logger;
  clock?: Clock;
  loginLimits?: LoginLimits;
  /** Prefix of this app's sign-in counters in the shared table (tests keep apps apart with it). */
  loginKeyPrefix?: string;
  /** Where uploaded images go; defaults to a folder under DATA_DIR. */
  storage?: FileStorage;
  images?: ImageProcessor;
  /** The VNPay client (and local sandbox); built from config when absent. */
  vnpay?: VnpayGateway;
  /** The sandbox's installation secret (`sandboxHashSecret`), required in production without VNPay credentials. */
  sandboxHashSecret?: string;
  /** Streaming replicas for the public catalogue (`DATABASE_REPLICA_URLS`); absent: it reads from `dataSource`. */
  readReplicas?: ReadReplicas;
  /** Text messages (sign-in codes, consent codes); defaults to the development outbox under `DATA_DIR/sms`. */
  sms?: SmsSender;
}

/** Services that outlive a request: background jobs use them, shutdown closes them. */
export interface AppServices {
  /** The public catalog (and its cache, which `listenForCatalogChanges` keeps honest across processes). */
  catalog: CatalogService;
  payments: PaymentsService;
  orders: OrdersService;
  gateway: VnpayGateway;
  /** Ended sessions (`listen` keeps every process's copy current). */
  sessions: SessionRevocations;
  /** Text messages, for the jobs that send them after commit. */
  sms: SmsSender;
  /** OCOP certificates (the daily expiry and reminder job runs it). */
  ocop: OcopService;
  /** Live sessions: the sweep job ends them and expires drafts; `streams` are this process's SSE clients. */
  live: { sessions: LiveService; drafts: LiveDrafts; streams: LiveStreams };
  /** The demand board (the expiry job sweeps it). */
  demands: DemandsService;
}

/** The services `createApp` built for this app. */
export const servicesOf = (app: Express): AppServices => app.locals.services as AppServices;

const VERSION = (JSON.parse(fs.readFileSync(path.resolve(__dirname, "../package.json"), "utf8")) as { version: string }).version;
const WEB_ROOT = path.resolve(__dirname, "../..");
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The whole HTTP application, without listening (tests drive it directly). */
export function createApp(deps: AppDeps): Express {
  const { config, dataSource: ds, log } = deps;
  const clock = deps.clock ?? systemClock;
  const auth = new AuthService(ds, new TokenService(config.jwtSecret, clock), clock, config.jwtSecret);
  // The demo seed's shared password opens nothing in production (docs/demo-data.md).
  if (config.env === "production") auth.refusedPasswords = [DEMO_PASSWORD];
  const guard = createAuthGuard((token) => auth.authenticate(token));
  // Counters in PostgreSQL (the driver's pg pool), shared by every API process.
  const counters: LoginStore = { pool: (ds.driver as unknown as { master: SqlPool }).master, prefix: deps.loginKeyPrefix };
  const limiter = new LoginLimiter(deps.loginLimits ?? DEFAULT_LOGIN_LIMITS, counters, clock);
  const storage = deps.storage ?? storageFromConfig(config);
  const sms =
    deps.sms ?? (config.sms.provider === "http" ? createHttpSms(config.sms) : createOutboxSms(path.join(config.dataDir, "sms")));
  // Every upload's decode passes one gate per process (the seed, run before, uses the processor directly).
  const images = {
    processor: gateImageProcessor(
      deps.images ?? createSharpImageProcessor({ maxPixels: config.images.maxPixels }),
      config.images,
    ),
    storage,
  };
  const stalls = new StallsService({ ds, defaultCommissionBps: config.commissionRateBps, images });
  // The public catalogue may read from replicas: it never reads back what its caller just wrote.
  const catalog = new CatalogService(deps.readReplicas?.dataSource ?? ds, { ttlMs: config.catalogCacheSeconds * 1000 });
  // OCOP certificates: stalls submit, admins decide; the catalogue sweeps expiries before it reads.
  const ocop = new OcopService(ds, clock, () => catalog.forget(), storage);
  catalog.setBeforeRead(() => ocop.expireIfNewDay());
  const organisations = new OrganisationsService(ds);
  const demandOffers = new DemandOffersService(ds, clock, { offersPerDay: config.demandOffersPerDay });
  const demands = new DemandsService(ds, clock, organisations, demandOffers);
  const products = new SellerProductsService(ds, clock);
  const moderation = new AdminProductsService(ds, catalog, clock);
  const productImages = new ProductImagesService(ds, products, images);
  const cart = new CartService(ds);
  const reviews = new ReviewsService(ds, images);
  const ledger = new LedgerService(ds, config.codRemittedBy);
  const insights = new InsightsService(ds, clock);
  const orders = new OrdersService(ds, clock, config.codRemittedBy);
  const gateway = deps.vnpay ?? createVnpayGateway(config, { clock, sandboxHashSecret: deps.sandboxHashSecret });
  const payments = new PaymentsService({
    ds,
    vnpay: gateway.vnpay,
    returnUrl: gateway.returnUrl,
    orders,
    clock,
    log,
    bank: { ...config.bankTransfer, sandboxUrl: config.env === "production" ? undefined : BANK_SANDBOX_MOUNT },
  });
  // Unknown voucher codes: 10 an hour per shopper, 30 per address (checkout and the cart's preview).
  const voucherGuesses = voucherGuessGuard(ds, {
    perUser: throttle(counters, "voucher-guess-user", 10, 3600),
    perIp: throttle(counters, "voucher-guess-ip", 30, 3600),
  });
  const payAgain = new PayAgainService({ ds, payments, orders, clock, limits: paymentLimits(config.codMaxAmount) });
  const checkout = new CheckoutService({
    ds,
    cart,
    clock,
    defaultCommissionBps: config.commissionRateBps,
    payments,
    paymentLimits: paymentLimits(config.codMaxAmount),
    voucherGuesses,
  });
  const batches = new BatchesService({ ds, clock, publicUrl: config.publicUrl, images });
  // The visitor hash's key is derived from the JWT secret, so it is secret without another variable.
  const visitorKey = crypto.createHash("sha256").update(`trace-visitor:${config.jwtSecret}`).digest("hex");
  const trace = new TraceService({ ds, clock, publicUrl: config.publicUrl, visitorKey });
  const optionalAuth = createOptionalAuth((token) => auth.authenticate(token));
  const live = new LiveService(ds, clock);
  const liveDrafts = new LiveDrafts({ ds, clock, live, checkout, secret: config.jwtSecret });
  // One LISTEN connection per process, opened with its first stream.
  const liveStreams = new LiveStreams(config.databaseUrl, log.child({ module: "live" }));

  const app = express();
  app.set("trust proxy", config.trustProxy);
  app.disable("x-powered-by");
  // Read by every upload middleware (`http/upload.ts`) before it buffers a byte: uploads per user (or IP) an hour.
  app.locals.uploadThrottle = throttle(counters, "uploads", config.images.uploadsPerHour, 3600) satisfies Throttle;
  app.locals.services = {
    catalog,
    payments,
    orders,
    gateway,
    sessions: auth.revocations,
    sms,
    ocop,
    live: { sessions: live, drafts: liveDrafts, streams: liveStreams },
    demands,
  } satisfies AppServices;

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && REQUEST_ID.test(given) ? given : crypto.randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
      autoLogging: { ignore: (req) => req.url === "/api/health" },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // Before anything can set a cookie: one origin, so payment returns and sessions always meet.
  app.use(canonicalOrigin(config.publicUrl, config.canonicalRedirect));
  const https = config.publicUrl.startsWith("https:");
  app.use(
    helmet({
      // Over plain http (the local demo, a LAN market-day laptop) HSTS and upgrade-insecure-requests would break the site.
      strictTransportSecurity: https,
      contentSecurityPolicy: {
        directives: {
          "img-src": ["'self'", "data:", "blob:"],
          "style-src": ["'self'", "'unsafe-inline'"],
          "form-action": ["'self'"],
          "upgrade-insecure-requests": https ? [] : null,
        },
      },
    }),
  );

  // Pages, media and the sandbox get the same path and query check as the API.
  app.use(refuseHostileInput);
  // JSON answers and rendered pages of 1 KB or more; the front ends' files come pre-compressed (see spaRoutes).
  app.use(compressResponses());

  const api = express.Router();
  api.use(cors({ origin: config.corsOrigins, credentials: true, maxAge: 600 }));
  // Bank notifications are signed over their raw bytes: this route reads the body itself, before express.json.
  api.use(bankWebhookRoute({ payments }));
  api.use(express.json({ limit: LIMITS.jsonBodyBytes }));
  // Path, query and the parsed body, before any route (with or without validate) sees them.
  api.use(refuseHostileInput);
  api.use(cookieParser());
  api.use(healthRoutes({ ds }));
  api.use(
    authRoutes({
      auth,
      guard,
      limiter,
      resetMails: throttle(counters, "password-reset", 3, 3600),
      secureCookies: https,
      onSignIn: mergeCartOnSignIn(cart),
    }),
  );
  // Never delegable: the owner's account, the stall itself and its grants (helpers act only on /api/seller).
  api.use("/me", refuseActingOnOwnerRoutes);
  api.use(organisationsRoutes({ organisations, guard }));
  // Phone sign-in codes by SMS: 5 per number and 20 per IP an hour, counted for every process in PostgreSQL.
  const otp = new OtpCodes({
    ds,
    sms,
    clock,
    secret: config.jwtSecret,
    throttles: { perPhone: throttle(counters, "otp-phone", 5, 3600), perIp: throttle(counters, "otp-ip", 20, 3600) },
  });
  api.use(otpRoutes({ otp, auth, guard, secureCookies: https, onSignIn: mergeCartOnSignIn(cart) }));
  api.use(meRoutes({ ds, guard }));
  api.use(stallsRoutes({ stalls, catalog, guard }));
  api.use(followsRoutes({ follows: new FollowsService(ds, catalog), guard }));
  api.use(addressesRoutes({ addresses: new AddressesService(ds), guard }));
  api.use(adminStallsRoutes({ stalls, guard }));
  api.use(catalogRoutes({ catalog }));
  // Every /api/seller/* request: signed in, then who acts for which stall (the owner, or a helper under a grant).
  const actingStallOf = actingStallContext({ ds, clock, stalls });
  api.use("/seller", guard(), actingStallOf);
  api.use(sellerProductsRoutes({ products, images: productImages }));
  api.use(adminProductsRoutes({ moderation, guard }));
  api.use(cartRoutes({ cart, optionalAuth, secureCookies: https, vouchers: { ds, guesses: voucherGuesses } }));
  api.use(guestOrdersRoutes({ ds, payments, lookups: throttle(counters, "order-lookup", 10, 600) }));
  api.use(ordersRoutes({ guard, optionalAuth, checkout, orders }));
  api.use(sellerOrdersRoutes({ orders }));
  api.use(adminOrdersRoutes({ guard, orders }));
  api.use(paymentsRoutes({ payments, payAgain, guard, ds }));
  api.use(bankTransfersRoutes({ payments, guard, ds }));
  api.use(reviewsRoutes({ guard, reviews }));
  api.use(ledgerRoutes({ guard, stalls, ledger }));
  api.use(insightsRoutes({ guard, insights }));
  api.use(traceabilityRoutes({ batches }));
  // Five problem reports per IP and hour.
  api.use(traceRoutes({ guard, trace, reportThrottle: throttle(counters, "trace-report", 5, 3600) }));
  api.use(qrRoutes({ ds, publicUrl: config.publicUrl }));
  api.use(printRoutes({ batches, trace }));
  // Assisted stalls: helpers, grants and consent, onboarding, the audit's reading side.
  api.use(helpersRoutes({ helpers: new HelpersService({ ds, clock, secret: config.jwtSecret }), guard }));
  api.use(sellerProfileRoutes({ stalls }));
  api.use(productImportRoutes({ ds, products }));
  api.use(ocopRoutes({ ocop, guard }));
  // The supply–demand board: demands of verified organisations, stalls' offers (acting like the seller routes).
  api.use(demandsRoutes({ demands, guard }));
  const awardOrders = new AwardOrdersService({
    ds,
    clock,
    payments,
    defaultCommissionBps: config.commissionRateBps,
    limits: paymentLimits(config.codMaxAmount),
  });
  api.use(demandOffersRoutes({ offers: demandOffers, demands, awardOrders, guard, actingStall: actingStallOf }));
  // Connection events: admins plan forums and fairs and present demands; stalls register to attend.
  api.use(connectionEventsRoutes({ events: new ConnectionEventsService(ds, clock), guard }));
  api.use(eventRegistrationsRoutes({ registrations: new EventRegistrationsService(ds, clock) }));
  // Vouchers: platform-owned (admins) and stall-owned (sellers).
  api.use(vouchersRoutes({ vouchers: new VouchersService(ds), guard, ds }));
  // Live selling sessions: the host's and admins' routes, then the public reads, stream and buying.
  api.use(liveRoutes({ live, drafts: liveDrafts, reports: new LiveReports(ds, live), guard }));
  api.use(
    livePublicRoutes({ live, buying: new LiveBuying(ds, live, checkout), drafts: liveDrafts, streams: liveStreams, guard }),
  );
  const paths = {
    ...healthPaths,
    ...authPaths,
    ...otpPaths,
    ...mePaths,
    ...stallsPaths,
    ...followsPaths,
    ...addressesPaths,
    ...adminStallsPaths,
    ...catalogPaths,
    ...sellerProductsPaths,
    ...vouchersPaths,
    ...adminProductsPaths,
    ...cartPaths,
    ...guestOrdersPaths,
    ...ordersPaths,
    ...sellerOrdersPaths,
    ...adminOrdersPaths,
    ...paymentsPaths,
    ...bankTransfersPaths,
    ...reviewsPaths,
    ...ledgerPaths,
    ...insightsPaths,
    ...traceabilityPaths,
    ...ocopPaths,
    ...organisationsPaths,
    ...demandsPaths,
    ...demandOffersPaths,
    ...connectionEventsPaths,
    ...eventRegistrationsPaths,
    ...tracePaths,
    ...qrPaths,
    ...printPaths,
    ...helpersPaths,
    ...sellerProfilePaths,
    ...productImportPaths,
    ...livePaths,
    ...livePublicPaths,
  };
  api.use(openApiRoutes(paths, VERSION));
  api.use(apiNotFound);
  app.use("/api", api);

  app.use("/media", mediaRoutes(storage));
  app.use(seoRoutes({ ds, publicUrl: config.publicUrl }));
  app.use(digitalLinkRoutes({ ds, publicUrl: config.publicUrl }));
  // The local VNPay stands in for the real one when no credentials are configured.
  if (gateway.sandbox) app.use(SANDBOX_MOUNT, express.urlencoded({ extended: false, limit: "16kb" }), gateway.sandbox.handler);
  // The local bank "pays" a VietQR code by posting a signed notification, outside production only.
  if (config.env !== "production")
    app.use(
      BANK_SANDBOX_MOUNT,
      express.urlencoded({ extended: false, limit: "16kb" }),
      bankSandbox({ sender: webhookSender(config.publicUrl + BANK_WEBHOOK_PATH, config.bankTransfer.webhookSecret), clock }),
    );
  app.use("/console", spaRoutes(path.join(WEB_ROOT, "console/dist"), "console"));
  app.use(
    "/",
    spaRoutes(
      path.join(WEB_ROOT, "storefront/dist"),
      "storefront",
      storefrontPageMeta({ catalog, publicUrl: config.publicUrl, trace, live }),
    ),
  );
  app.use(errorHandler);
  return app;
}
