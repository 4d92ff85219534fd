// Step 1 of a plan import: choose (or drop) the plan document; it is checked here (kind, 10 MB),
// uploaded and read into a draft. What the API could not read is said in its own words.
import UploadIcon from "@mui/icons-material/UploadFile";
import { Alert, AlertTitle, Box, Button, CircularProgress, Paper, Typography } from "@mui/material";
import { type ChangeEvent, type DragEvent, useState } from "react";
import { useTranslate } from "react-admin";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { ACCEPTED_EXTENSIONS, documentFileProblem } from "./documentFile.ts";
import { failureMessage } from "./failureMessage.ts";
import { type ReadDocument, readPlanDocument } from "./planImportApi.ts";

export interface UploadStepProps {
  client: GraphqlClient;
  onRead: (read: ReadDocument, fileName: string) => void;
}

export function UploadStep({ client, onRead }: UploadStepProps) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const upload = async (file: File | undefined) => {
    if (!file || reading) return;
    const refused = documentFileProblem(file, locale);
    if (refused) {
      setProblem(translate(refused.message, refused.args));
      return;
    }
    setProblem(null);
    setReading(file.name);
    try {
      const result = await readPlanDocument(client, file);
      if (result.kind === "draft") {
        onRead(result, file.name);
        return;
      }
      setProblem(result.issues.length ? result.issues.map((issue) => issue.message).join(" ") : result.message);
    } catch (error) {
      setProblem(failureMessage(error, translate));
    }
    setReading(null);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Choosing the same file again after fixing it must fire again.
    event.target.value = "";
    void upload(file);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void upload(event.dataTransfer.files[0]);
  };

  return (
    <Paper
      variant="outlined"
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
      sx={{ p: 3, maxWidth: 720, borderStyle: "dashed" }}
    >
      <Typography sx={{ mb: 2 }}>{translate("app.plan_import.upload.intro")}</Typography>
      {reading ? (
        <Box role="status" sx={{ display: "flex", alignItems: "center", gap: 2 }}>
          <CircularProgress size={24} />
          <Typography>{translate("app.plan_import.upload.reading", { name: reading })}</Typography>
        </Box>
      ) : (
        <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
          <Button variant="contained" component="label" startIcon={<UploadIcon />}>
            {translate("app.plan_import.upload.choose")}
            <input type="file" hidden accept={ACCEPTED_EXTENSIONS.join(",")} onChange={onChange} />
          </Button>
          <Typography color="text.secondary">{translate("app.plan_import.upload.drop")}</Typography>
        </Box>
      )}
      {problem ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          <AlertTitle>{translate("app.plan_import.upload.failed")}</AlertTitle>
          {problem}
        </Alert>
      ) : null}
    </Paper>
  );
}
