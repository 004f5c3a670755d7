import { EmailLayout, Greeting, Paragraph, PLATFORM_NAME, Quote, Signature } from "./components/layout";
import { defineEmail } from "./define-email";

/** The reason is mandatory: the regional admin gives one when freezing. */
type Props = { firstName: string; structureName: string; regionName: string; reason: string };

const structureFrozenSubject = ({ structureName }: Props) => `Compte offreur gelé : ${structureName}`;

/** To the ADMINs of a structure frozen by the regional admin (docs/produit.md#pouvoirs-de-lars): why, and what it means. */
function StructureFrozen({ firstName, structureName, regionName, reason }: Props) {
  return (
    <EmailLayout preview={`Le compte offreur de ${structureName} a été gelé par l'ARS ${regionName}.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        L&apos;administrateur régional de l&apos;ARS {regionName} a gelé le compte offreur de la structure « {structureName} » sur la plateforme du{" "}
        {PLATFORM_NAME}, pour la raison suivante :
      </Paragraph>
      <Quote>{reason}</Quote>
      <Paragraph>
        Tant que le compte est gelé, les utilisateurs de la structure ne peuvent plus se connecter et ses offres ne sont plus visibles dans le catalogue public.
        Rien n&apos;est supprimé : tout sera rétabli lorsque le compte sera dégelé.
      </Paragraph>
      <Paragraph>Pour toute question, contactez l&apos;agence régionale de santé (ARS) {regionName}.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}

const structureFrozenPreview = (): Props => ({
  firstName: "Camille",
  structureName: "Association Fleur bleue",
  regionName: "Île-de-France",
  reason: "Plusieurs offres publiées contiennent des données personnelles d'élèves : merci de nous contacter avant toute nouvelle publication.",
});

export default defineEmail({ label: "Compte offreur gelé", subject: structureFrozenSubject, component: StructureFrozen, preview: structureFrozenPreview });
