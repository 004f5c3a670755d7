export const MAX_ATTACHMENTS_LABEL =
  "5 documents au maximum, 10 Mo chacun, tous formats sauf les programmes, les pages web et les images SVG (à enregistrer en PNG ou en JPEG). Ils sont visibles des étudiants une fois l'offre publiée.";
