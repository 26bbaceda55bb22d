// The business's Activity page: its own audit log, for its owner and admins.
export { ACTIVITY_PAGE_SIZE, activityFilterInput, listActivity } from "./activity-log";
