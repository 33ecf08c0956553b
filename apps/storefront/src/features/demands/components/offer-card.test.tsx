import type { Organisation } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEMAND_ID as DEMAND, myDemand as demand, OFFER_ID as OFFER, offer, offerRound as round } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { OfferCard } from "./offer-card";
import { PostingGate } from "./posting-gate";

describe("an offer on my demand", () => {
  it("shows the stall's contacts once shortlisted, and every round", () => {
    const o = offer({ rounds: [round(1, "stall", 185_000), round(2, "buyer", 175_000)], unitPrice: 175_000 });
    renderPage(<OfferCard demand={demand(o)} offer={o} />);
    const contacts = screen.getByRole("region", { name: "Liên hệ gian hàng" });
    expect(within(contacts).getByRole("link", { name: "0912345678" })).toHaveAttribute("href", "tel:0912345678");
    expect(screen.getByText("Vòng 2 · bạn:")).toBeInTheDocument();
    expect(screen.getAllByText("800 kg × 175.000 ₫")).toHaveLength(2);
  });

  it("keeps contacts hidden before a shortlist", () => {
    const o = offer({ status: "open", contacts: null });
    renderPage(<OfferCard demand={demand(o)} offer={o} />);
    expect(screen.queryByRole("region", { name: "Liên hệ gian hàng" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chọn vào danh sách" })).toBeInTheDocument();
  });

  it("offers at most what is left of the cap, and words the API's 422 readably", async () => {
    const o = offer();
    const api = fakeApi({
      [`POST /demands/${DEMAND}/offers/${OFFER}/award`]: {
        status: 422,
        body: { error: { code: "unprocessable", message: "The demand asks for at most 1050" } },
      },
    });
    renderPage(<OfferCard demand={demand(o)} offer={o} />);
    await userEvent.click(screen.getByRole("button", { name: "Trao hợp đồng" }));
    // 1000 kg + 5 % = 1050, of which 600 are awarded: 450 left, under the offer's 800.
    const quantity = screen.getByLabelText("Số lượng trao (kg)");
    expect(quantity).toHaveValue("450");
    await userEvent.clear(quantity);
    await userEvent.type(quantity, "451");
    await userEvent.click(screen.getByRole("button", { name: "Xác nhận trao" }));
    expect(screen.getByText("Số lượng từ 1 đến 450 kg.")).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
    await userEvent.clear(quantity);
    await userEvent.type(quantity, "450");
    await userEvent.click(screen.getByRole("button", { name: "Xác nhận trao" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Vượt quá phần còn lại của nhu cầu: tối đa 450 kg.");
    expect(api.calls.at(-1)?.body).toEqual({ quantity: 450 });
  });

  it("shows the counter rounds left, and none once five counters are used", async () => {
    const o = offer({ rounds: [1, 2, 3, 4, 5, 6].map((n) => round(n, n % 2 ? "stall" : "buyer", 180_000)) });
    renderPage(<OfferCard demand={demand(o)} offer={o} />);
    await userEvent.click(screen.getByRole("button", { name: "Trả giá" }));
    expect(screen.getByText("Còn 0 lượt trả giá (tối đa 5).")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Gửi giá đề nghị" })).toBeDisabled();
  });

  it("takes no moves on a declined offer, and says why it was declined", () => {
    const o = offer({ status: "declined", declineReason: "Giá cao hơn ngân sách", contacts: null });
    renderPage(<OfferCard demand={demand(o)} offer={o} />);
    expect(screen.getByText("Đã từ chối: Giá cao hơn ngân sách")).toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });
});

describe("why I cannot post yet", () => {
  const org = (over: Partial<Organisation>): Organisation => ({
    id: "o1",
    name: "Siêu thị Hòa Bình",
    taxCode: "0300588569",
    kind: "retailer",
    province: "quang-tri",
    address: "12 Hùng Vương",
    phone: "0912345678",
    website: null,
    status: "pending",
    reason: null,
    memberIds: [],
    decisions: [],
    createdAt: "2026-06-01T03:00:00.000Z",
    ...over,
  });
  it("names each case, with the admin's reason when rejected, and nothing when verified", () => {
    const { unmount } = renderPage(<PostingGate organisation={null} />);
    expect(screen.getByRole("link", { name: "Đăng ký doanh nghiệp" })).toHaveAttribute("href", "/tai-khoan/doanh-nghiep");
    unmount();
    const pending = renderPage(<PostingGate organisation={org({})} />);
    expect(screen.getByRole("note")).toHaveTextContent("đang chờ quản trị viên xác minh");
    pending.unmount();
    const rejected = renderPage(
      <PostingGate organisation={org({ status: "rejected", reason: "Mã số thuế không khớp giấy phép" })} />,
    );
    expect(screen.getByRole("note")).toHaveTextContent("Lý do: Mã số thuế không khớp giấy phép");
    rejected.unmount();
    renderPage(<PostingGate organisation={org({ status: "verified" })} />);
    expect(screen.queryByRole("note")).not.toBeInTheDocument();
  });
});
