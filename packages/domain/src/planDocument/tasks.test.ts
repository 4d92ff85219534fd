// Specification of tasks: groups by heading, one task per bullet or paragraph, codes, outputs; tasks as
// crawled plans write them, with their lead, partners and deadline; annex task tables.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanText } from "./sections.ts";
import { EXPECTED_TASKS } from "./tanHung.expected.ts";
import { parseTasks, taskOutputs } from "./tasks.ts";

const TEXT = [
  "III. NHIỆM VỤ VÀ GIẢI PHÁP", // 1
  "1. Nhiệm vụ, giải pháp trọng tâm", // 2
  "- Triển khai có hiệu quả các Chương trình hành động.", // 3
  "- Tổ chức thành công cuộc bầu cử", // 4
  "đại biểu Quốc hội khóa XVI.", // 5
  "2. Nhiệm vụ, giải pháp cụ thể", // 6
  "2.1. Chỉ đạo triển khai Kế hoạch số 05/KH-UBND", // 7
  "Tổ chức triển khai thực hiện đầy đủ các nhiệm vụ.", // 8
  "2.2. Các giải pháp năm 2026", // 9
  "a) Lĩnh vực kinh tế, hạ tầng và đô thị", // 10
  "Các nhiệm vụ cụ thể như sau:", // 11
  "- Xây dựng Đề án “Chuyển đổi cơ cấu cây trồng”.", // 12
  "d) Lĩnh vực quốc phòng, an ninh", // 13
  "- Công tác quốc phòng, quân sự địa phương:", // 14
  "Duy trì nghiêm các chế độ trực sẵn sàng chiến đấu.", // 15
  "- Công tác bảo đảm an ninh trật tự:", // 16
  "+ Bảo vệ tuyệt đối an toàn các sự kiện.", // 17
  "+ Kéo giảm tội phạm.", // 18
  "(Các nhiệm vụ trọng tâm được phân công cụ thể theo Phụ lục 02 kèm theo)", // 19
  "IV. TỔ CHỨC THỰC HIỆN", // 20
  "1. Văn phòng", // 21
].join("\n");

describe("parseTasks", () => {
  const doc = readPlanText(TEXT);
  const { groups, tasks, annexes } = parseTasks(doc);

  it("groups tasks by heading with kind, area and place in the plan", () => {
    expect(groups.map((g) => [g.section, g.kind, g.area, g.title])).toEqual([
      ["III.1", "KEY", "GENERAL", "Nhiệm vụ, giải pháp trọng tâm"],
      ["III.2.1", "SPECIFIC", "GENERAL", "Chỉ đạo triển khai Kế hoạch số 05/KH-UBND"],
      ["III.2.2.a", "SPECIFIC", "ECONOMY", "Lĩnh vực kinh tế, hạ tầng và đô thị"],
      ["III.2.2.d", "SPECIFIC", "MILITARY", "Lĩnh vực quốc phòng, an ninh — Công tác quốc phòng, quân sự địa phương"],
      ["III.2.2.d", "SPECIFIC", "PUBLIC_ORDER", "Lĩnh vực quốc phòng, an ninh — Công tác bảo đảm an ninh trật tự"],
    ]);
  });

  it("makes one task per '-' or '+' bullet or plain paragraph, with codes", () => {
    expect(tasks.map((t) => [t.code, t.bullet, t.evidence.fromLine, t.evidence.toLine])).toEqual([
      ["TT.1", "-", 3, 3],
      ["TT.2", "-", 4, 5],
      ["2.1", null, 8, 8],
      ["a.1", "-", 12, 12],
      ["d.QS.1", null, 15, 15],
      ["d.AN.1", "+", 17, 17],
      ["d.AN.2", "+", 18, 18],
    ]);
    expect(tasks[1]?.content).toBe("Tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI.");
  });

  it("skips lead-ins, reads annex notes and leaves the next section alone", () => {
    expect(tasks.some((t) => t.content.includes("như sau"))).toBe(false);
    expect(annexes.map((a) => a.name)).toEqual(["Phụ lục 02"]);
    expect(doc.claimed[21]).toBe(0);
  });
});

describe("taskOutputs", () => {
  const titles = (content: string) => taskOutputs(content).map((o) => [o.kind, o.title]);

  it("lists what a task asks to make", () => {
    expect(titles("Hướng dẫn OCOP. Xây dựng Đề án “Chuyển đổi cơ cấu cây trồng”.")).toEqual([
      ["SCHEME", "Đề án “Chuyển đổi cơ cấu cây trồng”"],
    ]);
    expect(
      titles(
        "Xây dựng Kế hoạch thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về giáo dục, để nâng cao chất lượng.",
      ),
    ).toEqual([["PLAN", "Kế hoạch thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về giáo dục"]]);
  });

  it("splits a list of outputs and drops a stray closing quote", () => {
    expect(
      titles(
        "Xây dựng, triển khai Đề án “Phường an toàn” gắn với phong trào 2025- 2030”, mô hình “Tổ dân phố an toàn”, Kế hoạch số 3.",
      ),
    ).toEqual([
      ["SCHEME", "Đề án “Phường an toàn” gắn với phong trào 2025- 2030"],
      ["MODEL", "Mô hình “Tổ dân phố an toàn”"],
      ["PLAN", "Kế hoạch số 3"],
    ]);
  });

  it("reads programmes, reports and models", () => {
    expect(titles("Ban hành Chương trình hành động về chuyển đổi số; lập Báo cáo sơ kết 6 tháng.")).toEqual([
      ["PROGRAM", "Chương trình hành động về chuyển đổi số"],
      ["REPORT", "Báo cáo sơ kết 6 tháng"],
    ]);
    expect(titles("Xây dựng mô hình “Dân vận khéo” và Kế hoạch nhân rộng.")).toEqual([
      ["MODEL", "Mô hình “Dân vận khéo”"],
      ["PLAN", "Kế hoạch nhân rộng"],
    ]);
  });

  it("does not count documents only to be carried out, nor a kind word inside a title", () => {
    expect(titles("Triển khai thực hiện Chương trình hành động số 03-CTr/TU.")).toEqual([]);
    expect(titles("Thực hiện có hiệu quả Kế hoạch số 02-KH/BCĐTW.")).toEqual([]);
    expect(titles("Xây dựng Kế hoạch thực hiện Đề án “Xây dựng mô hình mới”.")).toEqual([
      ["PLAN", "Kế hoạch thực hiện Đề án “Xây dựng mô hình mới”"],
    ]);
  });
});

describe("parseTasks on plans of the genre as crawled", () => {
  const parse = (text: string) => parseTasks(readPlanText(text), text);
  const rows = (text: string) =>
    parse(text).tasks.map((t) => ({
      code: t.code,
      content: t.content,
      lead: t.lead,
      cooperating: t.cooperating,
      deadline: t.deadline,
    }));

  it("reads what the lines under tasks state, for every task above them", () => {
    const text = [
      "**III. NHIỆM VỤ,", // 1
      "GIẢI PHÁP**", // 2
      "", // 3
      "**1. Nâng cao nhận thức**", // 4
      "", // 5
      "- Các cơ quan tiếp tục nâng cao nhận thức.", // 6
      "", // 7
      "- Đề nghị người đứng đầu trực tiếp chỉ đạo.", // 8
      "", // 9
      "*Đơn vị thực hiện: *Các Sở,", // 10
      "ngành, đơn vị, UBND cấp xã.", // 11
      "", // 12
      "*Đơn vị phối hợp: *Sở Nội", // 13
      "vụ, Sở Tư pháp.", // 14
      "", // 15
      "*Thời gian thực hiện: *Thường", // 16
      "xuyên.", // 17
      "", // 18
      "- Ra mắt AI pháp luật.", // 19
      "", // 20
      "*- Đơn vị chủ trì: *Sở Khoa học và Công nghệ.", // 21
      "", // 22
      "*- Thời gian thực hiện: *Tháng 12/2025.", // 23
    ].join("\n");
    expect(rows(text)).toEqual([
      {
        code: "1.1",
        content: "Các cơ quan tiếp tục nâng cao nhận thức.",
        lead: "Các Sở, ngành, đơn vị, UBND cấp xã",
        cooperating: ["Sở Nội vụ", "Sở Tư pháp"],
        deadline: "Thường xuyên",
      },
      {
        code: "1.2",
        content: "Đề nghị người đứng đầu trực tiếp chỉ đạo.",
        lead: "Các Sở, ngành, đơn vị, UBND cấp xã",
        cooperating: ["Sở Nội vụ", "Sở Tư pháp"],
        deadline: "Thường xuyên",
      },
      {
        code: "1.3",
        content: "Ra mắt AI pháp luật.",
        lead: "Sở Khoa học và Công nghệ",
        cooperating: [],
        deadline: "Tháng 12/2025",
      },
    ]);
  });

  it("reads “Nội dung:” as the task and “Cơ quan thực hiện:” as who does it", () => {
    const text = [
      "III. NỘI DUNG HOẠT ĐỘNG", // 1
      "a) Hoạt động 1", // 2
      "- Nội dung: Triển khai Tháng hành động.", // 3
      "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành.", // 4
      "b) Hoạt động 2", // 5
      "- Nội dung: Tuyên truyền trên các phương tiện truyền thông.", // 6
      "- Cơ quan thực hiện:", // 7
      "+ Sở Văn hóa và Thể thao chủ trì, phối hợp với Ủy ban nhân dân phường, xã.", // 8
      "+ Sở Xây dựng đăng tải thông điệp trên bảng quang báo.", // 9
    ].join("\n");
    const { tasks, groups } = parse(text);
    expect(tasks.map((t) => [t.content, t.lead, t.cooperating])).toEqual([
      ["Triển khai Tháng hành động.", "Sở Nội vụ", ["Các sở, ban, ngành"]],
      ["Tuyên truyền trên các phương tiện truyền thông.", "Sở Văn hóa và Thể thao", ["Ủy ban nhân dân phường, xã"]],
      ["Sở Xây dựng đăng tải thông điệp trên bảng quang báo.", "Sở Xây dựng", []],
    ]);
    expect(groups.map((g) => [g.section, g.title])).toEqual([
      ["III.a", "Hoạt động 1"],
      ["III.b", "Hoạt động 2"],
    ]);
  });

  it("gives the tasks under a heading naming a unit that unit as lead (“NHIỆM VỤ CỤ THỂ”)", () => {
    const text = [
      "IV. NHIỆM VỤ CỤ THỂ", // 1
      "1.", // 2
      "Sở Nông nghiệp và Môi trường", // 3
      "", // 4
      "- Chủ trì, phối hợp với các sở, ngành có liên quan tham mưu triển khai Chương trình.", // 5
      "- Phối hợp với Sở Xây dựng theo dõi khai thác thủy sản.", // 6
      "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", // 7
      "Tổ chức tuyên truyền, vận động Nhân dân.", // 8
    ].join("\n");
    expect(rows(text).map((r) => [r.code, r.lead, r.cooperating])).toEqual([
      ["1.1", "Sở Nông nghiệp và Môi trường", ["Các sở, ngành có liên quan"]],
      ["1.2", "Sở Nông nghiệp và Môi trường", ["Sở Xây dựng"]],
      ["2", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", []],
    ]);
  });

  it("reads the lead, partners and deadline a task's own words give", () => {
    const text = [
      "III. NHIỆM VỤ, GIẢI PHÁP",
      "1. Trên cơ sở kết quả thực hiện, giao Sở Y tế thành lập đoàn kiểm tra, hoàn thành trước ngày 31/12/2025.",
      "2. Tổ chức hội nghị sơ kết (Cơ quan chủ trì: Sở Nội vụ; thời gian: tháng 12/2025).",
      "3. Tăng cường công tác quản lý nhà nước.",
    ].join("\n");
    expect(rows(text).map((r) => [r.code, r.lead, r.deadline])).toEqual([
      ["III.1", "Sở Y tế", "Trước ngày 31/12/2025"],
      ["III.2", "Sở Nội vụ", "Tháng 12/2025"],
      ["III.3", null, null],
    ]);
  });

  it("keeps what a task says of itself out of what it makes", () => {
    const text = [
      "II. NHIỆM VỤ, GIẢI PHÁP",
      "1. Xây dựng Kế hoạch chuyển đổi số (Chủ trì: Sở Khoa học và Công nghệ; Phối hợp: Sở Nội vụ; Thời gian: Quý I/2026).",
    ].join("\n");
    const [task] = parse(text).tasks;
    expect(task).toMatchObject({
      lead: "Sở Khoa học và Công nghệ",
      cooperating: ["Sở Nội vụ"],
      deadline: "Quý I/2026",
    });
    expect(task?.outputs.map((o) => o.title)).toEqual(["Kế hoạch chuyển đổi số"]);
  });

  it("reads the tasks of a decision that states them in its articles", () => {
    const text = [
      "QUYẾT ĐỊNH:",
      "Điều 1. Phê duyệt Kế hoạch với các nội dung chủ yếu sau:",
      "1. Mục tiêu",
      "Nâng cao chất lượng dịch vụ.",
      "2. Nhiệm vụ và giải pháp",
      "a) Hoàn thiện thể chế, chính sách.",
      "b) Đẩy mạnh ứng dụng công nghệ thông tin.",
      "Điều 2. Giao Sở Y tế chủ trì tổ chức triển khai.",
    ].join("\n");
    expect(parse(text).tasks.map((t) => [t.code, t.content])).toEqual([
      ["2.a", "Hoàn thiện thể chế, chính sách."],
      ["2.b", "Đẩy mạnh ứng dụng công nghệ thông tin."],
    ]);
  });

  it("reads the plan a decision issues, after the decision's articles and signature", () => {
    const text = [
      "QUYẾT ĐỊNH", // 1
      "Về việc ban hành Kế hoạch xuất khẩu", // 2
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu.", // 3
      "Điều 2. Giao Sở Công Thương chủ trì triển khai Kế hoạch này.", // 4
      "Nơi nhận:", // 5
      "- Như Điều 2;", // 6
      "KT. CHỦ TỊCH", // 7
      "Nguyễn Văn A", // 8
      "KẾ HOẠCH", // 9
      "I. MỤC TIÊU", // 10
      "Tăng xuất khẩu.", // 11
      "II. GIẢI PHÁP THỰC HIỆN", // 12
      "1. Xây dựng vùng nguyên liệu", // 13
      "- Quản lý chặt chẽ quy trình kỹ thuật.", // 14
      "2. Đẩy mạnh xúc tiến thương mại.", // 15
      "III. TỔ CHỨC THỰC HIỆN", // 16
      "1. Sở Công Thương", // 17
    ].join("\n");
    expect(parse(text).tasks.map((t) => [t.code, t.section, t.content])).toEqual([
      ["1", "II.1", "Quản lý chặt chẽ quy trình kỹ thuật."],
      ["II.2", "II", "Đẩy mạnh xúc tiến thương mại."],
    ]);
  });

  it("reads an annex task table as tasks grouped as the table groups them", () => {
    const text = [
      "III. NHIỆM VỤ VÀ GIẢI PHÁP (chi tiết Phụ lục đính kèm)",
      "",
      "KT. CHỦ TỊCH",
      "",
      "PHỤ LỤC",
      "",
      "| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |",
      "|---|---|---|---|---|",
      "| I | NHÓM GIẢI PHÁP VỀ CƠ CHẾ | | | |",
      "| 1 | Rà soát cơ chế khuyến khích xã hội hóa. | Sở Tài chính | Sở, ban, ngành có liên quan | Thường xuyên |",
      "| II | HỖ TRỢ CÔNG NGHỆ | | | |",
      "| 1 | Xây dựng chương trình hỗ trợ đổi mới công nghệ. | Sở Khoa học và Công nghệ | Viện; Trường | 2026 |",
    ].join("\n");
    const doc = readPlanText(text);
    const { groups, tasks } = parseTasks(doc, text);
    expect(groups.map((g) => [g.section, g.title])).toEqual([
      ["PL.I", "Nhóm giải pháp về cơ chế"],
      ["PL.II", "Hỗ trợ công nghệ"],
    ]);
    expect(tasks.map((t) => [t.code, t.lead, t.cooperating, t.deadline, t.outputs.map((o) => o.kind)])).toEqual([
      ["PL.I.1", "Sở Tài chính", ["Sở, ban, ngành có liên quan"], "Thường xuyên", []],
      ["PL.II.1", "Sở Khoa học và Công nghệ", ["Viện", "Trường"], "2026", ["PROGRAM"]],
    ]);
    expect(doc.claimed.subarray(7, 13).every((read) => read === 1)).toBe(true);
  });

  it("reads a group of activities in another section (“d) Các hoạt động chính”)", () => {
    const text = [
      "II. MỤC TIÊU",
      "1. Chỉ tiêu: đạt 60%.",
      "2. Tháng hành động",
      "d) Các hoạt động chính",
      "Các cơ quan, đơn vị phối hợp thực hiện các hoạt động sau:",
      "- Lồng ghép tổ chức Lễ phát động.",
      "- Tăng cường truyền thông.",
    ].join("\n");
    expect(parse(text).tasks.map((t) => [t.section, t.content])).toEqual([
      ["II.2.d", "Lồng ghép tổ chức Lễ phát động."],
      ["II.2.d", "Tăng cường truyền thông."],
    ]);
  });

  it("reads a roadmap only when the plan lists its tasks nowhere else", () => {
    const roadmap = ["III. LỘ TRÌNH THỰC HIỆN", "1. Giai đoạn 2025 - 2030", "- Rà soát các chính sách."];
    expect(parse(roadmap.join("\n")).tasks.map((t) => t.content)).toEqual(["Rà soát các chính sách."]);
    const both = [...roadmap, "IV. NHIỆM VỤ VÀ GIẢI PHÁP", "- Đầu tư hạ tầng số."];
    expect(parse(both.join("\n")).tasks.map((t) => t.content)).toEqual(["Đầu tư hạ tầng số."]);
  });

  it("gives every task a code of its own", () => {
    const text = [
      "III. NHIỆM VỤ",
      "1. Lĩnh vực kinh tế",
      "a) Nhóm một",
      "- Việc một.",
      "2. Lĩnh vực xã hội",
      "a) Nhóm hai",
      "- Việc hai.",
    ].join("\n");
    expect(parse(text).tasks.map((t) => t.code)).toEqual(["III.1.a.1", "III.2.a.1"]);
  });

  it("accepts any text", () => {
    for (const text of ["", "|", "|\n|\n|", "III.\n\n1.\n-\n+", "PHỤ LỤC\n| STT | Nội dung | Chủ trì |"]) {
      expect(() => parse(text)).not.toThrow();
    }
  });
});

describe("parseTasks on the Tân Hưng plan", () => {
  it("states no lead, partner or deadline the plan does not give", () => {
    const text = readFileSync(new URL("../../../../prisma/seed/ke-hoach-tan-hung-2026.md", import.meta.url), "utf8");
    const { tasks } = parseTasks(readPlanText(text), text);
    expect(tasks.map((t) => [t.code, t.lead, t.cooperating, t.deadline])).toEqual(
      EXPECTED_TASKS.map((t) => [t.code, t.lead, t.cooperating, t.deadline]),
    );
  });
});
