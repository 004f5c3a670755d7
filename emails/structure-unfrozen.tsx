import { ActionLink, EmailLayout, Greeting, Paragraph, PLATFORM_NAME, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { firstName: string; structureName: string; regionName: string; loginUrl: string };

const structureUnfrozenSubject = ({ structureName }: Props) => `Compte offreur rétabli : ${structureName}`;

/** To the ADMINs of a structure the regional admin unfroze: logins and published offers are back. */
function StructureUnfrozen({ firstName, structureName, regionName, loginUrl }: Props) {
  return (
    <EmailLayout preview={`Le compte offreur de ${structureName} est de nouveau actif.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        L&apos;administrateur régional de l&apos;ARS {regionName} a dégelé le compte offreur de la structure « {structureName} » sur la plateforme du{" "}
        {PLATFORM_NAME}.
      </Paragraph>
      <Paragraph>
        Les utilisateurs de la structure peuvent de nouveau se connecter, et ses offres publiées sont de nouveau visibles dans le catalogue public.
      </Paragraph>
      <ActionLink href={loginUrl} label="Se connecter" />
      <Signature />
    </EmailLayout>
  );
}

const structureUnfrozenPreview = (): Props => ({
  firstName: "Camille",
  structureName: "Association Fleur bleue",
  regionName: "Île-de-France",
  loginUrl: appUrl("/connexion"),
});

export default defineEmail({
  label: "Compte offreur dégelé",
  subject: structureUnfrozenSubject,
  component: StructureUnfrozen,
  preview: structureUnfrozenPreview,
});
