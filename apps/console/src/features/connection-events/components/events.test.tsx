import type { AdminConnectionEvent, SellerConnectionEvent } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { demand, DEMAND_ID } from "@/features/demands/components/demand-fixtures";
import { renderWithApp } from "@/test/render";
import { AdminEventDetail } from "./admin-event-detail";
import { AdminEventList } from "./admin-event-list";
import { EventForm } from "./event-form";
import { SellerEvents } from "./seller-events";

const EVENT = "99999999-9999-4999-8999-999999999999";
const event = (over: Partial<AdminConnectionEvent> = {}): AdminConnectionEvent => ({
  id: EVENT,
  slug: "dien-dan-ket-noi-cung-cau-quang-tri",
  title: "Diễn đàn kết nối cung cầu Quảng Trị",
  kind: "forum",
  description: "Doanh nghiệp giới thiệu nhu cầu thu mua nông sản OCOP.",
  // 08:00 – 11:30 on 20/12/2026 in GMT+7.
  startsAt: "2026-12-20T01:00:00.000Z",
  endsAt: "2026-12-20T04:30:00.000Z",
  place: "Nhà văn hoá thanh niên Đông Hà",
  link: null,
  province: "quang-tri",
  status: "draft",
  cancelReason: null,
  demandCount: 0,
  registrationCount: 3,
  createdAt: "2026-12-01T00:00:00.000Z",
  demandIds: [],
  publishedAt: null,
  cancelledAt: null,
  ...over,
});
const page = <T,>(items: T[]) => ({ body: { items, total: items.length, page: 1, limit: 30 } });
const conflict = { status: 409, body: { error: { code: "conflict", message: "x" } } };

describe("the admin's connection events", () => {
  it("lists events with their GMT+7 start, place and counts, and filters by status in the URL", async () => {
    const api = fakeApi({
      "GET /admin/events": ({ query }) =>
        page(query.get("status") === "cancelled" ? [] : [event({ status: "published", demandCount: 1 })]),
    });
    const user = userEvent.setup();
    renderWithApp(<AdminEventList />, { url: "/admin/events" });
    const link = await screen.findByRole("link", { name: /Diễn đàn kết nối cung cầu/ });
    expect(link).toHaveTextContent("08:00 20/12/2026 · Nhà văn hoá thanh niên Đông Hà");
    expect(link).toHaveTextContent("Đã công bố");
    expect(link).toHaveTextContent("1 nhu cầu · 3 gian hàng");
    expect(link).toHaveAttribute("href", `/admin/events/${EVENT}`);
    expect(api.callsTo("GET", "/admin/events")[0]!.query.has("status")).toBe(false);
    await user.selectOptions(screen.getByLabelText("Trạng thái"), "cancelled");
    expect(await screen.findByText("Chưa có sự kiện nào")).toBeInTheDocument();
    expect(screen.getByTestId("location")).toHaveTextContent("/admin/events?status=cancelled");
    expect(api.calls.at(-1)!.query.get("status")).toBe("cancelled");
  });

  it("checks the rules before sending, then creates a draft with GMT+7 times", async () => {
    const api = fakeApi({ "POST /admin/events": { status: 201, body: { event: event() } } });
    const onSaved = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<EventForm onSaved={onSaved} />);
    await user.type(screen.getByLabelText("Tên sự kiện"), "Diễn đàn kết nối cung cầu Quảng Trị");
    await user.selectOptions(screen.getByLabelText("Hình thức"), "online");
    await user.type(screen.getByLabelText("Mô tả"), "Doanh nghiệp giới thiệu nhu cầu thu mua nông sản OCOP.");
    await user.type(screen.getByLabelText("Bắt đầu"), "2026-12-20T08:00");
    await user.type(screen.getByLabelText("Kết thúc"), "2026-12-20T07:00");
    await user.click(screen.getByRole("button", { name: "Tạo bản nháp" }));
    expect(screen.getByLabelText("Kết thúc")).toHaveAccessibleDescription(/Sự kiện phải kết thúc sau khi bắt đầu/);
    expect(screen.getByLabelText("Đường dẫn")).toHaveAccessibleDescription(/Sự kiện trực tuyến cần đường dẫn\.$/);
    expect(api.callsTo("POST", "/admin/events")).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText("Hình thức"), "forum");
    await user.clear(screen.getByLabelText("Kết thúc"));
    await user.type(screen.getByLabelText("Kết thúc"), "2026-12-20T11:30");
    await user.type(screen.getByLabelText("Địa điểm"), "Nhà văn hoá thanh niên Đông Hà");
    await user.selectOptions(screen.getByLabelText("Tỉnh/thành"), "quang-tri");
    await user.click(screen.getByRole("button", { name: "Tạo bản nháp" }));
    expect(await screen.findByText("Đã tạo bản nháp “Diễn đàn kết nối cung cầu Quảng Trị”")).toBeInTheDocument();
    expect(api.callsTo("POST", "/admin/events")[0]!.body).toEqual({
      title: "Diễn đàn kết nối cung cầu Quảng Trị",
      kind: "forum",
      description: "Doanh nghiệp giới thiệu nhu cầu thu mua nông sản OCOP.",
      startsAt: "2026-12-20T08:00:00+07:00",
      endsAt: "2026-12-20T11:30:00+07:00",
      place: "Nhà văn hoá thanh niên Đông Hà",
      province: "quang-tri",
    });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: EVENT }));
  });

  it("edits with the stored times in GMT+7, clears an emptied place, and shows the API's 400 beside the field", async () => {
    const api = fakeApi({
      [`PATCH /admin/events/${EVENT}`]: {
        status: 400,
        body: {
          error: {
            code: "validation_failed",
            message: "x",
            details: [{ path: "body.place", message: "Give a place or a link" }],
          },
        },
      },
    });
    const user = userEvent.setup();
    renderWithApp(<EventForm event={event({ link: "https://meet.example.vn/forum" })} onSaved={jest.fn()} />);
    expect(screen.getByLabelText("Bắt đầu")).toHaveValue("2026-12-20T08:00");
    await user.clear(screen.getByLabelText("Địa điểm"));
    await user.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Có thông tin chưa hợp lệ.");
    expect(screen.getByLabelText("Địa điểm")).toHaveAccessibleDescription(/Hãy nhập địa điểm hoặc đường dẫn\./);
    expect(api.callsTo("PATCH", `/admin/events/${EVENT}`)[0]!.body).toMatchObject({
      place: null,
      link: "https://meet.example.vn/forum",
      startsAt: "2026-12-20T08:00:00+07:00",
    });
  });

  it("publishes after a confirmation, and cancels only with a reason, saying when it no longer can", async () => {
    const api = fakeApi({
      [`POST /admin/events/${EVENT}/publish`]: { body: { event: event({ status: "published" }) } },
      [`POST /admin/events/${EVENT}/cancel`]: conflict,
      "GET /demands": page([]),
    });
    const user = userEvent.setup();
    renderWithApp(<AdminEventDetail event={event()} />);
    expect(screen.getByText("08:00 20/12/2026 – 11:30 20/12/2026")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Công bố" }));
    const publish = screen.getByRole("dialog", { name: /^Công bố/ });
    await user.click(within(publish).getByRole("button", { name: "Công bố" }));
    expect(await screen.findByText("Đã công bố “Diễn đàn kết nối cung cầu Quảng Trị”")).toBeInTheDocument();
    expect(api.callsTo("POST", `/admin/events/${EVENT}/publish`)[0]!.body).toEqual({});

    await user.click(screen.getByRole("button", { name: "Huỷ sự kiện" }));
    const cancel = screen.getByRole("dialog", { name: /^Huỷ “/ });
    expect(cancel).toHaveTextContent("3 gian hàng đã đăng ký");
    await user.click(within(cancel).getByRole("button", { name: "Huỷ sự kiện" }));
    expect(within(cancel).getByLabelText("Lý do huỷ")).toHaveAttribute("aria-invalid", "true");
    expect(api.callsTo("POST", `/admin/events/${EVENT}/cancel`)).toHaveLength(0);
    await user.type(within(cancel).getByLabelText("Lý do huỷ"), "Mưa bão");
    await user.click(within(cancel).getByRole("button", { name: "Huỷ sự kiện" }));
    expect(await within(cancel).findByRole("alert")).toHaveTextContent("Sự kiện này đã huỷ hoặc đã thay đổi.");
    expect(api.callsTo("POST", `/admin/events/${EVENT}/cancel`)[0]!.body).toEqual({ reason: "Mưa bão" });
  });

  it("presents an open demand picked from the board, takes one back, and words a 409", async () => {
    const other = demand({ id: "66666666-6666-4666-8666-666666666666", title: "Thu mua mật ong rừng" });
    const api = fakeApi({
      "GET /demands": ({ query }) => (query.get("status") === "open" ? page([demand(), other]) : page([])),
      [`GET /demands/${DEMAND_ID}`]: { body: { demand: demand() } },
      [`POST /admin/events/${EVENT}/demands`]: conflict,
      [`DELETE /admin/events/${EVENT}/demands/${DEMAND_ID}`]: { body: { event: event() } },
    });
    const user = userEvent.setup();
    renderWithApp(<AdminEventDetail event={event({ demandIds: [DEMAND_ID], demandCount: 1 })} />);
    expect(await screen.findByText("Thu mua cà phê rang xay Khe Sanh cho chuỗi siêu thị")).toBeInTheDocument();
    const pick = screen.getByLabelText("Giới thiệu nhu cầu đang mở");
    // The presented demand is not offered again.
    expect(await within(pick).findAllByRole("option")).toHaveLength(2);
    await user.selectOptions(pick, other.id);
    await user.click(screen.getByRole("button", { name: "Giới thiệu" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Nhu cầu này đã được giới thiệu, đã đóng");
    expect(api.callsTo("POST", `/admin/events/${EVENT}/demands`)[0]!.body).toEqual({ demandId: other.id });
    await user.click(screen.getByRole("button", { name: /^Rút lại: Thu mua cà phê/ }));
    expect(await screen.findByText(/^Đã rút lại/)).toBeInTheDocument();
    expect(api.callsTo("DELETE", `/admin/events/${EVENT}/demands/${DEMAND_ID}`)).toHaveLength(1);
  });

  it("shows a cancelled event's reason without any move", () => {
    fakeApi({});
    renderWithApp(<AdminEventDetail event={event({ status: "cancelled", cancelReason: "Mưa bão" })} />);
    expect(screen.getByText("Đã huỷ")).toBeInTheDocument();
    expect(screen.getByText("Mưa bão")).toBeInTheDocument();
    for (const name of ["Sửa", "Công bố", "Huỷ sự kiện", "Giới thiệu"]) expect(screen.queryByRole("button", { name })).toBeNull();
  });
});

describe("a stall's events", () => {
  const sellerEvent = (over: Partial<SellerConnectionEvent> = {}): SellerConnectionEvent => {
    const { demandIds: _d, publishedAt: _p, cancelledAt: _c, ...e } = event({ status: "published", demandCount: 1 });
    return { ...e, registered: false, ...over };
  };

  it("registers to attend and withdraws, and says when the event no longer takes registrations", async () => {
    let registered = false;
    const api = fakeApi({
      "GET /seller/events": () => page([sellerEvent({ registered })]),
      [`POST /seller/events/${EVENT}/register`]: () => {
        registered = true;
        return { body: { event: sellerEvent({ registered: true }) } };
      },
      [`POST /seller/events/${EVENT}/unregister`]: conflict,
    });
    const user = userEvent.setup();
    renderWithApp(<SellerEvents />);
    expect(await screen.findByRole("heading", { name: "Diễn đàn kết nối cung cầu Quảng Trị" })).toBeInTheDocument();
    expect(screen.getByText("08:00 20/12/2026 – 11:30 20/12/2026")).toBeInTheDocument();
    expect(screen.getByText("1 nhu cầu · 3 gian hàng")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Đăng ký tham dự/ }));
    expect(await screen.findByText("Đã đăng ký tham dự “Diễn đàn kết nối cung cầu Quảng Trị”")).toBeInTheDocument();
    expect(await screen.findByText("Gian hàng đã đăng ký")).toBeInTheDocument();
    expect(api.callsTo("POST", `/seller/events/${EVENT}/register`)[0]!.body).toEqual({});
    await user.click(screen.getByRole("button", { name: /^Rút đăng ký/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Sự kiện này đã huỷ hoặc đã kết thúc.");
  });
});
