import { SHARED_ICON_PATHS, StrokeIcon } from "@chophien/web";

/** Stroke icons drawn for the console (24×24, currentColor): the shared ones and the console's own. */
const PATHS = {
  ...SHARED_ICON_PATHS,
  home: "M4 11 12 4l8 7v9h-5v-6H9v6H4z",
  box: "M4 8l8-4 8 4v8l-8 4-8-4zm0 0 8 4 8-4m-8 4v8",
  receipt: "M6 3h12v18l-3-2-3 2-3-2-3 2zm3 5h6m-6 4h6m-6 4h4",
  wallet: "M4 7h15a1 1 0 0 1 1 1v11H5a1 1 0 0 1-1-1zm0 0 2-3h11v3m-1 7h.01",
  star: "m12 3.5 2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z",
  inbox: "M4 13h4l1.5 3h5l1.5-3h4M5 5h14l1 8v6H4v-6z",
  users: "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6 9a6 6 0 0 1 12 0m1-16a3.5 3.5 0 0 1 0 7m2.5 9a6 6 0 0 0-3-5.2",
  refresh: "M20 11a8 8 0 0 0-14.9-3.5M4 4v4h4m-4 5a8 8 0 0 0 14.9 3.5M20 20v-4h-4",
  bank: "M3 10h18L12 4zm2 0v8m4-8v8m6-8v8m4-8v8M3 20h18",
  chart: "M4 20V4m0 16h16M8 16v-5m4 5V8m4 8v-3",
  camera: "M4 8h3l2-3h6l2 3h3v11H4zm8 9a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Z",
  image: "M4 5h16v14H4zm0 11 5-5 4 4 2-2 5 5M15.5 9.5h.01",
  grip: "M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01",
  logout: "M15 4h4v16h-4M10 8l-4 4 4 4m-4-4h11",
  clock: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v4l3 2",
  edit: "M4 20h4L19 9l-4-4L4 16zm9-13 4 4",
} as const;

export type IconName = keyof typeof PATHS;

/** A decorative icon by name: hidden from screen readers, so the control around it must carry the label. */
export function Icon({ name, size, className }: { name: IconName; size?: number; className?: string }) {
  return <StrokeIcon d={PATHS[name]} size={size} className={className} />;
}
