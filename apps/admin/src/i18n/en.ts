// English messages, the console's second language: react-admin's own English strings and
// the labels of our resources, fields and enums (same keys as vi.ts, checked by the type).
import englishMessages from "ra-language-english";
import type { TranslationMessages } from "react-admin";
import type { DomainMessages } from "./vi.ts";

const domainMessages: DomainMessages = {
  app: {
    title: "Kế hoạch",
    language: "Language",
    none: "—",
    filter: {
      plan: "Plan",
      search: "Search",
    },
    error: {
      plan_not_found: "Plan not found",
      no_plan: "There is no plan yet",
      read_only: "This list cannot be changed here",
    },
    plan: {
      tab_general: "General",
      tab_indicators: "Indicators",
      tab_tasks: "Tasks and solutions",
      signer: "Signed by",
    },
    output: {
      kind: "Kind of output",
      title: "Output",
    },
    indicator: {
      applicable_from: "Applies from %{year}",
      sub_indicators: "Component indicators",
    },
  },
  resources: {
    plans: {
      name: "Plan |||| Plans",
      fields: {
        id: "ID",
        year: "Year",
        number: "Number",
        title: "Title",
        issuer: "Issued by",
        status: "Status",
        publishedAt: "Published on",
        theme: "Theme of the year",
        objective: "General objective",
        purposes: "Purposes",
        requirements: "Requirements",
        legalBases: "Legal bases",
        parentDocument: "Implements the higher-level plan",
        signerName: "Signed by",
        signerTitle: "Signer's title",
        indicatorGroups: "Indicator groups",
      },
    },
    indicators: {
      name: "Indicator |||| Indicators",
      fields: {
        id: "ID",
        number: "No.",
        code: "Code",
        name: "Indicator",
        sourceText: "Text in the plan",
        applicableFromYear: "Applies from",
        note: "Note",
        group: "Group",
        area: "Area",
        targets: "Targets",
        subIndicators: "Component indicators",
        planId: "Plan",
      },
    },
    tasks: {
      name: "Task |||| Tasks",
      fields: {
        id: "ID",
        code: "Code",
        kind: "Kind",
        section: "Section",
        title: "Task or solution",
        content: "Content",
        status: "Status",
        deadline: "Deadline",
        recurrence: "Recurrence",
        area: "Area",
        outputs: "Expected outputs",
        planId: "Plan",
      },
    },
    documents: {
      fields: {
        kind: "Kind",
        number: "Number",
        issuedOn: "Issued on",
        issuer: "Issued by",
        title: "Title",
      },
    },
  },
  enums: {
    PlanStatus: { DRAFT: "Draft", ACTIVE: "In progress", ARCHIVED: "Archived" },
    TaskKind: { KEY: "Key", SPECIFIC: "Specific" },
    TaskStatus: {
      NOT_STARTED: "Not started",
      IN_PROGRESS: "In progress",
      DONE: "Done",
      CANCELLED: "Cancelled",
    },
    TaskRecurrence: {
      ONCE: "Once",
      ONGOING: "Ongoing",
      MONTHLY: "Monthly",
      QUARTERLY: "Quarterly",
      YEARLY: "Yearly",
    },
    OutputKind: {
      SCHEME: "Scheme",
      PLAN: "Plan",
      PROGRAM: "Programme",
      MODEL: "Model",
      REPORT: "Report",
      OTHER: "Other document",
    },
    DocumentKind: {
      PLAN: "Plan",
      RESOLUTION: "Resolution",
      REPORT: "Report",
      PROGRAM: "Programme",
      DECISION: "Decision",
      DIRECTIVE: "Directive",
      SCHEME: "Scheme",
      OFFICIAL_LETTER: "Official letter",
      NOTICE: "Notice",
      OTHER: "Other document",
    },
  },
};

const messages: TranslationMessages = { ...englishMessages, ...domainMessages };

export default messages;
