import accountActivation from "./account-activation";
import adminOfferDigest from "./admin-offer-digest";
import adminSignupDigest from "./admin-signup-digest";
import emailChanged from "./email-changed";
import emailChangedNotice from "./email-changed-notice";
import identityLink from "./identity-link";
import institutionUserCreated from "./institution-user-created";
import offerCorrectionRequested from "./offer-correction-requested";
import offerSentBack from "./offer-sent-back";
import offerToValidate from "./offer-to-validate";
import offerUnpublished from "./offer-unpublished";
import offerValidated from "./offer-validated";
import passwordReset from "./password-reset";
import publicationEnding from "./publication-ending";
import regionOfferToValidate from "./region-offer-to-validate";
import signupAddressInUse from "./signup-address-in-use";
import secondFactorReset from "./second-factor-reset";
import signupReceived from "./signup-received";
import signupRefused from "./signup-refused";
import signupToReview from "./signup-to-review";
import structureFrozen from "./structure-frozen";
import structureUnfrozen from "./structure-unfrozen";
import supportReply from "./support-reply";
import supportRequest from "./support-request";
import supportRequestReceived from "./support-request-received";
import userCreated from "./user-created";
import validatorDigest from "./validator-digest";

/**
 * Every email of the platform, by the name stored in `outbox.template`. The outbox renders from
 * here, « Courriels » reads its labels here and `npm run email:preview` lists it: adding an email is
 * a template file (emails/offer-validated.tsx is a short one to copy) and its line below.
 *
 * Names and props are the contract with the code that queues emails: they are stable, since old
 * outbox rows keep their name. No template takes a password: accounts are reached through
 * single-use links only.
 */
export const EMAIL_TEMPLATES = {
  "signup-received": signupReceived,
  "signup-to-review": signupToReview,
  "account-activation": accountActivation,
  "signup-refused": signupRefused,
  "user-created": userCreated,
  "offer-to-validate": offerToValidate,
  "offer-validated": offerValidated,
  "offer-sent-back": offerSentBack,
  "publication-ending": publicationEnding,
  "password-reset": passwordReset,
  "validator-digest": validatorDigest,
  "admin-signup-digest": adminSignupDigest,
  "institution-user-created": institutionUserCreated,
  "structure-frozen": structureFrozen,
  "structure-unfrozen": structureUnfrozen,
  "support-request": supportRequest,
  "support-request-received": supportRequestReceived,
  "support-reply": supportReply,
  "email-changed": emailChanged,
  "email-changed-notice": emailChangedNotice,
  // « par l'ARS » and the ARS's moderation of one offer (docs/produit.md#qui-valide, #moderation-dune-offre).
  "region-offer-to-validate": regionOfferToValidate,
  "admin-offer-digest": adminOfferDigest,
  "offer-unpublished": offerUnpublished,
  "offer-correction-requested": offerCorrectionRequested,
  // The sign-up answers the same for every address; the owner of one already in use hears it here (issue 14, finding 5).
  "signup-address-in-use": signupAddressInUse,
  // Linking a ProConnect or Pro Santé Connect identity to the account of the same email (docs/produit.md#identites-externes).
  "identity-link": identityLink,
  // An admin of the région reset someone's second factor (docs/produit.md#double-authentification).
  "second-factor-reset": secondFactorReset,
};

export type TemplateName = keyof typeof EMAIL_TEMPLATES;

export const TEMPLATE_NAMES = Object.keys(EMAIL_TEMPLATES) as TemplateName[];
