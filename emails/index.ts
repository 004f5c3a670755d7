import type { ReactElement } from "react";
import AccountActivation, { accountActivationPreview, accountActivationSubject } from "./account-activation";
import AdminSignupDigest, { adminSignupDigestPreview, adminSignupDigestSubject } from "./admin-signup-digest";
import InstitutionUserCreated, { institutionUserCreatedPreview, institutionUserCreatedSubject } from "./institution-user-created";
import OfferSentBack, { offerSentBackPreview, offerSentBackSubject } from "./offer-sent-back";
import OfferToValidate, { offerToValidatePreview, offerToValidateSubject } from "./offer-to-validate";
import OfferValidated, { offerValidatedPreview, offerValidatedSubject } from "./offer-validated";
import PasswordReset, { passwordResetPreview, passwordResetSubject } from "./password-reset";
import PublicationEnding, { publicationEndingPreview, publicationEndingSubject } from "./publication-ending";
import SignupReceived, { signupReceivedPreview, signupReceivedSubject } from "./signup-received";
import SignupRefused, { signupRefusedPreview, signupRefusedSubject } from "./signup-refused";
import StructureFrozen, { structureFrozenPreview, structureFrozenSubject } from "./structure-frozen";
import StructureUnfrozen, { structureUnfrozenPreview, structureUnfrozenSubject } from "./structure-unfrozen";
import SupportReply, { supportReplyPreview, supportReplySubject } from "./support-reply";
import SupportRequest, { supportRequestPreview, supportRequestSubject } from "./support-request";
import SupportRequestReceived, { supportRequestReceivedPreview, supportRequestReceivedSubject } from "./support-request-received";
import SignupToReview, { signupToReviewPreview, signupToReviewSubject } from "./signup-to-review";
import UserCreated, { userCreatedPreview, userCreatedSubject } from "./user-created";
import ValidatorDigest, { validatorDigestPreview, validatorDigestSubject } from "./validator-digest";
import type { EmailPropsByTemplate, TemplateName } from "./types";

export type { EmailPropsByTemplate, TemplateName, TemplateProps } from "./types";

export type EmailTemplate<P> = {
  subject: (props: P) => string;
  component: (props: P) => ReactElement;
  /** Sample props: the tests and the preview render every template with them. */
  preview: () => P;
};

/** Every email of the platform (SPEC §9), by the name stored in `outbox.template`. */
export const EMAIL_TEMPLATES: { [T in TemplateName]: EmailTemplate<EmailPropsByTemplate[T]> } = {
  "signup-received": { subject: signupReceivedSubject, component: SignupReceived, preview: signupReceivedPreview },
  "signup-to-review": { subject: signupToReviewSubject, component: SignupToReview, preview: signupToReviewPreview },
  "account-activation": { subject: accountActivationSubject, component: AccountActivation, preview: accountActivationPreview },
  "signup-refused": { subject: signupRefusedSubject, component: SignupRefused, preview: signupRefusedPreview },
  "user-created": { subject: userCreatedSubject, component: UserCreated, preview: userCreatedPreview },
  "offer-to-validate": { subject: offerToValidateSubject, component: OfferToValidate, preview: offerToValidatePreview },
  "offer-validated": { subject: offerValidatedSubject, component: OfferValidated, preview: offerValidatedPreview },
  "offer-sent-back": { subject: offerSentBackSubject, component: OfferSentBack, preview: offerSentBackPreview },
  "publication-ending": { subject: publicationEndingSubject, component: PublicationEnding, preview: publicationEndingPreview },
  "password-reset": { subject: passwordResetSubject, component: PasswordReset, preview: passwordResetPreview },
  "validator-digest": { subject: validatorDigestSubject, component: ValidatorDigest, preview: validatorDigestPreview },
  "admin-signup-digest": { subject: adminSignupDigestSubject, component: AdminSignupDigest, preview: adminSignupDigestPreview },
  "institution-user-created": { subject: institutionUserCreatedSubject, component: InstitutionUserCreated, preview: institutionUserCreatedPreview },
  "structure-frozen": { subject: structureFrozenSubject, component: StructureFrozen, preview: structureFrozenPreview },
  "structure-unfrozen": { subject: structureUnfrozenSubject, component: StructureUnfrozen, preview: structureUnfrozenPreview },
  "support-request": { subject: supportRequestSubject, component: SupportRequest, preview: supportRequestPreview },
  "support-request-received": { subject: supportRequestReceivedSubject, component: SupportRequestReceived, preview: supportRequestReceivedPreview },
  "support-reply": { subject: supportReplySubject, component: SupportReply, preview: supportReplyPreview },
};

export const TEMPLATE_NAMES = Object.keys(EMAIL_TEMPLATES) as TemplateName[];
