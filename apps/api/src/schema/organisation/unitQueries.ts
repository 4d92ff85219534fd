// Queries of units: `units` (filters: kind, search, archived) and `unit(id)`, for signed-in viewers
// of the unit's jurisdiction (API tokens need plan:read).
import { builder } from "../../builder.ts";
import { UnitKindEnum } from "../enums.ts";
import { contains } from "../textSearch.ts";
import { deniedListError, unitWhere } from "./shared.ts";
import { UnitRef } from "./unit.ts";

const SIGNED_IN = {
  $any: { roles: ["ADMIN", "OFFICE", "LEADER", "UNIT_HEAD", "UNIT_STAFF", "SUPERVISOR"], apiScope: "plan:read" },
} as const;

builder.queryFields((t) => ({
  units: t.prismaConnection({
    type: "Unit",
    cursor: "id",
    nullable: true,
    description:
      "Đơn vị, cơ quan của đơn vị hành chính, theo mã. Chỉ người đã đăng nhập (token API cần plan:read); người khác nhận lỗi NOT_AUTHORIZED.",
    authScopes: SIGNED_IN as never,
    unauthorizedError: () => deniedListError("danh sách đơn vị"),
    args: {
      kind: t.arg({ type: UnitKindEnum, required: false, description: "Lọc theo loại đơn vị." }),
      search: t.arg.string({
        required: false,
        description: "Tìm trong mã, tên, tên viết tắt (không phân biệt hoa thường).",
      }),
      includeArchived: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Gồm cả đơn vị đã ngừng sử dụng.",
      }),
    },
    totalCount: (_root, args, ctx) => ctx.prisma.unit.count({ where: unitsFilter(args, ctx.viewer) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.unit.findMany({
        ...query,
        where: unitsFilter(args, ctx.viewer),
        orderBy: [{ code: "asc" }, { id: "asc" }],
      }),
  }),
  unit: t.prismaField({
    type: UnitRef,
    nullable: true,
    description: "Một đơn vị theo ID toàn cục; null nếu không có hoặc không được xem.",
    authScopes: SIGNED_IN as never,
    unauthorizedResolver: () => null,
    args: { id: t.arg.globalID({ required: true, for: UnitRef, description: "ID toàn cục của đơn vị." }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.unit.findFirst({ ...query, where: { AND: [unitWhere(ctx.viewer), { id: args.id.id }] } }),
  }),
}));

function unitsFilter(
  args: { kind?: string | null; search?: string | null; includeArchived?: boolean | null },
  viewer: Parameters<typeof unitWhere>[0],
) {
  const search = args.search?.trim().slice(0, 200);
  return {
    AND: [
      unitWhere(viewer),
      {
        ...(args.includeArchived ? {} : { archivedAt: null }),
        ...(args.kind ? { kind: args.kind as never } : {}),
        ...(search
          ? { OR: [{ code: contains(search) }, { name: contains(search) }, { shortName: contains(search) }] }
          : {}),
      },
    ],
  };
}
