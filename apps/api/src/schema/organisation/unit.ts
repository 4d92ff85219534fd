// Đơn vị (Unit): offices, centres, police, military, Front and mass organisations, residential groups, schools.
import { builder } from "../../builder.ts";
import { UnitKindEnum } from "../enums.ts";

export const UnitRef = builder.prismaNode("Unit", {
  id: { field: "id" },
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name", { description: "Tên đơn vị." }),
    shortName: t.exposeString("shortName", { nullable: true, description: "Tên viết tắt." }),
    kind: t.expose("kind", { type: UnitKindEnum, description: "Loại đơn vị." }),
    parent: t.relation("parent", { nullable: true, description: "Đơn vị cấp trên (đoàn thể thuộc MTTQ)." }),
    duties: t.exposeStringList("duties"),
  }),
});
