export { decoyHash, hashPassword, verifyPassword } from './secrets';
export {
  endSession,
  redeemSignInLink,
  type SessionOwner,
  sessionDays,
  sessionOwner,
  startSession,
} from './sessions';
export {
  checkApiToken,
  createApiToken,
  listApiTokens,
  revokeApiToken,
  type TokenView,
} from './tokens';
export {
  addUser,
  countUsers,
  ensureFirstAdmin,
  findUser,
  listUsers,
  removeUser,
  renewSignInLink,
  type SignInLink,
  setPasswordHash,
  setUserRole,
  signInLinkHours,
  type UserRow,
  type UserView,
} from './users';
