import type { AddressList, SavedAddress } from "@chophien/contracts";
import { fakeApi, type Call } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { user } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { resetSessionForTests } from "@/shared/session/session-store";
import { AddressBook } from "./address-book";

const HOME_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
const WORK_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae8";
const home: SavedAddress = {
  id: HOME_ID,
  fullName: "Nguyễn Thị Lan",
  phone: "0912345678",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "12 Lê Duẩn",
  isDefault: true,
  createdAt: "2026-11-01T03:00:00.000Z",
};
const work: SavedAddress = {
  ...home,
  id: WORK_ID,
  fullName: "Trần Văn Minh",
  phone: "0987654321",
  province: "hue",
  ward: "Phường Thuận Hóa",
  street: "5 Lê Lợi",
  isDefault: false,
  createdAt: "2026-11-20T03:00:00.000Z",
};

/** A fake `/me/addresses` that keeps its rows like the API does: the default first, one default. */
function addressServer(initial: SavedAddress[]) {
  let rows = [...initial];
  const list = (): { body: AddressList } => ({
    body: { items: [...rows].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)) },
  });
  const routes = {
    "GET /me/addresses": () => list(),
    "POST /me/addresses": (call: Call) => {
      const address: SavedAddress = {
        ...(call.body as Omit<SavedAddress, "id" | "isDefault" | "createdAt">),
        id: "9b2e4c1d-0000-4000-8000-000000000001",
        isDefault: rows.length === 0,
        createdAt: "2026-12-04T03:00:00.000Z",
      };
      rows.push(address);
      return { status: 201, body: { address } };
    },
  } as Record<string, (call: Call) => { status?: number; body: unknown }>;
  for (const a of initial) {
    routes[`PATCH /me/addresses/${a.id}`] = (call) => {
      const body = call.body as Partial<SavedAddress>;
      if (body.isDefault) rows = rows.map((r) => ({ ...r, isDefault: false }));
      rows = rows.map((r) => (r.id === a.id ? { ...r, ...body } : r));
      return { body: { address: rows.find((r) => r.id === a.id) } };
    };
    routes[`DELETE /me/addresses/${a.id}`] = () => {
      rows = rows.filter((r) => r.id !== a.id);
      if (rows.length && !rows.some((r) => r.isDefault)) rows[rows.length - 1]!.isDefault = true;
      return list();
    };
  }
  return fakeApi(routes);
}

function setup(initial: SavedAddress[]) {
  resetSessionForTests({ status: "signed-in", user }, "token");
  const api = addressServer(initial);
  renderPage(<AddressBook contact={{ fullName: user.fullName, phone: "0912345678" }} />);
  return api;
}

const cards = () => within(screen.getByRole("list", { name: "Sổ địa chỉ" })).getAllByRole("listitem");

describe("the account's address book", () => {
  it("lists each address as a card with recipient, phone, full address, and the default first with its badge", async () => {
    setup([work, home]);
    await waitFor(() => expect(cards()).toHaveLength(2));
    const [first, second] = cards();
    expect(first).toHaveTextContent("Nguyễn Thị Lan");
    expect(first).toHaveTextContent("0912345678");
    expect(first).toHaveTextContent("12 Lê Duẩn, Phường Đông Hà, Quảng Trị");
    expect(within(first!).getByText("Mặc định")).toBeInTheDocument();
    expect(second).toHaveTextContent("5 Lê Lợi, Phường Thuận Hóa, Huế");
    expect(within(second!).queryByText("Mặc định")).not.toBeInTheDocument();
    // The default has no "make default" button; the other one does.
    expect(within(first!).queryByRole("button", { name: /^Đặt làm mặc định/ })).not.toBeInTheDocument();
    expect(within(second!).getByRole("button", { name: /^Đặt làm mặc định/ })).toBeInTheDocument();
  });

  it("adds an address, checked with the checkout's rules, prefilled with the account's name and phone", async () => {
    const api = setup([]);
    expect(await screen.findByText(/Chưa có địa chỉ nào/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Thêm địa chỉ mới" }));
    expect(screen.getByRole("textbox", { name: "Họ và tên người nhận" })).toHaveValue("Nguyễn Thị Lan");
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Họ và tên người nhận" })).toHaveFocus());
    await userEvent.click(screen.getByRole("button", { name: "Lưu địa chỉ" }));
    expect(await screen.findByText("Chọn tỉnh, thành phố.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/me/addresses")).toHaveLength(0);

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Tỉnh, thành phố" }), "quang-tri");
    await userEvent.type(screen.getByRole("textbox", { name: "Phường, xã" }), "Phường Đông Hà");
    await userEvent.type(screen.getByRole("textbox", { name: "Số nhà, tên đường, thôn xóm" }), "24 Hùng Vương");
    await userEvent.click(screen.getByRole("button", { name: "Lưu địa chỉ" }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]).toHaveTextContent("24 Hùng Vương, Phường Đông Hà, Quảng Trị");
    expect(within(cards()[0]!).getByText("Mặc định")).toBeInTheDocument();
    expect(api.callsTo("POST", "/me/addresses").map((c) => c.body)).toEqual([
      { fullName: "Nguyễn Thị Lan", phone: "0912345678", province: "quang-tri", ward: "Phường Đông Hà", street: "24 Hùng Vương" },
    ]);
    expect(screen.queryByRole("form", { name: "Địa chỉ nhận hàng" })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("heading", { name: "Sổ địa chỉ" })).toHaveFocus());
  });

  it("edits an address in place and sends its fields with PATCH", async () => {
    const api = setup([home, work]);
    await userEvent.click(await screen.findByRole("button", { name: "Sửa địa chỉ 5 Lê Lợi, Phường Thuận Hóa, Huế" }));
    const street = screen.getByRole("textbox", { name: "Số nhà, tên đường, thôn xóm" });
    expect(street).toHaveValue("5 Lê Lợi");
    await userEvent.clear(street);
    await userEvent.type(street, "7 Hai Bà Trưng");
    await userEvent.click(screen.getByRole("button", { name: "Lưu địa chỉ" }));
    await waitFor(() => expect(cards()[1]).toHaveTextContent("7 Hai Bà Trưng, Phường Thuận Hóa, Huế"));
    expect(api.callsTo("PATCH", `/me/addresses/${WORK_ID}`).map((c) => c.body)).toEqual([
      { fullName: "Trần Văn Minh", phone: "0987654321", province: "hue", ward: "Phường Thuận Hóa", street: "7 Hai Bà Trưng" },
    ]);
  });

  it("drops a pre-2025 district when the address is edited, since the form no longer shows one", async () => {
    const old = { ...work, district: "Thành phố Huế" };
    const api = setup([home, old]);
    expect(await screen.findByText("5 Lê Lợi, Phường Thuận Hóa, Thành phố Huế, Huế")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /^Sửa địa chỉ 5 Lê Lợi/ }));
    await userEvent.click(screen.getByRole("button", { name: "Lưu địa chỉ" }));
    await waitFor(() => expect(api.callsTo("PATCH", `/me/addresses/${WORK_ID}`)).toHaveLength(1));
    expect(api.callsTo("PATCH", `/me/addresses/${WORK_ID}`)[0]!.body).toMatchObject({ street: "5 Lê Lợi", district: null });
  });

  it("says the book is full when the server refuses an 11th address, and keeps the form", async () => {
    resetSessionForTests({ status: "signed-in", user }, "token");
    fakeApi({
      "GET /me/addresses": { body: { items: [home] } },
      "POST /me/addresses": { status: 422, body: { error: { code: "unprocessable", message: "At most 10 addresses" } } },
    });
    renderPage(<AddressBook contact={{ fullName: user.fullName, phone: "0912345678" }} />);
    await userEvent.click(await screen.findByRole("button", { name: "Thêm địa chỉ mới" }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Tỉnh, thành phố" }), "hue");
    await userEvent.type(screen.getByRole("textbox", { name: "Phường, xã" }), "Phường Phú Xuân");
    await userEvent.type(screen.getByRole("textbox", { name: "Số nhà, tên đường, thôn xóm" }), "3 Đống Đa");
    await userEvent.click(screen.getByRole("button", { name: "Lưu địa chỉ" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Sổ đã đủ 10 địa chỉ.");
    expect(screen.getByRole("textbox", { name: "Số nhà, tên đường, thôn xóm" })).toHaveValue("3 Đống Đa");
  });

  it("deletes only after the shopper confirms, and keeps the address when she changes her mind", async () => {
    const api = setup([home, work]);
    await userEvent.click(await screen.findByRole("button", { name: "Xoá địa chỉ 5 Lê Lợi, Phường Thuận Hóa, Huế" }));
    const confirm = screen.getByRole("group", { name: "Xoá địa chỉ này khỏi sổ?" });
    await userEvent.click(within(confirm).getByRole("button", { name: "Giữ lại" }));
    expect(api.callsTo("DELETE", `/me/addresses/${WORK_ID}`)).toHaveLength(0);

    await userEvent.click(screen.getByRole("button", { name: "Xoá địa chỉ 5 Lê Lợi, Phường Thuận Hóa, Huế" }));
    await userEvent.click(
      within(screen.getByRole("group", { name: "Xoá địa chỉ này khỏi sổ?" })).getByRole("button", { name: "Xoá" }),
    );
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]).toHaveTextContent("12 Lê Duẩn");
    expect(api.callsTo("DELETE", `/me/addresses/${WORK_ID}`)).toHaveLength(1);
  });

  it("moves the default with PATCH {isDefault: true}; the badge and the order follow", async () => {
    const api = setup([home, work]);
    await userEvent.click(
      await screen.findByRole("button", { name: "Đặt làm mặc định địa chỉ 5 Lê Lợi, Phường Thuận Hóa, Huế" }),
    );
    await waitFor(() => expect(cards()[0]).toHaveTextContent("5 Lê Lợi"));
    expect(within(cards()[0]!).getByText("Mặc định")).toBeInTheDocument();
    expect(within(cards()[1]!).queryByText("Mặc định")).not.toBeInTheDocument();
    expect(api.callsTo("PATCH", `/me/addresses/${WORK_ID}`).map((c) => c.body)).toEqual([{ isDefault: true }]);
  });

  it("disables adding at 10 addresses and says why", async () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({
      ...work,
      id: `7c9e6679-7425-40de-944b-e07fc1f90a${String(i).padStart(2, "0")}`,
      street: `${i + 1} Lê Lợi`,
      isDefault: i === 0,
    }));
    setup(ten);
    await waitFor(() => expect(cards()).toHaveLength(10));
    const add = screen.getByRole("button", { name: "Thêm địa chỉ mới" });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription("Sổ đã đủ 10 địa chỉ. Xoá bớt một địa chỉ để thêm địa chỉ mới.");
  });
});
