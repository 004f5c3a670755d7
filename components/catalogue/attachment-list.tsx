import { fileExtension } from "@/lib/core/validation/files";

export type AttachmentItem = { fileId: string; name: string; size: number };

/** « 1,2 Mo », « 830 ko ». */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("fr-FR")} ko`;
}

/** « Documents utiles »: download links with their format and size (RGAA 6.1: a download says what it is). */
export function AttachmentList({
  files,
  hrefFor,
  title = "Documents utiles",
}: {
  files: AttachmentItem[];
  hrefFor: (file: AttachmentItem) => string;
  title?: string;
}) {
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="section-documents" className="mb-10">
      <h2 id="section-documents" className="text-2xl md:text-3xl">
        {title}
      </h2>
      <ul className="m-0 list-none p-0">
        {files.map((file) => (
          <li key={file.fileId} className="mb-3">
            <a href={hrefFor(file)} download>
              {file.name}
            </a>
            <span className="ml-2 text-sm text-grey-425">
              {(fileExtension(file.name) || "fichier").toUpperCase()} – {formatFileSize(file.size)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
