// The audit log as the console loads it: the list, then the label of each event's item by
// node(id). Every event answers without an error, sign-ins included (a session is no Node: its
// label is null, as for an unknown ID); sign-ins can be left out and events chosen by name.
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { AuditEventsDocument, NodeLabelDocument } from "@kehoach/schema";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

const AUDIT_EVENTS = print(AuditEventsDocument);
const NODE_LABEL = print(NodeLabelDocument);
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

interface EventNode {
  name: string;
  entityType: string;
  entityId: string | null;
}

describe("the audit log as the console reads it", () => {
  let server: TestServer;
  let admin: string;

  const list = async (variables: Record<string, unknown>) => {
    const res = await graphql(server.url, AUDIT_EVENTS, { first: 100, ...variables }, admin);
    expect(res.body.errors).toBeUndefined();
    const connection = res.body.data.auditEvents as { totalCount: number; edges: { node: EventNode }[] };
    return { total: connection.totalCount, names: connection.edges.map((edge) => edge.node.name), connection };
  };

  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
    admin = await login(server.url, "admin");
    // A sign-in and a sign-out of someone else, and one change of the organisation.
    const staff = await login(server.url, "kt.canbo");
    await graphql(server.url, "mutation { logout }", {}, staff);
    const created = await graphql(
      server.url,
      `mutation { createUnit(input: { code: "to-dan-pho-9", name: "Tổ dân phố 9", kind: OTHER }) { __typename } }`,
      {},
      admin,
    );
    expect(created.body).toEqual({ data: { createUnit: { __typename: "CreateUnitPayload" } } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("labels every event's item without an error, sessions included", async () => {
    const { connection, names } = await list({});
    expect(names).toEqual(["unit.created", "session.revoked", "session.created", "session.created"]);
    for (const { node } of connection.edges) {
      const res = await graphql(server.url, NODE_LABEL, { id: gid(node.entityType, node.entityId ?? "") }, admin);
      expect(res.body.errors).toBeUndefined();
      if (node.entityType === "Session") expect(res.body.data.node).toBeNull();
      else expect(res.body.data.node).toMatchObject({ __typename: node.entityType, name: "Tổ dân phố 9" });
    }
  });

  it("answers null for an ID of a type that is not a Node, or of no type at all", async () => {
    for (const type of ["Session", "Nothing", "Query"]) {
      const res = await graphql(server.url, NODE_LABEL, { id: gid(type, crypto.randomUUID()) }, admin);
      expect(res.body).toEqual({ data: { node: null } });
    }
  });

  it("leaves out signing in and out when asked, and lists one event by name", async () => {
    expect(await list({ excludeSignIns: true })).toMatchObject({ total: 1, names: ["unit.created"] });
    expect(await list({ name: "session.created" })).toMatchObject({
      total: 2,
      names: ["session.created", "session.created"],
    });
    expect((await list({ name: "session.created", excludeSignIns: true })).total).toBe(0);
  });
});
