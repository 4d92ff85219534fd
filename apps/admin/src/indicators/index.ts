// The `indicators` resource (chỉ tiêu): list, show, edit and create screens, loaded on demand.
// App.tsx drops edit and create for the roles that may not write.
import IndicatorIcon from "@mui/icons-material/Insights";
import { lazy } from "react";
import type { IndicatorRecord } from "../dataProvider/index.ts";
import { indicatorNumber } from "./indicatorNumber.ts";

export default {
  list: lazy(() => import("./IndicatorList.tsx")),
  show: lazy(() => import("./IndicatorShow.tsx")),
  edit: lazy(() => import("./IndicatorEdit.tsx")),
  create: lazy(() => import("./IndicatorCreate.tsx")),
  icon: IndicatorIcon,
  recordRepresentation: (indicator: IndicatorRecord) => `${indicatorNumber(indicator)} ${indicator.name}`,
};
