// Roles without zod: the dashboard's first download checks a role without carrying the schemas.

/** Ordered: each role may do what the roles before it may. */
export const roles = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** True when `held` is at least `needed` on the viewer < editor < admin scale. */
export const roleAllows = (held: Role, needed: Role): boolean =>
  roles.indexOf(held) >= roles.indexOf(needed);
