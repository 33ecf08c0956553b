import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** Minutes and seconds until `to` (the session's end while live, its start before), ticking every second. */
export function Countdown({ to, label }: { to: string; label: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Date.parse(to) - now);
  const h = Math.floor(left / 3_600_000);
  const m = Math.floor((left % 3_600_000) / 60_000);
  const s = Math.floor((left % 60_000) / 1000);
  const text = `${h > 0 ? `${h}:` : ""}${String(m).padStart(h > 0 ? 2 : 1, "0")}:${String(s).padStart(2, "0")}`;
  return (
    <p>
      {label}{" "}
      <time dateTime={to} aria-label={t("live.countdownLabel", { time: text })}>
        {text}
      </time>
    </p>
  );
}
