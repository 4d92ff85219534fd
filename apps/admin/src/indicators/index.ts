// The `indicators` resource (chỉ tiêu): list and show screens, loaded on demand.
import IndicatorIcon from "@mui/icons-material/Insights";
import { lazy } from "react";
import type { IndicatorRecord } from "../dataProvider/index.ts";
import { indicatorNumber } from "./indicatorNumber.ts";

export default {
  list: lazy(() => import("./IndicatorList.tsx")),
  show: lazy(() => import("./IndicatorShow.tsx")),
  icon: IndicatorIcon,
  recordRepresentation: (indicator: IndicatorRecord) => `${indicatorNumber(indicator)} ${indicator.name}`,
};
