import { LIMITS } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeXhr } from "@/test/fake-xhr";
import { PRODUCT_ID, image, photo, product } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { useSellerProduct } from "../api/get-seller-product";
import { usePhotoUploads } from "../hooks/use-photo-uploads";
import { PhotoManager } from "./photo-manager";

/** The manager as the editor uses it: the product from the query cache, the uploads hook beside it. */
function Harness() {
  const p = useSellerProduct(PRODUCT_ID);
  const uploads = usePhotoUploads(PRODUCT_ID, p.data?.images.length ?? 0);
  if (!p.data) return null;
  return <PhotoManager productId={PRODUCT_ID} images={p.data.images} uploads={uploads} />;
}

const BASE = `/seller/products/${PRODUCT_ID}`;
const tiles = () => screen.queryAllByTestId("photo-tile");
const tileImages = () => tiles().map((t) => within(t).getByRole("img").getAttribute("src"));

type Routes = Parameters<typeof fakeApi>[0];
function setup(
  images = [image("aaaaaaaa-aaaa-4aaa-8aaa-000000000001"), image("aaaaaaaa-aaaa-4aaa-8aaa-000000000002")],
  routes: Routes = {},
) {
  const api = fakeApi({ [`GET ${BASE}`]: { body: { product: product({ images }) } }, ...routes });
  const user = userEvent.setup({ applyAccept: false });
  renderWithApp(<Harness />);
  return { api, user, images };
}

describe("PhotoManager", () => {
  let restoreXhr: () => void;
  beforeEach(() => {
    restoreXhr = FakeXhr.install();
  });
  afterEach(() => restoreXhr());

  it("offers a gallery pick (several at once) and the phone's rear camera", async () => {
    setup();
    const gallery = await screen.findByLabelText(/Chọn ảnh/);
    const camera = screen.getByLabelText(/Chụp ảnh/);
    expect(gallery).toHaveAttribute("accept", "image/*");
    expect(gallery).toHaveAttribute("multiple");
    expect(camera).toHaveAttribute("accept", "image/*");
    expect(camera).toHaveAttribute("capture", "environment");
    expect(screen.getByText("2/8 ảnh")).toBeInTheDocument();
    expect(within(tiles()[0]!).getByText("Ảnh đại diện")).toBeInTheDocument();
  });

  it("uploads a picked photo with XHR progress, then shows it among the product's photos", async () => {
    const { user } = setup([]);
    await user.upload(await screen.findByLabelText(/Chọn ảnh/), photo("vuon-ca-phe.jpg"));

    await waitFor(() => expect(FakeXhr.requests).toHaveLength(1));
    const xhr = FakeXhr.requests[0]!;
    expect(xhr.method).toBe("POST");
    expect(xhr.url).toBe(`/api${BASE}/images`);
    expect(xhr.file()?.name).toBe("vuon-ca-phe.jpg");

    xhr.progress(0.4);
    expect(await screen.findByRole("progressbar", { name: "Đang tải lên vuon-ca-phe.jpg" })).toHaveAttribute("value", "40");
    expect(screen.getByText("40%")).toBeInTheDocument();

    const uploaded = image("bbbbbbbb-bbbb-4bbb-8bbb-000000000001");
    await xhr.respond(201, { image: uploaded });
    await waitFor(() => expect(tileImages()).toEqual([uploaded.variants[0]!.url]));
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.getByText("1/8 ảnh")).toBeInTheDocument();
  });

  it("stops a wrong type or an oversized file on the phone, before any upload, and says which file and why", async () => {
    const { user } = setup([]);
    await user.upload(await screen.findByLabelText(/Chọn ảnh/), [
      photo("bao-gia.pdf", "application/pdf"),
      photo("qua-lon.jpg", "image/jpeg", LIMITS.imageBytes + 1),
    ]);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("“bao-gia.pdf” không phải ảnh JPEG, PNG hoặc WebP.");
    expect(alert).toHaveTextContent("“qua-lon.jpg” quá lớn — tối đa 8 MB mỗi ảnh.");
    expect(FakeXhr.requests).toHaveLength(0);

    await user.click(within(alert).getByRole("button", { name: "Đã hiểu" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("explains the API's 415 and 413 per file and lets the seller retry or drop it", async () => {
    const { user } = setup([]);
    await user.upload(await screen.findByLabelText(/Chọn ảnh/), [photo("anh-heic.jpg"), photo("anh-to.jpg")]);
    await waitFor(() => expect(FakeXhr.requests).toHaveLength(1));
    await FakeXhr.requests[0]!.respond(415, { error: { code: "unsupported_media_type", message: "Not an image" } });
    // One at a time: the second starts only after the first has answered.
    await waitFor(() => expect(FakeXhr.requests).toHaveLength(2));
    await FakeXhr.requests[1]!.respond(413, { error: { code: "payload_too_large", message: "Too large" } });

    expect(await screen.findByText("Tệp này không phải ảnh JPEG, PNG hoặc WebP.")).toBeInTheDocument();
    expect(await screen.findByText("Ảnh quá lớn — tối đa 8 MB.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Thử tải lại anh-heic.jpg" }));
    await waitFor(() => expect(FakeXhr.requests).toHaveLength(3));
    expect(FakeXhr.requests[2]!.file()?.name).toBe("anh-heic.jpg");

    await user.click(screen.getByRole("button", { name: "Bỏ anh-to.jpg" }));
    expect(screen.queryByText("Ảnh quá lớn — tối đa 8 MB.")).not.toBeInTheDocument();
  });

  it("counts photos already saved and uploading against the limit of 8", async () => {
    const seven = Array.from({ length: 7 }, (_, i) => image(`cccccccc-cccc-4ccc-8ccc-00000000000${i}`));
    const { user } = setup(seven);
    await user.upload(await screen.findByLabelText(/Chọn ảnh/), [photo("thu-8.jpg"), photo("thu-9.jpg")]);
    expect(screen.getByRole("alert")).toHaveTextContent("Chưa thêm “thu-9.jpg”: mỗi sản phẩm tối đa 8 ảnh.");
    await waitFor(() => expect(FakeXhr.requests).toHaveLength(1));
    expect(FakeXhr.requests[0]!.file()?.name).toBe("thu-8.jpg");
    // Full: no more picking.
    expect(screen.queryByLabelText(/Chọn ảnh/)).not.toBeInTheDocument();
  });

  it("reorders with the arrows at once on screen and sends every image id in the new order", async () => {
    const first = image("aaaaaaaa-aaaa-4aaa-8aaa-000000000011");
    const second = image("aaaaaaaa-aaaa-4aaa-8aaa-000000000012");
    let answer: (() => void) | undefined;
    const { api, user } = setup([first, second], {
      [`PATCH ${BASE}/images`]: () =>
        new Promise((resolve) => {
          answer = () => resolve({ body: { product: product({ images: [second, first] }) } });
        }),
    });
    await screen.findAllByTestId("photo-tile");
    expect(screen.getByRole("button", { name: "Đưa Ảnh 1 lên trước" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Đưa Ảnh 1 ra sau" }));

    // Optimistic: the new cover shows before the API has answered.
    expect(tileImages()).toEqual([second.variants[0]!.url, first.variants[0]!.url]);
    expect(within(tiles()[0]!).getByText("Ảnh đại diện")).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo("PATCH", `${BASE}/images`)).toHaveLength(1));
    expect(api.callsTo("PATCH", `${BASE}/images`)[0]!.body).toEqual({ imageIds: [second.id, first.id] });
    await act(async () => {
      answer!();
      await Promise.resolve();
    });
    expect(tileImages()).toEqual([second.variants[0]!.url, first.variants[0]!.url]);
  });

  it("puts the old order back when the API refuses the new one", async () => {
    const images = [image("dddddddd-dddd-4ddd-8ddd-000000000001"), image("dddddddd-dddd-4ddd-8ddd-000000000002")];
    fakeApi({
      [`GET ${BASE}`]: { body: { product: product({ images }) } },
      [`PATCH ${BASE}/images`]: { status: 400, body: { error: { code: "validation_failed", message: "Bad ids" } } },
    });
    const user = userEvent.setup();
    renderWithApp(<Harness />);
    await screen.findAllByTestId("photo-tile");
    await user.click(screen.getByRole("button", { name: "Đưa Ảnh 2 lên trước" }));
    expect(await screen.findByText("Chưa đổi được thứ tự ảnh. Thử lại nhé.")).toBeInTheDocument();
    expect(tileImages()).toEqual(images.map((i) => i.variants[0]!.url));
  });

  it("deletes a photo only after the seller confirms in the dialog", async () => {
    const images = [image("eeeeeeee-eeee-4eee-8eee-000000000001"), image("eeeeeeee-eeee-4eee-8eee-000000000002")];
    const api = fakeApi({
      [`GET ${BASE}`]: { body: { product: product({ images }) } },
      [`DELETE ${BASE}/images/${images[0]!.id}`]: { body: { product: product({ images: [images[1]!] }) } },
    });
    const user = userEvent.setup();
    renderWithApp(<Harness />);
    await screen.findAllByTestId("photo-tile");

    await user.click(screen.getByRole("button", { name: "Xoá Ảnh 1" }));
    const dialog = screen.getByRole("dialog", { name: "Xoá ảnh này?" });
    await user.click(within(dialog).getByRole("button", { name: "Huỷ" }));
    expect(api.callsTo("DELETE", `${BASE}/images/${images[0]!.id}`)).toHaveLength(0);
    expect(tiles()).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: "Xoá Ảnh 1" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Xoá ảnh" }));
    await waitFor(() => expect(tiles()).toHaveLength(1));
    expect(api.callsTo("DELETE", `${BASE}/images/${images[0]!.id}`)).toHaveLength(1);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
