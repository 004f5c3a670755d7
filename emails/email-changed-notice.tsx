import { EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { defineEmail } from "./define-email";

type Props = { firstName: string; accountName: string; changedBy: string };

const emailChangedNoticeSubject = () => "Votre adresse de connexion a été remplacée";

/** To the old address when an ADMIN of the structure or the ARS changes it: never the new address, only that it changed and by whom. */
function EmailChangedNotice({ firstName, accountName, changedBy }: Props) {
  return (
    <EmailLayout preview="Cette adresse n'est plus celle de votre compte.">
      <Greeting firstName={firstName} />
      <Paragraph>
        {changedBy} a remplacé cette adresse par une autre pour votre compte ({accountName}). Vous ne pouvez plus vous connecter avec celle-ci.
      </Paragraph>
      <Paragraph>Si ce changement vous surprend, répondez à l&apos;administrateur de votre structure ou à l&apos;ARS de votre région.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}

export default defineEmail({
  label: "Adresse de connexion modifiée (ancienne adresse)",
  subject: emailChangedNoticeSubject,
  component: EmailChangedNotice,
  preview: (): Props => ({ firstName: "Camille", accountName: "Association Fleur bleue", changedBy: "L'ARS Grand Est" }),
});
