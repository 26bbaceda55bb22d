// The sales team's performance: the leaderboard and one rep's standing on it, by period.
export { leaderboard, repStanding, type LeaderboardLine } from "./leaderboard";
export {
  monthInput,
  monthKey,
  monthPeriod,
  monthPeriodFromKey,
  monthPeriodOf,
  nairobiDayStart,
  nairobiParts,
  periodInput,
  quarterPeriod,
  resolvePeriod,
  type Period,
  type PeriodInput,
} from "./period";
