// Specification of who does what: names of bodies, the body a sentence gives a duty to, the lead and
// partners of a task, the lines that state them, and deadlines written in a task.
import { describe, expect, it } from "vitest";
import {
  assignmentIn,
  attributesOf,
  deadlineIn,
  inlineAttributes,
  isRequest,
  isUnitName,
  splitUnits,
  unitSubject,
} from "./assignment.ts";

describe("isUnitName", () => {
  it("accepts a title that is only a body's name", () => {
    expect(isUnitName("Sở Tài chính")).toBe(true);
    expect(isUnitName("Đề nghị Liên đoàn Lao động tỉnh")).toBe(true);
    expect(isUnitName("Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ")).toBe(true);
    expect(isUnitName("Ủy ban nhân dân các xã: Gia Thuận, Tân Điền")).toBe(true);
    expect(isUnitName("SỞ Y TẾ")).toBe(true);
  });

  it("rejects a topic, a sentence, a duty", () => {
    expect(isUnitName("Công tác tham mưu, chỉ đạo triển khai")).toBe(false);
    expect(isUnitName("Ban hành kế hoạch thực hiện")).toBe(false);
    expect(isUnitName("Phòng, chống ma túy")).toBe(false);
    expect(isUnitName("Sở Y tế chủ trì, phối hợp với Sở Tư pháp")).toBe(false);
    expect(isUnitName("Lãnh đạo, chỉ đạo tổ chức thành công cuộc bầu cử")).toBe(false);
  });

  it("tells a request to a body outside the issuer's authority", () => {
    expect(isRequest("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")).toBe(true);
    expect(isRequest("Giao Công an tỉnh chủ trì")).toBe(false);
  });
});

describe("unitSubject", () => {
  it("reads the body a sentence gives a duty to", () => {
    expect(unitSubject("Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành bố trí kinh phí.")).toBe("Sở Tài chính");
    expect(unitSubject("Giao Sở Tư pháp theo dõi, đôn đốc các cơ quan.")).toBe("Sở Tư pháp");
    expect(unitSubject("UBND các xã, phường tăng cường công tác lãnh đạo.")).toBe("UBND các xã, phường");
    expect(unitSubject("Giao các đồng chí lãnh đạo Ủy ban nhân dân phường theo lĩnh vực được phân công.")).toBe(
      "Lãnh đạo Ủy ban nhân dân phường",
    );
    expect(unitSubject("Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, hướng dẫn.")).toBe(
      "Sở Nông nghiệp và Môi trường",
    );
  });

  it("skips a leading clause and the issuer that gives the duty", () => {
    expect(
      unitSubject(
        "Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường nghiên cứu triển khai.",
      ),
    ).toBe("Các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường");
    expect(unitSubject("Ủy ban nhân dân tỉnh giao Giám đốc các sở chỉ đạo triển khai.")).toBe("Giám đốc các sở");
  });

  it("cuts a title only where a duty is said outright", () => {
    const title = "Ủy viên Ủy ban nhân dân, Trưởng các phòng chuyên môn, tổ chức hành chính, Thủ trưởng các đơn vị";
    expect(unitSubject(title, true)).toBe(title);
    expect(unitSubject("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nông nghiệp:", true)).toBe(
      "Sở Giáo dục và Đào tạo",
    );
  });

  it("names no body in a sentence about something else", () => {
    expect(unitSubject("Kế hoạch này có hiệu lực kể từ ngày ký.")).toBeNull();
  });
});

describe("splitUnits", () => {
  it("splits a list before each body's name, not inside one", () => {
    expect(splitUnits("Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh")).toEqual([
      "Liên minh Hợp tác xã tỉnh",
      "Đoàn TNCS Hồ Chí Minh tỉnh",
      "Hội nông dân tỉnh",
    ]);
    expect(splitUnits("Sở Văn hóa, Thể thao và Du lịch")).toEqual(["Sở Văn hóa, Thể thao và Du lịch"]);
    expect(splitUnits("Văn phòng HĐND và UBND phường")).toEqual(["Văn phòng HĐND và UBND phường"]);
    expect(splitUnits("Ủy ban nhân dân phường, xã, đặc khu")).toEqual(["Ủy ban nhân dân phường, xã, đặc khu"]);
    expect(splitUnits("Viện, Trường; Doanh nghiệp")).toEqual(["Viện, Trường", "Doanh nghiệp"]);
  });

  it("keeps “… và các đoàn thể” with its body in a name, splits it in a list", () => {
    expect(splitUnits("Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể chính trị - xã hội")).toHaveLength(1);
    expect(
      splitUnits(
        "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố và các tổ chức thành viên",
      ),
    ).toEqual([
      "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố",
      "Hội Liên hiệp Phụ nữ Thành phố",
      "Các tổ chức thành viên",
    ]);
    expect(splitUnits("Sở Tư pháp và các cơ quan liên quan", true)).toEqual(["Sở Tư pháp", "Các cơ quan liên quan"]);
  });

  it("splits off a long “cơ quan …” of its own", () => {
    expect(splitUnits("các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn")).toEqual([
      "Các Sở, ban, ngành, đoàn thể cấp tỉnh",
      "Cơ quan ngành dọc đóng trên địa bàn",
    ]);
  });
});

describe("attributesOf", () => {
  it("reads a line under a task by its label", () => {
    expect(attributesOf("Đơn vị chủ trì tham mưu thực hiện: Sở Nội vụ.")).toMatchObject([
      { field: "lead", value: "Sở Nội vụ." },
    ]);
    expect(attributesOf("Đơn vị phối hợp thực hiện: Sở Tư pháp; các cơ quan liên quan.")).toMatchObject([
      { field: "cooperating", value: "Sở Tư pháp; các cơ quan liên quan." },
    ]);
    expect(attributesOf("Thời gian thực hiện: Thường xuyên.")).toMatchObject([{ field: "deadline" }]);
    expect(attributesOf("Sản phẩm: Kế hoạch của Ủy ban nhân dân tỉnh")).toMatchObject([{ field: "output" }]);
    expect(attributesOf("Nội dung: Triển khai Tháng hành động")).toMatchObject([{ field: "content", start: 10 }]);
    expect(attributesOf("Cơ quan thực hiện:")).toMatchObject([{ field: "lead", value: "" }]);
    expect(attributesOf("Cơ quan, đơn vị thực hiện: Sở Y tế")).toMatchObject([{ field: "lead" }]);
    expect(attributesOf("Thời điểm hoàn thành: Quý II/2026")).toMatchObject([{ field: "deadline" }]);
    expect(attributesOf("Nhiệm vụ: Rà soát thủ tục hành chính")).toMatchObject([{ field: "content" }]);
  });

  it("reads several on one line", () => {
    expect(attributesOf("Chủ trì: Sở Y tế; phối hợp: Sở Tư pháp, Sở Nội vụ; thời gian: Quý IV/2025.")).toMatchObject([
      { field: "lead", value: "Sở Y tế" },
      { field: "cooperating", value: "Sở Tư pháp, Sở Nội vụ" },
      { field: "deadline", value: "Quý IV/2025." },
    ]);
  });

  it("is not fooled by a sentence with a colon", () => {
    expect(attributesOf("Ưu tiên bố trí không gian biển cho các hoạt động sau:")).toEqual([]);
    expect(attributesOf("Tổ chức kiểm tra")).toEqual([]);
  });

  it("finds what a task states in passing", () => {
    expect(
      inlineAttributes("Tổ chức hội nghị sơ kết (Cơ quan chủ trì: Sở Nội vụ; thời gian: tháng 12/2025) tại tỉnh."),
    ).toMatchObject([
      { field: "lead", value: "Sở Nội vụ" },
      { field: "deadline", value: "tháng 12/2025" },
    ]);
    expect(inlineAttributes("Xây dựng kế hoạch. Thời gian hoàn thành: Quý I/2026.")).toMatchObject([
      { field: "deadline", value: "Quý I/2026." },
    ]);
  });
});

describe("assignmentIn", () => {
  it("reads “X chủ trì, phối hợp với …”", () => {
    expect(
      assignmentIn(
        "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân phường, xã và các đơn vị có liên quan.",
      ),
    ).toEqual({
      lead: "Sở Nội vụ",
      cooperating: ["Các sở, ban, ngành", "Ủy ban nhân dân phường, xã", "Các đơn vị có liên quan"],
    });
    expect(assignmentIn("Sở Giáo dục và Đào tạo và Sở Y tế chủ trì, phối hợp với Sở Tư pháp.")).toEqual({
      lead: "Sở Giáo dục và Đào tạo và Sở Y tế",
      cooperating: ["Sở Tư pháp"],
    });
  });

  it("reads “giao …” and “do … chủ trì” inside a task", () => {
    expect(assignmentIn("Trên cơ sở kết quả, giao Sở Y tế thành lập đoàn kiểm tra.").lead).toBe("Sở Y tế");
    expect(assignmentIn("Tổ chức các dự án do Công an tỉnh chủ trì, phối hợp với Sở Tài chính thực hiện.")).toEqual({
      lead: "Công an tỉnh",
      cooperating: ["Sở Tài chính"],
    });
    expect(assignmentIn("Hoàn thiện hồ sơ bàn giao cho Ủy ban nhân dân xã quản lý.").lead).toBeNull();
    expect(assignmentIn("Kiểm tra các hộ xây dựng trên đất công do UBND phường quản lý.").lead).toBeNull();
  });

  it("reads the partners of a duty in a body's own list", () => {
    expect(assignmentIn("Chủ trì, phối hợp với Sở Tư pháp và các cơ quan liên quan tổ chức phổ biến.")).toEqual({
      lead: null,
      cooperating: ["Sở Tư pháp", "Các cơ quan liên quan"],
    });
    expect(assignmentIn("Phối hợp với Sở Y tế kiểm tra, giám sát.")).toEqual({ lead: null, cooperating: ["Sở Y tế"] });
  });

  it("reads the body a task's sentence starts with", () => {
    expect(assignmentIn("Ủy ban nhân dân xã, phường huy động nguồn lực, tổ chức tuyên truyền.").lead).toBe(
      "Ủy ban nhân dân xã, phường",
    );
    expect(
      assignmentIn(
        "Thực hiện mở tài khoản: Ủy ban nhân dân xã, phường phối hợp với các Ngân hàng thương mại thực hiện.",
      ),
    ).toEqual({ lead: "Ủy ban nhân dân xã, phường", cooperating: ["Các Ngân hàng thương mại"] });
    expect(assignmentIn("Sở Y tế: chủ trì, phối hợp với Sở Tư pháp tuyên truyền.")).toEqual({
      lead: "Sở Y tế",
      cooperating: ["Sở Tư pháp"],
    });
  });

  it("names no lead in a task that names bodies in passing", () => {
    expect(assignmentIn("Tiếp tục phối hợp với các cơ quan, đơn vị liên quan thực hiện công tác GPMB.")).toEqual({
      lead: null,
      cooperating: [],
    });
    expect(assignmentIn("Triển khai Kế hoạch số 05/KH-UBND của Ủy ban nhân dân thành phố.").lead).toBeNull();
  });
});

describe("deadlineIn", () => {
  it("reads a deadline as written", () => {
    expect(deadlineIn("Hoàn thành, báo cáo kết quả Ủy ban nhân dân tỉnh trong tháng 11/2025.")).toBe("Tháng 11/2025");
    expect(deadlineIn("gửi Sở Nội vụ trước ngày 16 tháng 12 năm 2025 để tổng hợp")).toBe(
      "Trước ngày 16 tháng 12 năm 2025",
    );
    expect(deadlineIn("Xây dựng đề án, hoàn thành trong quý IV/2025.")).toBe("Quý IV/2025");
    expect(deadlineIn("hoàn thành trong năm 2026")).toBe("Năm 2026");
  });

  it("does not take a target's year for a deadline", () => {
    expect(deadlineIn("Phấn đấu đạt 20% xã không ma túy trong năm 2025.")).toBeNull();
  });
});
