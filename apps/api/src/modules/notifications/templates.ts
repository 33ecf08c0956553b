import type { PaymentMethod, PaymentStatus, ShippingAddress, StallOrderStatus } from "@chophien/contracts";
import { formatDateTime, formatVnd, provinceBySlug } from "@chophien/contracts";
import { escapeHtml as esc } from "../../lib/html";

/** An instant → `20:46 28/11/2026` in GMT+7. */
export const formatVnTime = (at: Date): string => formatDateTime(at, "vi");

/** The order as a mail needs it (money in đồng). */
export interface OrderFacts {
  code: string;
  placedAt: Date;
  shippingAddress: ShippingAddress;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  note: string | null;
  subtotal: number;
  shippingTotal: number;
  grandTotal: number;
}

/** One stall's part of the order. */
export interface StallPart {
  stallName: string;
  status: StallOrderStatus;
  subtotal: number;
  shippingFee: number;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  items: { name: string; unit: string; unitPrice: number; quantity: number; lineTotal: number }[];
}

/** A rendered mail: subject, plain text and its simple HTML twin. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A piece of a mail, written once and rendered both as text and as HTML. */
type Block =
  | { kind: "p"; text: string }
  | { kind: "part"; part: StallPart }
  | { kind: "rows"; rows: [string, string][] }
  | { kind: "address"; address: ShippingAddress };

const SIGNATURE = "Chợ Phiên — phiên chợ trực tuyến của người trẻ khởi nghiệp và sản phẩm OCOP.";
const p = (text: string): Block => ({ kind: "p", text });

/** "Gian hàng X", unless the seller already named it so. */
const stallLabel = (name: string) => (/^gian hàng\s/i.test(name) ? name : `Gian hàng ${name}`);

const givenName = (fullName: string) => fullName.trim().split(/\s+/).pop() || "bạn";

const paymentLabel = (method: PaymentMethod, status: PaymentStatus) =>
  method === "cod"
    ? "Thanh toán khi nhận hàng (COD)"
    : `VNPay — ${status === "paid" ? "đã thanh toán" : status === "refunded" ? "đã hoàn tiền" : "chờ thanh toán"}`;

const addressLine = (a: ShippingAddress) =>
  [a.street, a.ward, a.district, provinceBySlug(a.province)?.name ?? a.province].filter(Boolean).join(", ");

function renderText(greeting: string, blocks: Block[]): string {
  const out = [greeting, ""];
  for (const b of blocks) {
    if (b.kind === "p") out.push(b.text);
    else if (b.kind === "rows") out.push(...b.rows.map(([k, v]) => `${k}: ${v}`));
    else if (b.kind === "address") out.push(`Giao đến: ${b.address.fullName}, ${b.address.phone}`, addressLine(b.address));
    else {
      out.push(stallLabel(b.part.stallName));
      for (const i of b.part.items) out.push(`  - ${i.name} (${i.unit}) × ${i.quantity}: ${formatVnd(i.lineTotal)}`);
      out.push(`  Tiền hàng: ${formatVnd(b.part.subtotal)} · Phí vận chuyển: ${formatVnd(b.part.shippingFee)}`);
    }
    out.push("");
  }
  out.push("-- ", SIGNATURE);
  return out.join("\n");
}

function renderHtml(subject: string, greeting: string, blocks: Block[]): string {
  const td = `style="padding:4px 8px;border-bottom:1px solid #eee"`;
  const body = blocks.map((b) => {
    if (b.kind === "p") return `<p>${esc(b.text)}</p>`;
    if (b.kind === "rows")
      return `<table>${b.rows.map(([k, v]) => `<tr><td ${td}>${esc(k)}</td><td ${td}><strong>${esc(v)}</strong></td></tr>`).join("")}</table>`;
    if (b.kind === "address")
      return `<p>Giao đến: <strong>${esc(b.address.fullName)}</strong>, ${esc(b.address.phone)}<br>${esc(addressLine(b.address))}</p>`;
    const rows = b.part.items
      .map(
        (i) =>
          `<tr><td ${td}>${esc(i.name)} <small>(${esc(i.unit)})</small></td><td ${td} align="right">× ${i.quantity}</td><td ${td} align="right">${esc(formatVnd(i.lineTotal))}</td></tr>`,
      )
      .join("");
    return `<h3 style="margin:16px 0 4px">${esc(stallLabel(b.part.stallName))}</h3><table style="border-collapse:collapse">${rows}</table>
<p style="margin:4px 0">Tiền hàng: ${esc(formatVnd(b.part.subtotal))} · Phí vận chuyển: ${esc(formatVnd(b.part.shippingFee))}</p>`;
  });
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#222;max-width:600px">
<p>${esc(greeting)}</p>
${body.join("\n")}
<hr><p style="color:#777;font-size:12px">${esc(SIGNATURE)}</p>
</body></html>`;
}

function mail(subject: string, greeting: string, blocks: Block[]): RenderedMail {
  return { subject, text: renderText(greeting, blocks), html: renderHtml(subject, greeting, blocks) };
}

const parts = (list: StallPart[]): Block[] => list.map((part) => ({ kind: "part", part }));
const stallNames = (list: StallPart[]) => list.map((s) => stallLabel(s.stallName)).join(", ");
/** The same, mid-sentence ("của gian hàng X"). */
const ofStalls = (list: StallPart[]) => list.map((s) => stallLabel(s.stallName).replace(/^Gian hàng/, "gian hàng")).join(", ");

/** order.placed → the buyer: every stall's part, the totals, payment and address. */
export function orderPlacedForBuyer(order: OrderFacts, buyerName: string, all: StallPart[]): RenderedMail {
  return mail(`Chợ Phiên: đã nhận đơn hàng ${order.code}`, `Chào ${givenName(buyerName)},`, [
    p(`Chợ Phiên đã nhận đơn hàng ${order.code} của bạn lúc ${formatVnTime(order.placedAt)} (giờ Việt Nam).`),
    ...parts(all),
    {
      kind: "rows",
      rows: [
        ["Tiền hàng", formatVnd(order.subtotal)],
        ["Phí vận chuyển", formatVnd(order.shippingTotal)],
        ["Tổng thanh toán", formatVnd(order.grandTotal)],
        ["Thanh toán", paymentLabel(order.paymentMethod, order.paymentStatus)],
      ],
    },
    { kind: "address", address: order.shippingAddress },
    p(
      all.length > 1
        ? `Đơn của bạn gồm ${all.length} gian hàng; mỗi gian hàng tự xác nhận và giao phần của mình, và chúng tôi sẽ báo bạn từng bước.`
        : "Gian hàng sẽ xác nhận và giao đơn; chúng tôi sẽ báo bạn từng bước.",
    ),
  ]);
}

/** order.placed → a stall's owner: their part only, and where to send it. */
export function orderPlacedForSeller(order: OrderFacts, ownerName: string, part: StallPart): RenderedMail {
  return mail(`Đơn hàng mới ${order.code} — ${part.stallName}`, `Chào ${givenName(ownerName)},`, [
    p(`${stallLabel(part.stallName)} có đơn hàng mới ${order.code}, đặt lúc ${formatVnTime(order.placedAt)} (giờ Việt Nam).`),
    ...parts([part]),
    { kind: "rows", rows: [["Thanh toán", paymentLabel(order.paymentMethod, order.paymentStatus)]] },
    { kind: "address", address: order.shippingAddress },
    ...(order.note ? [p(`Ghi chú của người mua: ${order.note}`)] : []),
    p("Vui lòng vào Kênh người bán để xác nhận đơn và chuẩn bị hàng."),
  ]);
}

/** order.confirmed → the buyer. */
export function orderConfirmed(order: OrderFacts, buyerName: string, about: StallPart[]): RenderedMail {
  return mail(`Đơn hàng ${order.code} đã được xác nhận`, `Chào ${givenName(buyerName)},`, [
    p(`${stallNames(about)} đã xác nhận đơn ${order.code} của bạn và đang chuẩn bị hàng.`),
    ...parts(about),
  ]);
}

/** order.shipped → the buyer, with carrier and tracking number when the seller gave them. */
export function orderShipped(order: OrderFacts, buyerName: string, about: StallPart[], note: string | null): RenderedMail {
  const tracking: [string, string][] = [];
  for (const s of about) {
    const of = about.length > 1 ? ` (${s.stallName})` : "";
    if (s.carrier) tracking.push([`Đơn vị vận chuyển${of}`, s.carrier]);
    if (s.trackingNumber) tracking.push([`Mã vận đơn${of}`, s.trackingNumber]);
  }
  return mail(`Đơn hàng ${order.code} đang được giao`, `Chào ${givenName(buyerName)},`, [
    p(`${stallNames(about)} đã gửi hàng cho đơn ${order.code}.`),
    ...(tracking.length ? [{ kind: "rows", rows: tracking } satisfies Block] : []),
    // The orders module's note repeats carrier and tracking; show it only when the stall order has neither.
    ...(note && !tracking.length ? [p(`Ghi chú: ${note}`)] : []),
    ...parts(about),
    { kind: "address", address: order.shippingAddress },
  ]);
}

/** order.delivered → the buyer, inviting a review. */
export function orderDelivered(order: OrderFacts, buyerName: string, about: StallPart[]): RenderedMail {
  return mail(`Đơn hàng ${order.code} đã giao thành công`, `Chào ${givenName(buyerName)},`, [
    p(`Phần đơn ${order.code} của ${ofStalls(about)} đã được giao. Cảm ơn bạn đã ủng hộ người trẻ khởi nghiệp!`),
    ...parts(about),
    p("Hãy dành một phút đánh giá sản phẩm trên Chợ Phiên để giúp những người mua sau và các bạn bán hàng."),
  ]);
}

/** order.cancelled → the buyer, or with `forSeller` the stall's owner; with the reason. */
export function orderCancelled(
  order: OrderFacts,
  recipientName: string,
  about: StallPart[],
  reason: string | null,
  forSeller = false,
): RenderedMail {
  const subject = forSeller
    ? `Đơn hàng ${order.code} đã bị hủy — ${about.map((s) => s.stallName).join(", ")}`
    : `Đơn hàng ${order.code} đã bị hủy`;
  return mail(subject, `Chào ${givenName(recipientName)},`, [
    p(
      forSeller
        ? `Phần đơn ${order.code} của ${ofStalls(about)} đã bị hủy. Bạn không cần gửi hàng cho phần này.`
        : `Phần đơn ${order.code} của ${ofStalls(about)} đã bị hủy.`,
    ),
    ...(reason ? [p(`Lý do: ${reason}`)] : []),
    ...parts(about),
  ]);
}

/** product.hidden → the stall's owner: which product, why, and what to do. */
export function productHidden(ownerName: string, productName: string, stallName: string, reason: string): RenderedMail {
  return mail(`Sản phẩm “${productName}” đã bị tạm ẩn khỏi Chợ Phiên`, `Chào ${givenName(ownerName)},`, [
    p(
      `Ban quản lý chợ đã tạm ẩn sản phẩm “${productName}” của ${stallLabel(stallName).replace(/^Gian hàng/, "gian hàng")}: người mua không còn thấy và đặt được sản phẩm này.`,
    ),
    p(`Lý do: ${reason}`),
    p(
      "Bạn vẫn sửa được sản phẩm trong trang quản lý gian hàng. Sau khi sửa, mở sản phẩm đó và bấm “Tôi đã sửa xong — nhờ chợ xem lại” để ban quản lý kiểm tra và cho hiện lại.",
    ),
  ]);
}

/** product.unhidden → the stall's owner. */
export function productUnhidden(ownerName: string, productName: string, stallName: string): RenderedMail {
  return mail(`Sản phẩm “${productName}” đã hiển thị lại trên Chợ Phiên`, `Chào ${givenName(ownerName)},`, [
    p(
      `Ban quản lý chợ đã cho hiển thị lại sản phẩm “${productName}” của ${stallLabel(stallName).replace(/^Gian hàng/, "gian hàng")}. Nếu sản phẩm đang ở trạng thái bán, người mua đã thấy và đặt được.`,
    ),
  ]);
}

/** product.review_requested → each admin: the seller has fixed a hidden product and asks for another look. */
export function productReviewRequested(
  adminName: string,
  productName: string,
  stallName: string,
  note: string | null,
): RenderedMail {
  return mail(`Người bán nhờ xem lại sản phẩm “${productName}”`, `Chào ${givenName(adminName)},`, [
    p(
      `${stallLabel(stallName)} cho biết đã sửa sản phẩm “${productName}” (đang bị ẩn) và nhờ ban quản lý xem lại để cho hiện lại.`,
    ),
    ...(note ? [p(`Ghi chú của người bán: ${note}`)] : []),
    p("Mở trang quản lý chợ, mục Sản phẩm, chọn “Người bán xin xem lại” để kiểm tra."),
  ]);
}

/** auth.sign_in_link → an account's owner, while someone keeps guessing its password. */
export function signInLinkMail(fullName: string, url: string, validMinutes: number): RenderedMail {
  return mail("Chợ Phiên: liên kết đăng nhập một lần cho tài khoản của bạn", `Chào ${givenName(fullName)},`, [
    p(
      "Có nhiều lần đăng nhập sai mật khẩu vào tài khoản Chợ Phiên của bạn, nên chợ đang làm chậm các lần đăng nhập bằng mật khẩu để chặn người đoán mò.",
    ),
    p(`Nếu bạn cần vào ngay, hãy mở liên kết sau (dùng được một lần, trong ${validMinutes} phút): ${url}`),
    p(
      "Nếu những lần đăng nhập sai không phải do bạn, mật khẩu của bạn vẫn an toàn; sau khi vào, bạn có thể đổi sang một mật khẩu dài hơn. Đừng chuyển thư này cho ai.",
    ),
  ]);
}

/** ocop.expiring → the stall's owner, 90 and 30 days before a certificate's end: after it the star goes from the market. */
export function ocopExpiringMail(
  ownerName: string,
  c: { stars: number; decisionNo: string; validUntil: string; stallName: string; products: string[]; days: number },
): RenderedMail {
  return mail(
    `Chứng nhận OCOP ${c.stars} sao của ${stallLabel(c.stallName)} hết hiệu lực ngày ${c.validUntil}`,
    `Chào ${givenName(ownerName)},`,
    [
      p(
        `Chứng nhận OCOP ${c.stars} sao (quyết định ${c.decisionNo}) của ${stallLabel(c.stallName)} còn hiệu lực đến ngày ${c.validUntil} — khoảng ${c.days} ngày nữa.`,
      ),
      p(
        `Sản phẩm mang sao theo chứng nhận này: ${c.products.join(", ") || "—"}. Sau ngày đó, sao OCOP sẽ không còn hiện trên chợ.`,
      ),
      p(
        "Nếu sản phẩm đã được đánh giá lại, hãy gửi quyết định mới trong mục “Chứng nhận OCOP” của trang quản lý gian hàng để ban quản lý xác minh.",
      ),
    ],
  );
}

/** auth.password_reset → the account's owner, who asked for it (or someone who typed their address). */
export function passwordResetMail(fullName: string, url: string, validMinutes: number): RenderedMail {
  return mail("Chợ Phiên: đặt lại mật khẩu", `Chào ${givenName(fullName)},`, [
    p("Có người vừa yêu cầu đặt lại mật khẩu cho tài khoản Chợ Phiên gắn với địa chỉ thư này."),
    p(`Để đặt mật khẩu mới, hãy mở liên kết sau (dùng được một lần, trong ${validMinutes} phút): ${url}`),
    p(
      "Khi bạn đặt mật khẩu mới, mọi phiên đăng nhập khác của tài khoản sẽ kết thúc. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn dùng được. Đừng chuyển thư này cho ai.",
    ),
  ]);
}

/** trace.copy_alarm → the stall's owner and each admin: a batch's page was opened far more often than it has packages. */
export function batchCopyAlarm(
  recipientName: string,
  facts: { productName: string; stallName: string; lot: string; code: string; opens: number; quantity: number },
): RenderedMail {
  return mail(`Mã truy xuất lô ${facts.lot} có thể đã bị sao chép`, `Chào ${givenName(recipientName)},`, [
    p(
      `Trang truy xuất của lô “${facts.lot}” (mã ${facts.code}) — sản phẩm “${facts.productName}”, ${stallLabel(facts.stallName)} — đã được mở ${facts.opens} lần, hơn ba lần số gói của lô (${facts.quantity}).`,
    ),
    p("Tem của lô này có thể đã bị sao chép lên hàng khác. Hãy kiểm tra nơi bán và báo cho ban quản lý chợ nếu thấy hàng giả."),
  ]);
}

/** refund.started → the buyer: how much comes back, where, and how long banks usually take. */
export function refundStarted(buyerName: string, orderCode: string, amount: number, stallName: string | null): RenderedMail {
  return mail(`Đơn hàng ${orderCode}: đang hoàn ${formatVnd(amount)}`, `Chào ${givenName(buyerName)},`, [
    p(
      stallName
        ? `Phần đơn ${orderCode} của ${stallLabel(stallName).replace(/^Gian hàng/, "gian hàng")} đã bị hủy sau khi bạn thanh toán.`
        : `Đơn ${orderCode} đã được thanh toán trước đó, nên khoản thanh toán thêm này được hoàn lại toàn bộ.`,
    ),
    p(`Chợ Phiên đang hoàn ${formatVnd(amount)} về thẻ/tài khoản bạn đã dùng để thanh toán — thường trong 3–7 ngày làm việc.`),
  ]);
}

/** refund.settled → the buyer: the gateway accepted the refund. */
export function refundSettled(buyerName: string, orderCode: string, amount: number): RenderedMail {
  return mail(`Đơn hàng ${orderCode}: đã hoàn ${formatVnd(amount)}`, `Chào ${givenName(buyerName)},`, [
    p(`Cổng thanh toán đã nhận lệnh hoàn ${formatVnd(amount)} cho đơn ${orderCode}.`),
    p("Tiền sẽ hiện trong thẻ/tài khoản của bạn theo thời gian xử lý của ngân hàng."),
  ]);
}
