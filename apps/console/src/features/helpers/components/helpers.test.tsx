import type { GrantDto, HelperStall } from "@chophien/contracts";
import { ACTING_REFUSALS, HELPER_TODO_KINDS, STALL_GRANT_STATUSES, STALL_SCOPES } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { textKeys } from "@chophien/web/testing";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { api } from "@/shared/api/api-client";
import { getActingFor, setActingFor } from "@/shared/session/acting-store";
import { renderWithApp } from "@/test/render";
import { expectCardCells } from "@/test/table-cards";
import en from "@/locales/en.json";
import vi from "@/locales/vi.json";
import { ActingBanner } from "./acting-banner";
import { AuditList } from "./audit-list";
import { OwnerGrants } from "./owner-grants";
import { StallSwitcher } from "./stall-switcher";
import { TodoList } from "./todo-list";

const STALL = "51515151-5151-4515-8515-515151515151";
const grant = (over: Partial<GrantDto> = {}): GrantDto => ({
  id: "61616161-6161-4616-8616-616161616161",
  stall: { id: STALL, slug: "mat-ong-ba-lanh", name: "Mật ong bà Lành", status: "approved" },
  helper: { id: "71717171-7171-4717-8717-717171717171", fullName: "Nguyễn Văn A", organisation: "Đoàn xã Hướng Phùng" },
  scopes: ["catalog", "orders"],
  status: "active",
  locked: false,
  days: 180,
  expiresAt: "2027-05-31T17:00:00.000Z",
  consentExpiresAt: null,
  consentedAt: "2026-12-03T03:00:00.000Z",
  consentMethod: "code",
  revokedAt: null,
  createdAt: "2026-12-03T02:00:00.000Z",
  ...over,
});
const helperStall = (over: Partial<GrantDto> = {}): HelperStall => {
  const g = grant(over);
  return { stall: g.stall, grant: g };
};

afterEach(() => act(() => setActingFor(null)));

describe("the acting banner", () => {
  it("shows whom the helper acts for on every page while acting, and stops acting in one tap", async () => {
    const { unmount } = renderWithApp(<ActingBanner />);
    expect(screen.queryByTestId("acting-banner")).toBeNull();
    act(() => setActingFor({ stallId: STALL, stallName: "Mật ong bà Lành" }));
    expect(screen.getByTestId("acting-banner")).toHaveTextContent("Đang thao tác thay cho: Mật ong bà Lành");
    unmount();
    // Another page, same tab: still there.
    renderWithApp(<ActingBanner />);
    expect(screen.getByTestId("acting-banner")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Dừng thao tác" }));
    expect(screen.queryByTestId("acting-banner")).toBeNull();
    expect(getActingFor()).toBeNull();
  });

  it("says why when the API refuses a call for the stall (the owner revoked the grant)", async () => {
    fakeApi({
      "GET /seller/orders": {
        status: 403,
        body: { error: { code: "acting_not_allowed", message: "x", reason: "grant_revoked" } },
      },
    });
    setActingFor({ stallId: STALL, stallName: "Mật ong bà Lành" });
    const { queryClient } = renderWithApp(<ActingBanner />);
    await act(() =>
      queryClient.fetchQuery({ queryKey: ["seller-orders"], queryFn: () => api("/seller/orders") }).catch(() => undefined),
    );
    await screen.findByText("Chủ gian hàng đã dừng sự hỗ trợ của bạn.");
    expect(screen.getByTestId("acting-banner")).toHaveTextContent("Mật ong bà Lành");
  });

  it("names the stall on /seller calls only, never on the owner's pages", async () => {
    const fake = fakeApi({ "GET /seller/orders": { body: {} }, "GET /me/stall/grants": { body: { items: [] } } });
    setActingFor({ stallId: STALL, stallName: "Mật ong bà Lành" });
    await api("/seller/orders");
    await api("/me/stall/grants");
    expect(fake.calls[0]!.headers["X-Acting-For-Stall"]).toBe(STALL);
    expect(fake.calls[1]!.headers["X-Acting-For-Stall"]).toBeUndefined();
    setActingFor(null);
    await api("/seller/orders");
    expect(fake.calls[2]!.headers["X-Acting-For-Stall"]).toBeUndefined();
  });
});

describe("the stall switcher", () => {
  it("lists each stall with its scopes and expiry, opens usable ones and says why the others are closed", async () => {
    const onSwitch = jest.fn();
    renderWithApp(
      <StallSwitcher
        stalls={[
          helperStall(),
          helperStall({
            id: "62626262-6262-4626-8626-626262626262",
            stall: { id: "52525252-5252-4525-8525-525252525252", slug: "ca-phe", name: "Cà phê Khe Sanh", status: "approved" },
            status: "awaiting_consent",
          }),
        ]}
        onSwitch={onSwitch}
      />,
    );
    const [lanh, cafe] = screen.getAllByRole("listitem");
    expect(lanh).toHaveTextContent("Được phép: Sản phẩm, Đơn hàng");
    expect(lanh).toHaveTextContent("Đến hết ngày 01/06/2027");
    expect(cafe).toHaveTextContent("Đang chờ chủ gian hàng nhập mã đồng ý.");
    expect(within(cafe!).queryByRole("button")).toBeNull();
    await userEvent.click(within(lanh!).getByRole("button", { name: "Thao tác cho Mật ong bà Lành" }));
    expect(getActingFor()).toEqual({ stallId: STALL, stallName: "Mật ong bà Lành" });
    expect(onSwitch).toHaveBeenCalledTimes(1);
    expect(within(lanh!).getByRole("button", { name: "Đang thao tác cho gian hàng này" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });
});

describe("the to-do list", () => {
  it("groups what needs doing, most urgent first", () => {
    renderWithApp(
      <TodoList
        items={[
          { kind: "low_stock", stall: { id: STALL, name: "Mật ong bà Lành" }, targetId: STALL, label: "Mật ong 500ml", at: null },
          {
            kind: "order_waiting",
            stall: { id: STALL, name: "Mật ong bà Lành" },
            targetId: STALL,
            label: "CP-1",
            at: "2026-12-01T03:00:00Z",
          },
        ]}
      />,
    );
    expect(screen.getAllByRole("heading").map((h) => h.textContent)).toEqual([
      "Đơn chờ xác nhận quá 24 giờ (1)",
      "Sắp hết hàng (1)",
    ]);
    expect(screen.getByText(/CP-1/)).toHaveTextContent("Mật ong bà Lành: CP-1 — 01/12/2026");
  });
});

describe("the owner's helpers", () => {
  it("consents with the code and ends the help in one tap", async () => {
    const fake = fakeApi({
      "POST /me/stall/grants/63636363-6363-4636-8636-636363636363/consent": { body: { grant: grant({ status: "active" }) } },
      "DELETE /me/stall/grants/61616161-6161-4616-8616-616161616161": { body: { grant: grant({ status: "revoked" }) } },
    });
    renderWithApp(
      <OwnerGrants grants={[grant(), grant({ id: "63636363-6363-4636-8636-636363636363", status: "awaiting_consent" })]} />,
    );
    const [active, waiting] = screen.getAllByRole("listitem");
    await userEvent.type(within(waiting!).getByLabelText("Mã đồng ý (6 chữ số)"), "123456");
    await userEvent.click(within(waiting!).getByRole("button", { name: "Đồng ý" }));
    await waitFor(() =>
      expect(fake.callsTo("POST", "/me/stall/grants/63636363-6363-4636-8636-636363636363/consent")).toHaveLength(1),
    );
    expect(fake.calls[0]!.body).toEqual({ code: "123456" });
    await userEvent.click(within(active!).getByRole("button", { name: "Dừng sự hỗ trợ của Nguyễn Văn A" }));
    await waitFor(() => expect(fake.callsTo("DELETE", "/me/stall/grants/61616161-6161-4616-8616-616161616161")).toHaveLength(1));
  });

  it("shows a locked request without a code field, and the audit in plain words", () => {
    renderWithApp(<OwnerGrants grants={[grant({ status: "awaiting_consent", locked: true })]} />);
    expect(screen.queryByLabelText("Mã đồng ý (6 chữ số)")).toBeNull();
    expect(screen.getByText(/sai mã 5 lần/)).toBeInTheDocument();
    renderWithApp(
      <AuditList
        rows={[
          {
            id: "81818181-8181-4818-8818-818181818181",
            at: "2026-12-03T03:00:00.000Z",
            stall: { id: STALL, name: "Mật ong bà Lành" },
            actor: { id: "71717171-7171-4717-8717-717171717171", fullName: "Nguyễn Văn A" },
            grantId: null,
            route: "POST /seller/orders/:id/confirm",
            targetId: null,
            before: { status: "placed" },
            after: { status: "confirmed" },
          },
        ]}
      />,
    );
    expect(screen.getByRole("row", { name: /Nguyễn Văn A/ })).toHaveTextContent("Xác nhận đơn");
    expectCardCells(screen.getByRole("table", { name: "Nhật ký thao tác" }));
  });
});

it("has Vietnamese and English texts for every scope, status and to-do kind", () => {
  const keys = [
    ...STALL_SCOPES.map((s) => `helpers.scope.${s}`),
    ...STALL_GRANT_STATUSES.map((s) => `helpers.status.${s}`),
    ...HELPER_TODO_KINDS.map((k) => `helpers.todo.kind.${k}`),
    ...ACTING_REFUSALS.map((r) => `helpers.refused.${r}`),
    ...["awaiting_consent", "revoked", "expired", "stall"].map((w) => `helpers.switcher.why.${w}`),
    "helpers.nav.desk",
    "helpers.nav.myHelpers",
  ];
  for (const locale of [vi, en]) {
    const have = new Set(textKeys(locale));
    expect(keys.filter((k) => !have.has(k))).toEqual([]);
  }
});
