// Jurisdictions (đơn vị hành chính): the type, a city adding its wards with their first administrator,
// and a ward's reporting calendar.
import "./jurisdiction.ts";
import "./createJurisdiction.ts";
import "./updateReportingCalendar.ts";
