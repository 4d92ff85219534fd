// Reads and validates the seed files in prisma/seed/ (jurisdictions, areas, units, users, the plan)
// into plain typed data; every mistake is reported with the file and the field path.
import fs from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";
import {
  Comparator,
  DocumentKind,
  JurisdictionKind,
  MeasureKind,
  OutputKind,
  PlanStatus,
  QualitativeKind,
  Role,
  TargetBasis,
  TargetDirection,
  TargetKind,
  TaskKind,
  TaskRecurrence,
  UnitKind,
} from "../generated/prisma/enums.ts";
import { seedDir } from "../paths.ts";
import { Cursor, SeedDataError } from "./validate.ts";

export const SEED_FILES = {
  jurisdictions: "jurisdictions-hai-phong.csv",
  areas: "areas.yaml",
  units: "units.yaml",
  users: "users.yaml",
  plan: "plan-tan-hung-2026.yaml",
} as const;

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as T[keyof T][];

export interface JurisdictionSeed {
  code: string;
  name: string;
  kind: JurisdictionKind;
  parentCode: string | null;
}

export interface AreaSeed {
  code: string;
  name: string;
  nameEn: string;
  parentCode: string | null;
  position: number;
}

export interface UnitSeed {
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentCode: string | null;
  duties: string[];
  position: number;
}

export interface GrantSeed {
  role: Role;
  unitCode: string | null;
  areaCodes: string[];
}

export interface UserSeed {
  username: string;
  displayName: string;
  title: string | null;
  unitCode: string | null;
  /** Demo account: created only when demo accounts are asked for. */
  demo: boolean;
  grants: GrantSeed[];
}

export interface DocumentSeed {
  kind: DocumentKind;
  number: string;
  issuedOn: string | null;
  issuer: string;
  jurisdictionCode: string | null;
  title: string;
  shortName: string | null;
}

export interface TargetSeed {
  kind: TargetKind;
  comparator: Comparator | null;
  /** Decimals as strings ("84.9"), never floats. */
  value: string | null;
  minValue: string | null;
  maxValue: string | null;
  unit: string | null;
  measure: MeasureKind | null;
  currency: string | null;
  scale: string | null;
  perQuantity: string | null;
  perUnit: string | null;
  direction: TargetDirection;
  basis: TargetBasis;
  qualitativeKind: QualitativeKind | null;
  text: string;
}

export interface AssignmentSeed {
  leadUnitCode: string;
  cooperatingUnitCodes: string[];
  leaderUsername: string | null;
  inferred: boolean;
  inferenceNote: string | null;
}

export interface IndicatorSeed {
  number: number | null;
  code: string;
  name: string;
  sourceText: string;
  areaCode: string;
  applicableFromYear: number | null;
  note: string | null;
  targets: TargetSeed[];
  subIndicators: IndicatorSeed[];
  assignment: AssignmentSeed | null;
}

export interface IndicatorGroupSeed {
  code: string;
  title: string;
  areaCode: string;
  indicators: IndicatorSeed[];
}

export interface TaskSeed {
  code: string;
  title: string;
  content: string;
  kind: TaskKind;
  section: string;
  areaCode: string;
  recurrence: TaskRecurrence;
  deadline: string | null;
  outputs: { kind: OutputKind; title: string }[];
  assignment: AssignmentSeed;
}

export interface PlanSeed {
  jurisdictionCode: string;
  year: number;
  number: string | null;
  /** How the number is written in the document ("Số: /KH-UBND"); no database column holds it. */
  numberAsWritten: string | null;
  issuedOn: string | null;
  placeAndDate: string | null;
  issuer: string;
  title: string;
  theme: string | null;
  objective: string | null;
  purposes: string[];
  requirements: string[];
  parentDocument: { number: string; issuer: string } | null;
  signerName: string | null;
  signerTitle: string | null;
  status: PlanStatus;
  published: boolean;
  legalBases: DocumentSeed[];
  indicatorGroups: IndicatorGroupSeed[];
  tasks: TaskSeed[];
}

export interface SeedData {
  jurisdictions: JurisdictionSeed[];
  areas: AreaSeed[];
  units: { jurisdictionCode: string; units: UnitSeed[] };
  users: { jurisdictionCode: string; users: UserSeed[] };
  plan: PlanSeed;
}

function readText(dir: string, file: string): string {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) throw new SeedDataError(file, "(tệp)", `không tìm thấy ${full}`);
  return fs.readFileSync(full, "utf8");
}

function readYaml(dir: string, file: string): Cursor {
  try {
    return new Cursor(file, "", parseYaml(readText(dir, file)));
  } catch (e) {
    if (e instanceof SeedDataError) throw e;
    throw new SeedDataError(file, "(cú pháp YAML)", e instanceof Error ? e.message : String(e));
  }
}

function readJurisdictions(dir: string): JurisdictionSeed[] {
  const file = SEED_FILES.jurisdictions;
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(readText(dir, file), { columns: true, comment: "#", skip_empty_lines: true, trim: true });
  } catch (e) {
    if (e instanceof SeedDataError) throw e;
    throw new SeedDataError(file, "(cú pháp CSV)", e instanceof Error ? e.message : String(e));
  }
  const out = rows.map((row, i) => {
    const c = new Cursor(file, `dòng ${i + 1}`, row).keys(["code", "name", "kind", "parentCode"]);
    return {
      code: c.at("code").str(),
      name: c.at("name").str(),
      kind: c.at("kind").oneOf(values(JurisdictionKind)),
      parentCode: row.parentCode ? row.parentCode : null,
    };
  });
  unique(
    file,
    "code",
    out.map((j) => j.code),
  );
  const codes = new Set(out.map((j) => j.code));
  out.forEach((j, i) => {
    // Parents come first so that the loader can create them before their children.
    if (j.parentCode && (!codes.has(j.parentCode) || out.findIndex((p) => p.code === j.parentCode) > i)) {
      throw new SeedDataError(file, `dòng ${i + 1}.parentCode`, `"${j.parentCode}" không có ở một dòng phía trên`);
    }
  });
  return out;
}

function readAreas(dir: string): AreaSeed[] {
  const root = readYaml(dir, SEED_FILES.areas).keys(["areas"]);
  const out: AreaSeed[] = [];
  const walk = (list: Cursor[], parentCode: string | null) => {
    for (const c of list) {
      c.keys(["code", "name", "nameEn", "children"]);
      const code = c.at("code").str();
      out.push({ code, name: c.at("name").str(), nameEn: c.at("nameEn").str(), parentCode, position: out.length + 1 });
      walk(c.at("children").optList(), code);
    }
  };
  walk(root.at("areas").list(), null);
  unique(
    SEED_FILES.areas,
    "areas[].code",
    out.map((a) => a.code),
  );
  return out;
}

function readUnits(dir: string): SeedData["units"] {
  const file = SEED_FILES.units;
  const root = readYaml(dir, file).keys(["jurisdiction", "dutyGroups", "units"]);
  const groups = new Map<string, string[]>();
  const dg = root.at("dutyGroups");
  if (dg.value != null) {
    dg.keys(Object.keys(dg.value as object));
    for (const key of Object.keys(dg.value as object))
      groups.set(
        key,
        dg
          .at(key)
          .list()
          .map((d) => d.str()),
      );
  }
  const units: UnitSeed[] = [];
  const walk = (list: Cursor[], parentCode: string | null) => {
    for (const c of list) {
      c.keys(["code", "name", "shortName", "kind", "duties", "children"]);
      const code = c.at("code").str();
      const duties = c
        .at("duties")
        .optList()
        .flatMap((d) => {
          const key = d.str();
          return (
            groups.get(key) ??
            d.fail(`nhóm nhiệm vụ "${key}" không có trong dutyGroups (${[...groups.keys()].join(", ")})`)
          );
        });
      units.push({
        code,
        name: c.at("name").str(),
        shortName: c.at("shortName").optStr(),
        kind: c.at("kind").oneOf(values(UnitKind)),
        parentCode,
        duties,
        position: units.length + 1,
      });
      walk(c.at("children").optList(), code);
    }
  };
  walk(root.at("units").list(), null);
  unique(
    file,
    "units[].code",
    units.map((u) => u.code),
  );
  return { jurisdictionCode: root.at("jurisdiction").code(), units };
}

function readUsers(dir: string): SeedData["users"] {
  const file = SEED_FILES.users;
  const root = readYaml(dir, file).keys(["jurisdiction", "users"]);
  const users = root
    .at("users")
    .list()
    .map((c) => {
      c.keys(["username", "displayName", "title", "unit", "demo", "grants"]);
      const username = c.at("username").str();
      if (!/^[a-z0-9._-]+$/.test(username)) c.at("username").fail("chỉ dùng chữ thường không dấu, số, dấu chấm, gạch");
      return {
        username,
        displayName: c.at("displayName").str(),
        title: c.at("title").optStr(),
        unitCode: c.at("unit").optStr(),
        demo: c.at("demo").bool(),
        grants: c
          .at("grants")
          .list()
          .map((g) => {
            g.keys(["role", "unit", "areas"]);
            return {
              role: g.at("role").oneOf(values(Role)),
              unitCode: g.at("unit").optStr(),
              areaCodes: g
                .at("areas")
                .optList()
                .map((a) => a.str()),
            };
          }),
      };
    });
  unique(
    file,
    "users[].username",
    users.map((u) => u.username),
  );
  return { jurisdictionCode: root.at("jurisdiction").code(), users };
}

function readTarget(c: Cursor): TargetSeed {
  c.keys([
    "kind",
    "comparator",
    "value",
    "minValue",
    "maxValue",
    "unit",
    "measure",
    "currency",
    "scale",
    "perQuantity",
    "perUnit",
    "direction",
    "basis",
    "qualitativeKind",
    "text",
  ]);
  const t: TargetSeed = {
    kind: c.at("kind").oneOf(values(TargetKind)),
    comparator: c.at("comparator").optOneOf(values(Comparator)),
    value: c.at("value").optDecimal(),
    minValue: c.at("minValue").optDecimal(),
    maxValue: c.at("maxValue").optDecimal(),
    unit: c.at("unit").optStr(),
    measure: c.at("measure").optOneOf(values(MeasureKind)),
    currency: c.at("currency").optStr(),
    scale: c.at("scale").optDecimal(),
    perQuantity: c.at("perQuantity").optDecimal(),
    perUnit: c.at("perUnit").optStr(),
    direction: c.at("direction").oneOf(values(TargetDirection)),
    basis: c.at("basis").oneOf(values(TargetBasis)),
    qualitativeKind: c.at("qualitativeKind").optOneOf(values(QualitativeKind)),
    text: c.at("text").str(),
  };
  // The shape must match the kind, or evaluation would have nothing to compare.
  if (t.kind === "QUANTITATIVE") {
    if (!t.comparator) c.at("comparator").fail("bắt buộc với mức chỉ tiêu định lượng (QUANTITATIVE)");
    if (t.comparator === "RANGE") {
      if (t.minValue == null || t.maxValue == null) c.at("minValue").fail("RANGE cần cả minValue và maxValue");
    } else if (t.value == null) c.at("value").fail(`bắt buộc với phép so sánh ${t.comparator}`);
    if (!t.unit) c.at("unit").fail("bắt buộc với mức chỉ tiêu định lượng");
    if (!t.measure) c.at("measure").fail("bắt buộc với mức chỉ tiêu định lượng");
    if (t.measure === "MONEY" && (!t.currency || !t.scale)) c.at("currency").fail("tiền cần currency và scale");
    if (t.qualitativeKind) c.at("qualitativeKind").fail("chỉ dùng cho mức chỉ tiêu định tính (QUALITATIVE)");
  } else {
    if (!t.qualitativeKind) c.at("qualitativeKind").fail("bắt buộc với mức chỉ tiêu định tính (QUALITATIVE)");
    if (t.comparator || t.value != null)
      c.at("comparator").fail("mức chỉ tiêu định tính không có phép so sánh, giá trị");
  }
  return t;
}

function readAssignment(c: Cursor): AssignmentSeed {
  c.keys(["lead", "cooperating", "leader", "inferred", "inferenceNote"]);
  const a = {
    leadUnitCode: c.at("lead").str(),
    cooperatingUnitCodes: c
      .at("cooperating")
      .optList()
      .map((u) => u.str()),
    leaderUsername: c.at("leader").optStr(),
    inferred: c.at("inferred").optBool(true),
    inferenceNote: c.at("inferenceNote").optStr(),
  };
  if (a.inferred && !a.inferenceNote) c.at("inferenceNote").fail("phân công suy luận phải nói căn cứ suy luận");
  if (a.cooperatingUnitCodes.includes(a.leadUnitCode))
    c.at("cooperating").fail("đơn vị chủ trì không đồng thời là đơn vị phối hợp");
  unique(c.file, `${c.path}.cooperating`, a.cooperatingUnitCodes);
  return a;
}

const INDICATOR_KEYS = [
  "number",
  "code",
  "name",
  "sourceText",
  "area",
  "applicableFromYear",
  "note",
  "targets",
  "subIndicators",
  "assignment",
];

function readIndicator(c: Cursor, inheritedArea: string | null): IndicatorSeed {
  c.keys(INDICATOR_KEYS);
  const areaCode = inheritedArea && !c.has("area") ? inheritedArea : c.at("area").str();
  return {
    number: c.at("number").optInt(1, 999),
    code: c.at("code").code(),
    name: c.at("name").str(),
    sourceText: c.at("sourceText").str(),
    areaCode,
    applicableFromYear: c.at("applicableFromYear").optInt(1900, 9999),
    note: c.at("note").optStr(),
    targets: c.at("targets").optList().map(readTarget),
    // Sub-indicators take the area of their indicator unless they name one.
    subIndicators: c
      .at("subIndicators")
      .optList()
      .map((s) => readIndicator(s, areaCode)),
    assignment: c.has("assignment") ? readAssignment(c.at("assignment")) : null,
  };
}

function readPlan(dir: string): PlanSeed {
  const file = SEED_FILES.plan;
  const root = readYaml(dir, file).keys(["plan", "legalBases", "indicatorGroups", "taskGroups"]);
  const p = root
    .at("plan")
    .keys([
      "jurisdiction",
      "year",
      "number",
      "numberAsWritten",
      "issuedOn",
      "placeAndDate",
      "issuer",
      "title",
      "theme",
      "objective",
      "purposes",
      "requirements",
      "parentDocument",
      "signerName",
      "signerTitle",
      "status",
      "published",
    ]);
  const legalBases = root
    .at("legalBases")
    .list()
    .map((c) => {
      c.keys(["kind", "number", "issuedOn", "issuer", "jurisdiction", "title", "shortName"]);
      return {
        kind: c.at("kind").oneOf(values(DocumentKind)),
        number: c.at("number").str(),
        issuedOn: c.at("issuedOn").optDate(),
        issuer: c.at("issuer").str(),
        jurisdictionCode: c.at("jurisdiction").value == null ? null : c.at("jurisdiction").code(),
        title: c.at("title").str(),
        shortName: c.at("shortName").optStr(),
      };
    });
  unique(
    file,
    "legalBases[].number+issuer",
    legalBases.map((d) => `${d.number} | ${d.issuer}`),
  );

  let parentDocument: PlanSeed["parentDocument"] = null;
  const pd = p.at("parentDocument");
  if (pd.value != null) {
    pd.keys(["number", "issuer"]);
    parentDocument = { number: pd.at("number").str(), issuer: pd.at("issuer").str() };
    if (!legalBases.some((d) => d.number === parentDocument?.number && d.issuer === parentDocument.issuer)) {
      pd.fail("phải là một trong các căn cứ (legalBases), cùng số và cơ quan ban hành");
    }
  }

  const indicatorGroups = root
    .at("indicatorGroups")
    .list()
    .map((g) => {
      g.keys(["code", "title", "area", "indicators"]);
      return {
        code: g.at("code").str(),
        title: g.at("title").str(),
        areaCode: g.at("area").str(),
        indicators: g
          .at("indicators")
          .list()
          .map((c) => readIndicator(c, null)),
      };
    });
  const allIndicators = indicatorGroups.flatMap((g) => g.indicators.flatMap((i) => [i, ...i.subIndicators]));
  unique(
    file,
    "indicatorGroups[].code",
    indicatorGroups.map((g) => g.code),
  );
  unique(
    file,
    "indicators[].code",
    allIndicators.map((i) => i.code),
  );
  unique(
    file,
    "indicators[].number",
    allIndicators.flatMap((i) => (i.number == null ? [] : [String(i.number)])),
  );

  const tasks: TaskSeed[] = [];
  for (const g of root.at("taskGroups").list()) {
    g.keys(["section", "title", "kind", "area", "tasks"]);
    const section = g.at("section").str();
    const kind = g.at("kind").oneOf(values(TaskKind));
    const areaCode = g.at("area").str();
    for (const c of g.at("tasks").list()) {
      c.keys(["code", "title", "content", "recurrence", "deadline", "outputs", "assignment"]);
      const title = c.at("title").str();
      if (title.length > 120) c.at("title").fail(`tiêu đề ngắn tối đa 120 ký tự, đang có ${title.length}`);
      tasks.push({
        code: c.at("code").code(),
        title,
        content: c.at("content").str(),
        kind,
        section,
        areaCode,
        recurrence: c.at("recurrence").value == null ? "ONGOING" : c.at("recurrence").oneOf(values(TaskRecurrence)),
        deadline: c.at("deadline").optDate(),
        outputs: c
          .at("outputs")
          .optList()
          .map((o) => {
            o.keys(["kind", "title"]);
            return { kind: o.at("kind").oneOf(values(OutputKind)), title: o.at("title").str() };
          }),
        assignment: readAssignment(c.at("assignment")),
      });
    }
  }
  unique(
    file,
    "tasks[].code",
    tasks.map((t) => t.code),
  );

  return {
    jurisdictionCode: p.at("jurisdiction").code(),
    year: p.at("year").int(1900, 9999),
    number: p.at("number").optStr(),
    numberAsWritten: p.at("numberAsWritten").optStr(),
    issuedOn: p.at("issuedOn").optDate(),
    placeAndDate: p.at("placeAndDate").optStr(),
    issuer: p.at("issuer").str(),
    title: p.at("title").str(),
    theme: p.at("theme").optStr(),
    objective: p.at("objective").optStr(),
    purposes: p
      .at("purposes")
      .optList()
      .map((x) => x.str()),
    requirements: p
      .at("requirements")
      .optList()
      .map((x) => x.str()),
    parentDocument,
    signerName: p.at("signerName").optStr(),
    signerTitle: p.at("signerTitle").optStr(),
    status: p.at("status").oneOf(values(PlanStatus)),
    published: p.at("published").optBool(false),
    legalBases,
    indicatorGroups,
    tasks,
  };
}

function unique(file: string, field: string, keys: string[]) {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) throw new SeedDataError(file, field, `"${k}" bị trùng`);
    seen.add(k);
  }
}

/** Checks that every code one file uses is defined in the file that owns it. */
function checkReferences(data: SeedData) {
  const jurisdictions = new Set(data.jurisdictions.map((j) => j.code));
  const areas = new Set(data.areas.map((a) => a.code));
  const units = new Set(data.units.units.map((u) => u.code));
  const users = new Set(data.users.users.map((u) => u.username));
  const demoUsers = new Set(data.users.users.filter((u) => u.demo).map((u) => u.username));
  const need = (ok: boolean, file: string, field: string, problem: string) => {
    if (!ok) throw new SeedDataError(file, field, problem);
  };
  const F = SEED_FILES;
  need(
    jurisdictions.has(data.units.jurisdictionCode),
    F.units,
    "jurisdiction",
    `mã "${data.units.jurisdictionCode}" không có trong ${F.jurisdictions}`,
  );
  need(
    jurisdictions.has(data.users.jurisdictionCode),
    F.users,
    "jurisdiction",
    `mã "${data.users.jurisdictionCode}" không có trong ${F.jurisdictions}`,
  );
  for (const u of data.users.users) {
    if (u.unitCode)
      need(units.has(u.unitCode), F.users, `${u.username}.unit`, `đơn vị "${u.unitCode}" không có trong ${F.units}`);
    for (const g of u.grants) {
      if (g.unitCode)
        need(
          units.has(g.unitCode),
          F.users,
          `${u.username}.grants.unit`,
          `đơn vị "${g.unitCode}" không có trong ${F.units}`,
        );
      for (const a of g.areaCodes)
        need(areas.has(a), F.users, `${u.username}.grants.areas`, `lĩnh vực "${a}" không có trong ${F.areas}`);
    }
  }
  const p = data.plan;
  need(
    jurisdictions.has(p.jurisdictionCode),
    F.plan,
    "plan.jurisdiction",
    `mã "${p.jurisdictionCode}" không có trong ${F.jurisdictions}`,
  );
  for (const d of p.legalBases) {
    if (d.jurisdictionCode)
      need(
        jurisdictions.has(d.jurisdictionCode),
        F.plan,
        `legalBases[${d.number}].jurisdiction`,
        `mã "${d.jurisdictionCode}" không có`,
      );
  }
  const checkAssignment = (a: AssignmentSeed | null, where: string) => {
    if (!a) return;
    need(
      units.has(a.leadUnitCode),
      F.plan,
      `${where}.assignment.lead`,
      `đơn vị "${a.leadUnitCode}" không có trong ${F.units}`,
    );
    for (const u of a.cooperatingUnitCodes)
      need(units.has(u), F.plan, `${where}.assignment.cooperating`, `đơn vị "${u}" không có trong ${F.units}`);
    if (a.leaderUsername) {
      need(
        users.has(a.leaderUsername),
        F.plan,
        `${where}.assignment.leader`,
        `người dùng "${a.leaderUsername}" không có trong ${F.users}`,
      );
      // Leaders in charge must be real accounts: demo accounts are absent outside demo databases.
      need(
        !demoUsers.has(a.leaderUsername),
        F.plan,
        `${where}.assignment.leader`,
        "lãnh đạo phụ trách không được là tài khoản demo",
      );
    }
  };
  for (const g of p.indicatorGroups) {
    need(
      areas.has(g.areaCode),
      F.plan,
      `indicatorGroups[${g.code}].area`,
      `lĩnh vực "${g.areaCode}" không có trong ${F.areas}`,
    );
    for (const i of g.indicators) {
      for (const x of [i, ...i.subIndicators]) {
        need(
          areas.has(x.areaCode),
          F.plan,
          `indicators[${x.code}].area`,
          `lĩnh vực "${x.areaCode}" không có trong ${F.areas}`,
        );
      }
      checkAssignment(i.assignment, `indicators[${i.code}]`);
      for (const s of i.subIndicators) checkAssignment(s.assignment, `indicators[${s.code}]`);
    }
  }
  for (const t of p.tasks) {
    need(areas.has(t.areaCode), F.plan, `tasks[${t.code}].area`, `lĩnh vực "${t.areaCode}" không có trong ${F.areas}`);
    checkAssignment(t.assignment, `tasks[${t.code}]`);
  }
}

/** Reads, validates and cross-checks every seed file; throws SeedDataError naming file and field. */
export function loadSeedData(dir: string = seedDir): SeedData {
  const data: SeedData = {
    jurisdictions: readJurisdictions(dir),
    areas: readAreas(dir),
    units: readUnits(dir),
    users: readUsers(dir),
    plan: readPlan(dir),
  };
  checkReferences(data);
  return data;
}
