import layoutDocument from "@react-pdf/layout";
import renderPdf from "@react-pdf/render";
import { Font, pdf } from "@react-pdf/renderer";
import PDFDocument from "pdfkit";
import type { ReactElement } from "react";
import { PDF_TAG_PROP, isGroup, type PdfTag } from "./roles";

/**
 * A tagged PDF from a react-pdf document (docs/decisions/0009-pdf-balise.md). react-pdf lays the
 * document out as it always does; the pdfkit document it draws into is created here with tagging on
 * (MarkInfo, StructTreeRoot, /Lang, title shown), and each laid-out node that carries a tag
 * (./roles.ts) becomes a structure element around what it draws. What no leaf owns (rules,
 * backgrounds, the footer) is marked as an artifact, so a screen reader reads only the text.
 */

type LaidOutNode = { type: string; props?: Record<string, unknown> & { [PDF_TAG_PROP]?: PdfTag }; children?: LaidOutNode[] };
// pdfkit's structure element; its dictionary (not in the published types) takes the table attributes.
type StructElement = PDFKit.PDFStructureElement & { dictionary?: { data: Record<string, unknown> } };
type DocumentProps = { title?: string; author?: string; subject?: string; language?: string; creator?: string; producer?: string };

export async function renderTaggedPdf(element: ReactElement): Promise<Buffer> {
  // pdf() builds react-pdf's node tree from the elements; its container holds the document node.
  const tree = pdf(element as Parameters<typeof pdf>[0]).container.document as { props: DocumentProps };
  // The published types name one parameter; the function reads the font store as its second, as pdf() passes it.
  const layout = (await (layoutDocument as unknown as (doc: unknown, fonts: unknown) => Promise<LaidOutNode>)(tree, Font)) as LaidOutNode;
  const { title, author, subject, language = "fr-FR", creator, producer } = tree.props;
  const ctx = new PDFDocument({
    compress: true,
    pdfVersion: "1.7",
    tagged: true,
    lang: language,
    displayTitle: true,
    autoFirstPage: false,
    info: { Title: title, Author: author, Subject: subject, Creator: creator, Producer: producer, CreationDate: new Date() },
  });
  tagNodes(ctx, layout);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    ctx.on("data", (chunk: Buffer) => chunks.push(chunk));
    ctx.on("end", () => resolve(Buffer.concat(chunks)));
    ctx.on("error", reject);
  });
  (renderPdf as unknown as (ctx: PDFKit.PDFDocument, doc: LaidOutNode) => void)(ctx, layout);
  return done;
}

/**
 * @react-pdf/render draws a node's children with `children.forEach(draw)`, pages included: each
 * children array gets a forEach that opens the child's structure element, lets it draw, and closes
 * it. The same arrays are walked once more after the pages (bookmarks): that walk is left alone.
 */
function tagNodes(ctx: PDFKit.PDFDocument, layout: LaidOutNode) {
  const root = ctx.struct("Document");
  ctx.addStructure(root);
  const parents: StructElement[] = [root];
  // A node split across pages is copied with the same tag object (./roles.ts): its parts make one element.
  const elements = new WeakMap<PdfTag, { element: StructElement; parent: StructElement }>();
  let leaf: StructElement | null = null;
  let drawing = true;

  // Outside a leaf, whatever is drawn is an artifact; a leaf's marking closes it (pdfkit does).
  ctx.on("pageAdded", () => ctx.markContent("Artifact"));
  const link = ctx.link.bind(ctx);
  // A link annotation belongs to the Link element it sits in, described by its address (PDF/UA); a
  // String object is how pdfkit tells a PDF text string from a name.
  ctx.link = (x, y, w, h, url, options = {}) => {
    const inLink = { ...options, structParent: leaf, Contents: new String(String(url).replace(/^mailto:/, "")) };
    return link(x, y, w, h, url, leaf ? (inLink as unknown as PDFKit.Mixins.AnnotationOption) : options);
  };

  const elementFor = (tag: PdfTag, make: () => StructElement) => {
    const parent = parents[parents.length - 1]!;
    const known = elements.get(tag);
    if (known?.parent === parent) return known.element;
    const element = make();
    parent.add(element);
    elements.set(tag, { element, parent });
    return element;
  };

  const drawTagged = (node: LaidOutNode, draw: () => void) => {
    const tag = drawing ? node.props?.[PDF_TAG_PROP] : undefined;
    if (!tag) return draw();
    if (tag.role === "Artifact") {
      ctx.markContent("Artifact", { type: tag.type });
      draw();
      ctx.endMarkedContent();
      ctx.markContent("Artifact");
      return;
    }
    if (leaf) throw new Error(`PDF tagging: <${tag.role}> inside a leaf element`);
    if (isGroup(tag)) {
      parents.push(elementFor(tag, () => ctx.struct(tag.role)));
      draw();
      parents.pop();
      return;
    }
    const element = elementFor(tag, () => leafElement(ctx, tag));
    const owner = tag.link ? linkInside(ctx, element) : element;
    const content = ctx.markStructureContent(tag.link ? "Link" : tag.role);
    leaf = owner;
    draw();
    leaf = null;
    ctx.endMarkedContent();
    owner.add(content);
    ctx.markContent("Artifact");
  };

  const hook = (node: LaidOutNode) => {
    // A text node draws its own runs (no children walk); an image or a leaf has nothing inside to hook.
    if (node.type === "TEXT" || !node.children) return;
    const children = node.children;
    for (const child of children) hook(child);
    Object.defineProperty(children, "forEach", {
      value(draw: (child: LaidOutNode, index: number, all: LaidOutNode[]) => void) {
        for (const [index, child] of children.entries()) drawTagged(child, () => draw(child, index, children));
        if (node === layout) drawing = false;
      },
    });
  };
  hook(layout);
}

function leafElement(ctx: PDFKit.PDFDocument, tag: Extract<PdfTag, { alt?: string }>): StructElement {
  const element: StructElement = ctx.struct(tag.role, tag.alt ? { alt: tag.alt } : {});
  // Header cells say which way they apply (PDF/UA: a TH has a Scope).
  if (tag.scope && element.dictionary) element.dictionary.data.A = { O: "Table", Scope: tag.scope };
  return element;
}

const links = new WeakMap<StructElement, StructElement>();

function linkInside(ctx: PDFKit.PDFDocument, element: StructElement): StructElement {
  let link = links.get(element);
  if (!link) {
    link = ctx.struct("Link");
    element.add(link);
    links.set(element, link);
  }
  return link;
}
