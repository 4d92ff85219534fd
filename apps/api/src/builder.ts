// Creates the Pothos schema builder and its plugins; defines no types (those live in schema/).

import { getDatamodel, type PrismaClient, type PrismaTypes } from "@kehoach/db";
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type { Context } from "./context.ts";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    Decimal: { Input: string; Output: { toString(): string } | string | number };
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  plugins: [PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  prisma: {
    // The client comes from the request context (tests and processes each open their own).
    client: (ctx) => ctx.prisma as unknown as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // Descriptions of the Relay machinery, so the published contract documents every field.
    idFieldOptions: { description: "ID toàn cục (Relay), dùng với node(id) và các đối số ID." },
    nodeTypeOptions: { description: "Đối tượng có ID toàn cục, lấy lại được bằng node(id)." },
    nodeQueryOptions: {
      description: "Lấy một đối tượng bất kỳ theo ID toàn cục; null nếu không có.",
      args: { id: { description: "ID toàn cục." } },
    },
    nodesQueryOptions: false,
    pageInfoTypeOptions: { description: "Thông tin phân trang theo con trỏ." },
    hasNextPageFieldOptions: { description: "Còn trang sau." },
    hasPreviousPageFieldOptions: { description: "Còn trang trước." },
    startCursorFieldOptions: { description: "Con trỏ của phần tử đầu trang." },
    endCursorFieldOptions: { description: "Con trỏ của phần tử cuối trang; truyền vào after để lấy trang sau." },
    pageInfoFieldOptions: { description: "Thông tin phân trang." },
    cursorFieldOptions: { description: "Con trỏ của phần tử này." },
    edgesFieldOptions: { nullable: false, description: "Các phần tử của trang." },
    nodeFieldOptions: { nullable: false, description: "Phần tử." },
    firstArgOptions: { description: "Số phần tử tối đa từ đầu (sau con trỏ after)." },
    lastArgOptions: { description: "Số phần tử tối đa từ cuối (trước con trỏ before)." },
    afterArgOptions: { description: "Lấy các phần tử sau con trỏ này." },
    beforeArgOptions: { description: "Lấy các phần tử trước con trỏ này." },
    defaultConnectionTypeOptions: { description: "Danh sách có phân trang (Relay connection)." },
    defaultEdgeTypeOptions: { description: "Một phần tử của danh sách có phân trang." },
  },
});

builder.queryType({ description: "Truy vấn (đọc dữ liệu kế hoạch)." });
