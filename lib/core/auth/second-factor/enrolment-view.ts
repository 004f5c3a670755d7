import "server-only";
import { qrCodeDataUrl } from "./qr-code";
import { groupedSecret, totpUri } from "./totp";
import { pendingTotpSecret } from "./totp-service";

/** What the enrolment page shows: the secret of the enrolment under way, as a QR code and as text. */
export async function totpEnrolmentView(user: { id: string; email: string }): Promise<{ qrCode: string; secret: string }> {
  const secret = await pendingTotpSecret(user.id);
  return { qrCode: await qrCodeDataUrl(totpUri(secret, user.email)), secret: groupedSecret(secret) };
}
