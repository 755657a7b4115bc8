// The parts of the catalogue the host's answer forms use, for the page's ClientMessages (a plain
// module: a "use client" file's exports reach server components only as references).
export const HOST_ANSWER_MESSAGES = ["p2pHostRequests.forms", "p2pHostRequests.errors", "p2pApply.workflow"] as const;
