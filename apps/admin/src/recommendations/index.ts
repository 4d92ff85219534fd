// The `recommendations` resource (ý kiến, kiến nghị của cử tri): list, show and create screens,
// loaded on demand. App.tsx drops create for the roles that may not record one (the Front records).
import Icon from "@mui/icons-material/RecordVoiceOver";
import { lazy } from "react";
import type { RecommendationRecord } from "../dataProvider/recommendations.ts";
import { shortened } from "./shortened.ts";

export default {
  list: lazy(() => import("./RecommendationList.tsx")),
  show: lazy(() => import("./RecommendationShow.tsx")),
  create: lazy(() => import("./RecommendationCreate.tsx")),
  icon: Icon,
  recordRepresentation: (recommendation: RecommendationRecord) => shortened(recommendation.content, 60),
};
