import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { structureName: string; requesterName: string; regionName: string; reviewUrl: string };

const signupToReviewSubject = ({ structureName }: Props) => `Nouvelle demande de compte offreur : ${structureName}`;

/** To the région's admins: a structure asks to publish offers. */
function SignupToReview({ structureName, requesterName, regionName, reviewUrl }: Props) {
  return (
    <EmailLayout preview={`${requesterName} demande un compte offreur pour ${structureName}.`}>
      <Greeting />
      <Paragraph>
        {requesterName} demande la création d&apos;un compte offreur pour la structure « {structureName} » ({regionName}).
      </Paragraph>
      <Paragraph>La structure ne pourra publier d&apos;offres qu&apos;après votre validation.</Paragraph>
      <ActionLink href={reviewUrl} label="Examiner la demande" />
      <Signature />
    </EmailLayout>
  );
}

const signupToReviewPreview = (): Props => ({
  structureName: "Association Fleur bleue",
  requesterName: "Camille Martin",
  regionName: "Île-de-France",
  reviewUrl: appUrl("/admin/demandes"),
});

export default defineEmail({
  label: "Demande de compte à examiner",
  subject: signupToReviewSubject,
  component: SignupToReview,
  preview: signupToReviewPreview,
});
