// The account menu's words in the three languages (in the header, so on every page: kept short).
import type { Role } from '@dossier/domain';
import type { Locale } from '../../i18n';

export interface AccountStrings {
  /** The menu's name for screen readers. */
  menu: string;
  role: Record<Role, string>;
  signedInAs: (name: string, role: string) => string;
  setPassword: string;
  signOut: string;
  signingOut: string;
  signOutFailed: string;
  signIn: string;
  /** The admin page's entry in the header's sections. */
  admin: string;
}

export const accountStrings = {
  en: {
    menu: 'Account',
    role: { viewer: 'viewer', editor: 'editor', admin: 'admin' },
    signedInAs: (name, role) => `Signed in as ${name} (${role})`,
    setPassword: 'Set password',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signOutFailed: 'Signing out failed: the server could not be reached. Try again.',
    signIn: 'Sign in',
    admin: 'Admin',
  },
  fr: {
    menu: 'Compte',
    role: { viewer: 'lecteur', editor: 'éditeur', admin: 'administrateur' },
    signedInAs: (name, role) => `Connecté en tant que ${name} (${role})`,
    setPassword: 'Définir le mot de passe',
    signOut: 'Se déconnecter',
    signingOut: 'Déconnexion…',
    signOutFailed: 'La déconnexion a échoué : le serveur est injoignable. Réessayez.',
    signIn: 'Se connecter',
    admin: 'Administration',
  },
  de: {
    menu: 'Konto',
    role: { viewer: 'Leser', editor: 'Bearbeiter', admin: 'Administrator' },
    signedInAs: (name, role) => `Angemeldet als ${name} (${role})`,
    setPassword: 'Passwort festlegen',
    signOut: 'Abmelden',
    signingOut: 'Abmelden …',
    signOutFailed:
      'Abmelden fehlgeschlagen: Der Server ist nicht erreichbar. Bitte erneut versuchen.',
    signIn: 'Anmelden',
    admin: 'Verwaltung',
  },
} satisfies Record<Locale, AccountStrings>;
