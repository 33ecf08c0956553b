/** The spec's test vectors (secret `test_secret`), shared by several suites. */
export const VECTOR_SECRET = "test_secret";

/** Vector A: the signed string and its expected hash. */
export const VECTOR_A = {
  signData:
    "vnp_Amount=1000000&vnp_BankCode=NCB&vnp_BankTranNo=VNP14422574&vnp_CardType=ATM&vnp_OrderInfo=Thanh+toan+don+hang+2024-05-21T02%3A17%3A31.249Z&vnp_PayDate=20240521091806&vnp_ResponseCode=00&vnp_TmnCode=TEST_TMN_CODE&vnp_TransactionNo=14422574&vnp_TransactionStatus=00&vnp_TxnRef=1716257871703",
  hash: "649982421beb422556a1374713c74e58e716ecbd05007c0c0e1f7effdfaf361dbf146889ca446139afe11b9954c4d5c486e99e3b86fcfab6957f29eb0be72895",
} as const;

/** Vector B: vector A with vnp_ResponseCode=99. */
export const VECTOR_B = {
  signData: VECTOR_A.signData.replace("vnp_ResponseCode=00", "vnp_ResponseCode=99"),
  hash: "503194f6d93b57b357b2d1d09742565e67e86d771352c5dca4fc8d39df3d392c6b3809add9405f97cfb9631f445e36c80656cfbf47eac67d97fa165865c13e1b",
} as const;

/** Vector A's params as a decoded object, the way a framework hands them over. */
export function vectorAParams(): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(VECTOR_A.signData));
}
