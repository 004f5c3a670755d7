import QRCode from "qrcode";

/** The otpauth URI as an SVG data URL, drawn on the server: an <img> with its alt text, no script. */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
