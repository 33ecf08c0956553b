import { createHttpSms } from "./http-sms";

describe("HTTP SMS gateway adapter", () => {
  it("posts the recipient, text and brandname with the bearer token, and fails on a non-2xx answer", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    let status = 200;
    const fakeFetch = ((url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(new Response("{}", { status }));
    }) as unknown as typeof fetch;
    const sms = createHttpSms({ url: "https://sms.example.vn/send", token: "tok", sender: "CHOPHIEN", fetch: fakeFetch });
    await sms.send({ to: "+84905123456", text: "Mã 123456" });
    expect(calls[0]!.url).toBe("https://sms.example.vn/send");
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe("Bearer tok");
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ to: "+84905123456", text: "Mã 123456", sender: "CHOPHIEN" });
    status = 503;
    await expect(sms.send({ to: "+84905123456", text: "x" })).rejects.toThrow(/503/);
  });
});
