import type { OcopCertificate } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PRODUCT_ID, STALL_ID, product } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { AdminCertificates } from "./admin-certificates";
import { SellerCertificates } from "./seller-certificates";

const CERT_ID = "88888888-8888-4888-8888-888888888888";
const cert = (over: Partial<OcopCertificate> = {}): OcopCertificate => ({
  id: CERT_ID,
  stallId: STALL_ID,
  regime: "148-2023",
  productGroup: "food",
  stars: 4,
  score: 78,
  issuingLevel: "province",
  issuingAuthority: "UBND tỉnh Quảng Trị",
  decisionNo: "2468/QĐ-UBND",
  decisionDate: "2025-03-14",
  validUntil: "2028-03-14",
  status: "submitted",
  reason: null,
  revocationDecisionNo: null,
  supersededById: null,
  productIds: [PRODUCT_ID],
  documentUrl: null,
  documentType: null,
  decisions: [],
  createdAt: "2026-11-30T03:00:00.000Z",
  ...over,
});
const page = (items: OcopCertificate[]) => ({ body: { items, total: items.length, page: 1, limit: 60 } });

describe("SellerCertificates", () => {
  it("offers the phone camera for the scan and sends the certificate for the chosen products", async () => {
    const api = fakeApi({
      "GET /seller/ocop-certificates": page([cert({ status: "verified", validUntil: "2026-12-20" })]),
      "POST /seller/ocop-certificates": { status: 201, body: { certificate: cert() } },
    });
    renderWithApp(<SellerCertificates products={[product({ name: "Mật ong rừng" })]} />);
    const input = screen.getByLabelText("Ảnh chụp giấy chứng nhận (hoặc PDF)");
    expect(input).toHaveAttribute("accept", "image/*,application/pdf");
    expect(input).toHaveAttribute("capture");
    expect(await screen.findByText(/Còn hiệu lực đến 20\/12\/2026/)).toBeInTheDocument();
    expect(screen.getAllByRole("status")[0]).toHaveTextContent(/hết hạn sau \d+ ngày/);

    await userEvent.click(screen.getByLabelText("Mật ong rừng"));
    await userEvent.selectOptions(screen.getByLabelText("Số sao"), "4");
    await userEvent.type(screen.getByLabelText("Cơ quan ra quyết định"), "UBND tỉnh Quảng Trị");
    await userEvent.type(screen.getByLabelText("Số quyết định"), "2468/QĐ-UBND");
    await userEvent.type(screen.getByLabelText("Ngày quyết định"), "2025-03-14");
    await userEvent.click(screen.getByRole("button", { name: "Gửi để xác minh" }));
    expect(await screen.findByText("Đã gửi, chờ quản trị viên xác minh.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/seller/ocop-certificates")[0]!.body).toEqual({
      regime: "148-2023",
      productGroup: "food",
      stars: 4,
      issuingLevel: "province",
      issuingAuthority: "UBND tỉnh Quảng Trị",
      decisionNo: "2468/QĐ-UBND",
      decisionDate: "2025-03-14",
      productIds: [PRODUCT_ID],
    });
  });
});

describe("AdminCertificates", () => {
  it("lists submitted certificates with their document and verifies one", async () => {
    const api = fakeApi({
      "GET /admin/ocop-certificates": page([cert({ documentUrl: `/api/ocop-certificates/${CERT_ID}/document` })]),
      [`POST /admin/ocop-certificates/${CERT_ID}/verify`]: { body: { certificate: cert({ status: "verified" }) } },
    });
    renderWithApp(<AdminCertificates />);
    expect(await screen.findByText("4★ · UBND tỉnh Quảng Trị · 2468/QĐ-UBND · 14/03/2025")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Tải bản chụp / quyết định" })).toHaveAttribute(
      "href",
      `/api/admin/ocop-certificates/${CERT_ID}/document`,
    );
    expect(api.callsTo("GET", "/admin/ocop-certificates")[0]!.query.get("status")).toBe("submitted");
    await userEvent.click(screen.getByRole("button", { name: "Xác minh" }));
    expect(api.callsTo("POST", `/admin/ocop-certificates/${CERT_ID}/verify`)).toHaveLength(1);
  });
});
