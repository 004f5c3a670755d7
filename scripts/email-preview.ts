/**
 * `npm run email:preview`: every template rendered with its example props (its `preview`) into
 * .data/email-preview/, one HTML file each and an index.html listing them with their subject, to
 * open in a browser. A plain script rather than React Email's dev server, which would install and
 * run a second Next application just to show 18 static pages.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { EMAIL_TEMPLATES, TEMPLATE_NAMES } from "../emails/registry";
import { renderEmail } from "../emails/render";

const outDir = path.resolve(import.meta.dirname, "../.data/email-preview");
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const rows: string[] = [];
for (const name of TEMPLATE_NAMES) {
  const template = EMAIL_TEMPLATES[name];
  const email = await renderEmail(name, template.preview() as never);
  await writeFile(path.join(outDir, `${name}.html`), email.html);
  await writeFile(path.join(outDir, `${name}.txt`), email.text);
  rows.push(
    `<tr><td><a href="${name}.html">${escapeHtml(template.label)}</a></td><td>${escapeHtml(email.subject)}</td>` +
      `<td><code>${name}</code></td><td><a href="${name}.txt">texte</a></td></tr>`,
  );
}

const index = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Courriels de la plateforme</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.4rem .8rem;text-align:left}</style></head>
<body>
<h1>Courriels de la plateforme (${TEMPLATE_NAMES.length})</h1>
<p>Chaque modèle rendu avec ses données d'exemple (<code>preview</code> dans <code>emails/&lt;nom&gt;.tsx</code>).</p>
<table><thead><tr><th>Courriel</th><th>Objet</th><th>Modèle</th><th>Version texte</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>
</body>
</html>
`;
await writeFile(path.join(outDir, "index.html"), index);
console.log(`${TEMPLATE_NAMES.length} courriels rendus : ${path.relative(process.cwd(), path.join(outDir, "index.html"))}`);
