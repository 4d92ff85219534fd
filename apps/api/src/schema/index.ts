// Imports every schema module and builds the executable GraphQL schema.
import { isObjectType } from "graphql";
import { builder } from "../builder.ts";
import "./scalars.ts";
import "./enums.ts";
import "./area/area.ts";
import "./document/document.ts";
import "./jurisdiction/index.ts";
import "./plan/index.ts";
import "./errors/errors.ts";
import "./user/user.ts";
import "./auth/login.ts";
import "./auth/logout.ts";
import "./auth/me.ts";
import "./organisation/index.ts";
import "./report/index.ts";
import "./attachment/index.ts";
import "./overview/index.ts";
import "./notification/index.ts";
import "./recommendation/index.ts";

export const schema = builder.toSchema({ sortSchema: false });

// The prisma plugin adds `totalCount` to connections without a way to describe it.
for (const type of Object.values(schema.getTypeMap())) {
  if (!isObjectType(type) || !type.name.endsWith("Connection")) continue;
  const totalCount = type.getFields().totalCount;
  if (totalCount && !totalCount.description) totalCount.description = "Tổng số phần tử (với các bộ lọc đã chọn).";
}
