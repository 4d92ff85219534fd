// Jurisdictions (đơn vị hành chính): the type, and a city adding its wards with their first administrator.
import "./jurisdiction.ts";
import "./createJurisdiction.ts";
