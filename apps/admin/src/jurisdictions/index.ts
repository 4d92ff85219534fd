// The `jurisdictions` resource (a city's wards): its screens, loaded on demand.
import Icon from "@mui/icons-material/Domain";
import { lazy } from "react";

export default {
  list: lazy(() => import("./JurisdictionList.tsx")),
  create: lazy(() => import("./JurisdictionCreate.tsx")),
  recordRepresentation: "name",
  icon: Icon,
};
