import vi from "@/locales/vi.json";
import { EMPTY_DEMAND, errorKeyFor, parseInteger, validateDemand, vnLocalToIso, type DemandDraft } from "./demand-form";
import { validateOrganisation, EMPTY_ORGANISATION } from "./organisation-form";
import { validateAward, validateCounter, validateDecline } from "./offer-forms";

const NOW = Date.parse("2026-06-15T10:00:00+07:00");
const GOOD: DemandDraft = {
  ...EMPTY_DEMAND,
  title: "Thu mua cà phê rang xay Khe Sanh",
  description: "Cà phê Robusta rang mộc, đóng gói 500 g, giao kho Đông Hà.",
  quantity: "2.000",
  unit: "kg",
  tolerancePct: "10",
  province: "quang-tri",
  ocopMinStars: "4",
  certificates: "VietGAP, HACCP",
  priceMin: "120.000",
  priceMax: "150 000",
  respondBy: "2026-06-20T17:00",
  deliveries: [
    { from: "2026-07-01", to: "2026-07-15", quantity: "1000" },
    { from: "2026-08-01", to: "2026-08-15", quantity: "1.100" },
  ],
};
const formErrors = (vi as { demands: { form: { errors: Record<string, string> } } }).demands.form.errors;

describe("numbers as people type them", () => {
  it("reads dots and spaces as digit grouping", () => {
    expect(parseInteger("120.000")).toBe(120_000);
    expect(parseInteger(" 2 000 ")).toBe(2000);
    expect(parseInteger("")).toBeUndefined();
    expect(parseInteger("1,5")).toBeNaN();
    expect(parseInteger("-3")).toBeNaN();
  });
  it("reads a datetime-local value as Vietnam's time", () => {
    expect(vnLocalToIso("2026-06-20T17:00")).toBe("2026-06-20T17:00:00+07:00");
    expect(new Date(vnLocalToIso("2026-06-20T17:00")!).toISOString()).toBe("2026-06-20T10:00:00.000Z");
    expect(vnLocalToIso("20/06/2026")).toBeUndefined();
  });
});

describe("the demand form", () => {
  it("builds the API's request from a complete draft", () => {
    const r = validateDemand(GOOD, NOW);
    expect(r.errors).toBeNull();
    expect(r.request).toEqual({
      title: GOOD.title,
      description: GOOD.description,
      quantity: 2000,
      unit: "kg",
      tolerancePct: 10,
      province: "quang-tri",
      requirements: { ocopMinStars: 4, certificates: ["VietGAP", "HACCP"] },
      priceRange: { min: 120_000, max: 150_000 },
      respondBy: "2026-06-20T17:00:00+07:00",
      deliveries: [
        { from: "2026-07-01", to: "2026-07-15", quantity: 1000 },
        { from: "2026-08-01", to: "2026-08-15", quantity: 1100 },
      ],
    });
  });

  it("leaves optional parts out when empty", () => {
    const r = validateDemand(
      { ...GOOD, province: "", ocopMinStars: "", certificates: "", priceMin: "", priceMax: "", deliveries: [] },
      NOW,
    );
    expect(r.request).not.toHaveProperty("priceRange");
    expect(r.request).not.toHaveProperty("deliveries");
    expect(r.request).not.toHaveProperty("province");
    expect(r.request?.requirements).toEqual({});
  });

  it("marks each wrong field, with a text for each", () => {
    const r = validateDemand(
      { ...GOOD, title: "Cà", quantity: "0", tolerancePct: "60", priceMin: "200.000", priceMax: "100.000", respondBy: "" },
      NOW,
    );
    expect(r.errors).toEqual(
      expect.objectContaining({
        title: "title",
        quantity: "quantity",
        tolerancePct: "tolerancePct",
        priceRange: "priceRange",
        respondBy: "respondBy",
      }),
    );
    for (const key of Object.values(r.errors ?? {})) expect(formErrors[key]).toEqual(expect.any(String));
  });

  it("checks the deliveries add up to the quantity within the tolerance", () => {
    const over = { ...GOOD, deliveries: [{ from: "2026-07-01", to: "2026-07-15", quantity: "2.300" }] };
    expect(validateDemand(over, NOW).errors).toEqual({ deliveries: "deliveriesSum" });
    const within = { ...GOOD, deliveries: [{ from: "2026-07-01", to: "2026-07-15", quantity: "2.200" }] };
    expect(validateDemand(within, NOW).errors).toBeNull();
  });

  it("marks a delivery row's own fields", () => {
    const r = validateDemand({ ...GOOD, deliveries: [{ from: "2026-07-15", to: "2026-07-01", quantity: "" }] }, NOW);
    expect(r.errors).toEqual(expect.objectContaining({ "deliveries.0.quantity": "deliveryQuantity" }));
    const backwards = validateDemand({ ...GOOD, deliveries: [{ from: "2026-07-15", to: "2026-07-01", quantity: "2000" }] }, NOW);
    expect(backwards.errors).toEqual({ "deliveries.0.to": "deliveryTo" });
  });

  it("wants the deadline in the future and at most a year away", () => {
    expect(validateDemand({ ...GOOD, respondBy: "2026-06-15T09:00" }, NOW).errors).toEqual({ respondBy: "respondByPast" });
    expect(validateDemand({ ...GOOD, respondBy: "2027-07-01T09:00" }, NOW).errors).toEqual({ respondBy: "respondByFar" });
  });

  it("maps the API's detail paths to the same fields", () => {
    expect(errorKeyFor("body.deliveries")).toEqual({ field: "deliveries", key: "deliveries" });
    expect(errorKeyFor("body.respondBy")).toEqual({ field: "respondBy", key: "respondBy" });
    expect(errorKeyFor(["requirements", "ocopMinStars"])).toEqual({ field: "ocopMinStars", key: "ocopMinStars" });
    expect(errorKeyFor(["deliveries", 2, "from"])).toEqual({ field: "deliveries.2.from", key: "deliveryFrom" });
  });
});

describe("the organisation form", () => {
  const good = {
    ...EMPTY_ORGANISATION,
    name: "Siêu thị Hòa Bình",
    taxCode: "0300588569",
    kind: "retailer" as const,
    province: "quang-tri",
    address: "12 Hùng Vương, Đông Hà",
    phone: "0912 345 678",
  };
  it("accepts a tax code whose check digit is right, and normalises a branch's", () => {
    expect(validateOrganisation(good).request).toEqual(expect.objectContaining({ taxCode: "0300588569", phone: "0912345678" }));
    expect(validateOrganisation({ ...good, taxCode: "0300588569001" }).request?.taxCode).toBe("0300588569-001");
  });
  it("refuses a tax code with a wrong check digit before it is sent", () => {
    expect(validateOrganisation({ ...good, taxCode: "0300588568" }).errors).toEqual({ taxCode: true });
    expect(validateOrganisation({ ...good, taxCode: "03005885" }).errors).toEqual({ taxCode: true });
  });
  it("adds https:// to a bare website and marks missing fields", () => {
    expect(validateOrganisation({ ...good, website: "hoabinh.vn" }).request?.website).toBe("https://hoabinh.vn");
    expect(validateOrganisation({ ...good, kind: "", province: "", phone: "123" }).errors).toEqual({
      kind: true,
      province: true,
      phone: true,
    });
  });
});

describe("the buyer's move forms", () => {
  it("checks a counter's price, quantity and message", () => {
    expect(validateCounter({ unitPrice: "125.000", quantity: "1.500", message: "Giá này được không?" }).request).toEqual({
      unitPrice: 125_000,
      quantity: 1500,
      message: "Giá này được không?",
    });
    expect(validateCounter({ unitPrice: "0", quantity: "x", message: " " }).errors).toEqual({
      unitPrice: true,
      quantity: true,
      message: true,
    });
  });
  it("keeps an award within what is left", () => {
    expect(validateAward("450", 450)).toBe(450);
    expect(validateAward("451", 450)).toBeNull();
    expect(validateAward("0", 450)).toBeNull();
    expect(validateAward("", 450)).toBeNull();
  });
  it("wants a reason of three letters or more to decline", () => {
    expect(validateDecline("  Giá cao  ")).toBe("Giá cao");
    expect(validateDecline("no")).toBeNull();
  });
});
