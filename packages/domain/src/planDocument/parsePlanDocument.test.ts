// Specification of the whole parse on text that is not (quite) a plan: nothing, other genres,
// random text, and large inputs, which must neither throw nor take long.
import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "./parsePlanDocument.ts";
import { MISSING_PART_MESSAGES, REQUIRED_PARTS } from "./types.ts";

/** A small deterministic generator (mulberry32), so that the random inputs are the same each run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `size` characters of plan-like noise: words of the genre, numbers, marks and line breaks. */
function noise(size: number, seed: number): string {
  const next = random(seed);
  const tokens = [
    "trên ",
    "đạt ",
    "không quá ",
    "từ ",
    "đến ",
    "trở lên ",
    "tăng bình quân ",
    "giảm ",
    "(",
    ")",
    "(1) ",
    "a) ",
    "I. ",
    "2.1. ",
    "- ",
    "+ ",
    "%",
    "/năm ",
    "tỷ ",
    "triệu đồng ",
    "Căn cứ ",
    "Kế hoạch số ",
    "ngày 07/01/2026 ",
    "của ",
    "về ",
    "“",
    "”",
    ";",
    ":",
    ". ",
    ", ",
    "\n",
    "\n\n",
    "**",
    "*",
    "\\geq ",
    "chỉ tiêu ",
    "năm 2026 ",
    "Số: ",
    "TM. ",
    "CHỦ TỊCH\n",
    "Nơi nhận:\n",
    "xã hội ",
    "ả",
    "Ư",
    "9",
    "1.000,5 ",
  ];
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const token =
      next() < 0.7
        ? (tokens[Math.floor(next() * tokens.length)] ?? "")
        : String.fromCharCode(32 + Math.floor(next() * 8000));
    parts.push(token);
    length += token.length;
  }
  return parts.join("");
}

function expectEmptyDraftShape(draft: ReturnType<typeof parsePlanDocument>) {
  expect(draft.indicators).toEqual([]);
  expect(draft.tasks).toEqual([]);
  expect(draft.missing).toEqual(expect.arrayContaining(["objective", "indicators", "tasks", "units"]));
}

describe("parsePlanDocument on text that is not a plan", () => {
  it("gives a draft that misses every part for an empty text", () => {
    const draft = parsePlanDocument("");
    expect(draft.missing).toEqual([...REQUIRED_PARTS]);
    expect(draft.unparsed).toEqual([]);
    expect(draft.header).toBeNull();
  });

  it("says in Vietnamese what each missing part is", () => {
    for (const part of REQUIRED_PARTS) expect(MISSING_PART_MESSAGES[part]).toMatch(/^Không tìm thấy /);
  });

  it("reads a decision's header, legal bases and signer, reports its articles, and misses the plan's parts", () => {
    const draft = parsePlanDocument(
      [
        "ỦY BAN NHÂN DÂN PHƯỜNG TÂN HƯNG",
        "Số: 15/QĐ-UBND",
        "Tân Hưng, ngày 10 tháng 1 năm 2026",
        "QUYẾT ĐỊNH",
        "Về việc ban hành Quy chế làm việc",
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
        "",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
        "",
        "Nơi nhận:",
        "- Như Điều 2;",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Vũ Công Thảo",
      ].join("\n"),
    );
    expect(draft.header).toMatchObject({ documentKind: "DECISION", number: "15/QĐ-UBND", issuedOn: "2026-01-10" });
    expect(draft.legalBases).toMatchObject([{ kind: "OTHER", title: "Luật Tổ chức chính quyền địa phương" }]);
    expect(draft.signer?.name).toBe("Vũ Công Thảo");
    expect(draft.unparsed.map((u) => [u.fromLine, u.toLine])).toEqual([[9, 11]]);
    expect(draft.unparsed[0]?.text).toContain("Điều 1. Ban hành");
    expectEmptyDraftShape(draft);
    expect(draft.missing).not.toContain("header");
    expect(draft.missing).not.toContain("signer");
  });

  it("reports every paragraph of a letter and finds no plan in it", () => {
    const draft = parsePlanDocument(
      "Kính gửi: Ủy ban nhân dân phường\n\nChúng tôi đề nghị sửa chữa tuyến đường (1) ngõ 5; (2) ngõ 7.\n\nTrân trọng cảm ơn.",
    );
    expectEmptyDraftShape(draft);
    expect(draft.missing).toContain("legalBases");
    expect(draft.unparsed.map((u) => [u.fromLine, u.reason])).toEqual([
      [1, "Không thuộc phần nào của kế hoạch đã nhận ra"],
      [3, "Không thuộc phần nào của kế hoạch đã nhận ra"],
      [5, "Không thuộc phần nào của kế hoạch đã nhận ra"],
    ]);
  });

  it("keeps random text in unparsed, with the lines it is on", () => {
    const text = noise(5_000, 1);
    const draft = parsePlanDocument(text);
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const item of draft.unparsed) {
      expect(item.fromLine).toBeGreaterThanOrEqual(1);
      expect(item.toLine).toBeLessThanOrEqual(lineCount);
    }
    expect(draft.missing.length).toBeGreaterThan(0);
  });

  it("accepts a value that is not a string", () => {
    expect(parsePlanDocument(undefined as unknown as string).missing).toEqual([...REQUIRED_PARTS]);
  });
});

describe("parsePlanDocument on large inputs", () => {
  // CPU time of this test process, which busy neighbours on the machine do not inflate.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const quickly = (text: string) => {
    const started = cpuMs();
    const draft = parsePlanDocument(text);
    return { draft, ms: cpuMs() - started };
  };

  it("parses 2 MB of random plan-like text quickly", () => {
    const { draft, ms } = quickly(noise(2_000_000, 7));
    expect(draft.missing.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(15_000);
  });

  it("parses 500 kB indicator lines and legal bases built to make regular expressions backtrack, quickly", () => {
    const size = 500_000;
    const pieces = [
      " ",
      "1",
      "0",
      "(",
      ")",
      "trên ",
      "tăng thêm ",
      "**",
      ".,;: ",
      "“",
      "1.000.",
      "/1 vạn ",
      "không để ",
    ];
    for (const piece of pieces) {
      const long = piece.repeat(Math.ceil(size / piece.length));
      for (const start of ["II. MỤC TIÊU\n3. Các chỉ tiêu chủ yếu\n(1) Tỷ lệ trên 1", "Căn cứ Kế hoạch số 1 của "]) {
        const { ms } = quickly(`${start}${long}x đạt 5%`);
        expect(ms).toBeLessThan(10_000);
      }
    }
  });
});
