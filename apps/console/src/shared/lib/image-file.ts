import { LIMITS } from "@chophien/contracts";

/** Why a picked file cannot be uploaded, checked before a byte leaves the phone. */
export type ImageFileProblem = "type" | "size";

/**
 * The same limits the API enforces (LIMITS.imageBytes, JPEG/PNG/WebP). A file with no declared type (some Android
 * galleries) is let through: the server sniffs the bytes and answers 415 if it is not a photo after all.
 */
export function checkImageFile(file: File): ImageFileProblem | null {
  const allowed: readonly string[] = LIMITS.imageMimeTypes;
  if (file.type && !allowed.includes(file.type)) return "type";
  if (file.size > LIMITS.imageBytes) return "size";
  return null;
}

/** The largest upload in whole megabytes, for messages ("at most 8 MB"). */
export const MAX_IMAGE_MB = Math.round(LIMITS.imageBytes / (1024 * 1024));
