// The sign-in pages' words in the three languages. What the server answers (a wrong password,
// too many attempts, a used link) is quoted as it comes, in English.
import type { IssueWords } from '../components/forms/useDomainForm';
import type { Locale } from '../i18n';
import { numbersIn } from '../i18n/numbers';

/** Also what a field's value lacks, worded from the schema's issue (its limits come from it). */
export interface AuthStrings extends IssueWords {
  signIn: {
    title: string;
    intro: string;
    name: string;
    password: string;
    submit: string;
    submitting: string;
    noPassword: string;
  };
  link: {
    title: string;
    redeeming: string;
    signedIn: (name: string, role: string) => string;
    refused: string;
    askAgain: string;
    noToken: string;
    toSignIn: string;
    continue: string;
  };
  password: {
    title: string;
    intro: string;
    introHasOne: string;
    label: string;
    hint: string;
    submit: string;
    submitting: string;
    saved: string;
  };
  /** A request that never reached the server. */
  unreachable: string;
}

const en = numbersIn.en;
const fr = numbersIn.fr;
const de = numbersIn.de;

export const authStrings = {
  en: {
    required: 'Required.',
    tooShort: (n) => `At least ${en.count(n, 'character', 'characters')}.`,
    tooLong: (n) => `At most ${en.count(n, 'character', 'characters')}.`,
    signIn: {
      title: 'Sign in',
      intro: 'Dossier is for the team that keeps it: sign in to read and change the record.',
      name: 'Name',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      noPassword: 'No password yet? Ask an admin for a sign-in link.',
    },
    link: {
      title: 'Sign-in link',
      redeeming: 'Signing you in…',
      signedIn: (name, role) => `You are signed in as ${name} (${role}).`,
      refused: 'This link did not sign you in.',
      askAgain: 'A sign-in link works once, for a day: ask an admin for a new one.',
      noToken:
        'This address holds no sign-in link. Open the whole link you were given, or ask an admin for a new one.',
      toSignIn: 'Sign in with a password',
      continue: 'Continue to the dashboard',
    },
    password: {
      title: 'Set a password',
      intro: 'Optional: with a password you can sign in next time without a link.',
      introHasOne: 'You have a password already; a new one replaces it.',
      label: 'New password',
      hint: 'Long is what counts: a few words make a good one.',
      submit: 'Save password',
      submitting: 'Saving…',
      saved: 'Your password is saved. Next time, sign in with your name and this password.',
    },
    unreachable: 'The server could not be reached. Check the connection and try again.',
  },
  fr: {
    required: 'Obligatoire.',
    tooShort: (n) => `Au moins ${fr.count(n, 'caractère', 'caractères')}.`,
    tooLong: (n) => `Au plus ${fr.count(n, 'caractère', 'caractères')}.`,
    signIn: {
      title: 'Connexion',
      intro:
        'Dossier sert à l’équipe qui le tient : connectez-vous pour consulter et modifier le dossier.',
      name: 'Nom',
      password: 'Mot de passe',
      submit: 'Se connecter',
      submitting: 'Connexion…',
      noPassword: 'Pas encore de mot de passe ? Demandez un lien de connexion à un administrateur.',
    },
    link: {
      title: 'Lien de connexion',
      redeeming: 'Connexion en cours…',
      signedIn: (name, role) => `Vous êtes connecté en tant que ${name} (${role}).`,
      refused: 'Ce lien ne vous a pas connecté.',
      askAgain:
        'Un lien de connexion sert une fois, pendant un jour : demandez-en un nouveau à un administrateur.',
      noToken:
        'Cette adresse ne contient aucun lien de connexion. Ouvrez le lien reçu en entier, ou demandez-en un nouveau à un administrateur.',
      toSignIn: 'Se connecter avec un mot de passe',
      continue: 'Continuer vers le tableau de bord',
    },
    password: {
      title: 'Définir un mot de passe',
      intro:
        'Facultatif : avec un mot de passe, vous pourrez vous connecter la prochaine fois sans lien.',
      introHasOne: 'Vous avez déjà un mot de passe ; un nouveau le remplace.',
      label: 'Nouveau mot de passe',
      hint: 'C’est la longueur qui compte : quelques mots en font un bon.',
      submit: 'Enregistrer le mot de passe',
      submitting: 'Enregistrement…',
      saved:
        'Votre mot de passe est enregistré. La prochaine fois, connectez-vous avec votre nom et ce mot de passe.',
    },
    unreachable: 'Le serveur est injoignable. Vérifiez la connexion et réessayez.',
  },
  de: {
    required: 'Pflichtfeld.',
    tooShort: (n) => `Mindestens ${de.count(n, 'Zeichen', 'Zeichen')}.`,
    tooLong: (n) => `Höchstens ${de.count(n, 'Zeichen', 'Zeichen')}.`,
    signIn: {
      title: 'Anmelden',
      intro:
        'Dossier gehört dem Team, das es führt: Melden Sie sich an, um das Dossier zu lesen und zu ändern.',
      name: 'Name',
      password: 'Passwort',
      submit: 'Anmelden',
      submitting: 'Anmelden …',
      noPassword: 'Noch kein Passwort? Bitten Sie einen Administrator um einen Anmeldelink.',
    },
    link: {
      title: 'Anmeldelink',
      redeeming: 'Sie werden angemeldet …',
      signedIn: (name, role) => `Sie sind als ${name} (${role}) angemeldet.`,
      refused: 'Dieser Link hat Sie nicht angemeldet.',
      askAgain:
        'Ein Anmeldelink gilt einmal, einen Tag lang: Bitten Sie einen Administrator um einen neuen.',
      noToken:
        'Diese Adresse enthält keinen Anmeldelink. Öffnen Sie den ganzen erhaltenen Link oder bitten Sie einen Administrator um einen neuen.',
      toSignIn: 'Mit Passwort anmelden',
      continue: 'Weiter zum Dashboard',
    },
    password: {
      title: 'Passwort festlegen',
      intro: 'Freiwillig: Mit einem Passwort melden Sie sich das nächste Mal ohne Link an.',
      introHasOne: 'Sie haben bereits ein Passwort; ein neues ersetzt es.',
      label: 'Neues Passwort',
      hint: 'Auf die Länge kommt es an: Einige Wörter ergeben ein gutes.',
      submit: 'Passwort speichern',
      submitting: 'Speichern …',
      saved:
        'Ihr Passwort ist gespeichert. Melden Sie sich nächstes Mal mit Ihrem Namen und diesem Passwort an.',
    },
    unreachable:
      'Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  },
} satisfies Record<Locale, AuthStrings>;
