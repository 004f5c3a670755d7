import { Document, Font, Image, Link, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { DAY_RECEPTION_LABELS, WEEKDAY_LABELS } from "../../catalogue/weekly-grid";
import type { OfferSheet, SheetField, SheetSection } from "../offer-sheet";
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
    <View style={styles.row} wrap={!!field.multiline && field.value.length > 500}>
      <Text style={styles.label}>{toPdfText(field.label)}</Text>
      {field.href?.startsWith("mailto:") ? (
        <Link src={field.href} style={[styles.value, styles.link]}>
          {value}
        </Link>
      ) : (
        <Text style={styles.value}>{value}</Text>
      )}
    </View>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View style={styles.section}>
      {/* minPresenceAhead keeps a heading with the start of its content across a page break. */}
      <Text style={styles.sectionTitle} minPresenceAhead={40}>
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
      <Text style={styles.paragraph}>La plage d&apos;accueil change selon le mois.</Text>
      <View style={[styles.grid, styles.monthGrid]} wrap={false}>
        <View style={[styles.gridRow, styles.gridHead]}>
          <Text style={styles.gridHalf}>Mois</Text>
          {Object.values(WEEKDAY_LABELS).map((day) => (
            <Text key={day} style={styles.gridCell}>
              {day}
            </Text>
          ))}
        </View>
        {rows.map((row) => (
          <View key={row.month} style={styles.gridRow}>
            <Text style={[styles.gridHalf, styles.gridHead]}>{toPdfText(row.label)}</Text>
            {row.days.map((reception, index) => (
              <Text key={index} style={styles.gridCell}>
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
      <View style={styles.grid} wrap={false}>
        <View style={[styles.gridRow, styles.gridHead]}>
          <Text style={styles.gridHalf}> </Text>
          {sheet.weeklyGrid.map((row) => (
            <Text key={row.day} style={styles.gridCell}>
              {row.label}
            </Text>
          ))}
        </View>
        {halves.map((half) => (
          <View key={half.key} style={styles.gridRow}>
            <Text style={[styles.gridHalf, styles.gridHead]}>{half.label}</Text>
            {sheet.weeklyGrid.map((row) => (
              <Text key={row.day} style={styles.gridCell}>
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
      {section.fields.map((field) => (
        <Field key={field.label} field={field} />
      ))}
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
          {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt; the structure name follows in text */}
          {logo && <Image src={logo} style={styles.logo} />}
          <View style={styles.headerText}>
            <Text style={styles.service}>Service sanitaire des étudiants en santé</Text>
            <Text style={styles.number}>Offre n° {sheet.number}</Text>
            <Text style={styles.title}>{toPdfText(sheet.title)}</Text>
            <Text style={styles.subtitle}>{toPdfText(sheet.structure.name)}</Text>
            <Text>{toPdfText(sheet.location)}</Text>
          </View>
        </View>
        <Text style={styles.publication}>{toPdfText(sheet.publication.label)}</Text>

        {sheet.sections.map((section) => (
          <View key={section.id}>
            <SheetSectionView section={section} />
            {section.id === "modalites" && sheet.hasWeeklySlots && <WeeklyGrid sheet={sheet} />}
          </View>
        ))}
        {!sheet.sections.some((s) => s.id === "modalites") && sheet.hasWeeklySlots && <WeeklyGrid sheet={sheet} />}

        {sheet.attachments.length > 0 && (
          <Section title="Documents utiles">
            {sheet.attachments.map((attachment) => (
              <Text key={attachment.fileId} style={styles.paragraph}>
                • {toPdfText(attachment.name)}
              </Text>
            ))}
            <Text style={{ color: LIGHT }}>À télécharger sur la page de l&apos;offre.</Text>
          </Section>
        )}

        <Section title="L'offreur">
          <Text style={[styles.paragraph, { fontFamily: "Helvetica-Bold" }]}>{toPdfText(sheet.structure.name)}</Text>
          <Text>{toPdfText(sheet.structure.description)}</Text>
        </Section>

        {/* No « page x / y »: counting pages lays the document out twice (measured: 40 % of the render). */}
        <View style={styles.footer} fixed>
          <Text>Offre n° {sheet.number}</Text>
          <Text>{toPdfText(url)}</Text>
        </View>
      </Page>
    </Document>
  );
}

/** Lays out and writes the PDF in the calling thread: the render worker's one job (./worker.ts). */
export function renderOfferSheetDocument(sheet: OfferSheet, logo: OfferSheetLogo | null, url: string): Promise<Buffer> {
  return renderToBuffer(<OfferSheetDocument sheet={sheet} logo={logo} url={url} />);
}
