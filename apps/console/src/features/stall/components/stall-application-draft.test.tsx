import { fakeApi } from "@chophien/web/testing";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithApp } from "@/test/render";
import { StallApplicationForm } from "./stall-application-form";
import { StallContactCard } from "./stall-contact-card";

describe("the stall application's draft", () => {
  it("starts from the saved draft with the account's phone, and saves what is typed", async () => {
    const api = fakeApi({
      "GET /me/stall-draft": { body: { draft: { name: "Mật ong", phone: "0905111222" }, updatedAt: null } },
      "PUT /me/stall-draft": ({ body }) => ({ body: { draft: body, updatedAt: "2026-12-03T10:00:00.000Z" } }),
    });
    const user = userEvent.setup();
    renderWithApp(<StallApplicationForm onDone={jest.fn()} />);
    expect(await screen.findByDisplayValue("Mật ong")).toHaveAccessibleName("Tên gian hàng");
    expect(screen.getByLabelText("Số điện thoại")).toHaveValue("0905111222");
    await user.type(screen.getByLabelText("Tên gian hàng"), " Hướng Hóa");
    await waitFor(() => expect(api.callsTo("PUT", "/me/stall-draft").length).toBeGreaterThan(0), { timeout: 3000 });
    expect(api.callsTo("PUT", "/me/stall-draft").at(-1)!.body).toMatchObject({
      name: "Mật ong Hướng Hóa",
      phone: "0905111222",
    });
  });

  it("keeps no draft while editing an existing stall", async () => {
    const api = fakeApi({});
    const stall = {
      id: "22222222-2222-4222-8222-222222222222",
      slug: "mat-ong",
      name: "Mật ong Hướng Hóa",
      province: { slug: "quang-tri", name: "Quảng Trị" },
      logo: null,
      productCount: 0,
      story: "Mình là Hùng, 26 tuổi, nuôi ong dưới tán cà phê.",
      description: null,
      banner: null,
      address: "Thôn 5, Hướng Phùng",
      phone: "0912345678",
      contactPublic: false,
      contactZalo: false,
      businessType: "household" as const,
      businessRegistrationNo: null,
      founderBirthYear: null,
      status: "approved" as const,
      statusReason: null,
      commissionRateBps: 500,
      owner: { id: "33333333-3333-4333-8333-333333333333", fullName: "Hùng", email: null },
      decisions: [],
      createdAt: "2026-11-01T00:00:00.000Z",
      approvedAt: "2026-11-02T00:00:00.000Z",
    };
    const { unmount } = renderWithApp(<StallApplicationForm stall={stall} onDone={jest.fn()} />);
    await userEvent.type(screen.getByLabelText("Tên gian hàng"), "!");
    await act(() => new Promise((r) => setTimeout(r, 1200)));
    expect(api.calls.filter((c) => c.path === "/me/stall-draft")).toHaveLength(0);
    unmount();

    // The contact card: off by default, saved with PATCH /seller/profile.
    const save = fakeApi({
      "PATCH /seller/profile": ({ body }) => ({ body: { stall: { ...stall, ...(body as object) } } }),
    });
    renderWithApp(<StallContactCard stall={stall} />);
    expect(screen.getByLabelText("Hiện số điện thoại trên trang gian hàng")).not.toBeChecked();
    expect(screen.getByLabelText("Số này có dùng Zalo")).toBeDisabled();
    await userEvent.click(screen.getByLabelText("Hiện số điện thoại trên trang gian hàng"));
    await userEvent.click(screen.getByLabelText("Số này có dùng Zalo"));
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(save.callsTo("PATCH", "/seller/profile")).toHaveLength(1));
    expect(save.calls[0]!.body).toEqual({ contactPublic: true, contactZalo: true });
  });
});
