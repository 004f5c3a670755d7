import { describe, expect, it } from "vitest";
import { groupByTheme } from "./queries";
import { faqEntrySchema, requesterRoleLabel, SUPPORT_TOPICS, supportRequestSchema, supportTopicLabel } from "./schemas";

const valid = {
  requesterRole: "INSTITUTION",
  regionCode: "44",
  name: "  Dominique Petit ",
  email: "Dominique.Petit@Exemple.FR",
  topic: "disponibilites",
  subject: "Export du calendrier",
  message: "Bonjour,\r\nl'export ne s'ouvre pas.",
};

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

describe("« Formulaire d'assistance » schema", () => {
  it("cleans what was typed and takes no attachment", () => {
    const parsed = supportRequestSchema.parse(valid);
    expect(parsed).toMatchObject({
      name: "Dominique Petit",
      email: "dominique.petit@exemple.fr",
      message: "Bonjour,\nl'export ne s'ouvre pas.",
      attachments: [],
    });
  });

  it("ignores the empty File of an input left empty, and keeps one or several files", () => {
    expect(supportRequestSchema.parse({ ...valid, attachments: new File([], "") }).attachments).toEqual([]);
    expect(supportRequestSchema.parse({ ...valid, attachments: new File([], "undefined") }).attachments).toEqual([]);
    expect(supportRequestSchema.parse({ ...valid, attachments: file("a.pdf") }).attachments).toHaveLength(1);
    expect(supportRequestSchema.parse({ ...valid, attachments: [file("a.pdf"), new File([], ""), file("b.xlsx")] }).attachments).toHaveLength(2);
  });

  it("refuses a 4th file, a foreign extension and a file over 10 MB, on the attachments field", () => {
    const issues = (attachments: File[]) =>
      supportRequestSchema.safeParse({ ...valid, attachments }).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues([file("a.pdf"), file("b.pdf"), file("c.pdf"), file("d.pdf")])).toEqual([["attachments", "3 pièces jointes au maximum : retirez-en une"]]);
    expect(issues([file("notes.docx")])).toEqual([
      ["attachments", "Le fichier « notes.docx » n'est pas d'un type accepté : PDF, JPEG, PNG ou tableur (xlsx, xls, ods, csv)"],
    ]);
    expect(issues([file("scan.png", 10 * 1024 * 1024 + 1)])).toEqual([["attachments", "Le fichier « scan.png » ne doit pas dépasser 10 Mo"]]);
  });

  it("answers every missing field in French", () => {
    const result = supportRequestSchema.safeParse({});
    const fields = new Set(result.error?.issues.map((issue) => issue.path[0]));
    expect([...fields].sort()).toEqual(["email", "message", "name", "regionCode", "requesterRole", "subject", "topic"]);
    expect(result.error?.issues.every((issue) => /[àéèêçô]|champ|région|email/i.test(issue.message))).toBe(true);
  });

  it("takes an optional French phone number, stored in the +33 form, and one of the five topics", () => {
    expect(supportRequestSchema.parse(valid).phone).toBeNull();
    expect(supportRequestSchema.parse({ ...valid, phone: " " }).phone).toBeNull();
    expect(supportRequestSchema.parse({ ...valid, phone: "03 87 00 00 00" }).phone).toBe("+33387000000");
    const issue = (values: object) => supportRequestSchema.safeParse({ ...valid, ...values }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issue({ phone: "12345" })).toEqual([["phone", "Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89"]]);
    expect(issue({ topic: "facturation" })).toEqual([["topic", "Sélectionnez dans la liste ce que concerne votre demande"]]);
    expect(Object.keys(SUPPORT_TOPICS)).toEqual(["compte", "offre", "disponibilites", "technique", "autre"]);
    expect(supportTopicLabel("technique")).toBe("Un problème technique");
    expect(supportTopicLabel(null)).toBe("Non précisé");
  });

  it("labels the roles as the form shows them", () => {
    expect(requesterRoleLabel("STUDENT")).toBe("Étudiant");
    expect(requesterRoleLabel("inconnu")).toBe("inconnu");
  });
});

describe("FAQ", () => {
  it("requires a theme, a question and an answer", () => {
    expect(faqEntrySchema.safeParse({ theme: " ", question: "", answer: "" }).error?.issues).toHaveLength(3);
  });

  it("groups entries by theme in the order they come", () => {
    const entry = (id: number, theme: string, regionCode: string | null = null) => ({ id, theme, regionCode, question: `Q${id}`, answer: "R", position: id });
    const grouped = groupByTheme([entry(1, "Offres"), entry(2, "Calendrier"), entry(3, "Offres"), entry(4, "Calendrier", "11")]);
    expect(grouped.map((theme) => [theme.theme, theme.entries.map((e) => e.id)])).toEqual([
      ["Offres", [1, 3]],
      ["Calendrier", [2, 4]],
    ]);
  });
});
