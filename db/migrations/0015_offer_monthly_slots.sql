-- « Plage d'accueil » selon le mois: null keeps an offer's single weekly grid for every month of its period,
-- which is what every existing offer had (docs/produit.md#plage-daccueil-selon-le-mois).
ALTER TABLE "offers" ADD COLUMN "monthly_slots" jsonb;
