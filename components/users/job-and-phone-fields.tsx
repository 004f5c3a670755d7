import { TextField, type TextFieldProps } from "@/components/ui/field";

/** What `fieldProps(form, name)` gives: the registration and the field's error. */
type Registered = Omit<TextFieldProps, "label">;

/** « Fonction » and « Téléphone » of an account created for someone else (by a structure's administrator or the ARS). */
export function JobAndPhoneFields({ jobTitle, phone }: { jobTitle: Registered; phone: Registered }) {
  return (
    <>
      <TextField label="Fonction" required autoComplete="off" maxLength={150} {...jobTitle} />
      <TextField label="Téléphone" type="tel" required autoComplete="off" hint="Un numéro français, par exemple 01 23 45 67 89" maxLength={40} {...phone} />
    </>
  );
}
