export { loadActorRoles, authorize, type ActorScope } from './actorRoles';
export { grantRole, type GrantResult } from './grantRole';
export { revokeRole } from './revokeRole';
export { subscribeChannel, unsubscribeChannel, channelIdOf } from './subscribeChannel';
export { listCompaniesFor, type CompanyWithRoles } from './listCompaniesFor';
export { resolvePendingGrants } from './resolvePendingGrants';
export { companyAudience, reviewerAudience } from './audiences';
export { memberChange, type MemberChange } from './memberInput';
