import type { LiveOffer, LiveReport, LiveSession } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import { quietChartSizeWarnings } from "@/test/charts";
import { renderWithApp } from "@/test/render";
import { expectCardCells } from "@/test/table-cards";
import { LiveDesk } from "./live-desk";

const ID = "5a5a5a5a-5a5a-45a5-85a5-5a5a5a5a5a5a";
const session = (over: Partial<LiveSession> = {}): LiveSession => ({
  id: ID,
  slug: "phien-cho-ca-phe",
  title: "Phiên chợ cà phê Khe Sanh",
  description: null,
  startsAt: "2026-12-03T12:00:00.000Z",
  endsAt: "2026-12-03T13:00:00.000Z",
  platform: "facebook",
  streamUrl: null,
  status: "ended",
  hostStallId: null,
  stalls: [],
  pinnedOfferId: null,
  startedAt: "2026-12-03T12:00:00.000Z",
  endedAt: "2026-12-03T13:00:00.000Z",
  ...over,
});
const offer: LiveOffer = {
  id: "6b6b6b6b-6b6b-46b6-86b6-6b6b6b6b6b6b",
  code: "A1",
  stallId: "77777777-7777-4777-8777-777777777777",
  productId: "55555555-5555-4555-8555-555555555555",
  name: "Cà phê Arabica Khe Sanh rang mộc",
  livePrice: 99000,
  regularPrice: 120000,
  quantity: 20,
  held: 20,
  taken: 12,
  remaining: 8,
  perBuyerLimit: null,
  short: false,
};
const report: LiveReport = {
  viewers: { peak: 140, unique: 320, entered: true },
  comments: 58,
  orders: { placed: 12, paid: 9, delivered: 0, cancelled: 1 },
  revenue: 1188000,
  perStall: [],
  perOffer: [{ code: "A1", name: "Cà phê Arabica Khe Sanh rang mộc", held: 20, sold: 12, revenue: 1188000 }],
  units: { held: 20, sold: 12 },
  perMinute: [{ minute: "19:05", orders: 3, units: 3 }],
};

describe("LiveDesk", () => {
  beforeEach(quietChartSizeWarnings);

  it("lists the offers and an ended session's report per product as cards on a phone, each value named", async () => {
    fakeApi({
      [`GET /admin/live-sessions/${ID}`]: { body: { session: session(), offers: [offer] } },
      [`GET /admin/live-sessions/${ID}/report`]: { body: report },
    });
    renderWithApp(<LiveDesk area="admin" id={ID} products={[]} />);
    const perOffer = await screen.findByRole("table", { name: "Theo sản phẩm" });
    expectCardCells(perOffer);
    expect(within(perOffer).getByText("1.188.000 ₫")).toBeInTheDocument();
    const offers = within(screen.getByRole("heading", { name: "Sản phẩm giá live" }).closest("section")!).getByRole("table");
    expectCardCells(offers);
    expect(within(offers).getByText("99.000 ₫")).toBeInTheDocument();
  });

  it("offers a 44 px pin button on each offer while live", async () => {
    fakeApi({ [`GET /admin/live-sessions/${ID}`]: { body: { session: session({ status: "live" }), offers: [offer] } } });
    renderWithApp(<LiveDesk area="admin" id={ID} products={[]} />);
    const pin = await screen.findByRole("button", { name: "Ghim A1" });
    expect(pin).toHaveClass("btn", "btn-sm");
    expect(pin.closest("td")).toHaveAttribute("data-label", "Ghim");
  });
});
