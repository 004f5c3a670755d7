import "server-only";
import { listDepartments } from "@/lib/core/geo/territories";
import type { OwnPeriod } from "./queries";
import { listReferenceOptions } from "./queries";
import type { PeriodInput } from "./schemas";

/** What the period form needs from the server: the disciplines (with the period's own) and the région's départements. */
export async function loadPeriodFormOptions(regionCode: string, currentDisciplineId?: number) {
  const disciplines = await listReferenceOptions("DISCIPLINE", currentDisciplineId);
  const departments = listDepartments(regionCode).map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }));
  return { disciplines, departments };
}

export function periodFormDefaults(period: OwnPeriod | null, institutionDepartment: string): PeriodInput {
  if (!period) {
    return {
      disciplineId: "",
      promotion: "",
      studentCount: "",
      startDate: "",
      endDate: "",
      modality: "CONTINUOUS",
      weeklySlots: [],
      departmentCodes: [institutionDepartment],
      comment: "",
    };
  }
  return {
    disciplineId: String(period.disciplineId),
    promotion: period.promotion ?? "",
    studentCount: String(period.studentCount),
    startDate: period.startDate,
    endDate: period.endDate,
    modality: period.modality,
    weeklySlots: period.weeklySlots,
    departmentCodes: period.departmentCodes,
    comment: period.comment ?? "",
  };
}
