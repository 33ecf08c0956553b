import type { ConnectionEventDetail } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import { myDemand, offer } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { EventPage } from "./event-page";
import { EventsPage } from "./events-page";

const { offers: _offers, ...demand } = myDemand(offer(), { status: "open" });
const forum = (over: Partial<ConnectionEventDetail> = {}): ConnectionEventDetail => ({
  id: "e1",
  slug: "dien-dan-ket-noi",
  title: "Diễn đàn kết nối cung cầu nông sản",
  kind: "forum",
  description: "Doanh nghiệp giới thiệu nhu cầu thu mua.",
  startsAt: "2030-05-20T01:00:00.000Z",
  endsAt: "2030-05-20T04:30:00.000Z",
  place: "Nhà văn hóa thanh niên Đông Hà",
  link: null,
  province: "quang-tri",
  status: "published",
  cancelReason: null,
  demandCount: 1,
  registrationCount: 1,
  createdAt: "2030-04-01T00:00:00.000Z",
  demands: [demand],
  stalls: [{ name: "Cà phê Tà Cơn", slug: "ca-phe-ta-con" }],
  results: null,
  ...over,
});

describe("the events pages", () => {
  it("lists upcoming events, and past ones under their own tab", async () => {
    const api = fakeApi({
      "GET /events": (call) => ({
        body: {
          items: call.query.get("when") === "past" ? [] : [forum()],
          total: call.query.get("when") === "past" ? 0 : 1,
          page: 1,
          limit: 12,
        },
      }),
    });
    const { unmount } = renderPage(<EventsPage />, { url: "/su-kien", path: "/su-kien" });
    expect(await screen.findByRole("link", { name: "Diễn đàn kết nối cung cầu nông sản" })).toHaveAttribute(
      "href",
      "/su-kien/dien-dan-ket-noi",
    );
    expect(screen.getByRole("link", { name: "Sắp diễn ra" })).toHaveAttribute("aria-current", "page");
    expect(api.calls[0]?.query.get("when")).toBe("upcoming");
    unmount();
    renderPage(<EventsPage />, { url: "/su-kien?khi=da-qua", path: "/su-kien" });
    expect(await screen.findByText("Chưa có sự kiện nào đã diễn ra.")).toBeInTheDocument();
    expect(api.calls.at(-1)?.query.get("when")).toBe("past");
  });

  it("shows an event's demands and stalls, and says results come once it starts", async () => {
    fakeApi({ "GET /events/dien-dan-ket-noi": { body: { event: forum() } } });
    renderPage(<EventPage />, { url: "/su-kien/dien-dan-ket-noi", path: "/su-kien/:slug" });
    expect(await screen.findByRole("heading", { level: 1, name: "Diễn đàn kết nối cung cầu nông sản" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Thu mua cà phê rang mộc" })).toHaveAttribute("href", `/nhu-cau/${demand.id}`);
    expect(screen.getByRole("link", { name: "Cà phê Tà Cơn" })).toHaveAttribute("href", "/gian-hang/ca-phe-ta-con");
    expect(screen.getByText("Kết quả kết nối sẽ có khi sự kiện bắt đầu.")).toBeInTheDocument();
  });

  it("says why a cancelled event was cancelled, and an unknown one is not found", async () => {
    fakeApi({
      "GET /events/dien-dan-ket-noi": { body: { event: forum({ status: "cancelled", cancelReason: "Mưa bão" }) } },
    });
    const { unmount } = renderPage(<EventPage />, { url: "/su-kien/dien-dan-ket-noi", path: "/su-kien/:slug" });
    expect(await screen.findByRole("note")).toHaveTextContent("Lý do: Mưa bão");
    unmount();
    renderPage(<EventPage />, { url: "/su-kien/khong-co", path: "/su-kien/:slug" });
    expect(await screen.findByText("Không tìm thấy trang")).toBeInTheDocument();
  });
});
