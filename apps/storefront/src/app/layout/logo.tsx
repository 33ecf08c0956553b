/** The market's mark: a stall awning over a leaf — green for the fields, gold for the harvest. */
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="16" fill="#f2c14e" />
      <path
        d="M6 12.5 8.5 7h15L26 12.5c0 1.7-1.4 3-3.1 3s-3-1.3-3-3c0 1.7-1.3 3-3 3h-1.8c-1.7 0-3-1.3-3-3 0 1.7-1.4 3-3 3S6 14.2 6 12.5Z"
        fill="#0f3d26"
      />
      <path
        d="M10.5 26c0-5 3-8 9.5-8.5-.3 5.8-3.5 8.5-9.5 8.5Zm0 0 4.5-4.5"
        fill="none"
        stroke="#0f3d26"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
