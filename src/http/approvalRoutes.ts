/** The approval page for cardholders reached by e-mail: `/approve/<reach id>?exp=…&sig=…`. */
export const approvalPath = (reachId: string) => `/approve/${encodeURIComponent(reachId)}`;
