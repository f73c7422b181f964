// The ids of the team's sections on a brief and a stakeholder's page, which search hits link to.
export const teamAnchors = { notes: 'team-notes', meetings: 'meetings' } as const;
