// The plan and its content: plans, indicators and targets, tasks — types, queries and mutations.
import "./plan.ts";
import "./queries.ts";
import "../indicator/indicator.ts";
import "../task/task.ts";
