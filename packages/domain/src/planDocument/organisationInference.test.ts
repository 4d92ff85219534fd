// Section IV of a plan as a source of cooperating units: the topics a unit's duties and an item
// share, and which unit a name in that section designates.
import { describe, expect, it } from "vitest";
import {
  findNamedUnit,
  namesBody,
  namesManyBodies,
  newUnitCode,
  sharedTopics,
  topicsOf,
} from "./organisationInference.ts";

describe("topicsOf and sharedTopics", () => {
  it("finds the duty topics a text names, whatever the tone placement", () => {
    expect(topicsOf("Đổi mới nội dung và phương thức tuyên truyền, ưu tiên chuyển đổi số")).toEqual([
      "tuyên truyền",
      "chuyển đổi số",
    ]);
    expect(topicsOf("Phát huy vai trò giám sát và phản biện xã hội")).toEqual(["phản biện xã hội"]);
    // A sector named in passing is not a duty.
    expect(topicsOf("triển khai kế hoạch phát triển kinh tế - xã hội, quốc phòng – an ninh")).toEqual([]);
  });

  it("gives the topics a unit's duties share with an item, none when they share nothing", () => {
    const duties = ["Đổi mới nội dung và phương thức tuyên truyền", "Xây dựng các tin bài, phóng sự"];
    expect(sharedTopics(duties, "Đẩy mạnh tuyên truyền, vận động Nhân dân chấp hành pháp luật")).toEqual([
      "tuyên truyền",
    ]);
    expect(sharedTopics(duties, "Hoàn thành 100% chỉ tiêu tuyển quân")).toEqual([]);
  });
});

describe("namesBody", () => {
  it("matches a unit named in section IV, abbreviations and the ward's name around it", () => {
    expect(namesBody("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND")).toBe(true);
    expect(
      namesBody(
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể chính trị - xã hội",
        "Uỷ ban MTTQ Việt Nam phường",
      ),
    ).toBe(true);
    expect(namesBody("Trung tâm Dịch vụ sự nghiệp công", "Trung tâm Dịch vụ sự nghiệp công")).toBe(true);
  });

  it("does not match a group of bodies to one of them, nor an empty name", () => {
    const group = "Ủy viên Ủy ban nhân dân, Trưởng các phòng chuyên môn, Thủ trưởng các đơn vị thuộc UBND phường";
    expect(namesBody(group, "Văn phòng HĐND và UBND")).toBe(false);
    expect(namesBody(group, "Phòng Kinh tế, Hạ tầng và Đô thị")).toBe(false);
    expect(namesBody(group, "")).toBe(false);
  });
});

describe("findNamedUnit", () => {
  const units = [{ name: "Ủy ban nhân dân" }, { name: "Văn phòng HĐND và UBND" }, { name: "Công an phường" }];

  it("finds the ward's unit a plan names, abbreviations and case aside, the longest name first", () => {
    expect(findNamedUnit("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", units)?.name).toBe(
      "Văn phòng HĐND và UBND",
    );
    expect(findNamedUnit("công an phường", units)?.name).toBe("Công an phường");
  });

  it("finds none for a body the ward does not have, to be proposed as a new unit", () => {
    expect(findNamedUnit("Sở Y tế", units)).toBeNull();
    expect(findNamedUnit("", units)).toBeNull();
  });
});

describe("new units proposed by an import", () => {
  it("codes a new unit by its initials, unique in the ward", () => {
    expect(newUnitCode("Sở Y tế", new Set())).toBe("syt");
    expect(newUnitCode("Sở Y tế", new Set(["syt"]))).toBe("syt2");
    expect(newUnitCode("Đài Truyền thanh", new Set())).toBe("dtt");
  });

  it("never makes one unit of a name that stands for several bodies", () => {
    expect(namesManyBodies("Các sở, ban, ngành có liên quan")).toBe(true);
    expect(namesManyBodies("Sở Y tế")).toBe(false);
    expect(namesManyBodies("Viện")).toBe(true);
    expect(namesManyBodies("Doanh nghiệp")).toBe(true);
    expect(namesManyBodies("Trường Tiểu học Ngọc Sơn")).toBe(false);
  });
});
