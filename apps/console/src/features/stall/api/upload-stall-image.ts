import type { StallResponse } from "@chophien/contracts";
import { uploadFile } from "@/shared/api/upload";

export type StallImageKind = "logo" | "banner";

/** POST /api/me/stall/logo|banner — multipart `image`; the API sniffs the type (415) and checks the size (413). */
export const uploadStallImage = (kind: StallImageKind, file: File, onProgress?: (f: number) => void) =>
  uploadFile<StallResponse>(`/me/stall/${kind}`, file, { onProgress }).then((r) => r.stall);
