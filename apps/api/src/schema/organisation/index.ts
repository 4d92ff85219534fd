// Units (đơn vị), users and roles, API tokens, assignments (phân công): types, queries, mutations.
import "./unit.ts";
