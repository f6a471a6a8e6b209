/**
 * Which program a page runs in, from what the program puts on the page's window: WPS gives its
 * add-in pages a global `Application` with an `ApiEvent` (WPS's own, absent in Excel); Office
 * pages load office.js, which defines `Office`; anything else is a plain browser (the preview).
 */
export type HostProgram = "wps" | "office" | "preview";

export function detectHost(window: object): HostProgram {
  const w = window as { Application?: { ApiEvent?: unknown }; wps?: unknown; Office?: unknown };
  if (typeof w.Application === "object" && w.Application !== null && w.Application.ApiEvent !== undefined) return "wps";
  if (typeof w.Office === "object" && w.Office !== null) return "office";
  return "preview";
}
