import { PGlite } from "@electric-sql/pglite";

const r = () => Math.round(process.memoryUsage().rss / 1e6);
console.log("start", r());
const db = await PGlite.create("/tmp/kh1");
console.log("pglite", r());
await db.query('select count(*) from "Indicator"');
console.log("query", r());
