import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { user } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { resetSessionForTests } from "@/shared/session/session-store";
import { FollowButton } from "./follow-button";
import { StallContact } from "./stall-contact";

describe("FollowButton", () => {
  it("sends a guest to sign in and back", () => {
    renderPage(<FollowButton slug="htx-ca-phe" stallName="HTX Cà phê" />, { url: "/gian-hang/htx-ca-phe" });
    expect(screen.getByRole("link", { name: "Theo dõi" })).toHaveAttribute(
      "href",
      `/dang-nhap?next=${encodeURIComponent("/gian-hang/htx-ca-phe")}`,
    );
  });

  it("follows and unfollows with POST and DELETE, showing the state and the count", async () => {
    resetSessionForTests({ status: "signed-in", user }, "token");
    const api = fakeApi({
      "GET /stalls/htx-ca-phe/follow": { body: { following: false, followerCount: 4 } },
      "POST /stalls/htx-ca-phe/follow": { body: { following: true, followerCount: 5 } },
      "DELETE /stalls/htx-ca-phe/follow": { body: { following: false, followerCount: 4 } },
    });
    renderPage(<FollowButton slug="htx-ca-phe" stallName="HTX Cà phê" />);
    const follow = await screen.findByRole("button", { name: "Theo dõi HTX Cà phê" });
    await screen.findByText(/4 người theo dõi/);
    expect(follow).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(follow);
    const unfollow = await screen.findByRole("button", { name: "Bỏ theo dõi HTX Cà phê" });
    expect(unfollow).toHaveAttribute("aria-pressed", "true");
    expect(unfollow).toHaveTextContent("Đang theo dõi");
    await userEvent.click(unfollow);
    await screen.findByRole("button", { name: "Theo dõi HTX Cà phê" });
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "GET /stalls/htx-ca-phe/follow",
      "POST /stalls/htx-ca-phe/follow",
      "DELETE /stalls/htx-ca-phe/follow",
    ]);
  });
});

describe("StallContact", () => {
  it("shows nothing unless the seller opted in; then a call link, and Zalo when chosen", () => {
    const { container, unmount } = renderPage(<StallContact contact={null} />);
    expect(container.querySelector("a")).toBeNull();
    unmount();
    renderPage(<StallContact contact={{ phone: "0912 345 678", zalo: true }} />);
    expect(screen.getByRole("link", { name: "Gọi 0912 345 678" })).toHaveAttribute("href", "tel:0912345678");
    expect(screen.getByRole("link", { name: "Nhắn Zalo" })).toHaveAttribute("href", "https://zalo.me/0912345678");
  });
});
