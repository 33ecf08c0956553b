import type { Batch, TraceEvent } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PRODUCT_ID } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { BatchDetail } from "./batch-detail";
import { BatchForm } from "./batch-form";
import { EventForm } from "./event-form";

const BATCH_ID = "99999999-9999-4999-8999-999999999999";
const batch = (over: Partial<Batch> = {}): Batch => ({
  id: BATCH_ID,
  productId: PRODUCT_ID,
  code: "7KQ2M9XD4T",
  traceUrl: "https://cho.example.vn/t/7KQ2M9XD4T",
  lot: "CF-2026-11",
  producedOn: "2026-11-20",
  bestBefore: null,
  quantity: 40,
  unit: "gói",
  inputs: [{ name: "Phân hữu cơ", supplier: "HTX Khe Sanh", lot: null, appliedOn: "2026-08-01" }],
  note: null,
  eventCount: 1,
  createdAt: "2026-11-20T03:00:00.000Z",
  ...over,
});
const event: TraceEvent = {
  id: "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
  seq: 1,
  type: "harvest",
  occurredAt: "2026-11-20T00:30:00.000Z",
  recordedAt: "2026-11-20T01:00:00.000Z",
  place: "Đồi Khe Sanh",
  note: "Hái chín",
  photo: null,
  photoHash: null,
  prevHash: "0".repeat(64),
  hash: "ab".repeat(32),
};

describe("the batch form", () => {
  it("checks the fields inline, then sends the lot with its inputs", async () => {
    const api = fakeApi({ [`POST /seller/products/${PRODUCT_ID}/batches`]: { status: 201, body: { batch: batch() } } });
    const created = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<BatchForm productId={PRODUCT_ID} onCreated={created} />);
    await user.click(screen.getByRole("button", { name: "Ghi lô" }));
    expect(screen.getByLabelText("Số lô")).toHaveAttribute("aria-invalid", "true");
    expect(api.calls).toHaveLength(0);

    await user.type(screen.getByLabelText("Số lô"), "CF-2026-11");
    await user.clear(screen.getByLabelText("Ngày sản xuất"));
    await user.type(screen.getByLabelText("Ngày sản xuất"), "2026-11-20");
    await user.type(screen.getByLabelText("Số gói trong lô"), "40");
    await user.type(screen.getByLabelText("Vật tư 1"), "Phân hữu cơ");
    await user.type(screen.getAllByLabelText("Nhà cung cấp")[0]!, "HTX Khe Sanh");
    await user.click(screen.getByRole("button", { name: "Thêm vật tư" }));
    await user.type(screen.getByLabelText("Vật tư 2"), "Thuốc sinh học");
    await user.click(screen.getByRole("button", { name: "Ghi lô" }));
    await waitFor(() => expect(created).toHaveBeenCalledWith(BATCH_ID));
    expect(api.calls[0]!.body).toEqual({
      lot: "CF-2026-11",
      producedOn: "2026-11-20",
      quantity: 40,
      unit: "gói",
      inputs: [{ name: "Phân hữu cơ", supplier: "HTX Khe Sanh" }, { name: "Thuốc sinh học" }],
    });
  });

  it("says when the product already has that lot", async () => {
    fakeApi({
      [`POST /seller/products/${PRODUCT_ID}/batches`]: { status: 409, body: { error: { code: "conflict", message: "Taken" } } },
    });
    const user = userEvent.setup();
    renderWithApp(<BatchForm productId={PRODUCT_ID} onCreated={jest.fn()} />);
    await user.type(screen.getByLabelText("Số lô"), "CF-1");
    await user.type(screen.getByLabelText("Số gói trong lô"), "5");
    await user.click(screen.getByRole("button", { name: "Ghi lô" }));
    expect(await screen.findByText("Sản phẩm đã có lô mang số này.")).toBeInTheDocument();
  });
});

describe("the add-event form", () => {
  it("sends the event as multipart with the camera's photo, in GMT+7", async () => {
    const api = fakeApi({ [`POST /seller/batches/${BATCH_ID}/events`]: { status: 201, body: { event } } });
    const user = userEvent.setup();
    renderWithApp(<EventForm batchId={BATCH_ID} />);
    const camera = screen.getByLabelText("Chụp hoặc chọn ảnh");
    expect(camera).toHaveAttribute("capture", "environment");
    expect(camera).toHaveAttribute("accept", "image/*");
    await user.selectOptions(screen.getByLabelText("Loại sự kiện"), "inspection");
    await user.clear(screen.getByLabelText("Thời điểm"));
    await user.type(screen.getByLabelText("Thời điểm"), "2026-11-21T09:15");
    await user.type(screen.getByLabelText("Địa điểm"), "Xưởng rang");
    await user.click(screen.getByRole("button", { name: "Ghi vào nhật ký" }));
    expect(screen.getByLabelText("Mô tả")).toHaveAttribute("aria-invalid", "true");
    await user.type(screen.getByLabelText("Mô tả"), "Đo độ ẩm 12%");
    await user.upload(camera, new File(["\xff\xd8\xff ảnh"], "anh.jpg", { type: "image/jpeg" }));
    await user.click(screen.getByRole("button", { name: "Ghi vào nhật ký" }));
    expect(await screen.findByText("Đã ghi sự kiện vào nhật ký.")).toBeInTheDocument();
    const [, init] = api.fetchMock.mock.calls.at(-1)!;
    const form = init!.body as FormData;
    expect(Object.fromEntries([...form.entries()].filter(([k]) => k !== "photo"))).toEqual({
      type: "inspection",
      occurredAt: "2026-11-21T09:15:00+07:00",
      place: "Xưởng rang",
      note: "Đo độ ẩm 12%",
    });
    expect((form.get("photo") as File).name).toBe("anh.jpg");
  });
});

describe("a batch's page", () => {
  it("shows the QR, the chain, the print buttons and the buyers' reports", async () => {
    fakeApi({
      [`GET /seller/batches/${BATCH_ID}/reports`]: {
        body: {
          items: [
            {
              id: "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
              code: "7KQ2M9XD4T",
              lot: "CF-2026-11",
              productName: "Cà phê",
              stallName: "Cà phê Nhà Mận",
              message: "Tem bị bóc",
              contact: null,
              createdAt: "2026-11-25T03:00:00.000Z",
            },
          ],
          total: 1,
          page: 1,
          limit: 20,
        },
      },
    });
    renderWithApp(<BatchDetail detail={{ batch: batch(), events: [event] }} stallSlug="ca-phe-nha-man" />);
    expect(screen.getByRole("img", { name: "Mã QR của lô 7KQ2M9XD4T" })).toHaveAttribute("src", "/api/trace/7KQ2M9XD4T/qr.svg");
    expect(screen.getByRole("link", { name: "In áp phích gian hàng (PDF)" })).toHaveAttribute(
      "href",
      "/api/stalls/ca-phe-nha-man/poster.pdf?lang=vi&size=a4",
    );
    expect(screen.getByRole("button", { name: "In tem (PDF)" })).toBeInTheDocument();
    expect(within(screen.getByTestId("batch-event")).getByText(/Thu hoạch/)).toBeInTheDocument();
    expect(await screen.findByText(/Tem bị bóc/)).toBeInTheDocument();
  });
});
