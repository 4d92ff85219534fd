// Lĩnh vực (Area): the fixed areas that group indicators and tasks and scope leaders.
import { builder } from "../../builder.ts";

export const AreaRef = builder.prismaNode("Area", {
  id: { field: "id" },
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name", { description: "Tên lĩnh vực (tiếng Việt)." }),
    nameEn: t.exposeString("nameEn", { description: "Tên lĩnh vực (tiếng Anh)." }),
    position: t.exposeInt("position", { description: "Thứ tự hiển thị." }),
    parent: t.relation("parent", {
      nullable: true,
      description: "Lĩnh vực cha (quân sự địa phương thuộc quốc phòng - an ninh).",
    }),
    children: t.relation("children", { query: { orderBy: { position: "asc" } }, description: "Lĩnh vực con." }),
  }),
});

builder.queryField("areas", (t) =>
  t.prismaField({
    type: [AreaRef],
    description: "Mọi lĩnh vực, theo thứ tự hiển thị (danh mục dùng chung; người đã đăng nhập).",
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => ctx.prisma.area.findMany({ ...query, orderBy: { position: "asc" } }),
  }),
);
