import { calendarExportResponse } from "@/lib/availability/exports";

/** The calendar's filtered view as a download; checks the session and capabilities itself. */
export async function GET(request: Request): Promise<Response> {
  return calendarExportResponse(request, "ics", ["calendar.view"]);
}
