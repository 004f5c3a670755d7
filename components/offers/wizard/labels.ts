export const MAX_ATTACHMENTS_LABEL =
  "5 documents au maximum, 10 Mo chacun, tous formats sauf les programmes et les pages web. Ils sont visibles des étudiants une fois l'offre publiée.";
