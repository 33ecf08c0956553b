import { LIMITS, type SellerProduct } from "@chophien/contracts";
import { ApiError } from "@chophien/web";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { MAX_IMAGE_MB, checkImageFile } from "@/shared/lib/image-file";
import { uploadProductImage } from "../api/upload-product-image";

/** A photo on its way: queued (new product not saved yet), uploading with progress, or failed with the reason. */
export interface PhotoUpload {
  key: string;
  file: File;
  previewUrl: string;
  /** 0…1 */
  progress: number;
  state: "queued" | "uploading" | "failed";
  error?: string;
}

let nextKey = 1;

/**
 * The photos a seller is adding to a product. Files are checked on the phone first (type, LIMITS.imageBytes,
 * LIMITS.maxProductImages); then each is uploaded in turn — one at a time, so they land in the order picked and a
 * weak connection is not split four ways. Before the product exists they wait (`queued`) for `uploadQueued(id)`.
 */
export function usePhotoUploads(productId: string | null, savedCount: number) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [uploads, setUploads] = useState<PhotoUpload[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const live = useRef(uploads);
  useEffect(() => {
    live.current = uploads;
  }, [uploads]);
  // Free the previews' memory when the editor closes.
  useEffect(() => () => live.current.forEach((u) => URL.revokeObjectURL(u.previewUrl)), []);

  const patch = (key: string, change: Partial<PhotoUpload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const apiProblem = useCallback(
    (err: unknown) => {
      if (err instanceof ApiError && err.status === 415) return t("photos.errors.type");
      if (err instanceof ApiError && err.status === 413) return t("photos.errors.size", { mb: MAX_IMAGE_MB });
      if (err instanceof ApiError && err.status === 422) return t("photos.errors.pixels");
      if (err instanceof ApiError && err.status === 409) return t("photos.errors.tooMany", { max: LIMITS.maxProductImages });
      return errorMessage(err, t);
    },
    [t],
  );

  /** Uploads one photo; on success it leaves the list and joins the product's images in the cache. */
  const send = useCallback(
    (id: string, item: PhotoUpload) => {
      const run = async () => {
        patch(item.key, { state: "uploading", progress: 0, error: undefined });
        try {
          const image = await uploadProductImage(id, item.file, (progress) => patch(item.key, { progress }));
          qc.setQueryData<SellerProduct>(["seller-product", id], (p) => (p ? { ...p, images: [...p.images, image] } : p));
          void qc.invalidateQueries({ queryKey: ["seller-products"] });
          URL.revokeObjectURL(item.previewUrl);
          setUploads((list) => list.filter((u) => u.key !== item.key));
          return true;
        } catch (err) {
          patch(item.key, { state: "failed", error: apiProblem(err) });
          return false;
        }
      };
      const next = chain.current.then(run);
      chain.current = next;
      return next;
    },
    [apiProblem, qc],
  );

  /** Takes picked or dropped files: the wrong ones are explained, the right ones queued or uploaded. */
  const add = (files: File[]) => {
    const found: string[] = [];
    const accepted: PhotoUpload[] = [];
    let room = LIMITS.maxProductImages - savedCount - uploads.length;
    for (const file of files) {
      const bad = checkImageFile(file);
      if (bad === "type") found.push(t("photos.errors.typeNamed", { name: file.name }));
      else if (bad === "size") found.push(t("photos.errors.sizeNamed", { name: file.name, mb: MAX_IMAGE_MB }));
      else if (room <= 0) found.push(t("photos.errors.tooManyNamed", { name: file.name, max: LIMITS.maxProductImages }));
      else {
        room--;
        accepted.push({ key: `u${nextKey++}`, file, previewUrl: URL.createObjectURL(file), progress: 0, state: "queued" });
      }
    }
    setProblems(found);
    setUploads((list) => [...list, ...accepted]);
    if (productId) for (const item of accepted) void send(productId, item);
  };

  /** After a new product is saved: uploads what was waiting; resolves to the number that failed. */
  const uploadQueued = async (id: string) => {
    const results = await Promise.all(uploads.filter((u) => u.state === "queued").map((u) => send(id, u)));
    return results.filter((ok) => !ok).length;
  };

  const retry = (key: string) => {
    const item = uploads.find((u) => u.key === key);
    if (item && productId) void send(productId, item);
    else if (item) patch(key, { state: "queued", error: undefined });
  };

  const remove = (key: string) => {
    const item = uploads.find((u) => u.key === key);
    if (item) URL.revokeObjectURL(item.previewUrl);
    setUploads((list) => list.filter((u) => u.key !== key));
  };

  return { uploads, problems, add, uploadQueued, retry, remove, clearProblems: () => setProblems([]) };
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>;
