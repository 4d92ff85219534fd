import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "./parsePlanDocument.ts";
import type { Indicator } from "./types.ts";

const targetsOf = (indicator: Indicator | undefined) =>
  [...(indicator?.targets ?? []), ...(indicator?.subIndicators.flatMap((s) => s.targets) ?? [])].map((t) =>
    t.kind === "QUALITATIVE"
      ? "qualitative"
      : `${t.comparator} ${t.value ?? `${t.min}-${t.max}`} ${t.unit ?? ""}`.trim(),
  );

describe("targets stated outside a numbered block of main indicators", () => {
  it("reads “Chỉ tiêu n:” items under objective headings whose bold title wraps over two lines", () => {
    const draft = parsePlanDocument(
      [
        "**II. MỤC",
        "TIÊU CỦA KẾ HOẠCH**",
        "",
        "**1. Phấn đấu đến cuối năm",
        "2025 đạt các mục tiêu, chỉ tiêu sau:**",
        "",
        "1.1. Mục tiêu 1. Lĩnh vực",
        "chính trị",
        "",
        "- Chỉ tiêu 1: Tỷ lệ cán bộ nữ được",
        "quy hoạch đạt ít nhất 40%.",
        "",
        "**b) Lĩnh vực kinh tế:**",
        "",
        "Chỉ tiêu 3: Tỷ lệ nữ giám đốc/chủ",
        "doanh nghiệp, hợp tác xã đạt ít nhất 27% vào năm 2025.",
      ].join("\n"),
    );
    expect(draft.indicators.map((i) => i.name)).toEqual([
      "Tỷ lệ cán bộ nữ được quy hoạch",
      "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
    ]);
    expect(draft.indicators.map(targetsOf)).toEqual([["GTE 40 %"], ["GTE 27 %"]]);
    expect(draft.indicatorGroups.map((g) => g.title)).toContain("Mục tiêu 1. Lĩnh vực chính trị");
    expect(draft.indicators[1]?.evidence).toEqual({ fromLine: 15, toLine: 16 });
  });

  it("reads the numbered items after a lead-in sentence, wherever it is, and stops at the next heading", () => {
    const draft = parsePlanDocument(
      [
        "II. NỘI DUNG",
        "",
        "1. Tuyên truyền",
        "",
        "Vận động người hưởng trợ cấp mở tài khoản, được cụ thể hóa bằng các chỉ tiêu cụ thể như sau:",
        "",
        "(1) 100% số người hưởng trợ cấp chưa có tài khoản được tuyên truyền;",
        "",
        "(2) Ít nhất 85% người hưởng trợ cấp mở mới tài khoản;",
        "",
        "2. Phương án triển khai",
        "",
        "a) Ủy ban nhân dân xã, phường tổ chức tuyên truyền 100% hộ gia đình.",
      ].join("\n"),
    );
    expect(draft.indicators.map(targetsOf)).toEqual([["EQ 100 %"], ["GTE 85 %"]]);
  });

  it("keeps items in words under “Mục tiêu cụ thể” as qualitative, and skips the general objective and a vision in words", () => {
    const draft = parsePlanDocument(
      [
        "I. MỤC TIÊU",
        "",
        "1. Mục tiêu tổng quát",
        "",
        "- Nâng cao năng lực đổi mới công nghệ, đạt 100% mục tiêu đề ra.",
        "",
        "2. Mục tiêu cụ thể",
        "",
        "- Vận hành hiệu quả Không gian khởi nghiệp đổi mới sáng tạo của tỉnh.",
        "",
        "- Hình thành ít nhất 100 doanh nghiệp khởi nghiệp sáng tạo, 50 doanh nghiệp khoa học công nghệ.",
        "",
        "3. Định hướng đến năm 2035",
        "",
        "- Hình thành hệ sinh thái đổi mới sáng tạo hoàn chỉnh.",
        "",
        "- Tối thiểu 80% doanh nghiệp ứng dụng công nghệ tiên tiến.",
      ].join("\n"),
    );
    expect(draft.indicators.map(targetsOf)).toEqual([
      ["qualitative"],
      ["GTE 100 doanh nghiệp", "GTE 50 doanh nghiệp"],
      ["GTE 80 %"],
    ]);
  });

  it("reads a list of targets written inside a duty (“…, cụ thể: A; B; C”)", () => {
    const draft = parsePlanDocument(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "",
        "1. Sở Y tế",
        "",
        "a) Chủ trì triển khai các giải pháp, cụ thể: Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ lệ",
        "trẻ em dưới 15 tuổi đạt khoảng 22%; giảm 50% số cặp tảo hôn.",
      ].join("\n"),
    );
    expect(draft.indicators.map(targetsOf)).toEqual([["EQ 2.1 con"], ["APPROX 22 %"], ["EQ 50 %"]]);
    expect(draft.indicators[1]?.evidence).toEqual({ fromLine: 5, toLine: 6 });
  });

  it("reads a target stated in the body of a task, with the whole sentence as its text", () => {
    const draft = parsePlanDocument(
      [
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "",
        "- Hỗ trợ cai nghiện tại cộng đồng. Xây dựng lộ trình thực hiện đến năm 2030, đảm bảo ít nhất 70% xã,",
        "phường tổ chức cai nghiện tự nguyện. Đến năm 2030, hệ thống quan trắc được hoàn thiện.",
      ].join("\n"),
    );
    expect(draft.indicators.map((i) => i.sourceText)).toEqual([
      "Xây dựng lộ trình thực hiện đến năm 2030, đảm bảo ít nhất 70% xã, phường tổ chức cai nghiện tự nguyện.",
      "Đến năm 2030, hệ thống quan trắc được hoàn thiện.",
    ]);
    expect(draft.indicators.map(targetsOf)).toEqual([["GTE 70 %"], ["qualitative"]]);
    expect(draft.indicators[0]?.evidence).toEqual({ fromLine: 3, toLine: 4 });
  });

  it("reads the figures of a section on resources, not its words, nor a duration (“kế hoạch 05 năm”)", () => {
    const draft = parsePlanDocument(
      [
        "I. MỤC TIÊU",
        "",
        "1. Mục tiêu cụ thể",
        "",
        "- Tỷ lệ hộ dùng nước sạch đạt 100%.",
        "",
        "2. Nguồn lực thực hiện",
        "",
        "- Nhu cầu vốn đầu tư dự kiến khoảng 121.732 tỷ đồng.",
        "",
        "- Thực hiện theo kế hoạch sử dụng đất 05 năm của cả nước.",
      ].join("\n"),
    );
    expect(draft.indicators.map(targetsOf)).toEqual([["EQ 100 %"], ["APPROX 121732 tỷ đồng"]]);
  });

  it("splits “giảm 50% …, giảm 60% …” in a list written inside a duty into two targets", () => {
    const draft = parsePlanDocument(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "",
        "1. Sở Y tế chủ trì triển khai, cụ thể: giảm 50% số cặp tảo hôn, giảm 60% số cặp hôn nhân cận huyết",
        "thống; 90% trẻ sơ sinh được tầm soát.",
      ].join("\n"),
    );
    expect(draft.indicators.map((i) => i.sourceText)).toEqual([
      "giảm 50% số cặp tảo hôn",
      "giảm 60% số cặp hôn nhân cận huyết thống",
      "90% trẻ sơ sinh được tầm soát",
    ]);
  });

  it("does not take the activities of a sub-section of “MỤC TIÊU” on something else for objectives", () => {
    const draft = parsePlanDocument(
      [
        "II. MỤC TIÊU",
        "",
        "1. Duy trì tốc độ tăng trưởng xuất khẩu ổn định, khai thác lợi thế của tỉnh,",
        "mở rộng thị trường.",
        "",
        "2. Tháng hành động",
        "",
        "- Tổ chức Lễ phát động Tháng hành động.",
        "",
        "- 100% cơ quan gửi tin, bài về hoạt động.",
      ].join("\n"),
    );
    expect(draft.indicators.map(targetsOf)).toEqual([["qualitative"], ["EQ 100 %"]]);
  });

  it("reads the main targets a resolution states under its article", () => {
    const draft = parsePlanDocument(
      [
        "HỘI ĐỒNG NHÂN DÂN",
        "PHƯỜNG TÂN HƯNG",
        "Số: 13/NQ-HĐND",
        "Tân Hưng, ngày 20 tháng 12 năm 2025",
        "",
        "NGHỊ QUYẾT",
        "Về nhiệm vụ phát triển kinh tế - xã hội năm 2026",
        "",
        "QUYẾT NGHỊ:",
        "",
        "Điều 1. Tán thành báo cáo của Ủy ban nhân dân phường.",
        "",
        "Điều 2. Các chỉ tiêu chủ yếu năm 2026:",
        "",
        "- Thu ngân sách nhà nước đạt trên 45 tỷ đồng.",
        "",
        "- Tỷ lệ hộ gia đình văn hóa từ 95% trở lên.",
        "",
        "Điều 3. Tổ chức thực hiện.",
      ].join("\n"),
    );
    expect(draft.header?.documentKind).toBe("RESOLUTION");
    expect(draft.indicators.map(targetsOf)).toEqual([["GT 45 tỷ đồng"], ["GTE 95 %"]]);
  });

  it("gives a target without a year of its own the year of its lead-in or its heading", () => {
    const draft = parsePlanDocument(
      [
        "I. MỤC TIÊU",
        "",
        "1. Các chỉ tiêu cụ thể đến năm 2030",
        "",
        "- Tỷ lệ hộ dùng nước sạch đạt 100%.",
        "",
        "- Năm 2026 có thêm 02 trường đạt chuẩn.",
        "",
        "2. Mục tiêu cụ thể",
        "",
        "Phấn đấu đến hết năm 2035 đạt được những mục tiêu sau:",
        "",
        "- 90% người dân được khám sức khỏe định kỳ.",
      ].join("\n"),
    );
    expect(draft.indicators.map((i) => i.targets.map((t) => t.year))).toEqual([[2030], [2026], [2035]]);
  });

  it("does not read a plan's numbered block twice: the Tân Hưng layout still goes through the indicators block", () => {
    const draft = parsePlanDocument(
      ["II. MỤC TIÊU", "", "3. Các chỉ tiêu chủ yếu", "", "(1) Tỷ lệ giải ngân vốn đầu tư công đạt 100%."].join("\n"),
    );
    expect(draft.indicators).toHaveLength(1);
    expect(draft.indicators[0]?.confidence).toBeGreaterThan(0.9);
  });
});
