import "server-only";
import { listReferenceOptions } from "@/lib/availability/queries";
import { listDepartments } from "@/lib/core/geo/territories";

/** The institution form's choices: types of the reference list (with its own), départements of the admin's région. */
export async function loadInstitutionFormOptions(regionCode: string, currentTypeId?: number) {
  const types = await listReferenceOptions("INSTITUTION_TYPE", currentTypeId);
  const departments = listDepartments(regionCode).map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }));
  return { types, departments };
}
