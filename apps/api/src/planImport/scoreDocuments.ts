// Scores the parser on a folder of documents against hand-written golden files of the same base
// names ("01-plan.docx" ↔ "01-plan.json"); read by `pnpm plan:score` and the importer's tests.
import fs from "node:fs";
import path from "node:path";
import { type CorpusScore, type DocumentScore, readGolden, scoreCorpus, scoreDraft } from "@kehoach/domain";
import { importPlanDocument } from "./importDocument.ts";

const DOCUMENT_EXTENSIONS = new Set([".txt", ".md", ".docx", ".pdf"]);

/** Scores every document of `documentsDir` that has a golden file in `goldenDir`. */
export async function scoreDocuments(documentsDir: string, goldenDir: string): Promise<CorpusScore> {
  const goldenByName = new Map(
    fs
      .readdirSync(goldenDir)
      .filter((name) => name.endsWith(".json"))
      .map((name) => [path.basename(name, ".json"), path.join(goldenDir, name)]),
  );
  const scores: DocumentScore[] = [];
  for (const name of fs.readdirSync(documentsDir).sort()) {
    const extension = path.extname(name).toLowerCase();
    const goldenFile = goldenByName.get(path.basename(name, path.extname(name)));
    if (!DOCUMENT_EXTENSIONS.has(extension) || !goldenFile) continue;
    const golden = readGolden(JSON.parse(fs.readFileSync(goldenFile, "utf8")), goldenFile);
    const { draft } = await importPlanDocument(new Uint8Array(fs.readFileSync(path.join(documentsDir, name))));
    scores.push({ ...scoreDraft(golden, draft), document: name });
  }
  return scoreCorpus(scores);
}
