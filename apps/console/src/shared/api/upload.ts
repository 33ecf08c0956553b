import { ApiError, readErrorBody } from "@chophien/web";
import { getAccessToken, refreshAccessToken } from "../session/session-store";

export interface UploadOptions {
  /** The multipart field; the API's image endpoints all read `image`. */
  field?: string;
  /** 0…1 as the bytes leave the device (XMLHttpRequest's upload progress; fetch has none). */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function send(path: string, file: Blob, { field = "image", onProgress, signal }: UploadOptions, token: string | null) {
  return new Promise<{ status: number; statusText: string; data: unknown }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader("Accept", "application/json");
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      resolve({ status: xhr.status, statusText: xhr.statusText, data });
    };
    xhr.onerror = () => reject(new TypeError("Network error"));
    xhr.onabort = () => reject(new DOMException("Aborted", "AbortError"));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const body = new FormData();
    body.append(field, file);
    xhr.send(body);
  });
}

/**
 * Uploads one file as multipart/form-data with progress, the same auth rules as the JSON client (bearer token,
 * one refresh and retry on 401), and errors as `ApiError` in the contract's shape. Answers are typed `T`.
 */
export async function uploadFile<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  let res = await send(path, file, options, getAccessToken());
  if (res.status === 401) {
    const fresh = await refreshAccessToken();
    if (fresh) res = await send(path, file, options, fresh);
  }
  if (res.status < 200 || res.status >= 300) throw new ApiError(res.status, readErrorBody(res.data, res.statusText));
  options.onProgress?.(1);
  return res.data as T;
}
