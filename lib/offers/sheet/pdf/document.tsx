import { Document, Font, Image, Link, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { DAY_RECEPTION_LABELS, WEEKDAY_LABELS } from "../../catalogue/weekly-grid";
import type { OfferSheet, SheetField, SheetSection } from "../offer-sheet";
import { pdfTag } from "./tagging/roles";
import { renderTaggedPdf } from "./tagging/tagged-render";
import { toPdfText } from "./text";

/**
 * The « fiche offre » as an A4 PDF (docs/produit.md#ce-que-voit-le-public): what training institutes print and hand to students.
 * Black on white with the State blue for headings, standard Helvetica (no font to embed: small
 * files, fast renders), every text passed through toPdfText.
 */
// react-pdf hyphenates with English patterns, which splits French words wrongly, and it is half of
// the layout time: words wrap whole.
Font.registerHyphenationCallback((word) => [word]);

export type OfferSheetLogo = { data: Buffer; format: "png" | "jpg" };

const BLUE = "#000091";
const GREY = "#3a3a3a";
const LIGHT = "#666666";
const RULE = "#dddddd";

const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 56, paddingHorizontal: 44, fontFamily: "Helvetica", fontSize: 10, color: GREY, lineHeight: 1.4 },
  header: { flexDirection: "row", alignItems: "flex-start", marginBottom: 14 },
  logo: { width: 72, maxHeight: 72, objectFit: "contain", marginRight: 16 },
  headerText: { flex: 1 },
  service: { fontSize: 8, color: LIGHT, textTransform: "uppercase", letterSpacing: 0.5 },
  number: { fontSize: 9, color: BLUE, fontFamily: "Helvetica-Bold", marginTop: 4 },
  title: { fontSize: 17, fontFamily: "Helvetica-Bold", color: "#161616", marginTop: 4, lineHeight: 1.25 },
  subtitle: { fontSize: 10.5, marginTop: 4 },
  publication: { backgroundColor: "#f5f5fe", color: BLUE, paddingVertical: 6, paddingHorizontal: 10, marginBottom: 8, fontFamily: "Helvetica-Bold" },
  section: { marginTop: 12 },
  sectionTitle: { fontSize: 12, fontFamily: "Helvetica-Bold", color: BLUE, borderBottomWidth: 1, borderBottomColor: BLUE, paddingBottom: 2, marginBottom: 6 },
  row: { flexDirection: "row", paddingVertical: 2.5 },
  label: { width: "32%", fontFamily: "Helvetica-Bold", color: "#161616", paddingRight: 8 },
  value: { width: "68%" },
  link: { color: BLUE, textDecoration: "underline" },
  grid: { marginTop: 2, borderTopWidth: 1, borderTopColor: GREY },
  gridRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 2.5 },
  gridHead: { fontFamily: "Helvetica-Bold", color: "#161616" },
  gridHalf: { width: "16%" },
  gridCell: { width: "12%", textAlign: "center" },
  monthGrid: { fontSize: 9 },
  paragraph: { marginBottom: 4 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 44,
    right: 44,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: LIGHT,
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    paddingTop: 6,
  },
});

function Field({ field }: { field: SheetField }) {
  const value = toPdfText(field.value);
  return (
    // Only a long text may break across pages: a short list broken there left its first lines on one
    // page and its two-line label, which never splits, alone on the next.
    <View style={styles.row} wrap={!!field.multiline && field.value.length > 500} {...pdfTag({ role: "LI" })}>
      <Text style={styles.label} {...pdfTag({ role: "Lbl" })}>
        {toPdfText(field.label)}
      </Text>
      {field.href?.startsWith("mailto:") ? (
        <Text style={styles.value} {...pdfTag({ role: "LBody", link: true })}>
          <Link src={field.href} style={styles.link}>
            {value}
          </Link>
        </Text>
      ) : (
        <Text style={styles.value} {...pdfTag({ role: "LBody" })}>
          {value}
        </Text>
      )}
    </View>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View style={styles.section} {...pdfTag({ role: "Sect" })}>
      {/* minPresenceAhead keeps a heading with the start of its content across a page break. */}
      <Text style={styles.sectionTitle} minPresenceAhead={40} {...pdfTag({ role: "H2" })}>
        {toPdfText(title)}
      </Text>
      {children}
    </View>
  );
}

/** Selon le mois: days as columns again, a row per month, each cell the half-days of that day (« Matin », « Journée »). */
function MonthlyGrid({ rows }: { rows: NonNullable<OfferSheet["monthlyGrid"]> }) {
  return (
    <Section title="Plage d'accueil">
      <Text style={styles.paragraph} {...pdfTag({ role: "P" })}>
        La plage d&apos;accueil change selon le mois.
      </Text>
      <View style={[styles.grid, styles.monthGrid]} wrap={false} {...pdfTag({ role: "Table" })}>
        <View style={[styles.gridRow, styles.gridHead]} {...pdfTag({ role: "TR" })}>
          <Text style={styles.gridHalf} {...pdfTag({ role: "TH", scope: "Column" })}>
            Mois
          </Text>
          {Object.values(WEEKDAY_LABELS).map((day) => (
            <Text key={day} style={styles.gridCell} {...pdfTag({ role: "TH", scope: "Column" })}>
              {day}
            </Text>
          ))}
        </View>
        {rows.map((row) => (
          <View key={row.month} style={styles.gridRow} {...pdfTag({ role: "TR" })}>
            <Text style={[styles.gridHalf, styles.gridHead]} {...pdfTag({ role: "TH", scope: "Row" })}>
              {toPdfText(row.label)}
            </Text>
            {row.days.map((reception, index) => (
              <Text key={index} style={styles.gridCell} {...pdfTag({ role: "TD" })}>
                {reception ? toPdfText(DAY_RECEPTION_LABELS[reception]) : "-"}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </Section>
  );
}

/** Days as columns, the two half-days as rows: the grid as the guides draw it, in six lines. */
function WeeklyGrid({ sheet }: { sheet: OfferSheet }) {
  if (sheet.monthlyGrid) return <MonthlyGrid rows={sheet.monthlyGrid} />;
  const halves = [
    { label: "Matin", key: "morning" },
    { label: "Après-midi", key: "afternoon" },
  ] as const;
  return (
    <Section title="Plage d'accueil">
      <View style={styles.grid} wrap={false} {...pdfTag({ role: "Table" })}>
        <View style={[styles.gridRow, styles.gridHead]} {...pdfTag({ role: "TR" })}>
          <Text style={styles.gridHalf} {...pdfTag({ role: "TD" })}>
            {" "}
          </Text>
          {sheet.weeklyGrid.map((row) => (
            <Text key={row.day} style={styles.gridCell} {...pdfTag({ role: "TH", scope: "Column" })}>
              {row.label}
            </Text>
          ))}
        </View>
        {halves.map((half) => (
          <View key={half.key} style={styles.gridRow} {...pdfTag({ role: "TR" })}>
            <Text style={[styles.gridHalf, styles.gridHead]} {...pdfTag({ role: "TH", scope: "Row" })}>
              {half.label}
            </Text>
            {sheet.weeklyGrid.map((row) => (
              <Text key={row.day} style={styles.gridCell} {...pdfTag({ role: "TD" })}>
                {row[half.key] ? "Oui" : "-"}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </Section>
  );
}

function SheetSectionView({ section }: { section: SheetSection }) {
  return (
    <Section title={section.title}>
      <View {...pdfTag({ role: "L" })}>
        {section.fields.map((field) => (
          <Field key={field.label} field={field} />
        ))}
      </View>
    </Section>
  );
}

export function OfferSheetDocument({ sheet, logo, url }: { sheet: OfferSheet; logo: OfferSheetLogo | null; url: string }) {
  return (
    <Document
      title={toPdfText(`Offre n° ${sheet.number} - ${sheet.title}`)}
      author={toPdfText(sheet.structure.name)}
      subject="Service sanitaire des étudiants en santé"
      language="fr-FR"
      creator="Plateforme du service sanitaire"
      producer="Plateforme du service sanitaire"
    >
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt prop: the tag's alt is the figure's text */}
          {logo && <Image src={logo} style={styles.logo} {...pdfTag({ role: "Figure", alt: toPdfText(`Logo de ${sheet.structure.name}`) })} />}
          <View style={styles.headerText}>
            <Text style={styles.service} {...pdfTag({ role: "P" })}>
              Service sanitaire des étudiants en santé
            </Text>
            <Text style={styles.number} {...pdfTag({ role: "P" })}>
              Offre n° {sheet.number}
            </Text>
            <Text style={styles.title} {...pdfTag({ role: "H1" })}>
              {toPdfText(sheet.title)}
            </Text>
            <Text style={styles.subtitle} {...pdfTag({ role: "P" })}>
              {toPdfText(sheet.structure.name)}
            </Text>
            <Text {...pdfTag({ role: "P" })}>{toPdfText(sheet.location)}</Text>
          </View>
        </View>
        <Text style={styles.publication} {...pdfTag({ role: "P" })}>
          {toPdfText(sheet.publication.label)}
        </Text>

        {sheet.sections.map((section) => (
          <View key={section.id}>
            <SheetSectionView section={section} />
            {section.id === "modalites" && sheet.hasWeeklySlots && <WeeklyGrid sheet={sheet} />}
          </View>
        ))}
        {!sheet.sections.some((s) => s.id === "modalites") && sheet.hasWeeklySlots && <WeeklyGrid sheet={sheet} />}

        {sheet.attachments.length > 0 && (
          <Section title="Documents utiles">
            <View {...pdfTag({ role: "L" })}>
              {sheet.attachments.map((attachment) => (
                <View key={attachment.fileId} style={[styles.paragraph, { flexDirection: "row" }]} {...pdfTag({ role: "LI" })}>
                  <Text {...pdfTag({ role: "Lbl" })}>•</Text>
                  <Text style={{ flex: 1, marginLeft: 3 }} {...pdfTag({ role: "LBody" })}>
                    {toPdfText(attachment.name)}
                  </Text>
                </View>
              ))}
            </View>
            <Text style={{ color: LIGHT }} {...pdfTag({ role: "P" })}>
              À télécharger sur la page de l&apos;offre.
            </Text>
          </Section>
        )}

        <Section title="L'offreur">
          <Text style={[styles.paragraph, { fontFamily: "Helvetica-Bold" }]} {...pdfTag({ role: "P" })}>
            {toPdfText(sheet.structure.name)}
          </Text>
          <Text {...pdfTag({ role: "P" })}>{toPdfText(sheet.structure.description)}</Text>
        </Section>

        {/* No « page x / y »: counting pages lays the document out twice (measured: 40 % of the render). */}
        <View style={styles.footer} fixed {...pdfTag({ role: "Artifact", type: "Pagination" })}>
          <Text>Offre n° {sheet.number}</Text>
          <Text>{toPdfText(url)}</Text>
        </View>
      </Page>
    </Document>
  );
}

/** Lays out and writes the tagged PDF in the calling thread: the render worker's one job (./worker.ts). */
export function renderOfferSheetDocument(sheet: OfferSheet, logo: OfferSheetLogo | null, url: string): Promise<Buffer> {
  return renderTaggedPdf(<OfferSheetDocument sheet={sheet} logo={logo} url={url} />);
}
