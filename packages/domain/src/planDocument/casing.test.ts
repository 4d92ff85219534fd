// Specification of sentence case for text written in capitals, names as the document writes them.
import { describe, expect, it } from "vitest";
import { caseSource, inCapitals, restoreCase, withProperNames } from "./casing.ts";

describe("restoreCase", () => {
  it("takes the case of the longest run of words the body also has", () => {
    const source = caseSource([
      "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Chương trình mục tiêu quốc gia phòng,",
      "chống ma túy đến năm 2030 trên địa bàn tỉnh Đồng Nai, như sau:",
    ]);
    expect(
      restoreCase(
        "TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI",
        source,
      ),
    ).toBe(
      "Triển khai thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 trên địa bàn tỉnh Đồng Nai",
    );
  });

  it("does not take a capital from the start of a sentence or a list item", () => {
    const source = caseSource(["- Tăng cường công tác tuyên truyền.", "Tuyên truyền sâu rộng."]);
    expect(restoreCase("TĂNG CƯỜNG TUYÊN TRUYỀN", source)).toBe("Tăng cường tuyên truyền");
  });

  it("keeps a symbol as the body writes it and abbreviations in capitals", () => {
    const source = caseSource(["Thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ;"]);
    expect(restoreCase("THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ", source)).toBe(
      "Thực hiện Chỉ thị số 27/CT-TTg của Thủ tướng Chính phủ",
    );
    expect(restoreCase("CHƯƠNG TRÌNH MTQG CỦA UBND TỈNH", caseSource([]))).toBe("Chương trình MTQG của UBND tỉnh");
  });

  it("knows the genre's names when the body does not write them", () => {
    // "Nhân dân" alone is capitalised; in a committee's name it is not. (The unit's name the body
    // does not write stays small here: the header capitalises a name after its level.)
    const source = caseSource(["phục vụ Nhân dân, lấy Nhân dân làm trung tâm"]);
    expect(restoreCase("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", source)).toBe("Ủy ban nhân dân tỉnh bắc ninh");
  });

  it("capitalises a quoted name and leaves mixed-case text as it is", () => {
    expect(restoreCase("THỰC HIỆN ĐỀ ÁN “NÂNG CAO NHẬN THỨC CỘNG ĐỒNG”", caseSource([]))).toBe(
      "Thực hiện đề án “Nâng cao nhận thức cộng đồng”",
    );
    expect(restoreCase("Về phát triển kinh tế", caseSource([]))).toBe("Về phát triển kinh tế");
  });
});

describe("inCapitals", () => {
  it("tells text in capitals, a symbol's small letters aside", () => {
    expect(inCapitals("THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTg")).toBe(true);
    expect(inCapitals("Về phát triển")).toBe(false);
    expect(inCapitals("2026 - 2030")).toBe(false);
  });
});

describe("withProperNames", () => {
  it("restores names written in small letters, whatever the tone marks' placement", () => {
    expect(withProperNames("Ủy ban nhân dân xã an lạc", ["An Lạc"])).toBe("Ủy ban nhân dân xã An Lạc");
    expect(withProperNames("phường thanh hoá", ["Thanh Hóa"])).toBe("phường Thanh Hoá");
  });
});
