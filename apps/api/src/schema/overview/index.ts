// Cross-area views (tổng hợp): planOverview, unitScorecard, leaderDesk; a city's cityOverview.
import "./types.ts";
import "./queries.ts";
import "./cityOverviewQuery.ts";
