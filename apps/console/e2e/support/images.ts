import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";

const DIR = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-console-photos-"));

/** An SVG drawn for the suite, as a JPEG file on disk (the console uploads files, like a phone's gallery). */
async function jpeg(name: string, svg: string): Promise<string> {
  const file = path.join(DIR, name);
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(file);
  return file;
}

/** A bag of coffee on a table: two angles, so the photo manager has something to reorder. */
export async function productPhotos(): Promise<[string, string]> {
  const bag = (bg: string, label: string, tilt: number) => `
    <svg xmlns="http://www.w3.org/2000/svg" width="900" height="900">
      <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${bg}"/><stop offset="1" stop-color="#3b2a20"/></linearGradient></defs>
      <rect width="900" height="900" fill="url(#g)"/>
      <ellipse cx="450" cy="780" rx="300" ry="40" fill="#000" opacity="0.25"/>
      <g transform="rotate(${tilt} 450 450)">
        <path d="M270 230 L630 230 L660 770 L240 770 Z" fill="#b9895a"/>
        <rect x="270" y="200" width="360" height="50" rx="8" fill="#8a6240"/>
        <rect x="300" y="380" width="300" height="220" rx="16" fill="#f5efe3"/>
        <text x="450" y="470" font-family="DejaVu Sans, sans-serif" font-size="46" font-weight="700" fill="#1f6f43" text-anchor="middle">KHE SANH</text>
        <text x="450" y="530" font-family="DejaVu Sans, sans-serif" font-size="32" fill="#5b4636" text-anchor="middle">${label}</text>
      </g>
      <circle cx="160" cy="720" r="26" fill="#4a2f1e"/><circle cx="205" cy="745" r="22" fill="#5a3a25"/><circle cx="735" cy="735" r="24" fill="#4a2f1e"/>
    </svg>`;
  return [
    await jpeg("ca-phe-mat-truoc.jpg", bag("#d9c7a7", "Arabica 500g", 0)),
    await jpeg("ca-phe-mat-sau.jpg", bag("#c9d8c3", "Rang mộc", -6)),
  ];
}

/** A round logo and a wide banner (green hills) for the stall application. */
export async function stallImages(): Promise<{ logo: string; banner: string }> {
  const logo = `
    <svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">
      <rect width="600" height="600" fill="#1f6f43"/>
      <circle cx="300" cy="300" r="210" fill="none" stroke="#f2c14e" stroke-width="18"/>
      <path d="M300 170 C380 230 380 370 300 430 C220 370 220 230 300 170 Z" fill="#f5efe3"/>
      <path d="M300 190 L300 410" stroke="#1f6f43" stroke-width="10"/>
    </svg>`;
  const banner = `
    <svg xmlns="http://www.w3.org/2000/svg" width="1500" height="500">
      <rect width="1500" height="500" fill="#cfe6d6"/>
      <circle cx="1200" cy="120" r="70" fill="#f2c14e"/>
      <path d="M0 330 C250 220 450 260 700 320 C950 380 1200 250 1500 300 L1500 500 L0 500 Z" fill="#5f9c6b"/>
      <path d="M0 400 C300 330 600 380 900 420 C1150 450 1300 380 1500 400 L1500 500 L0 500 Z" fill="#1f6f43"/>
    </svg>`;
  return { logo: await jpeg("logo.jpg", logo), banner: await jpeg("banner.jpg", banner) };
}
