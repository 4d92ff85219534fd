// Cross-area views (tổng hợp): planOverview, unitScorecard, leaderDesk.
import "./types.ts";
import "./queries.ts";
