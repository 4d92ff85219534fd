// Labels and messages of the dashboard screens, Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {},
  en: {},
};

export default messages;
