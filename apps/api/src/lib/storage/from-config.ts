import path from "node:path";
import type { Config } from "../../config";
import { createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import type { FileStorage } from "./storage";

/** The storage `STORAGE_DRIVER` names: `DATA_DIR/media`, or the configured S3-compatible bucket. */
export function storageFromConfig(config: Pick<Config, "storage" | "dataDir">): FileStorage {
  return config.storage.driver === "s3"
    ? createS3Storage(config.storage)
    : createLocalStorage(path.join(config.dataDir, "media"));
}
