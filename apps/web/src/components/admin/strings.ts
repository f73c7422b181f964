// The admin page's words in the three languages. Refusals come from the API (in English), quoted
// as they are: "ana is the last admin: …".
import type { Locale } from '../../i18n';

export interface AdminStrings {
  title: string;
  intro: string;
  onlyAdmins: string;
  onlyAdminsDetail: string;
  roleHint: string;
  people: {
    title: string;
    addTitle: string;
    name: string;
    nameHint: string;
    role: string;
    add: string;
    adding: string;
    caption: string;
    password: string;
    hasPassword: string;
    noPassword: string;
    added: string;
    lastSignIn: string;
    actions: string;
    never: string;
    roleOf: (name: string) => string;
    you: string;
    newLink: string;
    newLinkFor: (name: string) => string;
    remove: string;
    removeFor: (name: string) => string;
    confirmRemove: (name: string) => string;
    confirmRemoveYes: (name: string) => string;
    removed: (name: string) => string;
    roleSaved: (name: string, role: string) => string;
    empty: string;
  };
  link: {
    title: (name: string) => string;
    intro: (name: string, until: string) => string;
    label: string;
  };
  tokens: {
    title: string;
    intro: string;
    createTitle: string;
    label: string;
    labelHint: string;
    role: string;
    create: string;
    creating: string;
    caption: string;
    createdBy: string;
    created: string;
    lastUsed: string;
    status: string;
    active: string;
    revokedOn: (date: string) => string;
    never: string;
    revoke: string;
    revokeFor: (label: string) => string;
    confirmRevoke: (label: string) => string;
    confirmRevokeYes: string;
    revoked: (label: string) => string;
    empty: string;
    secretTitle: (label: string) => string;
    secretIntro: string;
    secretLabel: string;
  };
  once: {
    warning: string;
    copy: string;
    copied: string;
    copyFailed: string;
    done: string;
  };
  cancel: string;
}

export const adminStrings = {
  en: {
    title: 'People and tokens',
    intro: 'Who may sign in, with which role, and the API tokens scripts use.',
    onlyAdmins: 'Only admins manage people and tokens.',
    onlyAdminsDetail: 'Ask an admin if you need someone added, a new sign-in link or a token.',
    roleHint: 'Viewer reads; editor also changes the record; admin also manages people and tokens.',
    people: {
      title: 'People',
      addTitle: 'Add a person',
      name: 'Name',
      nameHint: 'What they sign in with: lower-case letters, digits, dots, dashes, underscores.',
      role: 'Role',
      add: 'Add',
      adding: 'Adding…',
      caption: 'Everyone who may sign in',
      password: 'Password',
      hasPassword: 'set',
      noPassword: 'none',
      added: 'Added',
      lastSignIn: 'Last sign-in',
      actions: 'Actions',
      never: 'never',
      roleOf: (name) => `Role of ${name}`,
      you: '(you)',
      newLink: 'New sign-in link',
      newLinkFor: (name) => `New sign-in link for ${name}`,
      remove: 'Remove',
      removeFor: (name) => `Remove ${name}`,
      confirmRemove: (name) =>
        `Remove ${name}? Their sessions end at once and the tokens they created are revoked.`,
      confirmRemoveYes: (name) => `Yes, remove ${name}`,
      removed: (name) => `${name} was removed.`,
      roleSaved: (name, role) => `${name} is now ${role}.`,
      empty: 'No one yet.',
    },
    link: {
      title: (name) => `Sign-in link for ${name}`,
      intro: (name, until) =>
        `Give this link to ${name}: it signs them in once, until ${until}. Older links of theirs no longer work.`,
      label: 'Sign-in link',
    },
    tokens: {
      title: 'API tokens',
      intro:
        'For scripts and the command line (Authorization: Bearer …). A token acts with its role until it is revoked.',
      createTitle: 'Create a token',
      label: 'Label',
      labelHint: 'What it is for, as the audit log will name it: "nightly import".',
      role: 'Role',
      create: 'Create',
      creating: 'Creating…',
      caption: 'Every token, revoked ones too',
      createdBy: 'Created by',
      created: 'Created',
      lastUsed: 'Last used',
      status: 'Status',
      active: 'active',
      revokedOn: (date) => `revoked ${date}`,
      never: 'never',
      revoke: 'Revoke',
      revokeFor: (label) => `Revoke “${label}”`,
      confirmRevoke: (label) =>
        `Revoke “${label}”? Whatever uses it is refused from now on; this cannot be undone.`,
      confirmRevokeYes: 'Yes, revoke it',
      revoked: (label) => `“${label}” was revoked.`,
      empty: 'No tokens yet.',
      secretTitle: (label) => `The token “${label}”`,
      secretIntro: 'Put it where the script reads it (DOSSIER_TOKEN for the command line).',
      secretLabel: 'Token',
    },
    once: {
      warning: 'It is shown only now: it will not be shown again. Copy it before you close this.',
      copy: 'Copy',
      copied: 'Copied',
      copyFailed: 'Copying did not work: select the text and copy it.',
      done: 'Done, close',
    },
    cancel: 'Cancel',
  },
  fr: {
    title: 'Personnes et jetons',
    intro: 'Qui peut se connecter, avec quel rôle, et les jetons d’API qu’utilisent les scripts.',
    onlyAdmins: 'Seuls les administrateurs gèrent les personnes et les jetons.',
    onlyAdminsDetail:
      'Demandez à un administrateur pour ajouter quelqu’un, obtenir un nouveau lien de connexion ou un jeton.',
    roleHint:
      'Lecteur : consulte ; éditeur : modifie aussi le dossier ; administrateur : gère aussi les personnes et les jetons.',
    people: {
      title: 'Personnes',
      addTitle: 'Ajouter une personne',
      name: 'Nom',
      nameHint:
        'Ce qu’elle saisit pour se connecter : minuscules, chiffres, points, tirets, tirets bas.',
      role: 'Rôle',
      add: 'Ajouter',
      adding: 'Ajout…',
      caption: 'Toutes les personnes qui peuvent se connecter',
      password: 'Mot de passe',
      hasPassword: 'défini',
      noPassword: 'aucun',
      added: 'Ajoutée le',
      lastSignIn: 'Dernière connexion',
      actions: 'Actions',
      never: 'jamais',
      roleOf: (name) => `Rôle de ${name}`,
      you: '(vous)',
      newLink: 'Nouveau lien de connexion',
      newLinkFor: (name) => `Nouveau lien de connexion pour ${name}`,
      remove: 'Retirer',
      removeFor: (name) => `Retirer ${name}`,
      confirmRemove: (name) =>
        `Retirer ${name} ? Ses sessions prennent fin aussitôt et les jetons créés par cette personne sont révoqués.`,
      confirmRemoveYes: (name) => `Oui, retirer ${name}`,
      removed: (name) => `${name} a été retiré·e.`,
      roleSaved: (name, role) => `${name} est désormais ${role}.`,
      empty: 'Personne pour l’instant.',
    },
    link: {
      title: (name) => `Lien de connexion pour ${name}`,
      intro: (name, until) =>
        `Transmettez ce lien à ${name} : il permet de se connecter une fois, jusqu’au ${until}. Ses liens précédents ne fonctionnent plus.`,
      label: 'Lien de connexion',
    },
    tokens: {
      title: 'Jetons d’API',
      intro:
        'Pour les scripts et la ligne de commande (Authorization: Bearer …). Un jeton agit avec son rôle jusqu’à sa révocation.',
      createTitle: 'Créer un jeton',
      label: 'Libellé',
      labelHint: 'Son usage, tel que le journal le nommera : « import nocturne ».',
      role: 'Rôle',
      create: 'Créer',
      creating: 'Création…',
      caption: 'Tous les jetons, y compris révoqués',
      createdBy: 'Créé par',
      created: 'Créé le',
      lastUsed: 'Dernier usage',
      status: 'État',
      active: 'actif',
      revokedOn: (date) => `révoqué le ${date}`,
      never: 'jamais',
      revoke: 'Révoquer',
      revokeFor: (label) => `Révoquer « ${label} »`,
      confirmRevoke: (label) =>
        `Révoquer « ${label} » ? Tout ce qui l’utilise sera refusé dès maintenant ; c’est définitif.`,
      confirmRevokeYes: 'Oui, le révoquer',
      revoked: (label) => `« ${label} » a été révoqué.`,
      empty: 'Aucun jeton pour l’instant.',
      secretTitle: (label) => `Le jeton « ${label} »`,
      secretIntro: 'Placez-le là où le script le lit (DOSSIER_TOKEN pour la ligne de commande).',
      secretLabel: 'Jeton',
    },
    once: {
      warning:
        'Il n’est affiché que maintenant : il ne le sera plus jamais. Copiez-le avant de fermer.',
      copy: 'Copier',
      copied: 'Copié',
      copyFailed: 'La copie n’a pas fonctionné : sélectionnez le texte et copiez-le.',
      done: 'Terminé, fermer',
    },
    cancel: 'Annuler',
  },
  de: {
    title: 'Personen und Tokens',
    intro: 'Wer sich anmelden darf, mit welcher Rolle, und die API-Tokens, die Skripte verwenden.',
    onlyAdmins: 'Nur Administratoren verwalten Personen und Tokens.',
    onlyAdminsDetail:
      'Bitten Sie einen Administrator, wenn jemand hinzugefügt werden soll oder Sie einen neuen Anmeldelink oder ein Token brauchen.',
    roleHint:
      'Leser lesen; Bearbeiter ändern auch das Dossier; Administratoren verwalten auch Personen und Tokens.',
    people: {
      title: 'Personen',
      addTitle: 'Person hinzufügen',
      name: 'Name',
      nameHint:
        'Womit sie sich anmeldet: Kleinbuchstaben, Ziffern, Punkte, Binde- und Unterstriche.',
      role: 'Rolle',
      add: 'Hinzufügen',
      adding: 'Hinzufügen …',
      caption: 'Alle, die sich anmelden dürfen',
      password: 'Passwort',
      hasPassword: 'gesetzt',
      noPassword: 'keines',
      added: 'Hinzugefügt',
      lastSignIn: 'Letzte Anmeldung',
      actions: 'Aktionen',
      never: 'nie',
      roleOf: (name) => `Rolle von ${name}`,
      you: '(Sie)',
      newLink: 'Neuer Anmeldelink',
      newLinkFor: (name) => `Neuer Anmeldelink für ${name}`,
      remove: 'Entfernen',
      removeFor: (name) => `${name} entfernen`,
      confirmRemove: (name) =>
        `${name} entfernen? Die Sitzungen enden sofort, und die von ${name} erstellten Tokens werden widerrufen.`,
      confirmRemoveYes: (name) => `Ja, ${name} entfernen`,
      removed: (name) => `${name} wurde entfernt.`,
      roleSaved: (name, role) => `${name} ist jetzt ${role}.`,
      empty: 'Noch niemand.',
    },
    link: {
      title: (name) => `Anmeldelink für ${name}`,
      intro: (name, until) =>
        `Geben Sie diesen Link an ${name} weiter: Er meldet einmal an, bis ${until}. Ältere Links gelten nicht mehr.`,
      label: 'Anmeldelink',
    },
    tokens: {
      title: 'API-Tokens',
      intro:
        'Für Skripte und die Kommandozeile (Authorization: Bearer …). Ein Token handelt mit seiner Rolle, bis es widerrufen wird.',
      createTitle: 'Token erstellen',
      label: 'Bezeichnung',
      labelHint: 'Wofür es dient, wie das Protokoll es nennen wird: „nächtlicher Import“.',
      role: 'Rolle',
      create: 'Erstellen',
      creating: 'Erstellen …',
      caption: 'Alle Tokens, auch widerrufene',
      createdBy: 'Erstellt von',
      created: 'Erstellt',
      lastUsed: 'Zuletzt verwendet',
      status: 'Status',
      active: 'aktiv',
      revokedOn: (date) => `widerrufen am ${date}`,
      never: 'nie',
      revoke: 'Widerrufen',
      revokeFor: (label) => `„${label}“ widerrufen`,
      confirmRevoke: (label) =>
        `„${label}“ widerrufen? Alles, was es verwendet, wird ab sofort abgewiesen; das lässt sich nicht rückgängig machen.`,
      confirmRevokeYes: 'Ja, widerrufen',
      revoked: (label) => `„${label}“ wurde widerrufen.`,
      empty: 'Noch keine Tokens.',
      secretTitle: (label) => `Das Token „${label}“`,
      secretIntro:
        'Legen Sie es dort ab, wo das Skript es liest (DOSSIER_TOKEN für die Kommandozeile).',
      secretLabel: 'Token',
    },
    once: {
      warning:
        'Es wird nur jetzt angezeigt, danach nie wieder. Kopieren Sie es, bevor Sie dies schließen.',
      copy: 'Kopieren',
      copied: 'Kopiert',
      copyFailed: 'Kopieren hat nicht funktioniert: Markieren Sie den Text und kopieren Sie ihn.',
      done: 'Fertig, schließen',
    },
    cancel: 'Abbrechen',
  },
} satisfies Record<Locale, AdminStrings>;

const instants = new Map<string, Intl.DateTimeFormat>();

/** A moment (an ISO timestamp) as the reader's language writes it, in their time zone. */
export function formatInstant(iso: string, localeTag: string): string {
  let format = instants.get(localeTag);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag, { dateStyle: 'medium', timeStyle: 'short' });
    instants.set(localeTag, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
