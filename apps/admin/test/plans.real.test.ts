// @vitest-environment node
// The data provider against the real API: the seeded plan and its indicators, as a user would see them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RealApi, startRealApi } from "./support/api.ts";

describe("data provider on the real API: plans and indicators", () => {
  let api: RealApi;
  beforeAll(async () => {
    api = await startRealApi();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it("lists the Tân Hưng plan and its 18 indicators for office staff", async () => {
    const dataProvider = await api.dataProviderAs("vanphong");
    const plans = await dataProvider.getList("plans", {
      pagination: { page: 1, perPage: 10 },
      sort: { field: "year", order: "DESC" },
      filter: {},
    });
    expect(plans.total).toBe(1);
    const indicators = await dataProvider.getList("indicators", {
      pagination: { page: 1, perPage: 50 },
      sort: { field: "number", order: "ASC" },
      filter: { planId: plans.data[0]?.id },
    });
    expect(indicators.total).toBe(18);
    expect(indicators.data[5]?.name).toBe("Thu nhập bình quân đầu người");
  });
});
