import { addDays } from "../lib/core/dates/paris";
import { createOffer, createRevision, createStructure } from "../test/factories";
import { TODAY, uniqueWord } from "./support/catalogue";
import { expect, expectAccessible, test } from "./support/fixtures";
import { latestEmailTo } from "./support/mailbox";
import { expectWithinPhoneWidth, openPhone } from "./support/phone";
import { insertCompleteOffer, insertOfferer } from "./support/structure-admin";

/**
 * Issue 16, points 9 to 13: a VALIDEUR's queue on a phone (360 × 740). Each test makes its own
 * structure, accounts and offers.
 */
test.describe("Les écrans du valideur, sur un téléphone (issue 16)", () => {
  test.describe.configure({ timeout: 150_000 });

  test("file d'attente comptée comme le tableau de bord, cartes, renvoi et validation confirmés, « À corriger » et son commentaire", async ({
    browser,
    db,
  }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Centre ${word}` });
    const manager = await insertOfferer(db, structureId, { permissions: ["GESTIONNAIRE"], firstName: "Inès" });
    const validator = await insertOfferer(db, structureId, { permissions: ["VALIDEUR"], firstName: "Marc" });
    const newName = `Atelier dépistage ${word}`;
    const newId = await insertCompleteOffer(db, structureId, manager.id, newName);
    const liveName = `Atelier écrans ${word}`;
    const live = await createOffer(db, {
      structureId,
      name: liveName,
      authorId: manager.id,
      state: "PUBLISHED",
      publicationStart: addDays(TODAY, -5),
      publicationEnd: addDays(TODAY, 60),
      places: 4,
    });
    await createRevision(db, live, { authorId: manager.id, state: "PENDING", content: { name: `${liveName} (v2)`, places: 8 } });

    const { context, page } = await openPhone(browser, validator);

    // ——— 10: the tile counts the offer and the modification, as the alert does, and so does its list ———
    await expect(page.getByText("1 offre et 1 modification d'offre publiée en attente de validation")).toBeVisible();
    const tile = page.getByRole("link", { name: /^2\s*En attente de validation/ });
    await expect(tile).toContainText("dont 1 modification d'offre publiée");
    await expectAccessible(page);
    await tile.click();
    await expect(page).toHaveURL(/\/espace\/offres\?etat=en-attente/);
    await expect(page.getByRole("heading", { level: 2, name: "2 offres correspondant aux filtres" })).toBeVisible();

    // ——— 13: each row a card: name, state and action on screen, nothing to scroll sideways ———
    const liveRow = page.getByRole("row", { name: new RegExp(`${liveName} \\(v2\\)|${liveName}`) });
    await expect(liveRow).toContainText("Modification en attente de validation");
    for (const cell of [
      liveRow.getByRole("link", { name: /Atelier écrans/ }),
      liveRow.getByText("Publiée"),
      liveRow.getByRole("link", { name: /Consulter|Modifier/ }),
    ])
      await expectWithinPhoneWidth(cell);
    const region = page.getByRole("region", { name: "Offres de la structure" });
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expectAccessible(page);

    // ——— 11: « Renvoyer pour correction » says what happened ———
    await page.getByRole("link", { name: newName, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: newName })).toBeVisible();
    await page.getByRole("button", { name: "Renvoyer pour correction" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Commentaire").fill("Indiquez l'âge des patients accueillis.");
    await dialog.getByRole("button", { name: "Renvoyer pour correction" }).click();
    await expect(dialog).toBeHidden();
    const notice = page.getByTestId("decision-notice");
    await expect(notice).toContainText("L'offre est renvoyée pour correction : elle est de nouveau « Brouillon ».");
    await expect(notice).toContainText(`Un courriel prévient Inès ${manager.lastName} (${manager.email}).`);
    expect((await latestEmailTo(db, manager.email, "offer-sent-back")).text).toContain("Indiquez l'âge des patients accueillis.");
    await expectAccessible(page);

    // ——— 12: the author's list says « À corriger », the comment one click away; the activity quotes it ———
    const author = await openPhone(browser, manager);
    await expect(author.page.getByText("« Indiquez l'âge des patients accueillis. »")).toBeVisible();
    await author.page.goto("/espace/offres");
    const draftRow = author.page.getByRole("row", { name: new RegExp(newName) });
    await draftRow.getByRole("link", { name: `À corriger : lire le commentaire sur l'offre n° ${newId}` }).click();
    await expect(author.page).toHaveURL(new RegExp(`/espace/offres/${newId}#a-corriger$`));
    await expect(author.page.locator("#a-corriger")).toContainText("« Indiquez l'âge des patients accueillis. »");
    await expect(author.page.locator("#a-corriger")).toBeInViewport();
    await expectAccessible(author.page);
    await author.context.close();

    // ——— 9: the modification field by field, published value against proposed value ———
    await page.goto(`/espace/offres/${live.id}`);
    const changes = page.getByTestId("offer-changes");
    await expect(changes.getByRole("row", { name: /Nombre de places/ })).toContainText("4");
    await expect(changes.getByRole("row", { name: /Nombre de places/ })).toContainText("8");
    await expect(changes.getByRole("row", { name: /Nom de l'offre/ })).toContainText(`${liveName} (v2)`);
    await expect(changes.getByRole("row")).toHaveCount(3);
    await expectAccessible(page);

    // ——— 11: « Valider la modification » too ———
    await page.getByRole("button", { name: "Valider la modification" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Valider", exact: true }).click();
    await expect(notice).toContainText("La modification est validée : elle remplace la version publiée.");
    await expect(notice).toContainText(`Un courriel prévient Inès ${manager.lastName} (${manager.email}).`);
    await expectAccessible(page);
    await context.close();
  });
});
