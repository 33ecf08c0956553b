import { useTranslation } from "react-i18next";

interface Props {
  /** The page's own title; the shop's name is appended. */
  title: string;
  description?: string;
  /** An absolute or site-relative image for link previews (Zalo, Facebook). */
  image?: string | null;
  type?: "website" | "product" | "profile";
}

/** Per-page <title>, description and Open Graph tags; React 19 hoists them into <head>. */
export function PageMeta({ title, description, image, type = "website" }: Props) {
  const { t } = useTranslation();
  const full = `${title} · ${t("brand")}`;
  const desc = description ?? t("meta.description");
  const origin = typeof window !== "undefined" ? window.location.origin : "";
  const url = typeof window !== "undefined" ? window.location.href : undefined;
  return (
    <>
      <title>{full}</title>
      <meta name="description" content={desc} />
      <meta property="og:site_name" content={t("brand")} />
      <meta property="og:title" content={full} />
      <meta property="og:description" content={desc} />
      <meta property="og:type" content={type} />
      {url && <meta property="og:url" content={url} />}
      {image && <meta property="og:image" content={image.startsWith("/") ? origin + image : image} />}
    </>
  );
}
