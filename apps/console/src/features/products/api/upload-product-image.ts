import type { ImageResponse } from "@chophien/contracts";
import { uploadFile } from "@/shared/api/upload";

/** POST /api/seller/products/:id/images — multipart `image`, with upload progress; at most 8 photos (409). */
export const uploadProductImage = (productId: string, file: File, onProgress?: (fraction: number) => void) =>
  uploadFile<ImageResponse>(`/seller/products/${productId}/images`, file, { onProgress }).then((r) => r.image);
