import { useEffect, type RefObject } from "react";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * While `open`, keeps keyboard focus inside `container` as a modal does: focus moves to `initial` (or the
 * container), Tab and Shift+Tab wrap around its focusable elements, Escape calls `onClose`, the page behind does
 * not scroll; on closing, focus goes back to what had it before (the button that opened it).
 */
export function useModalFocus(
  open: boolean,
  container: RefObject<HTMLElement | null>,
  onClose: () => void,
  initial?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (initial?.current ?? container.current)?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") return onClose();
      if (e.key !== "Tab" || !container.current) return;
      const items = [...container.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      if (!items.length) return;
      // From the first (or from anything that is not one of them, like the focused title), Shift+Tab goes to the
      // last; from the last (or from outside), Tab goes to the first. Between them the browser moves as usual.
      const at = items.indexOf(document.activeElement as HTMLElement);
      const wrapTo = e.shiftKey ? (at <= 0 ? items.at(-1) : null) : at === -1 || at === items.length - 1 ? items[0] : null;
      if (wrapTo) {
        e.preventDefault();
        wrapTo.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    document.body.style.overflow = "hidden";
    return () => {
      document.removeEventListener("keydown", onKey);
      document.body.style.overflow = "";
      opener?.focus();
    };
    // onClose is a fresh function each render; the effect follows `open` only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
}
