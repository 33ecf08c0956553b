import type { ConnectionEvent, EventResults as Results } from "@chophien/contracts";
import { screen, within } from "@testing-library/react";
import { renderPage } from "@/test/render";
import { EventCard } from "./event-card";
import { EventResults } from "./event-results";

const event = (over: Partial<ConnectionEvent> = {}): ConnectionEvent => ({
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
  registrationCount: 3,
  createdAt: "2030-04-01T00:00:00.000Z",
  ...over,
});

const results: Results = {
  demands: [
    {
      demandId: "d1",
      title: "Thu mua cà phê rang mộc",
      offers: 3,
      stallsOffered: 2,
      deals: [
        {
          stallName: "Cà phê Tà Cơn",
          stallSlug: "ca-phe-ta-con",
          quantity: 450,
          unitPrice: 180_000,
          value: 81_000_000,
          orders: { made: 2, delivered: 1, paid: 1 },
        },
      ],
    },
    { demandId: "d2", title: "Thu mua hồ tiêu", offers: 0, stallsOffered: 0, deals: [] },
  ],
  totals: { demands: 2, offers: 3, deals: 1, dealValue: 81_000_000, orders: 2, delivered: 1, paid: 1 },
};

describe("an event in the list", () => {
  it("gives its kind, time in GMT+7, place and province, the whole card one link", () => {
    renderPage(<EventCard event={event()} to="/su-kien/dien-dan-ket-noi" />);
    expect(screen.getByText("Diễn đàn")).toBeInTheDocument();
    expect(screen.getByText("08:00 20/05/2030 – 11:30")).toBeInTheDocument();
    expect(screen.getByText("Địa điểm: Nhà văn hóa thanh niên Đông Hà")).toBeInTheDocument();
    expect(screen.getByText("Tỉnh thành: Quảng Trị")).toBeInTheDocument();
    expect(screen.getByText("1 nhu cầu · 3 gian hàng tham dự")).toBeInTheDocument();
    expect(screen.getAllByRole("link")).toHaveLength(1);
    expect(screen.getByRole("link")).toHaveAttribute("href", "/su-kien/dien-dan-ket-noi");
  });

  it("says an online event is online, without a second link inside the card", () => {
    renderPage(<EventCard event={event({ kind: "online", place: null, link: "https://meet.example.vn/abc" })} to="/x" />);
    expect(screen.getByText("Tổ chức trực tuyến")).toBeInTheDocument();
    expect(screen.getAllByRole("link")).toHaveLength(1);
  });
});

describe("an event's results", () => {
  it("gives the totals, and per demand its offers and deals in đồng with their orders", () => {
    renderPage(<EventResults results={results} />);
    const totals = screen.getByTestId("event-totals");
    expect(within(totals).getByText("Giá trị hợp đồng").nextSibling).toHaveTextContent("81.000.000 ₫");
    expect(within(totals).getByText("Đơn đã thanh toán").nextSibling).toHaveTextContent("1");
    expect(screen.getByRole("link", { name: "Thu mua cà phê rang mộc" })).toHaveAttribute("href", "/nhu-cau/d1");
    expect(screen.getByRole("link", { name: "Cà phê Tà Cơn" })).toHaveAttribute("href", "/gian-hang/ca-phe-ta-con");
    expect(screen.getByText("3 báo giá từ 2 gian hàng")).toBeInTheDocument();
    expect(screen.getByText("450 × 180.000 ₫ = 81.000.000 ₫")).toBeInTheDocument();
    expect(screen.getByText("Đơn hàng: 2 đã tạo · 1 đã giao · 1 đã thanh toán")).toBeInTheDocument();
    expect(screen.getByText("Chưa có hợp đồng.")).toBeInTheDocument();
  });
});
