// The sales team as owner and admins manage it: people, territories.
export { SALES_TEAM_ROLES, staffFullName, staffPhone, type SalesTeamRole } from "./staff-fields";
export {
  addTeamMember,
  listSalesTeam,
  resendInvitation,
  setTeamMemberActive,
  updateTeamMember,
  type NewTeamMember,
  type TeamMemberChanges,
} from "./team-members";
export {
  createTerritory,
  listTerritories,
  updateTerritory,
  type TerritoryFields,
} from "./territories";
