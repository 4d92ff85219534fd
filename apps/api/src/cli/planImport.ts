// `pnpm plan:import <file> [--dry-run] [--json] [--jurisdiction <code>] [--corrections <file.json>]`:
// reads a plan document (.docx, .pdf, .md, .txt), applies the reviewed corrections kept beside it
// (format "kehoach.draft-corrections/1", e.g. prisma/seed/ke-hoach-tan-hung-2026.corrections.json),
// prints what it found, and — unless --dry-run — creates the plan as a
// draft in the database (DATABASE_URL, else the embedded one in DATA_DIR / .data), with inferred
// assignments to confirm in the console. --json prints the draft as one JSON object
// (format "kehoach.plan-draft/1", documented in packages/domain/src/planDocument/README.md).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "@kehoach/db";
import {
  applyDraftCorrections,
  CORRECTIONS_FORMAT,
  clockFromEnv,
  type DraftCorrection,
  describeCorrection,
  MISSING_PART_MESSAGES,
  planDraftToJson,
} from "@kehoach/domain";
import pino from "pino";
import { recordAudit } from "../audit/record.ts";
import { anonymousViewer } from "../auth/viewer.ts";
import { bootstrapDatabase } from "../bootstrap.ts";
import { AppError, ValidationError } from "../errors.ts";
import { parseConfirmableDraft } from "../planImport/confirmableDraft.ts";
import { createPlanFromDraft } from "../planImport/createPlanFromDraft.ts";
import { importPlanDocument } from "../planImport/importDocument.ts";

const USAGE =
  "Cách dùng / usage: pnpm plan:import <tệp .docx|.pdf|.md|.txt> [--dry-run] [--json] [--jurisdiction <mã>] [--corrections <tệp .json>]";

/** A path the user typed, resolved from where the command was typed (pnpm runs the script in apps/api). */
function typedPath(typed: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), typed);
}

/** The corrections of a reviewed file, or a message that says what is wrong with it. */
function readCorrections(file: string): DraftCorrection[] | string {
  let parsed: { format?: unknown; corrections?: unknown };
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    return `Không đọc được tệp sửa / cannot read the corrections file ${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (parsed?.format !== CORRECTIONS_FORMAT || !Array.isArray(parsed.corrections)) {
    return `Tệp sửa ${file} phải là JSON { "format": "${CORRECTIONS_FORMAT}", "corrections": [...] }.`;
  }
  return parsed.corrections as DraftCorrection[];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      jurisdiction: { type: "string" },
      corrections: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const file = typedPath(positionals[0] as string);
  if (!fs.existsSync(file)) {
    console.error(`Không thấy tệp / file not found: ${file}`);
    return 2;
  }
  const imported = await importPlanDocument(new Uint8Array(fs.readFileSync(file)));
  let { draft } = imported;
  if (values.corrections) {
    const correctionsFile = typedPath(values.corrections);
    const corrections = readCorrections(correctionsFile);
    if (typeof corrections === "string") {
      console.error(corrections);
      return 2;
    }
    const corrected = applyDraftCorrections(draft, corrections);
    draft = corrected.draft;
    // stderr: stdout carries only the JSON draft.
    console.error(
      `Đã áp dụng ${corrected.applied}/${corrections.length} sửa đổi từ ${path.basename(correctionsFile)}.`,
    );
    for (const { correction, found } of corrected.stale) {
      console.error(
        `  Không áp dụng (${describeCorrection(correction)}): văn bản nay là ${found === null ? "— (không có mục này)" : `“${found}”`}, không phải “${correction.from}”.`,
      );
    }
  }
  if (values.json) {
    console.log(JSON.stringify(planDraftToJson(draft), null, 2));
  } else {
    const targets = draft.indicators.reduce(
      (n, i) => n + i.targets.length + i.subIndicators.reduce((m, s) => m + s.targets.length, 0),
      0,
    );
    console.log(
      [
        `Đọc ${path.basename(file)} (${imported.format}, ${imported.lines.length} dòng) trong ${imported.elapsedMs} ms`,
        `  Kế hoạch: ${draft.header?.title ?? "—"} (năm ${draft.header?.year ?? "?"})`,
        `  Căn cứ: ${draft.legalBases.length}; chỉ tiêu: ${draft.indicators.length} (mức: ${targets}); nhiệm vụ: ${draft.tasks.length}; đơn vị: ${draft.units.length}`,
        `  Người ký: ${draft.signer?.name ?? "—"}`,
        ...draft.missing.map((part) => `  Thiếu: ${MISSING_PART_MESSAGES[part]}`),
        ...draft.unparsed.map((u) => `  Chưa đọc được (dòng ${u.fromLine}–${u.toLine}): ${u.reason}`),
      ].join("\n"),
    );
  }
  if (values["dry-run"]) return 0;

  const db = await openDatabase(databaseOptionsFromEnv());
  try {
    // The same first start as the API's: migrations, and the seed on a new embedded database.
    // Logs go to stderr: stdout carries only the JSON draft.
    await bootstrapDatabase(
      db,
      { demoPassword: process.env.DEMO_PASSWORD, today: clockFromEnv(process.env).now() },
      pino({ level: "warn" }, pino.destination(2)),
    );
    const jurisdiction = await db.prisma.jurisdiction.findFirst({
      where: values.jurisdiction
        ? { code: values.jurisdiction }
        : { name: { equals: jurisdictionName(draft.header?.jurisdiction), mode: "insensitive" } },
      select: { id: true, name: true },
    });
    if (!jurisdiction) {
      console.error(
        `Không xác định được đơn vị hành chính của kế hoạch: dùng --jurisdiction <mã> (ví dụ 10537 cho Phường Tân Hưng).`,
      );
      return 1;
    }
    const ctx = {
      viewer: { ...anonymousViewer, jurisdictionId: jurisdiction.id },
      requestId: `cli:${crypto.randomUUID()}`,
      ip: "cli",
      clock: clockFromEnv(process.env),
    };
    const created = await db.prisma.$transaction(async (tx) => {
      const result = await createPlanFromDraft(tx, parseConfirmableDraft(planDraftToJson(draft)), {
        jurisdictionId: jurisdiction.id,
        today: ctx.clock.now(),
      });
      await recordAudit(tx, ctx, {
        name: "plan.imported",
        entityId: result.planId,
        after: { file: path.basename(file), ...result },
      });
      return result;
    });
    console.error(
      `Đã tạo kế hoạch (dự thảo) cho ${jurisdiction.name}: ${created.indicators} chỉ tiêu, ${created.targets} mức, ${created.tasks} nhiệm vụ, ${created.legalBases} căn cứ, ${created.assignments} phân công suy luận cần xác nhận.`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

function jurisdictionName(found: { level: string; name: string } | null | undefined): string {
  if (!found) return "";
  return `${found.level.charAt(0).toLocaleUpperCase("vi")}${found.level.slice(1)} ${found.name}`;
}

// exitCode, not exit(): a piped stdout must be flushed before the process ends.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ValidationError) {
      console.error(`Không tạo được kế hoạch: ${error.issues.map((i) => i.message).join(" ")}`);
    } else if (error instanceof AppError) {
      console.error(error.message);
    } else {
      console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 1;
  },
);
