// The plan import screen (/plan-import, office and admin): upload the plan document, then review
// the draft beside the source text and confirm it into a new draft plan.
import { useState } from "react";
import { Title, useTranslate } from "react-admin";
import type { GraphqlClient } from "../dataProvider/types.ts";
import type { ReadDocument } from "./planImportApi.ts";
import { ReviewStep } from "./ReviewStep.tsx";
import { UploadStep } from "./UploadStep.tsx";

export function PlanImportPage({ client }: { client: GraphqlClient }) {
  const translate = useTranslate();
  const [read, setRead] = useState<{ document: ReadDocument; fileName: string } | null>(null);
  return (
    <>
      <Title title={translate("app.plan_import.title")} />
      {read ? (
        <ReviewStep client={client} read={read.document} fileName={read.fileName} onRestart={() => setRead(null)} />
      ) : (
        <UploadStep client={client} onRead={(document, fileName) => setRead({ document, fileName })} />
      )}
    </>
  );
}
