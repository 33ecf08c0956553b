/** A Vietnamese mobile number as the API accepts it: 0905…, +84905…, 84905…, spaces and dots allowed. */
export const isVietnameseMobile = (input: string) => /^(?:\+?84|0)[35789]\d{8}$/.test(input.replace(/[\s().-]/g, ""));
